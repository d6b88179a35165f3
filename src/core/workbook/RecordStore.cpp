#include "workbook/RecordStore.h"

#include "workbook/EditRules.h"
#include "workbook/Sql.h"
#include "workbook/StoredValues.h"
#include "workbook/WorkbookDatabase.h"

#include <QSqlQuery>

namespace strongtrust {

namespace {

// The row as the workbook keeps it: titles and names with their spaces
// folded, references and action texts trimmed.
Evidence cleaned(Evidence e)
{
    e.title = e.title.simplified();
    e.ref = e.ref.trimmed();
    return e;
}

Action cleaned(Action a)
{
    a.text = a.text.trimmed();
    a.owner = a.owner.simplified();
    return a;
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

AuditEntry evidenceEntry(qint64 assessmentId, const QString &indicator, const Evidence &e)
{
    AuditEntry entry;
    entry.assessmentId = assessmentId;
    entry.entity = QStringLiteral("evidence");
    entry.subject = indicator;
    entry.recordId = e.id;
    entry.label = e.title;
    return entry;
}

AuditEntry actionEntry(qint64 assessmentId, const Action &a)
{
    AuditEntry entry;
    entry.assessmentId = assessmentId;
    entry.entity = QStringLiteral("action");
    entry.subject = a.indicator.isEmpty() ? a.domain : a.indicator;
    entry.recordId = a.id;
    entry.label = a.text;
    return entry;
}

} // namespace

// --- evidence

Result<QList<Evidence>> RecordStore::evidence(qint64 assessmentId, const QString &indicator) const
{
    QList<Evidence> list;
    auto q = sql::run(m_db.connection(),
        QStringLiteral("SELECT id, title, ref, date, confidential FROM evidence"
                       " WHERE assessment = ? AND indicator = ? ORDER BY position, id"),
        { assessmentId, indicator });
    if (!q)
        return q.errors();
    while (q.value().next())
        list.append(Evidence { q.value().value(0).toLongLong(), q.value().value(1).toString(),
            q.value().value(2).toString(), sql::dateFrom(q.value().value(3)),
            q.value().value(4).toBool() });
    return list;
}

Result<QList<Action>> RecordStore::actions(qint64 assessmentId) const
{
    QList<Action> list;
    auto q = sql::run(m_db.connection(),
        QStringLiteral("SELECT id FROM action WHERE assessment = ? ORDER BY position, id"),
        { assessmentId });
    if (!q)
        return q.errors();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    for (const qint64 id : ids) {
        auto row = storedAction(assessmentId, id);
        if (!row)
            return row.errors();
        list.append(row->action);
    }
    return list;
}

Result<RemovedEvidence> RecordStore::storedEvidence(qint64 assessmentId, qint64 evidenceId) const
{
    auto q = sql::run(m_db.connection(),
        QStringLiteral("SELECT indicator, title, ref, date, confidential, position"
                       " FROM evidence WHERE id = ? AND assessment = ?"),
        { evidenceId, assessmentId });
    if (!q)
        return q.errors();
    if (!q.value().next())
        return m_db.problem(
            tr("evidence %1").arg(evidenceId), tr("no such evidence in this assessment"));
    const QSqlQuery &r = q.value();
    return RemovedEvidence { r.value(0).toString(),
        Evidence { evidenceId, r.value(1).toString(), r.value(2).toString(),
            sql::dateFrom(r.value(3)), r.value(4).toBool() },
        r.value(5).toInt() };
}

Result<qint64> RecordStore::insertEvidence(
    qint64 assessmentId, const RemovedEvidence &row, const QString &field)
{
    const Evidence &e = row.evidence;
    auto r = sql::run(m_db.connection(),
        QStringLiteral("INSERT INTO evidence (id, assessment, indicator, position, title,"
                       " ref, date, confidential) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { stored::optionalId(e.id), assessmentId, row.indicator, row.position, e.title, e.ref,
            sql::dateValue(e.date), e.confidential ? 1 : 0 });
    if (!r)
        return r.errors();
    Evidence withId = e;
    withId.id = r.value().lastInsertId().toLongLong();
    AuditEntry entry = evidenceEntry(assessmentId, row.indicator, withId);
    entry.field = field;
    entry.newValue = e.title;
    if (auto s = m_db.audit(entry); !s)
        return s.errors();
    if (e.confidential) {
        entry.field = QStringLiteral("confidential");
        entry.newValue = yesNo(true);
        if (auto s = m_db.audit(entry); !s)
            return s.errors();
    }
    return withId.id;
}

Result<Evidence> RecordStore::addEvidence(
    qint64 assessmentId, const QString &indicator, const Evidence &evidence)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    if (auto s = m_rules.evidence(target.value(), indicator, evidence); !s)
        return s.errors();
    RemovedEvidence row { indicator, cleaned(evidence), 0 };
    row.evidence.id = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto next = sql::scalar(m_db.connection(),
            QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM evidence"
                           " WHERE assessment = ? AND indicator = ?"),
            { assessmentId, indicator });
        if (!next)
            return next.errors();
        row.position = next.value().toInt();
        auto id = insertEvidence(assessmentId, row, QStringLiteral("added"));
        if (!id)
            return id.errors();
        row.evidence.id = id.value();
        return success();
    });
    if (!s)
        return s.errors();
    return row.evidence;
}

