// Workbook: assessments and everything recorded in them. Each edit is checked
// against the assessment's framework and status, then committed with its
// audit entry in one transaction.
#include "workbook/Workbook.h"

#include "workbook/Sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace strongtrust {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString kAssessmentColumns = QStringLiteral(
    "SELECT a.id, a.period, a.title, a.status, a.meeting_date, a.framework, f.framework_id, f.version,"
    " a.chair, a.signed_on, a.minute_ref, a.created_at FROM assessment a JOIN framework f ON f.id = a.framework");

AssessmentInfo assessmentFrom(const QSqlQuery &q)
{
    AssessmentInfo a;
    a.id = q.value(0).toLongLong();
    a.period = q.value(1).toString();
    a.title = q.value(2).toString();
    a.status = q.value(3).toString() == QLatin1String("final") ? AssessmentStatus::Final : AssessmentStatus::Draft;
    a.meetingDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    a.frameworkKey = q.value(5).toLongLong();
    a.frameworkId = q.value(6).toString();
    a.frameworkVersion = q.value(7).toString();
    a.signOff = SignOff{q.value(8).toString(), QDate::fromString(q.value(9).toString(), Qt::ISODate),
                        q.value(10).toString()};
    a.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    return a;
}

// Storage columns of a rating value: kind and level.
QString kindOf(const RatingValue &v)
{
    switch (v.kind) {
    case RatingValue::Kind::Level:
        return QStringLiteral("level");
    case RatingValue::Kind::NotApplicable:
        return QStringLiteral("na");
    case RatingValue::Kind::Unrated:
        break;
    }
    return QStringLiteral("unrated");
}

QVariant levelOf(const RatingValue &v)
{
    return v.isLevel() ? QVariant(v.level) : QVariant(QMetaType(QMetaType::Double));
}

