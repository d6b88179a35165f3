#include "workbook/Workbook.h"

#include "framework/FrameworkLoader.h"
#include "workbook/Schema.h"
#include "workbook/Sql.h"
#include "workbook/WorkbookFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace strongtrust {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Diagnostic fileError(const QString &path, const QString &message)
{
    return Diagnostic{path, 0, 0, {}, message};
}

// Settings every connection gets. WAL with FULL synchronisation: a commit is
// on disk when it returns, so a crash or power cut loses at most the edit in
// progress, and readers in other processes are never blocked by the writer.
Status configureForWriting(const QSqlDatabase &db)
{
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON"}) {
        if (auto r = sql::run(db, QLatin1String(pragma)); !r)
            return r.errors();
    }
    return success();
}

// A consistent copy of the workbook before its schema is changed.
Status backupBeforeMigration(const QSqlDatabase &db, const QString &path, int fromVersion)
{
    QString backup = path + QStringLiteral(".v%1.bak").arg(fromVersion);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = path + QStringLiteral(".v%1-%2.bak").arg(fromVersion).arg(n);
    if (auto r = sql::run(db, QStringLiteral("VACUUM INTO ?"), {backup}); !r)
        return r.errors();
    QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner);
    return success();
}

} // namespace

int Workbook::schemaVersion()
{
    return schema::currentVersion();
}

Workbook::Workbook(QString path, QString connectionName, bool readOnly, QString readOnlyReason,
                   std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)),
      m_connection(std::move(connectionName)),
      m_readOnly(readOnly),
      m_readOnlyReason(std::move(readOnlyReason)),
      m_lock(std::move(lock)),
      m_actor(workbookfile::loginName())
{
}

Workbook::~Workbook()
{
    workbookfile::closeConnection(m_connection);
    // The lock goes last, once the file is closed and its WAL folded back in.
    m_lock.reset();
}

QSqlDatabase Workbook::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<Workbook>> Workbook::create(const QString &path, const QString &trustName,
                                                   const Framework &framework)
{
    if (trustName.trimmed().isEmpty())
        return fileError(path, tr("the trust needs a name"));
    if (QFileInfo::exists(path))
        return fileError(path, tr("already exists; a new workbook never overwrites a file"));
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return fileError(path, tr("the folder %1 does not exist").arg(target.absolutePath()));

    // Built under a temporary name and renamed into place, so that a failure
    // half-way never leaves a half-made workbook under the name asked for.
    const QString temp = target.absolutePath() + QStringLiteral("/.%1.%2.creating")
                                                     .arg(target.fileName())
                                                     .arg(QCoreApplication::applicationPid());
    auto removeTemp = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(temp + suffix);
    };
    removeTemp();
    {
        // Owner-only from the first byte: it will hold confidential deliberations.
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fileError(path, tr("cannot be created: %1").arg(file.errorString()));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    const QString connection = workbookfile::newConnectionName();
    Status built = workbookfile::openConnection(temp, connection, false);
    if (built) {
        const QSqlDatabase db = QSqlDatabase::database(connection, false);
        built = [&]() -> Status {
            // PRAGMA takes no bound parameters; the id is our own constant.
            if (auto r = sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r)
                return r.errors();
            if (auto r = configureForWriting(db); !r)
                return r;
            if (!QSqlDatabase(db).transaction())
                return sql::describe(db.lastError(), path);
            Status s = schema::migrate(db, 0, schema::currentVersion());
            if (s) {
                const QByteArray hash = QCryptographicHash::hash(framework.json, QCryptographicHash::Sha256).toHex();
                auto fw = sql::run(db,
                                   QStringLiteral("INSERT INTO framework (framework_id, version, title, sha256, document, stored_at)"
                                                  " VALUES (?, ?, ?, ?, ?, ?)"),
                                   {framework.id, framework.version, framework.title, QString::fromLatin1(hash),
                                    framework.json, nowUtc()});
                if (!fw)
                    s = fw.errors();
                else if (auto t = sql::run(db, QStringLiteral("INSERT INTO trust (id, name, default_framework, created_at)"
                                                              " VALUES (1, ?, ?, ?)"),
                                           {trustName.simplified(), fw.value().lastInsertId(), nowUtc()});
                         !t)
                    s = t.errors();
            }
            if (!s) {
                QSqlDatabase(db).rollback();
                return s;
            }
            if (!QSqlDatabase(db).commit())
                return sql::describe(db.lastError(), path);
            return success();
        }();
    }
    workbookfile::closeConnection(connection);
    if (!built) {
        removeTemp();
        return built.errors();
    }
    if (!QFile::rename(temp, path)) {
        removeTemp();
        return fileError(path, tr("cannot be created (the name was taken meanwhile, or the folder "
                                  "refused the rename)"));
    }
    return open(path);
}

