#include "report/PdfInfo.h"

#include <QRegularExpression>

namespace strongtrust::report {

namespace {

// A PDF text string: UTF-16BE with a byte order mark, as hex (no escaping).
QByteArray pdfTextString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

} // namespace

QByteArray withPdfAuthor(const QByteArray &pdf, const QString &author)
{
    // The trailer names the information dictionary: "/Info N 0 R".
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (trailer < 0 || startxref < trailer)
        return pdf;
    static const QRegularExpression infoRef(QStringLiteral("/Info (\\d+) 0 R"));
    const auto info = infoRef.match(QString::fromLatin1(pdf.mid(trailer, startxref - trailer)));
    if (!info.hasMatch())
        return pdf;
    const QByteArray objectHead = '\n' + info.captured(1).toLatin1() + " 0 obj\n<<";
    const qsizetype object = pdf.indexOf(objectHead);
    if (object < 0)
        return pdf;
    const qsizetype close = pdf.indexOf(">>", object + objectHead.size());
    if (close < 0 || pdf.mid(object, close - object).contains("/Author"))
        return pdf;
    const QByteArray entry = "/Author " + pdfTextString(author) + '\n';
    const qsizetype shift = entry.size();

    // The cross-reference table: "xref\n0 N\n" and N entries of 20 bytes,
    // "oooooooooo ggggg n \n"; offsets after the insertion move by `shift`.
    const qsizetype xref = pdf.lastIndexOf("\nxref\n", startxref);
    if (xref < close)
        return pdf;
    const qsizetype sectionLine = xref + 6;
    const qsizetype sectionEnd = pdf.indexOf('\n', sectionLine);
    if (sectionEnd < 0)
        return pdf;
    const QList<QByteArray> section
        = pdf.mid(sectionLine, sectionEnd - sectionLine).trimmed().split(' ');
    bool ok = section.size() == 2;
    const qsizetype count = ok ? section[1].toLongLong(&ok) : 0;
    if (!ok || section[0] != "0")
        return pdf;
    QByteArray out = pdf.left(close) + entry + pdf.mid(close, sectionEnd + 1 - close);
    qsizetype at = sectionEnd + 1;
    for (qsizetype i = 0; i < count; ++i, at += 20) {
        if (at + 20 > pdf.size())
            return pdf;
        QByteArray line = pdf.mid(at, 20);
        if (line.size() != 20 || (line[17] != 'n' && line[17] != 'f'))
            return pdf;
        if (line[17] == 'n') {
            qint64 offset = line.left(10).toLongLong(&ok);
            if (!ok)
                return pdf;
            if (offset > close)
                offset += shift;
            line.replace(0, 10, QByteArray::number(offset).rightJustified(10, '0'));
        }
        out += line;
    }
    // The rest (trailer), then the moved start of the cross-reference table.
    const qsizetype number = startxref + 9;
    out += pdf.mid(at, number - at);
    const qsizetype numberEnd = pdf.indexOf("%%EOF", number);
    if (numberEnd < 0)
        return pdf;
    const qint64 oldStart = pdf.mid(number, numberEnd - number).trimmed().toLongLong(&ok);
    if (!ok || oldStart != xref + 1)
        return pdf;
    out += '\n' + QByteArray::number(oldStart + shift) + '\n' + pdf.mid(numberEnd);
    return out;
}

} // namespace strongtrust::report
