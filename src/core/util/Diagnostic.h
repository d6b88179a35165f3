#pragma once

#include <QList>
#include <QString>

namespace strongtrust {

// One problem found in an input, with where it is: a file and either a
// line/column (syntax) or a path (a JSON pointer, a field, a row).
struct Diagnostic {
    QString file;
    int line = 0; // 1-based; 0 when the problem has no text position
    int column = 0; // 1-based, in characters
    QString path; // e.g. "/domains/2/indicators/0/id"; empty when not applicable
    QString message;

    // "FILE:LINE:COL: message", "FILE: /path: message", "FILE: message" or "message".
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

// Each diagnostic on a line of its own.
QString joinDiagnostics(const Diagnostics &diagnostics);

} // namespace strongtrust
