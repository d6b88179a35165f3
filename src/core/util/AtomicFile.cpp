#include "util/AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace strongtrust {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::AtomicFile)
};
} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Diagnostic { path, 0, 0, {},
            Tr::tr("cannot be written: %1").arg(file.errorString()) };
    if (file.write(data) != data.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return Diagnostic { path, 0, 0, {}, Tr::tr("cannot be written: %1").arg(error) };
    }
    if (!file.commit())
        return Diagnostic { path, 0, 0, {},
            Tr::tr("cannot be written: %1").arg(file.errorString()) };
    return success();
}

} // namespace strongtrust
