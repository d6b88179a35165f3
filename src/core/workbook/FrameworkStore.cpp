#include "workbook/FrameworkStore.h"

#include "framework/FrameworkLoader.h"
#include "workbook/Sql.h"
#include "workbook/WorkbookDatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace strongtrust {

qint64 FrameworkStore::defaultFrameworkKey() const
{
    return sql::scalar(
        m_db.connection(), QStringLiteral("SELECT default_framework FROM trust WHERE id = 1"))
        .value()
        .toLongLong();
}

QList<StoredFramework> FrameworkStore::frameworks() const
{
    QList<StoredFramework> list;
    auto q = sql::run(m_db.connection(),
        QStringLiteral("SELECT id, framework_id, version, title"
                       " FROM framework ORDER BY id"));
    while (q && q.value().next())
        list.append(
            StoredFramework { q.value().value(0).toLongLong(), q.value().value(1).toString(),
                q.value().value(2).toString(), q.value().value(3).toString() });
    return list;
}

Result<Framework> FrameworkStore::framework(qint64 key) const
{
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    auto doc = sql::scalar(
        m_db.connection(), QStringLiteral("SELECT document FROM framework WHERE id = ?"), { key });
    if (!doc)
        return doc.errors();
    if (!doc.value().isValid())
        return m_db.fileProblem(tr("the workbook has no framework %1").arg(key));
    auto fw = FrameworkLoader::loadBytes(
        doc.value().toByteArray(), m_db.path() + QStringLiteral(" (framework %1)").arg(key));
    if (!fw)
        return fw.errors();
    m_cache.insert(key, fw.value());
    return fw;
}

Result<qint64> FrameworkStore::storeFramework(const Framework &framework)
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(framework.json, QCryptographicHash::Sha256).toHex());
    auto existing = sql::scalar(
        m_db.connection(), QStringLiteral("SELECT id FROM framework WHERE sha256 = ?"), { hash });
    if (!existing)
        return existing.errors();
    if (existing.value().isValid())
        return existing.value().toLongLong();
    qint64 key = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto r = sql::run(m_db.connection(),
            QStringLiteral("INSERT INTO framework (framework_id, version, title, sha256,"
                           " document, stored_at) VALUES (?, ?, ?, ?, ?, ?)"),
            { framework.id, framework.version, framework.title, hash, framework.json,
                workbookNow() });
        if (!r)
            return r.errors();
        key = r.value().lastInsertId().toLongLong();
        AuditEntry e;
        e.entity = QStringLiteral("framework");
        e.subject = framework.id;
        e.field = QStringLiteral("stored");
        e.newValue = framework.version;
        return m_db.audit(e);
    });
    if (!s)
        return s.errors();
    return key;
}

} // namespace strongtrust
