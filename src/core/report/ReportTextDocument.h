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

std::unique_ptr<QTextDocument> buildTextDocument(const ReportContent &content,
    QPaintDevice *layoutDevice, const PageGeometry &geometry, ReportChartObject *charts);

} // namespace strongtrust::report
