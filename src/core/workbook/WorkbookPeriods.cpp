// Workbook: the yearly cycle around the assessments. Starting a period from
// the last, the reasons for change the board gives before signing off, and
// amendments to an assessment that is final.
#include "history/AssessmentComparison.h"
#include "workbook/Sql.h"
#include "workbook/Workbook.h"

#include <QSqlQuery>

namespace strongtrust {

Result<qint64> Workbook::startPeriodFrom(
    qint64 previousAssessmentId, const QString &period, const QString &title)
{
    const auto previous = assessment(previousAssessmentId);
    if (!previous)
        return sqlError(tr("assessment %1").arg(previousAssessmentId), tr("no such assessment"));
    return startPeriodFrom(previousAssessmentId, period, title, previous->frameworkKey);
}

Result<qint64> Workbook::startPeriodFrom(
    qint64 previousAssessmentId, const QString &period, const QString &title, qint64 frameworkKey)
{
    if (auto s = refuseIfReadOnly(); !s)
        return s.errors();
    const auto previous = loadAssessment(previousAssessmentId);
    if (!previous)
        return previous.errors();
    const QString p = period.trimmed();
    // History, the change from the previous period and the reasons for change
    // all take "previous" in period order.
    if (!p.isEmpty() && p <= previous->info.period)
        return sqlError(tr("period %1").arg(p),
            tr("a period started from %1 must come after it (periods are in the "
               "order of their labels, e.g. 2025/26 after 2024/25)")
                .arg(previous->info.period));
    auto fw = framework(frameworkKey);
    if (!fw)
        return fw.errors();
    qint64 id = 0;
    Status s = transaction([&]() -> Status {
        auto created = createAssessment(p, title, frameworkKey);
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
            // Another framework may not have the domain or indicator: the
            // action keeps its text and drops what no longer exists.
            if (!next.indicator.isEmpty() && !fw->findIndicator(next.indicator))
                next.indicator.clear();
            if (!next.domain.isEmpty() && fw->domainIndex(next.domain) < 0)
                next.domain.clear();
            if (auto added = addAction(id, next); !added)
                return added.errors();
            ++carried;
        }
        return audit(id, QStringLiteral("assessment"), p, QStringLiteral("started from"),
            previous->info.period, tr("%n open action(s) carried forward", nullptr, carried));
    });
    if (!s)
        return s.errors();
    return id;
}

Status Workbook::addAmendment(qint64 assessmentId, const QString &text)
{
    if (auto s = refuseIfReadOnly(); !s)
        return s;
    const auto a = assessment(assessmentId);
    if (!a)
        return sqlError(tr("assessment %1").arg(assessmentId), tr("no such assessment"));
    if (!a->isFinal())
        return sqlError(tr("the assessment for %1").arg(a->period),
            tr("it is a draft: correct it by editing it; amendments are for final assessments"));
    const QString clean = text.trimmed();
    if (clean.isEmpty())
        return sqlError(tr("amendment"), tr("the amendment needs a text"));
    return transaction([&] {
        return audit(assessmentId, QStringLiteral("amendment"), a->period,
            QStringLiteral("amendment"), {}, clean);
    });
}

QList<AuditEntry> Workbook::amendments(qint64 assessmentId) const
{
    QList<AuditEntry> out;
    for (const AuditEntry &e : auditLog(assessmentId)) {
        if (e.entity == QLatin1String("amendment"))
            out.append(e);
    }
    return out;
}

Status Workbook::setChangeReason(
    qint64 assessmentId, const QString &domainId, const QString &reason)
{
    const auto fw = editableFramework(assessmentId);
    if (!fw)
        return fw.errors();
    if (fw->domainIndex(domainId) < 0)
        return sqlError(
            tr("domain \"%1\"").arg(domainId), tr("not in the framework %1").arg(fw->id));
    const QString clean = reason.trimmed();
    const QSqlDatabase db = database();
    return transaction([&]() -> Status {
        auto old = sql::scalar(db,
            QStringLiteral("SELECT reason FROM change_reason WHERE assessment = ? AND domain = ?"),
            { assessmentId, domainId });
        if (!old)
            return old.errors();
        const QString before = old.value().toString();
        if (before == clean)
            return success();
        auto r = clean.isEmpty()
            ? sql::run(db,
                QStringLiteral("DELETE FROM change_reason WHERE assessment = ? AND domain = ?"),
                { assessmentId, domainId })
            : sql::run(db,
                QStringLiteral(
                    "INSERT INTO change_reason (assessment, domain, reason) VALUES (?, ?, ?)"
                    " ON CONFLICT (assessment, domain) DO UPDATE SET reason = excluded.reason"),
                { assessmentId, domainId, clean });
        if (!r)
            return r.errors();
        return audit(assessmentId, QStringLiteral("change reason"), domainId,
            QStringLiteral("reason"), before, clean);
    });
}

QList<QString> Workbook::domainsNeedingReason(qint64 assessmentId) const
{
    QList<QString> domains;
    const auto previous = previousAssessment(assessmentId);
    if (!previous)
        return domains;
    QStringList explained;
    auto q = sql::run(database(),
        QStringLiteral("SELECT domain FROM change_reason WHERE assessment = ?"), { assessmentId });
    while (q && q.value().next())
        explained.append(q.value().value(0).toString());
    for (const DomainChange &c : compareAssessments(*this, previous->id, assessmentId)) {
        if (c.movedAWholeLevel() && !explained.contains(c.domainId))
            domains.append(c.domainId);
    }
    return domains;
}

} // namespace strongtrust
