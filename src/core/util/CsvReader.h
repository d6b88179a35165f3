#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace strongtrust {

// RFC 4180 CSV as spreadsheets write it (what CsvWriter writes, and what a
// clerk's spreadsheet saves as "CSV UTF-8"): UTF-8, a byte order mark
// skipped, CRLF or LF line ends, cells separated by commas, a quoted cell
// holding commas, doubled quotes and line breaks. Rows are records, numbered
// as a spreadsheet numbers them: the first (the header) is row 1, however
// many lines a quoted cell spans.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::CsvReader)

public:
    // Every row, cells as written (not trimmed); a blank line is a row of
    // one empty cell. Not UTF-8, a quote left open, or text after a closing
    // quote: refused, each problem with its row (path "row N", or "row N,
    // column C" counting columns from 1), naming `fileName`.
    static Result<QList<QStringList>> read(const QByteArray &bytes, const QString &fileName);

    // "row 4", "row 4, column value": where a problem is, as a Diagnostic's path.
    static QString where(int row);
    static QString where(int row, const QString &column);
};

} // namespace strongtrust
