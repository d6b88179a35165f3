#include "workbook/RatingStore.h"

#include "workbook/EditRules.h"
#include "workbook/Sql.h"
#include "workbook/StoredValues.h"
#include "workbook/TrustStore.h"
#include "workbook/WorkbookDatabase.h"

#include <QSqlQuery>

namespace strongtrust {

Result<std::optional<Rating>> RatingStore::setRating(qint64 assessmentId, qint64 trusteeId,
    const QString &indicator, const RatingValue &value, const QString &note)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    const Rating next { trusteeId, indicator, value, note };
    if (auto s = m_rules.rating(target.value(), next); !s)
        return s.errors();
    const auto who = m_trust.trustee(trusteeId);
    if (!who)
        return m_db.problem(tr("trustee %1").arg(trusteeId), tr("no such trustee"));

    const bool removes = value.isUnrated() && note.isEmpty();
    const QSqlDatabase db = m_db.connection();
    Status s = m_db.transaction([&]() -> Status {
        auto old = sql::firstRow(db,
            QStringLiteral("SELECT kind, level, note FROM rating WHERE assessment = ?"
                           " AND trustee = ? AND indicator = ?"),
            { assessmentId, trusteeId, indicator });
        if (!old)
            return old.errors();
        RatingValue oldValue;
        QString oldNote;
        if (const auto &row = old.value()) {
            oldValue = stored::valueFrom(row->value(0), row->value(1));
            oldNote = row->value(2).toString();
        }
        if (oldValue == value && oldNote == note)
            return success();
        auto r = removes ? sql::run(db,
                     QStringLiteral("DELETE FROM rating WHERE assessment = ? AND"
                                    " trustee = ? AND indicator = ?"),
                     { assessmentId, trusteeId, indicator })
                         : sql::run(db,
                             QStringLiteral("INSERT INTO rating (assessment, trustee, indicator,"
                                            " kind, level, note) VALUES (?, ?, ?, ?, ?, ?)"
                                            " ON CONFLICT (assessment, trustee, indicator)"
                                            " DO UPDATE SET kind = excluded.kind,"
                                            " level = excluded.level, note = excluded.note"),
                             { assessmentId, trusteeId, indicator, stored::kindOf(value),
                                 stored::levelOf(value), note });
        if (!r)
            return r.errors();
        AuditEntry e;
        e.assessmentId = assessmentId;
        e.entity = QStringLiteral("rating");
        e.trusteeId = trusteeId;
        e.label = who->name;
        e.subject = indicator;
        return m_db.auditChanges(e,
            { { QStringLiteral("level"), stored::auditValue(oldValue), stored::auditValue(value) },
                { QStringLiteral("note"), oldNote, note } });
    });
    if (!s)
        return s.errors();
    if (removes)
        return std::optional<Rating>();
    return std::optional<Rating>(next);
}

QList<Rating> RatingStore::ratingsOf(qint64 assessmentId, qint64 trusteeId) const
{
    QList<Rating> ratings;
    auto q = sql::run(m_db.connection(),
        QStringLiteral("SELECT indicator, kind, level, note FROM rating WHERE assessment = ?"
                       " AND trustee = ? ORDER BY indicator"),
        { assessmentId, trusteeId });
    if (!q)
        return ratings;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ratings.append({ trusteeId, r.value(0).toString(),
            stored::valueFrom(r.value(1), r.value(2)), r.value(3).toString() });
    }
    return ratings;
}

Result<std::optional<Consensus>> RatingStore::setConsensus(qint64 assessmentId,
    const QString &indicator, const RatingValue &value, const QString &rationale,
    Confidence confidence)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    Consensus next;
    next.indicator = indicator;
    next.value = value;
    next.rationale = rationale;
    next.confidence = confidence;
    if (auto s = m_rules.consensus(target.value(), next); !s)
        return s.errors();
    const bool removes
        = value.isUnrated() && rationale.isEmpty() && confidence == Confidence::Unstated;
    const QSqlDatabase db = m_db.connection();
    Status s = m_db.transaction([&]() -> Status {
        auto old = sql::firstRow(db,
            QStringLiteral("SELECT kind, level, rationale, confidence FROM consensus"
                           " WHERE assessment = ? AND indicator = ?"),
            { assessmentId, indicator });
        if (!old)
            return old.errors();
        RatingValue oldValue;
        QString oldRationale;
        QString oldConfidence;
        if (const auto &row = old.value()) {
            oldValue = stored::valueFrom(row->value(0), row->value(1));
            oldRationale = row->value(2).toString();
            oldConfidence = row->value(3).toString();
        }
        const QString newConfidence = confidenceKey(confidence);
        if (oldValue == value && oldRationale == rationale && oldConfidence == newConfidence)
            return success();
        auto r = removes
            ? sql::run(db,
                QStringLiteral("DELETE FROM consensus WHERE assessment = ? AND"
                               " indicator = ?"),
                { assessmentId, indicator })
            : sql::run(db,
                QStringLiteral("INSERT INTO consensus (assessment, indicator, kind,"
                               " level, rationale, confidence) VALUES (?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (assessment, indicator) DO UPDATE SET"
                               " kind = excluded.kind, level = excluded.level,"
                               " rationale = excluded.rationale,"
                               " confidence = excluded.confidence"),
                { assessmentId, indicator, stored::kindOf(value), stored::levelOf(value), rationale,
                    newConfidence });
        if (!r)
            return r.errors();
        AuditEntry e;
        e.assessmentId = assessmentId;
        e.entity = QStringLiteral("consensus");
        e.subject = indicator;
        const QList<WorkbookDatabase::FieldChange> changes {
            { QStringLiteral("level"), stored::auditValue(oldValue), stored::auditValue(value) },
            { QStringLiteral("rationale"), oldRationale, rationale },
            { QStringLiteral("confidence"), oldConfidence, newConfidence },
        };
        return m_db.auditChanges(e, changes);
    });
    if (!s)
        return s.errors();
    if (removes)
        return std::optional<Consensus>();
    return std::optional<Consensus>(next);
}

} // namespace strongtrust