RatingValue valueFrom(const QVariant &kind, const QVariant &level)
{
    const QString k = kind.toString();
    if (k == QLatin1String("level"))
        return RatingValue::of(level.toDouble());
    if (k == QLatin1String("na"))
        return RatingValue::notApplicable();
    return RatingValue::unrated();
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

// How a value reads in the audit trail: "3 Established", "not applicable", "".
static QString describeValue(const Framework &fw, const RatingValue &v)
{
    if (v.isNotApplicable())
        return QCoreApplication::translate("strongtrust::Workbook", "not applicable");
    if (!v.isLevel())
        return {};
    const int index = fw.scale.indexOf(v.level);
    return formatLevelValue(v.level) + (index >= 0 ? u' ' + fw.scale.levels[index].label : QString());
}

QList<AssessmentInfo> Workbook::assessments() const
{
    QList<AssessmentInfo> list;
    auto q = sql::run(database(), kAssessmentColumns + QStringLiteral(" ORDER BY a.period, a.id"));
    while (q && q.value().next())
        list.append(assessmentFrom(q.value()));
    return list;
}

std::optional<AssessmentInfo> Workbook::assessment(qint64 id) const
{
    auto q = sql::run(database(), kAssessmentColumns + QStringLiteral(" WHERE a.id = ?"), {id});
    if (q && q.value().next())
        return assessmentFrom(q.value());
    return std::nullopt;
}

std::optional<AssessmentInfo> Workbook::assessmentForPeriod(const QString &period) const
{
    auto q = sql::run(database(), kAssessmentColumns + QStringLiteral(" WHERE a.period = ?"), {period.trimmed()});
    if (q && q.value().next())
        return assessmentFrom(q.value());
    return std::nullopt;
}

std::optional<AssessmentInfo> Workbook::previousAssessment(qint64 id) const
{
    const auto current = assessment(id);
    if (!current)
        return std::nullopt;
    auto q = sql::run(database(), kAssessmentColumns + QStringLiteral(" WHERE a.period < ? ORDER BY a.period DESC LIMIT 1"),
                      {current->period});
    if (q && q.value().next())
        return assessmentFrom(q.value());
    return std::nullopt;
}

Result<qint64> Workbook::createAssessment(const QString &period, const QString &title, qint64 frameworkKey)
{
    const QString p = period.trimmed();
    if (p.isEmpty() || p.size() > 40)
        return sqlError(tr("period \"%1\"").arg(p), tr("a period is 1 to 40 characters, e.g. 2025/26"));
    for (const QChar c : p) {
        if (c.category() == QChar::Other_Control)
            return sqlError(tr("period"), tr("control characters are not allowed"));
    }
    if (assessmentForPeriod(p))
        return sqlError(tr("period %1").arg(p), tr("there is already an assessment for this period"));
    auto fw = framework(frameworkKey);
    if (!fw)
        return fw.errors();
    qint64 id = 0;
    Status s = transaction([&]() -> Status {
        auto r = sql::run(database(),
                          QStringLiteral("INSERT INTO assessment (period, title, framework, created_at) VALUES (?, ?, ?, ?)"),
                          {p, title.simplified(), frameworkKey, nowUtc()});
        if (!r)
            return r.errors();
        id = r.value().lastInsertId().toLongLong();
        return audit(id, QStringLiteral("assessment"), p, QStringLiteral("created"), {},
                     fw->id + u' ' + fw->version);
    });
    if (!s)
        return s.errors();
    return id;
}

Status Workbook::editableAssessment(qint64 assessmentId, AssessmentInfo *info) const
{
    if (auto s = refuseIfReadOnly(); !s)
        return s;
    const auto a = assessment(assessmentId);
    if (!a)
        return sqlError(tr("assessment %1").arg(assessmentId), tr("no such assessment"));
    if (a->isFinal())
        return sqlError(tr("the assessment for %1").arg(a->period),
                        tr("it is final (signed off by %1 on %2) and cannot be changed")
                            .arg(a->signOff.chair, a->signOff.date.toString(Qt::ISODate)));
    if (info)
        *info = *a;
    return success();
}

Status Workbook::checkIndicator(const Framework &fw, const QString &indicator) const
{
    if (!fw.findIndicator(indicator))
        return sqlError(tr("indicator \"%1\"").arg(indicator), tr("not in the framework %1").arg(fw.id));
    return success();
}

Status Workbook::checkValue(const Framework &fw, const RatingValue &value) const
{
    if (value.isLevel() && fw.scale.indexOf(value.level) < 0)
        return sqlError(tr("level %1").arg(formatLevelValue(value.level)), tr("not a level of the framework's scale"));
    if (value.isNotApplicable() && !fw.scale.allowNotApplicable)
        return sqlError(tr("not applicable"), tr("the framework's scale does not allow it"));
    return success();
}

Status Workbook::setAssessmentTitle(qint64 assessmentId, const QString &title)
{
    AssessmentInfo a;
    if (auto s = editableAssessment(assessmentId, &a); !s)
        return s;
    const QString clean = title.simplified();
    if (clean == a.title)
        return success();
    return transaction([&]() -> Status {
        if (auto r = sql::run(database(), QStringLiteral("UPDATE assessment SET title = ? WHERE id = ?"), {clean, assessmentId}); !r)
            return r.errors();
        return audit(assessmentId, QStringLiteral("assessment"), a.period, QStringLiteral("title"), a.title, clean);
    });
}

Status Workbook::setMeetingDate(qint64 assessmentId, const QDate &date)
{
    AssessmentInfo a;
    if (auto s = editableAssessment(assessmentId, &a); !s)
        return s;
    if (date == a.meetingDate)
        return success();
    return transaction([&]() -> Status {
        if (auto r = sql::run(database(), QStringLiteral("UPDATE assessment SET meeting_date = ? WHERE id = ?"),
                              {sql::dateValue(date), assessmentId});
            !r)
            return r.errors();
        return audit(assessmentId, QStringLiteral("assessment"), a.period, QStringLiteral("meeting date"),
                     a.meetingDate.toString(Qt::ISODate), date.toString(Qt::ISODate));
    });
}

Status Workbook::finalise(qint64 assessmentId, const SignOff &signOff, ReasonCheck reasons)
{
    AssessmentInfo a;
    if (auto s = editableAssessment(assessmentId, &a); !s)
        return s;
    if (signOff.chair.simplified().isEmpty())
        return sqlError(tr("sign-off"), tr("the chair's name is needed"));
    if (!signOff.date.isValid())
        return sqlError(tr("sign-off"), tr("a valid date is needed"));
    if (reasons == ReasonCheck::Required) {
        if (const QList<QString> unexplained = domainsNeedingReason(assessmentId); !unexplained.isEmpty()) {
            const auto fw = framework(a.frameworkKey);
            QStringList named;
            for (const QString &id : unexplained) {
                const int index = fw ? fw->domainIndex(id) : -1;
                named.append(index >= 0 ? QStringLiteral("%1 (%2)").arg(id, fw->domains[index].title) : id);
            }
            return sqlError(tr("the assessment for %1").arg(a.period),
                            tr("cannot be signed off yet: the board has given no reason for the change of a whole "
                               "level or more since the previous period in %1")
                                .arg(named.join(QStringLiteral(", "))));
        }
    }
    return transaction([&]() -> Status {
        if (auto r = sql::run(database(),
                              QStringLiteral("UPDATE assessment SET status = 'final', chair = ?, signed_on = ?, minute_ref = ? WHERE id = ?"),
                              {signOff.chair.simplified(), signOff.date.toString(Qt::ISODate),
                               sql::nullIfEmpty(signOff.minuteRef.simplified()), assessmentId});
            !r)
            return r.errors();
        return audit(assessmentId, QStringLiteral("assessment"), a.period, QStringLiteral("status"), QStringLiteral("draft"),
                     tr("final: signed off by %1 on %2%3")
                         .arg(signOff.chair.simplified(), signOff.date.toString(Qt::ISODate),
                              signOff.minuteRef.isEmpty() ? QString() : QStringLiteral(", minute ") + signOff.minuteRef));
    });
}

Result<AssessmentData> Workbook::loadAssessment(qint64 assessmentId) const
{
    const auto info = assessment(assessmentId);
    if (!info)
        return sqlError(tr("assessment %1").arg(assessmentId), tr("no such assessment"));
    const auto fw = framework(info->frameworkKey);
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
    const QSqlDatabase db = database();
    auto ratings = sql::run(db, QStringLiteral("SELECT trustee, indicator, kind, level, note FROM rating WHERE assessment = ?"),
                            {assessmentId});
    if (!ratings)
        return ratings.errors();
    while (ratings.value().next()) {
        const QSqlQuery &q = ratings.value();
        data.ratings.append(Rating{q.value(0).toLongLong(), q.value(1).toString(), valueFrom(q.value(2), q.value(3)),
                                   q.value(4).toString()});
    }
    std::sort(data.ratings.begin(), data.ratings.end(), [&](const Rating &a, const Rating &b) {
        return std::pair(a.trusteeId, position(a.indicator)) < std::pair(b.trusteeId, position(b.indicator));
    });

    QHash<QString, QList<Evidence>> evidence;
    auto ev = sql::run(db, QStringLiteral("SELECT id, indicator, title, ref, date, confidential FROM evidence WHERE assessment = ?"
                                          " ORDER BY indicator, position, id"),
                       {assessmentId});
    if (!ev)
        return ev.errors();
    while (ev.value().next()) {
        const QSqlQuery &q = ev.value();
        evidence[q.value(1).toString()].append(Evidence{q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                                        dateFrom(q.value(4)), q.value(5).toBool()});
    }
    auto cons = sql::run(db, QStringLiteral("SELECT indicator, kind, level, rationale, confidence FROM consensus WHERE assessment = ?"),
                         {assessmentId});
    if (!cons)
        return cons.errors();
    while (cons.value().next()) {
        const QSqlQuery &q = cons.value();
        Consensus c;
        c.indicator = q.value(0).toString();
        c.value = valueFrom(q.value(1), q.value(2));
        c.rationale = q.value(3).toString();
        c.confidence = confidenceFromKey(q.value(4).toString()).value_or(Confidence::Unstated);
        c.evidence = evidence.take(c.indicator);
        data.consensus.append(c);
    }
    // Evidence recorded before any consensus: keep it with an empty consensus entry.
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        Consensus c;
        c.indicator = it.key();
        c.evidence = it.value();
        data.consensus.append(c);
    }
    std::sort(data.consensus.begin(), data.consensus.end(),
              [&](const Consensus &a, const Consensus &b) { return position(a.indicator) < position(b.indicator); });

    auto actions = sql::run(db, QStringLiteral("SELECT id, domain, indicator, text, owner, due, status, COALESCE(carried_from, 0)"
                                               " FROM action WHERE assessment = ? ORDER BY position, id"),
                            {assessmentId});
    if (!actions)
        return actions.errors();
    while (actions.value().next()) {
        const QSqlQuery &q = actions.value();
        data.actions.append(Action{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString(), dateFrom(q.value(5)),
                                   actionStatusFromKey(q.value(6).toString()).value_or(ActionStatus::Open),
                                   q.value(7).toLongLong()});
    }
    auto reasons = sql::run(db, QStringLiteral("SELECT domain, reason FROM change_reason WHERE assessment = ?"), {assessmentId});
    if (!reasons)
        return reasons.errors();
    while (reasons.value().next())
        data.changeReasons.insert(reasons.value().value(0).toString(), reasons.value().value(1).toString());
    return data;
}

