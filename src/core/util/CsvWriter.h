#pragma once

#include <QByteArray>
#include <QString>

namespace strongtrust {

// RFC 4180 CSV for spreadsheets: UTF-8 with a byte order mark, CRLF, fields
// quoted where needed, and text that a spreadsheet would run as a formula
// neutralised with a leading apostrophe.
class CsvWriter
{
public:
    enum class Kind { Text, Number };

    // A text cell (formula-guarded) or a number (written as it is).
    void cell(const QString &value, Kind kind = Kind::Text);
    void number(const QString &value) { cell(value, Kind::Number); }
    void endRow();
    QByteArray bytes() const;

private:
    QString m_out;
    bool m_rowEmpty = true;
};

} // namespace strongtrust