Result<std::unique_ptr<Workbook>> Workbook::open(const QString &path, OpenOptions options)
{
    if (auto s = workbookfile::inspect(path, kApplicationId, schema::currentVersion()); !s)
        return s.errors();
    workbookfile::Access access = workbookfile::decideAccess(path, options.readOnly);
    const QString connection = workbookfile::newConnectionName();
    if (auto s = workbookfile::openConnection(path, connection, access.readOnly); !s)
        return s.errors();
    std::unique_ptr<Workbook> wb(new Workbook(QFileInfo(path).absoluteFilePath(), connection,
                                              access.readOnly, access.reason, std::move(access.lock)));
    const QSqlDatabase db = wb->database();

    // Checked again through SQLite: the header read before may predate a WAL.
    auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return fileError(path, tr("is not a strongtrust workbook (%1)").arg(appId.errorText()));
    if (appId.value().toLongLong() != qint64(kApplicationId))
        return fileError(path, tr("is a SQLite database, but not a strongtrust workbook"));
    // A damaged file is refused before anything is written to it.
    auto check = sql::run(db, QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return fileError(path, tr("is damaged and cannot be opened (%1)").arg(check.errorText()));
    QStringList problems;
    while (check.value().next()) {
        const QString line = check.value().value(0).toString();
        if (line != QLatin1String("ok") && problems.size() < 3)
            problems.append(line);
    }
    if (!problems.isEmpty())
        return fileError(path, tr("is damaged and cannot be opened (%1)").arg(problems.join(QStringLiteral("; "))));
    const int version = sql::scalar(db, QStringLiteral("PRAGMA user_version")).value().toInt();
    if (version > schema::currentVersion())
        return fileError(path, tr("was made by a newer version of strongtrust (workbook version %1; "
                                  "this version reads up to %2): install the newer version to open it")
                                   .arg(version)
                                   .arg(schema::currentVersion()));
    if (version < 1)
        return fileError(path, tr("is not a complete strongtrust workbook (no schema)"));

    if (!wb->m_readOnly) {
        if (auto s = configureForWriting(db); !s)
            return s.errors();
        if (version < schema::currentVersion()) {
            if (auto s = backupBeforeMigration(db, path, version); !s)
                return s.errors();
            Status migrated = wb->transaction([&] { return schema::migrate(db, version, schema::currentVersion()); });
            if (!migrated)
                return migrated.errors();
        }
    } else if (version < schema::currentVersion()) {
        return fileError(path, tr("was made by an older version of strongtrust and must be upgraded, "
                                  "which needs write access (%1)")
                                   .arg(wb->m_readOnlyReason));
    } else if (auto s = sql::run(db, QStringLiteral("PRAGMA query_only = ON")); !s) {
        return s.errors();
    }
    return wb;
}

Status Workbook::transaction(const std::function<Status()> &body)
{
    if (auto s = refuseIfReadOnly(); !s)
        return s;
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = body();
        --m_transactionDepth;
        return s;
    }
    QSqlDatabase db = database();
    if (!db.transaction())
        return sql::describe(db.lastError(), m_path);
    ++m_transactionDepth;
    Status s = body();
    --m_transactionDepth;
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const Diagnostic error = sql::describe(db.lastError(), m_path);
        db.rollback();
        return error;
    }
    return success();
}

Status Workbook::refuseIfReadOnly() const
{
    if (m_readOnly)
        return fileError(m_path, tr("the workbook is read-only (%1); nothing was changed").arg(m_readOnlyReason));
    return success();
}

Diagnostic Workbook::sqlError(const QString &what, const QString &detail) const
{
    return fileError(m_path, tr("%1: %2").arg(what, detail));
}

