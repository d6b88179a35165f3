// Workbook: the evidence and the actions recorded for an assessment's
// indicators. Each edit is checked against the assessment's framework and
// status, then committed with its audit entry in one transaction.
#include "workbook/Workbook.h"

#include "workbook/Sql.h"

#include <QSqlQuery>

namespace strongtrust {

Result<qint64> Workbook::addEvidence(qint64 assessmentId, const QString &indicator, const Evidence &evidence)
{
    const auto fw = editableFramework(assessmentId);
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
                                 q.value().value(2).toString(), sql::dateFrom(q.value().value(3)), q.value().value(4).toBool()});
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
    const auto fw = editableFramework(assessmentId);
    if (!fw)
        return fw.errors();
    if (auto s = checkAction(fw.value(), action); !s)
        return s.errors();
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
    const auto fw = editableFramework(assessmentId);
    if (!fw)
        return fw.errors();
    if (auto s = checkAction(fw.value(), action); !s)
        return s;
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
