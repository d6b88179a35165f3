#include "workbook/AssessmentStore.h"

#include "workbook/EditRules.h"
#include "workbook/FrameworkStore.h"
#include "workbook/Sql.h"
#include "workbook/StoredValues.h"
#include "workbook/TextLimits.h"
#include "workbook/WorkbookDatabase.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace strongtrust {

namespace {

const QString kAssessmentColumns = QStringLiteral(
    "SELECT a.id, a.period, a.title, a.status, a.meeting_date, a.framework, f.framework_id,"
    " f.version, a.chair, a.signed_on, a.minute_ref, a.created_at"
    " FROM assessment a JOIN framework f ON f.id = a.framework");

// From a query at a row, or a record of one.
template <typename Row> AssessmentInfo assessmentFrom(const Row &q)
{
    AssessmentInfo a;
    a.id = q.value(0).toLongLong();
    a.period = q.value(1).toString();
    a.title = q.value(2).toString();
    a.status = q.value(3).toString() == QLatin1String("final") ? AssessmentStatus::Final
                                                               : AssessmentStatus::Draft;
    a.meetingDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    a.frameworkKey = q.value(5).toLongLong();
    a.frameworkId = q.value(6).toString();
    a.frameworkVersion = q.value(7).toString();
    a.signOff = SignOff { q.value(8).toString(),
        QDate::fromString(q.value(9).toString(), Qt::ISODate), q.value(10).toString() };
    a.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    return a;
}

AuditEntry assessmentEntry(qint64 id, const QString &period, const QString &field)
{
    AuditEntry e;
    e.assessmentId = id;
    e.entity = QStringLiteral("assessment");
    e.subject = period;
    e.field = field;
    return e;
}

} // namespace

QList<AssessmentInfo> AssessmentStore::assessments() const
{
    QList<AssessmentInfo> list;
    auto q = sql::run(
        m_db.connection(), kAssessmentColumns + QStringLiteral(" ORDER BY a.period, a.id"));
    while (q && q.value().next())
        list.append(assessmentFrom(q.value()));
    return list;
}

std::optional<AssessmentInfo> AssessmentStore::assessment(qint64 id) const
{
    // The first check of every edit: kept prepared.
    auto row = sql::firstRow(
        m_db.connection(), kAssessmentColumns + QStringLiteral(" WHERE a.id = ?"), { id });
    if (row && row.value())
        return assessmentFrom(*row.value());
    return std::nullopt;
}

std::optional<AssessmentInfo> AssessmentStore::assessmentForPeriod(const QString &period) const
{
    auto q = sql::run(m_db.connection(), kAssessmentColumns + QStringLiteral(" WHERE a.period = ?"),
        { period.trimmed() });
    if (q && q.value().next())
        return assessmentFrom(q.value());
    return std::nullopt;
}

std::optional<AssessmentInfo> AssessmentStore::previousAssessment(qint64 id) const
{
    const auto current = assessment(id);
    if (!current)
        return std::nullopt;
    auto q = sql::run(m_db.connection(),
        kAssessmentColumns + QStringLiteral(" WHERE a.period < ? ORDER BY a.period DESC LIMIT 1"),
        { current->period });
    if (q && q.value().next())
        return assessmentFrom(q.value());
    return std::nullopt;
}

Result<qint64> AssessmentStore::createAssessment(
    const QString &period, const QString &title, qint64 frameworkKey)
{
    if (auto s = m_db.refuseIfReadOnly(); !s)
        return s.errors();
    const QString p = period.trimmed();
    if (p.isEmpty() || p.size() > 40)
        return m_db.problem(
            tr("period \"%1\"").arg(p), tr("a period is 1 to 40 characters, e.g. 2025/26"));
    for (const QChar c : p) {
        if (c.category() == QChar::Other_Control)
            return m_db.problem(tr("period"), tr("control characters are not allowed"));
    }
    if (auto s = EditRules::checkLength(m_db, tr("the title"), title.simplified(), limits::kTitle);
        !s)
        return s.errors();
    if (assessmentForPeriod(p))
        return m_db.problem(
            tr("period %1").arg(p), tr("there is already an assessment for this period"));
    auto fw = m_frameworks.framework(frameworkKey);
    if (!fw)
        return fw.errors();
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto r = sql::run(m_db.connection(),
            QStringLiteral("INSERT INTO assessment (period, title, framework, created_at)"
                           " VALUES (?, ?, ?, ?)"),
            { p, title.simplified(), frameworkKey, workbookNow() });
        if (!r)
            return r.errors();
        id = r.value().lastInsertId().toLongLong();
        AuditEntry e = assessmentEntry(id, p, QStringLiteral("created"));
        e.newValue = fw->id + u' ' + fw->version;
        return m_db.audit(e);
    });
    if (!s)
        return s.errors();
    return id;
}

