#include "util/CsvReader.h"

#include <QStringDecoder>

namespace strongtrust {

QString CsvReader::where(int row)
{
    return tr("row %1").arg(row);
}

QString CsvReader::where(int row, const QString &column)
{
    return tr("row %1, column %2").arg(row).arg(column);
}

Result<QList<QStringList>> CsvReader::read(const QByteArray &bytes, const QString &fileName)
{
    auto problem = [&](const QString &path, const QString &message) {
        return Diagnostic { fileName, 0, 0, path, message };
    };
    // Spreadsheets offer "Unicode text" too: say what to choose instead.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return problem({}, tr("is UTF-16 text; save it as CSV in UTF-8"));
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(body);
    if (decode.hasError())
        return problem({}, tr("is not UTF-8 text; save it as CSV in UTF-8"));

    QList<QStringList> rows;
    Diagnostics errors;
    QStringList row;
    QString cell;
    bool quoted = false; // inside a quoted cell
    bool closed = false; // after a quoted cell's closing quote
    int rowNumber = 1;
    int rowStartReported = 0; // the row already has a problem reported
    auto endCell = [&] {
        row.append(std::exchange(cell, {}));
        closed = false;
    };
    auto endRow = [&] {
        endCell();
        rows.append(std::exchange(row, {}));
        ++rowNumber;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < n && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
                closed = true;
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u',') {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRow();
        } else if (c == u'"' && cell.isEmpty() && !closed) {
            quoted = true;
        } else if (closed || c == u'"') {
            // A cell is either quoted whole or not at all: anything else is a
            // file some program garbled, and guessing could shift columns.
            if (rowStartReported != rowNumber)
                errors.append(problem(where(rowNumber, QString::number(row.size() + 1)),
                    closed ? tr("text after the closing quote of a quoted cell")
                           : tr("a quote inside a cell that does not begin with one")));
            rowStartReported = rowNumber;
            cell += c;
        } else {
            cell += c;
        }
    }
    if (quoted)
        errors.append(problem(where(rowNumber), tr("a quoted cell is not closed")));
    // The last line needs no line break after it.
    if (!cell.isEmpty() || !row.isEmpty() || closed)
        endRow();
    if (!errors.isEmpty())
        return errors;
    return rows;
}

} // namespace strongtrust
