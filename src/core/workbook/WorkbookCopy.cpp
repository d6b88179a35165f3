#include "workbook/WorkbookCopy.h"

#include "workbook/Sql.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace strongtrust {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Workbook)
};
} // namespace

Status saveWorkbookCopy(const Workbook &workbook, const QString &path)
{
    const QFileInfo target(path);
    if (target.exists())
        return Diagnostic { path, 0, 0, {},
            Tr::tr("already exists; a copy never overwrites a file") };
    if (target.absoluteFilePath() == QFileInfo(workbook.path()).absoluteFilePath())
        return Diagnostic { path, 0, 0, {}, Tr::tr("is the open workbook itself") };
    const QString temp = target.absolutePath()
        + QStringLiteral("/.%1.%2.copying")
              .arg(target.fileName())
              .arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    // VACUUM INTO writes a consistent, compact snapshot, even while in WAL mode.
    if (auto r = sql::run(workbook.database(), QStringLiteral("VACUUM INTO ?"), { temp }); !r) {
        QFile::remove(temp);
        return Diagnostic { path, 0, 0, {}, Tr::tr("cannot be written: %1").arg(r.errorText()) };
    }
    QFile::setPermissions(temp, QFile::ReadOwner | QFile::WriteOwner);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return Diagnostic { path, 0, 0, {},
            Tr::tr("cannot be written (the name was taken meanwhile, or the folder refused)") };
    }
    return success();
}

} // namespace strongtrust