Result<Evidence> RecordStore::updateEvidence(qint64 assessmentId, const Evidence &evidence)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    const auto old = storedEvidence(assessmentId, evidence.id);
    if (!old)
        return old.errors();
    if (auto s = m_rules.evidence(target.value(), old->indicator, evidence); !s)
        return s.errors();
    const Evidence before = old->evidence;
    const Evidence after = cleaned(evidence);
    const QList<WorkbookDatabase::FieldChange> changes {
        { QStringLiteral("title"), before.title, after.title },
        { QStringLiteral("ref"), before.ref, after.ref },
        { QStringLiteral("date"), before.date.toString(Qt::ISODate),
            after.date.toString(Qt::ISODate) },
        { QStringLiteral("confidential"), yesNo(before.confidential), yesNo(after.confidential) },
    };
    Status s = m_db.transaction([&]() -> Status {
        if (auto r = sql::run(m_db.connection(),
                QStringLiteral("UPDATE evidence SET title = ?, ref = ?, date = ?,"
                               " confidential = ? WHERE id = ?"),
                { after.title, after.ref, sql::dateValue(after.date), after.confidential ? 1 : 0,
                    after.id });
            !r)
            return r.errors();
        return m_db.auditChanges(evidenceEntry(assessmentId, old->indicator, after), changes);
    });
    if (!s)
        return s.errors();
    return after;
}

Result<RemovedEvidence> RecordStore::removeEvidence(qint64 assessmentId, qint64 evidenceId)
{
    if (const auto target = m_rules.target(assessmentId); !target)
        return target.errors();
    const auto old = storedEvidence(assessmentId, evidenceId);
    if (!old)
        return old.errors();
    Status s = m_db.transaction([&]() -> Status {
        if (auto r = sql::run(m_db.connection(),
                QStringLiteral("DELETE FROM evidence WHERE id = ?"), { evidenceId });
            !r)
            return r.errors();
        AuditEntry entry = evidenceEntry(assessmentId, old->indicator, old->evidence);
        entry.field = QStringLiteral("removed");
        entry.oldValue = old->evidence.title;
        return m_db.audit(entry);
    });
    if (!s)
        return s.errors();
    return old;
}

Result<Evidence> RecordStore::restoreEvidence(qint64 assessmentId, const RemovedEvidence &removed)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    if (auto s = m_rules.evidence(target.value(), removed.indicator, removed.evidence); !s)
        return s.errors();
    RemovedEvidence row = removed;
    row.evidence = cleaned(removed.evidence);
    Status s = m_db.transaction(
        [&]() -> Status { return insertEvidence(assessmentId, row, QStringLiteral("restored")); });
    if (!s)
        return s.errors();
    return row.evidence;
}

