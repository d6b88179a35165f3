#pragma once

// Internal to the report: the report's blocks as a QTextDocument laid out on
// A4 pages for a paint device of kLayoutDpi.
#include "report/ReportContent.h"

#include <QMarginsF>
#include <QSizeF>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace strongtrust::report {

class ReportChartObject;

struct PageGeometry {
    static constexpr int kLayoutDpi = 1200;
    // In layout units (pixels at kLayoutDpi).
    QSizeF page;
    QMarginsF margins; // the text area's distance from the page's edges
    qreal unitsPerPoint() const { return kLayoutDpi / 72.0; }
    qreal unitsPerMm() const { return kLayoutDpi / 25.4; }
    static PageGeometry a4();
};

// The font every part of the report uses (DejaVu Sans, found through
// fontconfig and embedded in the PDF), with ligatures off so that copied or
// extracted text reads "fi", not "ﬁ".
QFont reportFont();

// The report's blocks written into a document, not yet laid out: the chart
// is an inline ReportChartObject (kObjectType) and no page break has been
// moved to keep a heading with what follows. The editable export starts here.
std::unique_ptr<QTextDocument> writeTextDocument(
    const ReportContent &content, const PageGeometry &geometry);
// The same, laid out on `layoutDevice` with `charts` drawing the chart and
// headings kept with what follows: what the PDF and the preview paint.
std::unique_ptr<QTextDocument> buildTextDocument(const ReportContent &content,
    QPaintDevice *layoutDevice, const PageGeometry &geometry, ReportChartObject *charts);

} // namespace strongtrust::report
