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

Result<Framework> Workbook::editableFramework(qint64 assessmentId) const
{
    AssessmentInfo info;
    if (auto s = editableAssessment(assessmentId, &info); !s)
        return s.errors();
    return framework(info.frameworkKey);
}

Status Workbook::checkAction(const Framework &fw, const Action &action) const
{
    if (action.text.trimmed().isEmpty())
        return sqlError(tr("action"), tr("the action needs a text"));
    if (!action.indicator.isEmpty()) {
        if (auto s = checkIndicator(fw, action.indicator); !s)
            return s;
    }
    if (!action.domain.isEmpty() && fw.domainIndex(action.domain) < 0)
        return sqlError(tr("domain \"%1\"").arg(action.domain), tr("not in the framework %1").arg(fw.id));
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
                                                        sql::dateFrom(q.value(4)), q.value(5).toBool()});
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
                                   q.value(4).toString(), sql::dateFrom(q.value(5)),
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
    const auto fw = editableFramework(assessmentId);
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
    const auto fw = editableFramework(assessmentId);
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

} // namespace strongtrust