Status Workbook::audit(qint64 assessmentId, const QString &entity, const QString &key,
                       const QString &field, const QString &oldValue, const QString &newValue)
{
    auto r = sql::run(database(),
                      QStringLiteral("INSERT INTO audit (at, actor, assessment, entity, key, field, old_value, new_value)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {nowUtc(), m_actor, assessmentId ? QVariant(assessmentId) : QVariant(QMetaType(QMetaType::LongLong)),
                       entity, key, field, sql::nullIfEmpty(oldValue), sql::nullIfEmpty(newValue)});
    if (!r)
        return r.errors();
    return success();
}

QList<AuditEntry> Workbook::auditLog(qint64 assessmentId) const
{
    QList<AuditEntry> entries;
    const QString base = QStringLiteral(
        "SELECT a.id, a.at, a.actor, COALESCE(a.assessment, 0), COALESCE(s.period, ''), a.entity, a.key,"
        " a.field, COALESCE(a.old_value, ''), COALESCE(a.new_value, '')"
        " FROM audit a LEFT JOIN assessment s ON s.id = a.assessment");
    auto q = assessmentId ? sql::run(database(), base + QStringLiteral(" WHERE a.assessment = ? ORDER BY a.id"), {assessmentId})
                          : sql::run(database(), base + QStringLiteral(" ORDER BY a.id"));
    if (!q)
        return entries;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        AuditEntry e;
        e.id = r.value(0).toLongLong();
        e.at = QDateTime::fromString(r.value(1).toString(), Qt::ISODateWithMs);
        e.actor = r.value(2).toString();
        e.assessmentId = r.value(3).toLongLong();
        e.period = r.value(4).toString();
        e.entity = r.value(5).toString();
        e.key = r.value(6).toString();
        e.field = r.value(7).toString();
        e.oldValue = r.value(8).toString();
        e.newValue = r.value(9).toString();
        entries.append(e);
    }
    return entries;
}

// --- trust

QString Workbook::trustName() const
{
    return sql::scalar(database(), QStringLiteral("SELECT name FROM trust WHERE id = 1")).value().toString();
}

Status Workbook::setTrustName(const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fileError(m_path, tr("the trust needs a name"));
    const QString old = trustName();
    if (old == clean)
        return success();
    return transaction([&]() -> Status {
        if (auto r = sql::run(database(), QStringLiteral("UPDATE trust SET name = ? WHERE id = 1"), {clean}); !r)
            return r.errors();
        return audit(0, QStringLiteral("trust"), old, QStringLiteral("name"), old, clean);
    });
}

// --- trustees

namespace {
Trustee trusteeFrom(const QSqlQuery &q)
{
    return Trustee{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
}
} // namespace

QList<Trustee> Workbook::trustees() const
{
    QList<Trustee> list;
    auto q = sql::run(database(), QStringLiteral("SELECT id, name, role, retired FROM trustee ORDER BY id"));
    while (q && q.value().next())
        list.append(trusteeFrom(q.value()));
    return list;
}

std::optional<Trustee> Workbook::trustee(qint64 id) const
{
    auto q = sql::run(database(), QStringLiteral("SELECT id, name, role, retired FROM trustee WHERE id = ?"), {id});
    if (q && q.value().next())
        return trusteeFrom(q.value());
    return std::nullopt;
}

std::optional<Trustee> Workbook::trusteeByName(const QString &name) const
{
    auto q = sql::run(database(), QStringLiteral("SELECT id, name, role, retired FROM trustee WHERE name_key = ?"),
                      {nameKey(name)});
    if (q && q.value().next())
        return trusteeFrom(q.value());
    return std::nullopt;
}

Result<qint64> Workbook::addTrustee(const QString &name, const QString &role)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fileError(m_path, tr("a trustee needs a name"));
    if (trusteeByName(clean))
        return fileError(m_path, tr("there is already a trustee called %1").arg(clean));
    qint64 id = 0;
    Status s = transaction([&]() -> Status {
        auto r = sql::run(database(), QStringLiteral("INSERT INTO trustee (name, name_key, role) VALUES (?, ?, ?)"),
                          {clean, nameKey(clean), role.simplified()});
        if (!r)
            return r.errors();
        id = r.value().lastInsertId().toLongLong();
        return audit(0, QStringLiteral("trustee"), clean, QStringLiteral("added"), {},
                     role.simplified().isEmpty() ? clean : clean + QStringLiteral(" (") + role.simplified() + u')');
    });
    if (!s)
        return s.errors();
    return id;
}