QList<qint64> Workbook::raters(qint64 assessmentId) const
{
    QList<qint64> ids;
    auto q = sql::run(database(),
                      QStringLiteral("SELECT id FROM trustee WHERE retired = 0"
                                     " OR id IN (SELECT trustee FROM rating WHERE assessment = ?) ORDER BY id"),
                      {assessmentId});
    while (q && q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

Status Workbook::setRating(qint64 assessmentId, qint64 trusteeId, const QString &indicator,
                           const RatingValue &value, const QString &note)
{
    AssessmentInfo info;
    if (auto s = editableAssessment(assessmentId, &info); !s)
        return s;
    const auto fw = framework(info.frameworkKey);
    if (!fw)
        return fw.errors();
    if (auto s = checkIndicator(fw.value(), indicator); !s)
        return s;
    if (auto s = checkValue(fw.value(), value); !s)
        return s;
    const auto who = trustee(trusteeId);
    if (!who)
        return sqlError(tr("trustee %1").arg(trusteeId), tr("no such trustee"));

    const QSqlDatabase db = database();
    return transaction([&]() -> Status {
        auto old = sql::run(db, QStringLiteral("SELECT kind, level, note FROM rating WHERE assessment = ? AND trustee = ? AND indicator = ?"),
                            {assessmentId, trusteeId, indicator});
        if (!old)
            return old.errors();
        RatingValue oldValue;
        QString oldNote;
        if (old.value().next()) {
            oldValue = valueFrom(old.value().value(0), old.value().value(1));
            oldNote = old.value().value(2).toString();
        }
        if (oldValue == value && oldNote == note)
            return success();
        auto r = value.isUnrated() && note.isEmpty()
                     ? sql::run(db, QStringLiteral("DELETE FROM rating WHERE assessment = ? AND trustee = ? AND indicator = ?"),
                                {assessmentId, trusteeId, indicator})
                     : sql::run(db, QStringLiteral("INSERT INTO rating (assessment, trustee, indicator, kind, level, note)"
                                                   " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (assessment, trustee, indicator)"
                                                   " DO UPDATE SET kind = excluded.kind, level = excluded.level, note = excluded.note"),
                                {assessmentId, trusteeId, indicator, kindOf(value), levelOf(value), note});
        if (!r)
            return r.errors();
        const QString key = who->name + QStringLiteral(" · ") + indicator;
        if (!(oldValue == value)) {
            if (auto s = audit(assessmentId, QStringLiteral("rating"), key, QStringLiteral("level"),
                               describeValue(fw.value(), oldValue), describeValue(fw.value(), value));
                !s)
                return s;
        }
        if (oldNote != note)
            return audit(assessmentId, QStringLiteral("rating"), key, QStringLiteral("note"), oldNote, note);
        return success();
    });
}

Status Workbook::setConsensus(qint64 assessmentId, const QString &indicator, const RatingValue &value,
                              const QString &rationale, Confidence confidence)
{
    AssessmentInfo info;
    if (auto s = editableAssessment(assessmentId, &info); !s)
        return s;
    const auto fw = framework(info.frameworkKey);
    if (!fw)
        return fw.errors();
    if (auto s = checkIndicator(fw.value(), indicator); !s)
        return s;
    if (auto s = checkValue(fw.value(), value); !s)
        return s;
    const QSqlDatabase db = database();
    return transaction([&]() -> Status {
        auto old = sql::run(db, QStringLiteral("SELECT kind, level, rationale, confidence FROM consensus WHERE assessment = ? AND indicator = ?"),
                            {assessmentId, indicator});
        if (!old)
            return old.errors();
        RatingValue oldValue;
        QString oldRationale;
        QString oldConfidence;
        if (old.value().next()) {
            oldValue = valueFrom(old.value().value(0), old.value().value(1));
            oldRationale = old.value().value(2).toString();
            oldConfidence = old.value().value(3).toString();
        }
        const QString newConfidence = confidenceKey(confidence);
        const bool empty = value.isUnrated() && rationale.isEmpty() && confidence == Confidence::Unstated;
        auto r = empty ? sql::run(db, QStringLiteral("DELETE FROM consensus WHERE assessment = ? AND indicator = ?"),
                                  {assessmentId, indicator})
                       : sql::run(db, QStringLiteral("INSERT INTO consensus (assessment, indicator, kind, level, rationale, confidence)"
                                                     " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (assessment, indicator) DO UPDATE SET"
                                                     " kind = excluded.kind, level = excluded.level, rationale = excluded.rationale,"
                                                     " confidence = excluded.confidence"),
                                  {assessmentId, indicator, kindOf(value), levelOf(value), rationale, newConfidence});
        if (!r)
            return r.errors();
        const QString entity = QStringLiteral("consensus");
        if (!(oldValue == value)) {
            if (auto s = audit(assessmentId, entity, indicator, QStringLiteral("level"), describeValue(fw.value(), oldValue),
                               describeValue(fw.value(), value));
                !s)
                return s;
        }
        if (oldRationale != rationale) {
            if (auto s = audit(assessmentId, entity, indicator, QStringLiteral("rationale"), oldRationale, rationale); !s)
                return s;
        }
        if (oldConfidence != newConfidence)
            return audit(assessmentId, entity, indicator, QStringLiteral("confidence"), oldConfidence, newConfidence);
        return success();
    });
}

Result<qint64> Workbook::addEvidence(qint64 assessmentId, const QString &indicator, const Evidence &evidence)
{
    AssessmentInfo info;
    if (auto s = editableAssessment(assessmentId, &info); !s)
        return s.errors();
    const auto fw = framework(info.frameworkKey);
    if (!fw)
        return fw.errors();
    if (auto s = checkIndicator(fw.value(), indicator); !s)
        return s.errors();
    if (evidence.title.simplified().isEmpty())
        return sqlError(tr("evidence"), tr("a title is needed"));
    qint64 id = 0;
    Status s = transaction([&]() -> Status {
        auto r = sql::run(database(),
                          QStringLiteral("INSERT INTO evidence (assessment, indicator, position, title, ref, date, confidential) VALUES (?, ?,"
                                         " (SELECT COALESCE(MAX(position), 0) + 1 FROM evidence WHERE assessment = ? AND indicator = ?),"
                                         " ?, ?, ?, ?)"),
                          {assessmentId, indicator, assessmentId, indicator, evidence.title.simplified(), evidence.ref.trimmed(),
                           sql::dateValue(evidence.date), evidence.confidential ? 1 : 0});
        if (!r)
            return r.errors();
        id = r.value().lastInsertId().toLongLong();
        return audit(assessmentId, QStringLiteral("evidence"), indicator, QStringLiteral("added"), {},
                     evidence.confidential ? evidence.title.simplified() + QStringLiteral(" (confidential)")
                                           : evidence.title.simplified());
    });
    if (!s)
        return s.errors();
    return id;
}

Status Workbook::updateEvidence(qint64 assessmentId, const Evidence &evidence)
{
    if (auto s = editableAssessment(assessmentId); !s)
        return s;
    if (evidence.title.simplified().isEmpty())
        return sqlError(tr("evidence"), tr("a title is needed"));
    return transaction([&]() -> Status {
        auto old = sql::run(database(), QStringLiteral("SELECT indicator, title, ref, date, confidential FROM evidence"
                                                       " WHERE id = ? AND assessment = ?"),
                            {evidence.id, assessmentId});
        if (!old)
            return old.errors();
        if (!old.value().next())
            return sqlError(tr("evidence %1").arg(evidence.id), tr("no such evidence in this assessment"));
        const QString indicator = old.value().value(0).toString();
        const QString before = QStringList{old.value().value(1).toString(), old.value().value(2).toString(),
                                           old.value().value(3).toString()}.join(QStringLiteral(" | "));
        const QString after = QStringList{evidence.title.simplified(), evidence.ref.trimmed(),
                                          evidence.date.toString(Qt::ISODate)}.join(QStringLiteral(" | "));
        const bool wasConfidential = old.value().value(4).toBool();
        if (before == after && wasConfidential == evidence.confidential)
            return success();
        if (auto r = sql::run(database(), QStringLiteral("UPDATE evidence SET title = ?, ref = ?, date = ?, confidential = ? WHERE id = ?"),
                              {evidence.title.simplified(), evidence.ref.trimmed(), sql::dateValue(evidence.date),
                               evidence.confidential ? 1 : 0, evidence.id});
            !r)
            return r.errors();
        if (before != after) {
            if (auto s = audit(assessmentId, QStringLiteral("evidence"), indicator, QStringLiteral("changed"), before, after); !s)
                return s;
        }
        if (wasConfidential != evidence.confidential)
            return audit(assessmentId, QStringLiteral("evidence"), indicator, QStringLiteral("confidential"),
                         wasConfidential ? QStringLiteral("yes") : QStringLiteral("no"),
                         evidence.confidential ? QStringLiteral("yes") : QStringLiteral("no"));
        return success();
    });
}

Status Workbook::removeEvidence(qint64 assessmentId, qint64 evidenceId)
{
    if (auto s = editableAssessment(assessmentId); !s)
        return s;
    return transaction([&]() -> Status {
        auto old = sql::run(database(), QStringLiteral("SELECT indicator, title FROM evidence WHERE id = ? AND assessment = ?"),
                            {evidenceId, assessmentId});
        if (!old)
            return old.errors();
        if (!old.value().next())
            return sqlError(tr("evidence %1").arg(evidenceId), tr("no such evidence in this assessment"));
        const QString indicator = old.value().value(0).toString();
        const QString title = old.value().value(1).toString();
        if (auto r = sql::run(database(), QStringLiteral("DELETE FROM evidence WHERE id = ?"), {evidenceId}); !r)
            return r.errors();
        return audit(assessmentId, QStringLiteral("evidence"), indicator, QStringLiteral("removed"), title, {});
    });
}

Status Workbook::replaceEvidence(qint64 assessmentId, const QString &indicator, const QList<Evidence> &evidence)
{
    if (auto s = editableAssessment(assessmentId); !s)
        return s;
    QList<Evidence> existing;
    auto q = sql::run(database(), QStringLiteral("SELECT id, title, ref, date, confidential FROM evidence"
                                                 " WHERE assessment = ? AND indicator = ? ORDER BY position, id"),
                      {assessmentId, indicator});
    if (!q)
        return q.errors();
    while (q.value().next())
        existing.append(Evidence{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                                 q.value().value(2).toString(), dateFrom(q.value().value(3)), q.value().value(4).toBool()});
    auto same = [](const Evidence &a, const Evidence &b) {
        return a.title == b.title.simplified() && a.ref == b.ref.trimmed() && a.date == b.date
               && a.confidential == b.confidential;
    };
    if (existing.size() == evidence.size() && std::equal(existing.cbegin(), existing.cend(), evidence.cbegin(), same))
        return success();
    return transaction([&]() -> Status {
        for (const Evidence &e : existing) {
            if (auto s = removeEvidence(assessmentId, e.id); !s)
                return s;
        }
        for (const Evidence &e : evidence) {
            if (auto r = addEvidence(assessmentId, indicator, e); !r)
                return r.errors();
        }
        return success();
    });
}

Result<qint64> Workbook::addAction(qint64 assessmentId, const Action &action)
{
    AssessmentInfo info;
    if (auto s = editableAssessment(assessmentId, &info); !s)
        return s.errors();
    const auto fw = framework(info.frameworkKey);
    if (!fw)
        return fw.errors();
    if (action.text.trimmed().isEmpty())
        return sqlError(tr("action"), tr("the action needs a text"));
    if (!action.indicator.isEmpty()) {
        if (auto s = checkIndicator(fw.value(), action.indicator); !s)
            return s.errors();
    }
    if (!action.domain.isEmpty() && fw->domainIndex(action.domain) < 0)
        return sqlError(tr("domain \"%1\"").arg(action.domain), tr("not in the framework %1").arg(fw->id));
    qint64 id = 0;
    Status s = transaction([&]() -> Status {
        auto r = sql::run(database(),
                          QStringLiteral("INSERT INTO action (assessment, position, domain, indicator, text, owner, due, status, carried_from)"
                                         " VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM action WHERE assessment = ?),"
                                         " ?, ?, ?, ?, ?, ?, ?)"),
                          {assessmentId, assessmentId, action.domain, action.indicator, action.text.trimmed(), action.owner.simplified(),
                           sql::dateValue(action.due), actionStatusKey(action.status),
                           action.carriedFrom ? QVariant(action.carriedFrom) : QVariant(QMetaType(QMetaType::LongLong))});
        if (!r)
            return r.errors();
        id = r.value().lastInsertId().toLongLong();
        return audit(assessmentId, QStringLiteral("action"), action.text.trimmed(), QStringLiteral("added"), {},
                     QStringList{action.owner.simplified(), action.due.toString(Qt::ISODate), actionStatusKey(action.status)}
                         .join(QStringLiteral(" | ")));
    });
    if (!s)
        return s.errors();
    return id;
}

Status Workbook::updateAction(qint64 assessmentId, const Action &action)
{
    AssessmentInfo info;
    if (auto s = editableAssessment(assessmentId, &info); !s)
        return s;
    const auto fw = framework(info.frameworkKey);
    if (!fw)
        return fw.errors();
    if (action.text.trimmed().isEmpty())
        return sqlError(tr("action"), tr("the action needs a text"));
    if (!action.indicator.isEmpty()) {
        if (auto s = checkIndicator(fw.value(), action.indicator); !s)
            return s;
    }
    if (!action.domain.isEmpty() && fw->domainIndex(action.domain) < 0)
        return sqlError(tr("domain \"%1\"").arg(action.domain), tr("not in the framework %1").arg(fw->id));
    return transaction([&]() -> Status {
        auto old = sql::run(database(), QStringLiteral("SELECT domain, indicator, text, owner, due, status FROM action WHERE id = ? AND assessment = ?"),
                            {action.id, assessmentId});
        if (!old)
            return old.errors();
        if (!old.value().next())
            return sqlError(tr("action %1").arg(action.id), tr("no such action in this assessment"));
        const QStringList before{old.value().value(0).toString(), old.value().value(1).toString(), old.value().value(2).toString(),
                                 old.value().value(3).toString(), old.value().value(4).toString(), old.value().value(5).toString()};
        const QStringList after{action.domain, action.indicator, action.text.trimmed(), action.owner.simplified(),
                                action.due.toString(Qt::ISODate), actionStatusKey(action.status)};
        if (before == after)
            return success();
        if (auto r = sql::run(database(),
                              QStringLiteral("UPDATE action SET domain = ?, indicator = ?, text = ?, owner = ?, due = ?, status = ? WHERE id = ?"),
                              {action.domain, action.indicator, action.text.trimmed(), action.owner.simplified(), sql::dateValue(action.due),
                               actionStatusKey(action.status), action.id});
            !r)
            return r.errors();
        static const char *fields[] = {"domain", "indicator", "text", "owner", "due", "status"};
        for (int i = 0; i < before.size(); ++i) {
            if (before[i] == after[i])
                continue;
            if (auto s = audit(assessmentId, QStringLiteral("action"), before[2], QLatin1String(fields[i]), before[i], after[i]); !s)
                return s;
        }
        return success();
    });
}

Status Workbook::removeAction(qint64 assessmentId, qint64 actionId)
{
    if (auto s = editableAssessment(assessmentId); !s)
        return s;
    return transaction([&]() -> Status {
        auto old = sql::run(database(), QStringLiteral("SELECT text FROM action WHERE id = ? AND assessment = ?"), {actionId, assessmentId});
        if (!old)
            return old.errors();
        if (!old.value().next())
            return sqlError(tr("action %1").arg(actionId), tr("no such action in this assessment"));
        const QString text = old.value().value(0).toString();
        // Later periods' actions that continue this one keep their history.
        if (auto r = sql::run(database(), QStringLiteral("UPDATE action SET carried_from = NULL WHERE carried_from = ?"), {actionId}); !r)
            return r.errors();
        if (auto r = sql::run(database(), QStringLiteral("DELETE FROM action WHERE id = ?"), {actionId}); !r)
            return r.errors();
        return audit(assessmentId, QStringLiteral("action"), text, QStringLiteral("removed"), text, {});
    });
}

} // namespace strongtrust
