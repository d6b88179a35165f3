#include "util/Diagnostic.h"

#include <QStringList>

namespace strongtrust {

QString Diagnostic::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0)
            out += u':' + QString::number(line) + u':' + QString::number(column);
        out += u": ";
    } else if (line > 0) {
        out += QString::number(line) + u':' + QString::number(column) + u": ";
    }
    if (!path.isEmpty())
        out += path + u": ";
    out += message;
    return out;
}

QString joinDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    lines.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace strongtrust