Status Workbook::renameTrustee(qint64 id, const QString &name)
{
    const auto t = trustee(id);
    if (!t)
        return fileError(m_path, tr("no trustee with id %1").arg(id));
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fileError(m_path, tr("a trustee needs a name"));
    if (clean == t->name)
        return success();
    if (const auto other = trusteeByName(clean); other && other->id != id)
        return fileError(m_path, tr("there is already a trustee called %1").arg(clean));
    return transaction([&]() -> Status {
        if (auto r = sql::run(database(), QStringLiteral("UPDATE trustee SET name = ?, name_key = ? WHERE id = ?"),
                              {clean, nameKey(clean), id});
            !r)
            return r.errors();
        return audit(0, QStringLiteral("trustee"), t->name, QStringLiteral("name"), t->name, clean);
    });
}

Status Workbook::setTrusteeRole(qint64 id, const QString &role)
{
    const auto t = trustee(id);
    if (!t)
        return fileError(m_path, tr("no trustee with id %1").arg(id));
    const QString clean = role.simplified();
    if (clean == t->role)
        return success();
    return transaction([&]() -> Status {
        if (auto r = sql::run(database(), QStringLiteral("UPDATE trustee SET role = ? WHERE id = ?"), {clean, id}); !r)
            return r.errors();
        return audit(0, QStringLiteral("trustee"), t->name, QStringLiteral("role"), t->role, clean);
    });
}

Status Workbook::setTrusteeRetired(qint64 id, bool retired)
{
    const auto t = trustee(id);
    if (!t)
        return fileError(m_path, tr("no trustee with id %1").arg(id));
    if (t->retired == retired)
        return success();
    return transaction([&]() -> Status {
        if (auto r = sql::run(database(), QStringLiteral("UPDATE trustee SET retired = ? WHERE id = ?"), {retired ? 1 : 0, id}); !r)
            return r.errors();
        return audit(0, QStringLiteral("trustee"), t->name, QStringLiteral("retired"),
                     t->retired ? QStringLiteral("yes") : QStringLiteral("no"),
                     retired ? QStringLiteral("yes") : QStringLiteral("no"));
    });
}

// --- frameworks

qint64 Workbook::defaultFrameworkKey() const
{
    return sql::scalar(database(), QStringLiteral("SELECT default_framework FROM trust WHERE id = 1")).value().toLongLong();
}

QList<StoredFramework> Workbook::frameworks() const
{
    QList<StoredFramework> list;
    auto q = sql::run(database(), QStringLiteral("SELECT id, framework_id, version, title FROM framework ORDER BY id"));
    while (q && q.value().next())
        list.append(StoredFramework{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                                    q.value().value(2).toString(), q.value().value(3).toString()});
    return list;
}

Result<Framework> Workbook::framework(qint64 key) const
{
    if (const auto it = m_frameworkCache.constFind(key); it != m_frameworkCache.cend())
        return *it;
    auto doc = sql::scalar(database(), QStringLiteral("SELECT document FROM framework WHERE id = ?"), {key});
    if (!doc)
        return doc.errors();
    if (!doc.value().isValid())
        return fileError(m_path, tr("the workbook has no framework %1").arg(key));
    auto fw = FrameworkLoader::loadBytes(doc.value().toByteArray(), m_path + QStringLiteral(" (framework %1)").arg(key));
    if (!fw)
        return fw.errors();
    m_frameworkCache.insert(key, fw.value());
    return fw;
}

Result<qint64> Workbook::storeFramework(const Framework &framework)
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(framework.json, QCryptographicHash::Sha256).toHex());
    auto existing = sql::scalar(database(), QStringLiteral("SELECT id FROM framework WHERE sha256 = ?"), {hash});
    if (!existing)
        return existing.errors();
    if (existing.value().isValid())
        return existing.value().toLongLong();
    qint64 key = 0;
    Status s = transaction([&]() -> Status {
        auto r = sql::run(database(),
                          QStringLiteral("INSERT INTO framework (framework_id, version, title, sha256, document, stored_at)"
                                         " VALUES (?, ?, ?, ?, ?, ?)"),
                          {framework.id, framework.version, framework.title, hash, framework.json, nowUtc()});
        if (!r)
            return r.errors();
        key = r.value().lastInsertId().toLongLong();
        return audit(0, QStringLiteral("framework"), framework.id, QStringLiteral("stored"), {},
                     framework.id + u' ' + framework.version);
    });
    if (!s)
        return s.errors();
    return key;
}

} // namespace strongtrust
