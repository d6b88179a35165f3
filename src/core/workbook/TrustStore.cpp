#include "workbook/TrustStore.h"

#include "workbook/EditRules.h"
#include "workbook/Sql.h"
#include "workbook/TextLimits.h"
#include "workbook/WorkbookDatabase.h"

#include <QSqlQuery>

namespace strongtrust {

namespace {

template <typename Row> Trustee trusteeFrom(const Row &q)
{
    return Trustee { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toBool() };
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

Status TrustStore::writeTrustee(const Trustee &t, const QString &statement,
    const QVariantList &values, const QString &field, const QString &before, const QString &after)
{
    return m_db.transaction([&]() -> Status {
        if (auto r = sql::run(m_db.connection(), statement, values); !r)
            return r.errors();
        AuditEntry e;
        e.entity = QStringLiteral("trustee");
        e.trusteeId = t.id;
        e.label = t.name;
        e.field = field;
        e.oldValue = before;
        e.newValue = after;
        return m_db.audit(e);
    });
}

QString TrustStore::trustName() const
{
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT name FROM trust WHERE id = 1"))
        .value()
        .toString();
}

Status TrustStore::setTrustName(const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return m_db.fileProblem(tr("the trust needs a name"));
    if (auto s = EditRules::checkLength(m_db, tr("the trust's name"), clean, limits::kName); !s)
        return s;
    const QString old = trustName();
    if (old == clean)
        return success();
    return m_db.transaction([&]() -> Status {
        if (auto r = sql::run(m_db.connection(),
                QStringLiteral("UPDATE trust SET name = ? WHERE id = 1"), { clean });
            !r)
            return r.errors();
        AuditEntry e;
        e.entity = QStringLiteral("trust");
        e.field = QStringLiteral("name");
        e.oldValue = old;
        e.newValue = clean;
        return m_db.audit(e);
    });
}

QList<Trustee> TrustStore::trustees() const
{
    QList<Trustee> list;
    auto q = sql::run(m_db.connection(),
        QStringLiteral("SELECT id, name, role, retired FROM trustee ORDER BY id"));
    while (q && q.value().next())
        list.append(trusteeFrom(q.value()));
    return list;
}

std::optional<Trustee> TrustStore::trustee(qint64 id) const
{
    auto row = sql::firstRow(m_db.connection(),
        QStringLiteral("SELECT id, name, role, retired FROM trustee WHERE id = ?"), { id });
    if (row && row.value())
        return trusteeFrom(*row.value());
    return std::nullopt;
}

std::optional<Trustee> TrustStore::trusteeByName(const QString &name) const
{
    auto q = sql::run(m_db.connection(),
        QStringLiteral("SELECT id, name, role, retired FROM trustee WHERE name_key = ?"),
        { nameKey(name) });
    if (q && q.value().next())
        return trusteeFrom(q.value());
    return std::nullopt;
}

Status TrustStore::checkName(const QString &clean) const
{
    if (clean.isEmpty())
        return m_db.fileProblem(tr("a trustee needs a name"));
    return EditRules::checkLength(m_db, tr("a trustee's name"), clean, limits::kName);
}

Result<qint64> TrustStore::addTrustee(const QString &name, const QString &role)
{
    const QString clean = name.simplified();
    if (auto s = checkName(clean); !s)
        return s.errors();
    if (auto s
        = EditRules::checkLength(m_db, tr("a trustee's role"), role.simplified(), limits::kRole);
        !s)
        return s.errors();
    if (trusteeByName(clean))
        return m_db.fileProblem(tr("there is already a trustee called %1").arg(clean));
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto r = sql::run(m_db.connection(),
            QStringLiteral("INSERT INTO trustee (name, name_key, role) VALUES (?, ?, ?)"),
            { clean, nameKey(clean), role.simplified() });
        if (!r)
            return r.errors();
        id = r.value().lastInsertId().toLongLong();
        AuditEntry e;
        e.entity = QStringLiteral("trustee");
        e.trusteeId = id;
        e.label = clean;
        e.field = QStringLiteral("added");
        e.newValue = role.simplified();
        return m_db.audit(e);
    });
    if (!s)
        return s.errors();
    return id;
}

Status TrustStore::renameTrustee(qint64 id, const QString &name)
{
    const auto t = trustee(id);
    if (!t)
        return m_db.fileProblem(tr("no trustee with id %1").arg(id));
    const QString clean = name.simplified();
    if (auto s = checkName(clean); !s)
        return s;
    if (clean == t->name)
        return success();
    if (const auto other = trusteeByName(clean); other && other->id != id)
        return m_db.fileProblem(tr("there is already a trustee called %1").arg(clean));
    return writeTrustee(*t,
        QStringLiteral("UPDATE trustee SET name = ?, name_key = ? WHERE id = ?"),
        { clean, nameKey(clean), id }, QStringLiteral("name"), t->name, clean);
}

Status TrustStore::setTrusteeRole(qint64 id, const QString &role)
{
    const auto t = trustee(id);
    if (!t)
        return m_db.fileProblem(tr("no trustee with id %1").arg(id));
    const QString clean = role.simplified();
    if (auto s = EditRules::checkLength(m_db, tr("a trustee's role"), clean, limits::kRole); !s)
        return s;
    if (clean == t->role)
        return success();
    return writeTrustee(*t, QStringLiteral("UPDATE trustee SET role = ? WHERE id = ?"),
        { clean, id }, QStringLiteral("role"), t->role, clean);
}

Status TrustStore::setTrusteeRetired(qint64 id, bool retired)
{
    const auto t = trustee(id);
    if (!t)
        return m_db.fileProblem(tr("no trustee with id %1").arg(id));
    if (t->retired == retired)
        return success();
    return writeTrustee(*t, QStringLiteral("UPDATE trustee SET retired = ? WHERE id = ?"),
        { retired ? 1 : 0, id }, QStringLiteral("retired"), yesNo(t->retired), yesNo(retired));
}

} // namespace strongtrust
