#include "periods/PeriodService.h"

#include "history/AssessmentComparison.h"
#include "workbook/EditRules.h"
#include "workbook/TextLimits.h"
#include "workbook/Workbook.h"

namespace strongtrust {

Result<qint64> PeriodService::startPeriodFrom(
    qint64 previousAssessmentId, const QString &period, const QString &title)
{
    const auto previous = m_wb.assessment(previousAssessmentId);
    if (!previous)
        return m_wb.file().problem(
            tr("assessment %1").arg(previousAssessmentId), tr("no such assessment"));
    return startPeriodFrom(previousAssessmentId, period, title, previous->frameworkKey);
}

Result<qint64> PeriodService::startPeriodFrom(
    qint64 previousAssessmentId, const QString &period, const QString &title, qint64 frameworkKey)
{
    WorkbookDatabase &db = m_wb.file();
    if (auto s = db.refuseIfReadOnly(); !s)
        return s.errors();
    const auto previous = m_wb.loadAssessment(previousAssessmentId);
    if (!previous)
        return previous.errors();
    const QString p = period.trimmed();
    // History, the change from the previous period and the reasons for change
    // all take "previous" in period order.
    if (!p.isEmpty() && p <= previous->info.period)
        return db.problem(tr("period %1").arg(p),
            tr("a period started from %1 must come after it (periods are in the "
               "order of their labels, e.g. 2025/26 after 2024/25)")
                .arg(previous->info.period));
    auto fw = m_wb.framework(frameworkKey);
    if (!fw)
        return fw.errors();
    qint64 id = 0;
    Status s = db.transaction([&]() -> Status {
        auto created = m_wb.createAssessment(p, title, frameworkKey);
        if (!created)
            return created.errors();
        id = created.value();
        int carried = 0;
        for (const Action &old : previous->actions) {
            if (old.status != ActionStatus::Open && old.status != ActionStatus::InProgress)
                continue;
            Action next = old;
            next.id = 0;
            next.carriedFrom = old.id;
            // Another framework may not have the domain, indicator or
            // standard: the action keeps its text and drops what no longer exists.
            if (!next.indicator.isEmpty() && !fw->findIndicator(next.indicator)
                && !fw->findStandard(next.indicator))
                next.indicator.clear();
            if (!next.domain.isEmpty() && fw->domainIndex(next.domain) < 0)
                next.domain.clear();
            if (auto added = m_wb.addAction(id, next); !added)
                return added.errors();
            ++carried;
        }
        if (auto carriedTargets = carryTargets(previous.value(), id); !carriedTargets)
            return carriedTargets;
        AuditEntry e;
        e.assessmentId = id;
        e.entity = QStringLiteral("assessment");
        e.subject = p;
        e.field = QStringLiteral("started from");
        e.oldValue = previous->info.period;
        e.newValue = QString::number(carried); // open actions carried forward
        return db.audit(e);
    });
    if (!s)
        return s.errors();
    return id;
}

Result<qint64> PeriodService::startFirstPeriod(
    const QString &period, const QString &title, const Framework *framework)
{
    qint64 id = 0;
    Status s = m_wb.file().transaction([&]() -> Status {
        auto key = framework ? m_wb.storeFramework(*framework)
                             : Result<qint64>(m_wb.defaultFrameworkKey());
        if (!key)
            return key.errors();
        auto created = m_wb.createAssessment(period, title, key.value());
        if (!created)
            return created.errors();
        id = created.value();
        return success();
    });
    if (!s)
        return s.errors();
    return id;
}

Result<qint64> PeriodService::startPeriodOn(qint64 previousAssessmentId, const QString &period,
    const QString &title, const Framework &framework)
{
    qint64 id = 0;
    Status s = m_wb.file().transaction([&]() -> Status {
        auto key = m_wb.storeFramework(framework);
        if (!key)
            return key.errors();
        auto started = startPeriodFrom(previousAssessmentId, period, title, key.value());
        if (!started)
            return started.errors();
        id = started.value();
        return success();
    });
    if (!s)
        return s.errors();
    return id;
}

Status PeriodService::carryTargets(const AssessmentData &previous, qint64 nextId)
{
    const auto next = m_wb.rules().target(nextId);
    if (!next)
        return next.errors();
    const auto before = m_wb.framework(previous.info.frameworkKey);
    if (!before)
        return before.errors();
    for (const MeasureValue &old : previous.measures) {
        if (!old.target.isSet())
            continue;
        // A target means the same only for the same measure: one the new
        // framework dropped, or measures in another unit or direction, starts
        // on the framework's own target.
        const Measure *was = before->findMeasure(old.measure);
        const Measure *is = next->framework.findMeasure(old.measure);
        if (!was || !is || was->unit != is->unit || was->better != is->better)
            continue;
        MeasureValue carried;
        carried.measure = old.measure;
        carried.target = old.target;
        if (!m_wb.rules().measure(next.value(), carried))
            continue;
        if (auto set = m_wb.setMeasure(nextId, carried); !set)
            return set.errors();
    }
    return success();
}

QList<QString> PeriodService::domainsNeedingReason(qint64 assessmentId) const
{
    QList<QString> domains;
    const auto previous = m_wb.previousAssessment(assessmentId);
    if (!previous)
        return domains;
    const auto data = m_wb.loadAssessment(assessmentId);
    if (!data)
        return domains;
    for (const DomainChange &c : compareAssessments(m_wb, previous->id, assessmentId)) {
        if (c.movedAWholeLevel() && data->changeReasons.value(c.domainId).trimmed().isEmpty())
            domains.append(c.domainId);
    }
    return domains;
}

Status PeriodService::finalise(qint64 assessmentId, const SignOff &signOff,
    const QHash<QString, QString> &reasons, ReasonCheck check)
{
    WorkbookDatabase &db = m_wb.file();
    const auto target = m_wb.rules().target(assessmentId);
    if (!target)
        return target.errors();
    const QString period = target->info.period;
    if (signOff.chair.simplified().isEmpty())
        return db.problem(tr("sign-off"), tr("the chair's name is needed"));
    if (!signOff.date.isValid())
        return db.problem(tr("sign-off"), tr("a valid date is needed"));
    if (auto s = EditRules::checkLength(
            db, tr("the chair's name"), signOff.chair.simplified(), limits::kName);
        !s)
        return s;
    if (auto s = EditRules::checkLength(
            db, tr("the minute reference"), signOff.minuteRef.simplified(), limits::kMinuteRef);
        !s)
        return s;
    return db.transaction([&]() -> Status {
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
            if (auto s = m_wb.setChangeReason(assessmentId, it.key(), it.value()); !s)
                return s;
        }
        if (check == ReasonCheck::Required) {
            // Read inside the transaction: the reasons just written count.
            if (const QList<QString> unexplained = domainsNeedingReason(assessmentId);
                !unexplained.isEmpty()) {
                QStringList named;
                for (const QString &id : unexplained) {
                    const int index = target->framework.domainIndex(id);
                    named.append(index >= 0 ? QStringLiteral("%1 (%2)").arg(
                                     id, target->framework.domains[index].title)
                                            : id);
                }
                return db.problem(tr("the assessment for %1").arg(period),
                    tr("cannot be signed off yet: the board has given no reason for "
                       "the change of a whole level or more since the previous "
                       "period in %1")
                        .arg(named.join(QStringLiteral(", "))));
            }
        }
        return m_wb.assessmentStore().writeSignOff(assessmentId, signOff);
    });
}

} // namespace strongtrust