Status AssessmentStore::setAssessmentTitle(qint64 assessmentId, const QString &title)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    const QString clean = title.simplified();
    if (auto s = EditRules::checkLength(m_db, tr("the title"), clean, limits::kTitle); !s)
        return s;
    if (clean == target->info.title)
        return success();
    return m_db.transaction([&]() -> Status {
        if (auto r = sql::run(m_db.connection(),
                QStringLiteral("UPDATE assessment SET title = ? WHERE id = ?"),
                { clean, assessmentId });
            !r)
            return r.errors();
        AuditEntry e = assessmentEntry(assessmentId, target->info.period, QStringLiteral("title"));
        e.oldValue = target->info.title;
        e.newValue = clean;
        return m_db.audit(e);
    });
}

Status AssessmentStore::setMeetingDate(qint64 assessmentId, const QDate &date)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    if (date == target->info.meetingDate)
        return success();
    return m_db.transaction([&]() -> Status {
        if (auto r = sql::run(m_db.connection(),
                QStringLiteral("UPDATE assessment SET meeting_date = ? WHERE id = ?"),
                { sql::dateValue(date), assessmentId });
            !r)
            return r.errors();
        AuditEntry e
            = assessmentEntry(assessmentId, target->info.period, QStringLiteral("meeting date"));
        e.oldValue = target->info.meetingDate.toString(Qt::ISODate);
        e.newValue = date.toString(Qt::ISODate);
        return m_db.audit(e);
    });
}

Status AssessmentStore::setChangeReason(
    qint64 assessmentId, const QString &domainId, const QString &reason)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    if (auto s = m_rules.changeReason(target.value(), domainId, reason); !s)
        return s;
    const QString clean = reason.trimmed();
    const QSqlDatabase db = m_db.connection();
    return m_db.transaction([&]() -> Status {
        auto old = sql::scalar(db,
            QStringLiteral("SELECT reason FROM change_reason WHERE assessment = ?"
                           " AND domain = ?"),
            { assessmentId, domainId });
        if (!old)
            return old.errors();
        const QString before = old.value().toString();
        if (before == clean)
            return success();
        auto r = clean.isEmpty()
            ? sql::run(db,
                QStringLiteral("DELETE FROM change_reason WHERE assessment = ?"
                               " AND domain = ?"),
                { assessmentId, domainId })
            : sql::run(db,
                QStringLiteral("INSERT INTO change_reason (assessment, domain, reason)"
                               " VALUES (?, ?, ?) ON CONFLICT (assessment, domain)"
                               " DO UPDATE SET reason = excluded.reason"),
                { assessmentId, domainId, clean });
        if (!r)
            return r.errors();
        AuditEntry e;
        e.assessmentId = assessmentId;
        e.entity = QStringLiteral("change reason");
        e.subject = domainId;
        e.field = QStringLiteral("reason");
        e.oldValue = before;
        e.newValue = clean;
        return m_db.audit(e);
    });
}

Status AssessmentStore::writeSignOff(qint64 assessmentId, const SignOff &signOff)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    const QString chair = signOff.chair.simplified();
    const QString minute = signOff.minuteRef.simplified();
    return m_db.transaction([&]() -> Status {
        if (auto r = sql::run(m_db.connection(),
                QStringLiteral("UPDATE assessment SET status = 'final', chair = ?,"
                               " signed_on = ?, minute_ref = ? WHERE id = ?"),
                { chair, signOff.date.toString(Qt::ISODate), sql::nullIfEmpty(minute),
                    assessmentId });
            !r)
            return r.errors();
        const QString period = target->info.period;
        const QList<std::pair<QString, QString>> fields {
            { QStringLiteral("chair"), chair },
            { QStringLiteral("signed on"), signOff.date.toString(Qt::ISODate) },
            { QStringLiteral("minute"), minute },
        };
        for (const auto &[field, value] : fields) {
            if (value.isEmpty())
                continue;
            AuditEntry e = assessmentEntry(assessmentId, period, field);
            e.newValue = value;
            if (auto s = m_db.audit(e); !s)
                return s;
        }
        // Last, so that the status entry closes the record of the sign-off.
        AuditEntry e = assessmentEntry(assessmentId, period, QStringLiteral("status"));
        e.oldValue = QStringLiteral("draft");
        e.newValue = QStringLiteral("final");
        return m_db.audit(e);
    });
}

