#include "workbook/WorkbookDatabase.h"

#include "workbook/Schema.h"
#include "workbook/Sql.h"
#include "workbook/WorkbookFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace strongtrust {

namespace {

Diagnostic fileError(const QString &path, const QString &message)
{
    return Diagnostic { path, 0, 0, {}, message };
}

// Settings every writable connection gets. WAL with FULL synchronisation: a
// commit is on disk when it returns, so a crash or power cut loses at most the
// edit in progress, and readers in other processes are never blocked by the writer.
Status configureForWriting(const QSqlDatabase &db)
{
    for (const char *pragma :
        { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON" }) {
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
    if (auto r = sql::run(db, QStringLiteral("VACUUM INTO ?"), { backup }); !r)
        return r.errors();
    QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner);
    return success();
}

// The schema, the trust and its default framework, in one transaction.
Status buildNewFile(const QSqlDatabase &db, const QString &path, const QString &trustName,
    const Framework &framework)
{
    // PRAGMA takes no bound parameters; the id is our own constant.
    if (auto r = sql::run(
            db, QStringLiteral("PRAGMA application_id = %1").arg(WorkbookDatabase::kApplicationId));
        !r)
        return r.errors();
    if (auto r = configureForWriting(db); !r)
        return r;
    if (!QSqlDatabase(db).transaction())
        return sql::describe(db.lastError(), path);
    Status s = schema::migrate(db, 0, schema::currentVersion());
    if (s) {
        const QByteArray hash
            = QCryptographicHash::hash(framework.json, QCryptographicHash::Sha256).toHex();
        auto fw = sql::run(db,
            QStringLiteral("INSERT INTO framework (framework_id, version, title,"
                           " sha256, document, stored_at) VALUES (?, ?, ?, ?, ?, ?)"),
            { framework.id, framework.version, framework.title, QString::fromLatin1(hash),
                framework.json, workbookNow() });
        if (!fw)
            s = fw.errors();
        else if (auto t = sql::run(db,
                     QStringLiteral("INSERT INTO trust (id, name, default_framework,"
                                    " created_at) VALUES (1, ?, ?, ?)"),
                     { trustName.simplified(), fw.value().lastInsertId(), workbookNow() });
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
}

} // namespace

QString workbookNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

WorkbookDatabase::WorkbookDatabase(QString path, QString connectionName, bool readOnly,
    QString readOnlyReason, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_connection(std::move(connectionName))
    , m_readOnly(readOnly)
    , m_readOnlyReason(std::move(readOnlyReason))
    , m_lock(std::move(lock))
    , m_actor(workbookfile::loginName())
{
}

WorkbookDatabase::~WorkbookDatabase()
{
    workbookfile::closeConnection(m_connection);
    // The lock goes last, once the file is closed and its WAL folded back in.
    m_lock.reset();
}

QSqlDatabase WorkbookDatabase::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

Status WorkbookDatabase::create(
    const QString &path, const QString &trustName, const Framework &framework)
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
    const QString temp = target.absolutePath()
        + QStringLiteral("/.%1.%2.creating")
              .arg(target.fileName())
              .arg(QCoreApplication::applicationPid());
    auto removeTemp = [&] {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                 QStringLiteral("-journal") })
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
    if (built)
        built = buildNewFile(QSqlDatabase::database(connection, false), path, trustName, framework);
    workbookfile::closeConnection(connection);
    if (!built) {
        removeTemp();
        return built.errors();
    }
    if (!QFile::rename(temp, path)) {
        removeTemp();
        return fileError(path,
            tr("cannot be created (the name was taken meanwhile, or the folder "
               "refused the rename)"));
    }
    return success();
}

Result<std::unique_ptr<WorkbookDatabase>> WorkbookDatabase::open(const QString &path, bool readOnly)
{
    if (auto s = workbookfile::inspect(path, kApplicationId, schema::currentVersion()); !s)
        return s.errors();
    workbookfile::Access access = workbookfile::decideAccess(path, readOnly);
    const QString connection = workbookfile::newConnectionName();
    if (auto s = workbookfile::openConnection(path, connection, access.readOnly); !s)
        return s.errors();
    std::unique_ptr<WorkbookDatabase> wb(new WorkbookDatabase(QFileInfo(path).absoluteFilePath(),
        connection, access.readOnly, access.reason, std::move(access.lock)));
    const QSqlDatabase db = wb->connection();

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
        return fileError(path,
            tr("is damaged and cannot be opened (%1)").arg(problems.join(QStringLiteral("; "))));
    const int version = sql::scalar(db, QStringLiteral("PRAGMA user_version")).value().toInt();
    if (version > schema::currentVersion())
        return fileError(path,
            tr("was made by a newer version of strongtrust (workbook version "
               "%1; this version reads up to %2): install the newer version "
               "to open it")
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
            Status migrated = wb->transaction(
                [&] { return schema::migrate(db, version, schema::currentVersion()); });
            if (!migrated)
                return migrated.errors();
        }
    } else if (version < schema::currentVersion()) {
        return fileError(path,
            tr("was made by an older version of strongtrust and must be "
               "upgraded, which needs write access (%1)")
                .arg(wb->m_readOnlyReason));
    } else if (auto s = sql::run(db, QStringLiteral("PRAGMA query_only = ON")); !s) {
        return s.errors();
    }
    return wb;
}

Status WorkbookDatabase::transaction(const std::function<Status()> &body)
{
    if (auto s = refuseIfReadOnly(); !s)
        return s;
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = body();
        --m_transactionDepth;
        return s;
    }
    QSqlDatabase db = connection();
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

Status WorkbookDatabase::refuseIfReadOnly() const
{
    if (m_readOnly)
        return fileError(m_path,
            tr("the workbook is read-only (%1); nothing was changed").arg(m_readOnlyReason));
    return success();
}

Diagnostic WorkbookDatabase::problem(const QString &what, const QString &detail) const
{
    return fileError(m_path, tr("%1: %2").arg(what, detail));
}

Diagnostic WorkbookDatabase::fileProblem(const QString &message) const
{
    return fileError(m_path, message);
}

Status WorkbookDatabase::audit(const AuditEntry &e)
{
    auto optionalId
        = [](qint64 id) { return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); };
    auto r = sql::run(connection(),
        QStringLiteral("INSERT INTO audit (at, actor, via, assessment, entity, key, trustee,"
                       " subject, record, field, old_value, new_value)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { workbookNow(), m_actor, m_via, optionalId(e.assessmentId), e.entity, e.label,
            optionalId(e.trusteeId), e.subject, optionalId(e.recordId), e.field,
            sql::nullIfEmpty(e.oldValue), sql::nullIfEmpty(e.newValue) });
    if (!r)
        return r.errors();
    return success();
}

Status WorkbookDatabase::auditChanges(AuditEntry entry, const QList<FieldChange> &changes)
{
    for (const auto &[field, before, after] : changes) {
        if (before == after)
            continue;
        entry.field = field;
        entry.oldValue = before;
        entry.newValue = after;
        if (auto s = audit(entry); !s)
            return s;
    }
    return success();
}

} // namespace strongtrust