Status RecordStore::replaceEvidence(
    qint64 assessmentId, const QString &indicator, const QList<Evidence> &replacement)
{
    if (const auto target = m_rules.target(assessmentId); !target)
        return target.errors();
    const auto stored = evidence(assessmentId, indicator);
    if (!stored)
        return stored.errors();
    const QList<Evidence> &existing = stored.value();
    auto same = [](const Evidence &a, const Evidence &b) {
        const Evidence c = cleaned(b);
        return a.title == c.title && a.ref == c.ref && a.date == c.date
            && a.confidential == c.confidential;
    };
    if (existing.size() == replacement.size()
        && std::equal(existing.cbegin(), existing.cend(), replacement.cbegin(), same))
        return success();
    return m_db.transaction([&]() -> Status {
        for (const Evidence &e : existing) {
            if (auto s = removeEvidence(assessmentId, e.id); !s)
                return s.errors();
        }
        for (const Evidence &e : replacement) {
            if (auto r = addEvidence(assessmentId, indicator, e); !r)
                return r.errors();
        }
        return success();
    });
}

// --- actions

Result<RemovedAction> RecordStore::storedAction(qint64 assessmentId, qint64 actionId) const
{
    auto q = sql::run(m_db.connection(),
        QStringLiteral("SELECT domain, indicator, text, owner, due, status,"
                       " COALESCE(carried_from, 0), position FROM action"
                       " WHERE id = ? AND assessment = ?"),
        { actionId, assessmentId });
    if (!q)
        return q.errors();
    if (!q.value().next())
        return m_db.problem(tr("action %1").arg(actionId), tr("no such action in this assessment"));
    const QSqlQuery &r = q.value();
    RemovedAction row;
    row.action = Action { actionId, r.value(0).toString(), r.value(1).toString(),
        r.value(2).toString(), r.value(3).toString(), sql::dateFrom(r.value(4)),
        actionStatusFromKey(r.value(5).toString()).value_or(ActionStatus::Open),
        r.value(6).toLongLong() };
    row.position = r.value(7).toInt();
    auto later = sql::run(m_db.connection(),
        QStringLiteral("SELECT id FROM action WHERE carried_from = ? ORDER BY id"), { actionId });
    if (!later)
        return later.errors();
    while (later.value().next())
        row.continuedBy.append(later.value().value(0).toLongLong());
    return row;
}

Result<qint64> RecordStore::insertAction(
    qint64 assessmentId, const RemovedAction &row, const QString &field)
{
    const Action &a = row.action;
    // The action it continues may have been removed meanwhile.
    qint64 carriedFrom = 0;
    if (a.carriedFrom) {
        auto exists = sql::scalar(m_db.connection(),
            QStringLiteral("SELECT id FROM action WHERE id = ?"), { a.carriedFrom });
        if (!exists)
            return exists.errors();
        carriedFrom = exists.value().isValid() ? a.carriedFrom : 0;
    }
    auto r = sql::run(m_db.connection(),
        QStringLiteral("INSERT INTO action (id, assessment, position, domain, indicator,"
                       " text, owner, due, status, carried_from)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { stored::optionalId(a.id), assessmentId, row.position, a.domain, a.indicator, a.text,
            a.owner, sql::dateValue(a.due), actionStatusKey(a.status),
            stored::optionalId(carriedFrom) });
    if (!r)
        return r.errors();
    Action withId = a;
    withId.id = r.value().lastInsertId().toLongLong();
    for (const qint64 later : row.continuedBy) {
        if (auto u = sql::run(m_db.connection(),
                QStringLiteral("UPDATE action SET carried_from = ? WHERE id = ?"),
                { withId.id, later });
            !u)
            return u.errors();
    }
    AuditEntry entry = actionEntry(assessmentId, withId);
    entry.field = field;
    entry.newValue = a.text;
    if (auto s = m_db.audit(entry); !s)
        return s.errors();
    return withId.id;
}

