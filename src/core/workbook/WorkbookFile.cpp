#include "workbook/WorkbookFile.h"

#include "workbook/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>
#include <QtEndian>

#include <atomic>

namespace strongtrust::workbookfile {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Workbook)
};

constexpr int kHeaderSize = 100;
constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;

Diagnostic refusal(const QString &path, const QString &message)
{
    return Diagnostic { path, 0, 0, {}, message };
}
} // namespace

Status inspect(const QString &path, quint32 applicationId, int newestVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refusal(path, Tr::tr("no such file"));
    if (info.isDir())
        return refusal(path, Tr::tr("is a folder, not a workbook"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(path, Tr::tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray header = file.read(kHeaderSize);
    if (header.isEmpty())
        return refusal(path, Tr::tr("is empty: not a strongtrust workbook"));
    if (header.size() < kHeaderSize
        || !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
        return refusal(path, Tr::tr("is not a strongtrust workbook (not a SQLite database)"));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    if (qFromBigEndian<quint32>(bytes + kApplicationIdOffset) != applicationId)
        return refusal(path, Tr::tr("is a SQLite database, but not a strongtrust workbook"));
    const auto version = qFromBigEndian<qint32>(bytes + kUserVersionOffset);
    if (version > newestVersion)
        return refusal(path,
            Tr::tr("was made by a newer version of strongtrust (workbook version %1; "
                   "this version reads up to %2): install the newer version to open it")
                .arg(version)
                .arg(newestVersion));
    return success();
}

Access decideAccess(const QString &path, bool askedReadOnly)
{
    Access access;
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (askedReadOnly) {
        access.readOnly = true;
        access.reason = Tr::tr("opened read-only, as asked");
    } else if (!info.isWritable() || !(info.permissions() & QFile::WriteOwner)) {
        // A file marked read-only is honoured even for a user (root) whom the
        // system would let write it: someone marked it so on purpose.
        access.readOnly = true;
        access.reason = Tr::tr("the file is read-only");
    } else if (!folder.isWritable() || !(folder.permissions() & QFile::WriteOwner)) {
        // SQLite writes its journal beside the file, so the folder must be writable.
        access.readOnly = true;
        access.reason
            = Tr::tr("the folder %1 is read-only").arg(QDir::toNativeSeparators(folder.filePath()));
    }
    if (access.readOnly)
        return access;

    // One writer at a time. The lock records our process id, so a lock left
    // by a crashed process is recognised as stale and taken over.
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        access.lock = std::move(lock);
        return access;
    }
    access.readOnly = true;
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &app))
        access.reason = Tr::tr("the workbook is in use by another program (%1, process %2 on %3); "
                               "opened read-only")
                            .arg(app.isEmpty() ? Tr::tr("strongtrust") : app)
                            .arg(pid)
                            .arg(host);
    else
        access.reason = Tr::tr("the workbook's lock file cannot be created; opened read-only");
    return access;
}

Status openConnection(const QString &path, const QString &connection, bool readOnly)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return refusal(path,
            Tr::tr("the SQLite driver for Qt is not installed "
                   "(Debian package libqt6sql6-sqlite)"));
    auto tryOpen = [&](const QString &name, const QString &options) -> QSqlError {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(name);
        db.setConnectOptions(options);
        if (db.open())
            return {};
        QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return error;
    };
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    QSqlError error
        = tryOpen(path, readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + busy : busy);
    if (error.isValid() && readOnly) {
        // A read-only WAL database needs its shared-memory file, which cannot
        // be created in a read-only folder: read it as immutable instead.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        error = tryOpen(uri.toString(QUrl::FullyEncoded),
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + busy);
    }
    if (error.isValid())
        return refusal(path, Tr::tr("cannot be opened: %1").arg(error.text()));
    return success();
}

void closeConnection(const QString &connection)
{
    sql::forgetConnection(connection);
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("strongtrust-workbook-%1").arg(++counter);
}

QString loginName()
{
    for (const char *var : { "USER", "LOGNAME", "USERNAME" }) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    return Tr::tr("unknown user");
}

} // namespace strongtrust::workbookfile