Result<AssessmentData> AssessmentStore::loadAssessment(qint64 assessmentId) const
{
    const auto info = assessment(assessmentId);
    if (!info)
        return m_db.problem(tr("assessment %1").arg(assessmentId), tr("no such assessment"));
    const auto fw = m_frameworks.framework(info->frameworkKey);
    if (!fw)
        return fw.errors();
    // Position of each indicator in the framework, for a stable order.
    QHash<QString, int> order;
    int n = 0;
    for (const Domain &d : fw->domains) {
        for (const Indicator &i : d.indicators)
            order.insert(i.fullId, n++);
    }
    auto position = [&](const QString &id) { return order.value(id, n); };

    AssessmentData data;
    data.info = *info;
    const QSqlDatabase db = m_db.connection();
    auto ratings = sql::run(db,
        QStringLiteral("SELECT trustee, indicator, kind, level, note FROM rating"
                       " WHERE assessment = ?"),
        { assessmentId });
    if (!ratings)
        return ratings.errors();
    while (ratings.value().next()) {
        const QSqlQuery &q = ratings.value();
        data.ratings.append(Rating { q.value(0).toLongLong(), q.value(1).toString(),
            stored::valueFrom(q.value(2), q.value(3)), q.value(4).toString() });
    }
    std::sort(data.ratings.begin(), data.ratings.end(), [&](const Rating &a, const Rating &b) {
        return std::pair(a.trusteeId, position(a.indicator))
            < std::pair(b.trusteeId, position(b.indicator));
    });

    QHash<QString, QList<Evidence>> evidence;
    auto ev = sql::run(db,
        QStringLiteral("SELECT id, indicator, title, ref, date, confidential"
                       " FROM evidence WHERE assessment = ?"
                       " ORDER BY indicator, position, id"),
        { assessmentId });
    if (!ev)
        return ev.errors();
    while (ev.value().next()) {
        const QSqlQuery &q = ev.value();
        evidence[q.value(1).toString()].append(
            Evidence { q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                sql::dateFrom(q.value(4)), q.value(5).toBool() });
    }
    auto cons = sql::run(db,
        QStringLiteral("SELECT indicator, kind, level, rationale, confidence"
                       " FROM consensus WHERE assessment = ?"),
        { assessmentId });
    if (!cons)
        return cons.errors();
    while (cons.value().next()) {
        const QSqlQuery &q = cons.value();
        Consensus c;
        c.indicator = q.value(0).toString();
        c.value = stored::valueFrom(q.value(1), q.value(2));
        c.rationale = q.value(3).toString();
        c.confidence = confidenceFromKey(q.value(4).toString()).value_or(Confidence::Unstated);
        c.evidence = evidence.take(c.indicator);
        data.consensus.append(c);
    }
    // A standard's evidence belongs to its judgement, not to a consensus.
    if (auto s = loadStandards(fw.value(), assessmentId, evidence, data); !s)
        return s.errors();
    // Evidence recorded before any consensus: keep it with an empty consensus entry.
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        Consensus c;
        c.indicator = it.key();
        c.evidence = it.value();
        data.consensus.append(c);
    }
    std::sort(
        data.consensus.begin(), data.consensus.end(), [&](const Consensus &a, const Consensus &b) {
            return position(a.indicator) < position(b.indicator);
        });

    auto actions = sql::run(db,
        QStringLiteral("SELECT id, domain, indicator, text, owner, due, status,"
                       " COALESCE(carried_from, 0) FROM action"
                       " WHERE assessment = ? ORDER BY position, id"),
        { assessmentId });
    if (!actions)
        return actions.errors();
    while (actions.value().next()) {
        const QSqlQuery &q = actions.value();
        data.actions.append(
            Action { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), sql::dateFrom(q.value(5)),
                actionStatusFromKey(q.value(6).toString()).value_or(ActionStatus::Open),
                q.value(7).toLongLong() });
    }
    auto reasons = sql::run(db,
        QStringLiteral("SELECT domain, reason FROM change_reason"
                       " WHERE assessment = ?"),
        { assessmentId });
    if (!reasons)
        return reasons.errors();
    while (reasons.value().next())
        data.changeReasons.insert(
            reasons.value().value(0).toString(), reasons.value().value(1).toString());
    auto narrative
        = sql::run(db, QStringLiteral("SELECT domain, text FROM narrative WHERE assessment = ?"),
            { assessmentId });
    if (!narrative)
        return narrative.errors();
    while (narrative.value().next()) {
        const QString domain = narrative.value().value(0).toString();
        const QString text = narrative.value().value(1).toString();
        if (domain.isEmpty())
            data.narrative.summary = text;
        else
            data.narrative.domains.insert(domain, text);
    }
    if (auto s = loadMeasures(fw.value(), assessmentId, data); !s)
        return s.errors();
    return data;
}