Result<Action> RecordStore::addAction(qint64 assessmentId, const Action &action)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    if (auto s = m_rules.action(target.value(), action); !s)
        return s.errors();
    RemovedAction row;
    row.action = cleaned(action);
    row.action.id = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto next = sql::scalar(m_db.connection(),
            QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM action"
                           " WHERE assessment = ?"),
            { assessmentId });
        if (!next)
            return next.errors();
        row.position = next.value().toInt();
        auto id = insertAction(assessmentId, row, QStringLiteral("added"));
        if (!id)
            return id.errors();
        row.action.id = id.value();
        return success();
    });
    if (!s)
        return s.errors();
    // As stored: a link to an action that is gone is dropped.
    auto stored = storedAction(assessmentId, row.action.id);
    if (!stored)
        return stored.errors();
    return stored->action;
}

Result<Action> RecordStore::updateAction(qint64 assessmentId, const Action &action)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    if (auto s = m_rules.action(target.value(), action); !s)
        return s.errors();
    const auto old = storedAction(assessmentId, action.id);
    if (!old)
        return old.errors();
    const Action &before = old->action;
    Action after = cleaned(action);
    after.carriedFrom = before.carriedFrom; // the link is not an edit
    const QList<WorkbookDatabase::FieldChange> changes {
        { QStringLiteral("domain"), before.domain, after.domain },
        { QStringLiteral("indicator"), before.indicator, after.indicator },
        { QStringLiteral("text"), before.text, after.text },
        { QStringLiteral("owner"), before.owner, after.owner },
        { QStringLiteral("due"), before.due.toString(Qt::ISODate),
            after.due.toString(Qt::ISODate) },
        { QStringLiteral("status"), actionStatusKey(before.status), actionStatusKey(after.status) },
    };
    Status s = m_db.transaction([&]() -> Status {
        if (auto r = sql::run(m_db.connection(),
                QStringLiteral("UPDATE action SET domain = ?, indicator = ?, text = ?,"
                               " owner = ?, due = ?, status = ? WHERE id = ?"),
                { after.domain, after.indicator, after.text, after.owner, sql::dateValue(after.due),
                    actionStatusKey(after.status), after.id });
            !r)
            return r.errors();
        return m_db.auditChanges(actionEntry(assessmentId, after), changes);
    });
    if (!s)
        return s.errors();
    return after;
}

Result<RemovedAction> RecordStore::removeAction(qint64 assessmentId, qint64 actionId)
{
    if (const auto target = m_rules.target(assessmentId); !target)
        return target.errors();
    const auto old = storedAction(assessmentId, actionId);
    if (!old)
        return old.errors();
    Status s = m_db.transaction([&]() -> Status {
        // Later periods' actions that continue this one keep their own history.
        if (auto r = sql::run(m_db.connection(),
                QStringLiteral("UPDATE action SET carried_from = NULL WHERE carried_from = ?"),
                { actionId });
            !r)
            return r.errors();
        if (auto r = sql::run(
                m_db.connection(), QStringLiteral("DELETE FROM action WHERE id = ?"), { actionId });
            !r)
            return r.errors();
        AuditEntry entry = actionEntry(assessmentId, old->action);
        entry.field = QStringLiteral("removed");
        entry.oldValue = old->action.text;
        return m_db.audit(entry);
    });
    if (!s)
        return s.errors();
    return old;
}

Result<Action> RecordStore::restoreAction(qint64 assessmentId, const RemovedAction &removed)
{
    const auto target = m_rules.target(assessmentId);
    if (!target)
        return target.errors();
    if (auto s = m_rules.action(target.value(), removed.action); !s)
        return s.errors();
    RemovedAction row = removed;
    row.action = cleaned(removed.action);
    Status s = m_db.transaction(
        [&]() -> Status { return insertAction(assessmentId, row, QStringLiteral("restored")); });
    if (!s)
        return s.errors();
    auto stored = storedAction(assessmentId, row.action.id);
    if (!stored)
        return stored.errors();
    return stored->action;
}

} // namespace strongtrust
