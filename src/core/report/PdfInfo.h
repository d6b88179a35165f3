#pragma once

// Internal to the report: additions to a PDF's document information that
// QPdfWriter (Qt 6.4) cannot make itself.
#include <QByteArray>
#include <QString>

namespace strongtrust::report {

// The PDF with an /Author entry in its document information dictionary, the
// cross-reference table adjusted to match. A PDF not laid out as QPdfWriter
// writes it is returned unchanged.
QByteArray withPdfAuthor(const QByteArray &pdf, const QString &author);

} // namespace strongtrust::report