Status AssessmentStore::loadStandards(const Framework &fw, qint64 assessmentId,
    QHash<QString, QList<Evidence>> &evidence, AssessmentData &data) const
{
    QHash<QString, StandardJudgement> found;
    auto rows = sql::run(m_db.connection(),
        QStringLiteral("SELECT standard, result, note FROM standard_result WHERE assessment = ?"),
        { assessmentId });
    if (!rows)
        return rows.errors();
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        StandardJudgement &j = found[q.value(0).toString()];
        j.standard = q.value(0).toString();
        j.result = standardResultFromKey(q.value(1).toString()).value_or(StandardResult::NotJudged);
        j.note = q.value(2).toString();
    }
    // In the framework's order; a standard with only evidence is listed too.
    for (const Domain &d : fw.domains) {
        for (const Standard &standard : d.standards) {
            QList<Evidence> cited = evidence.take(standard.fullId);
            if (!found.contains(standard.fullId) && cited.isEmpty())
                continue;
            StandardJudgement j = found.take(standard.fullId);
            j.standard = standard.fullId;
            j.evidence = std::move(cited);
            data.standards.append(std::move(j));
        }
    }
    // Rows of a standard the framework does not have (written by another
    // program): kept, so that nothing stored is hidden.
    QStringList rest = found.keys();
    rest.sort();
    for (const QString &id : rest)
        data.standards.append(found.value(id));
    return success();
}

Status AssessmentStore::loadMeasures(
    const Framework &fw, qint64 assessmentId, AssessmentData &data) const
{
    QHash<QString, MeasureValue> found;
    auto rows = sql::run(m_db.connection(),
        QStringLiteral("SELECT measure, value, as_of, source, note, target_min, target_max"
                       " FROM measure_value WHERE assessment = ?"),
        { assessmentId });
    if (!rows)
        return rows.errors();
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        MeasureValue m;
        m.measure = q.value(0).toString();
        m.value = stored::numberFrom(q.value(1));
        m.asOf = sql::dateFrom(q.value(2));
        m.source = q.value(3).toString();
        m.note = q.value(4).toString();
        m.target.min = stored::numberFrom(q.value(5));
        m.target.max = stored::numberFrom(q.value(6));
        found.insert(m.measure, m);
    }
    for (const Domain &d : fw.domains) {
        for (const Measure &measure : d.measures) {
            if (found.contains(measure.fullId))
                data.measures.append(found.take(measure.fullId));
        }
    }
    QStringList rest = found.keys();
    rest.sort();
    for (const QString &id : rest)
        data.measures.append(found.value(id));
    return success();
}

QList<qint64> AssessmentStore::raters(qint64 assessmentId) const
{
    QList<qint64> ids;
    auto q = sql::run(m_db.connection(),
        QStringLiteral("SELECT id FROM trustee WHERE retired = 0 OR id IN"
                       " (SELECT trustee FROM rating WHERE assessment = ?) ORDER BY id"),
        { assessmentId });
    while (q && q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

} // namespace strongtrust
