#include "util/CsvWriter.h"

namespace strongtrust {

void CsvWriter::cell(const QString &value, Kind kind)
{
    QString v = value;
    // A spreadsheet runs a cell that starts like a formula: text from a
    // return could then run commands on the clerk's machine.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (kind == Kind::Text && !v.isEmpty() && formulaStarts.contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\r') || v.contains(u'\n')) {
        v.replace(u'"', QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    if (!m_rowEmpty)
        m_out += u',';
    m_out += v;
    m_rowEmpty = false;
}

void CsvWriter::endRow()
{
    m_out += QStringLiteral("\r\n");
    m_rowEmpty = true;
}

QByteArray CsvWriter::bytes() const
{
    QByteArray out("\xEF\xBB\xBF"); // so spreadsheet programs read the accents right
    out.append(m_out.toUtf8());
    return out;
}

} // namespace strongtrust
