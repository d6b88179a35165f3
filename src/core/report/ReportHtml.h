#pragma once

// Internal to the report: the report's blocks as one self-contained HTML
// file (inline CSS, the chart as inline SVG), for a browser and for print.
#include "report/ReportContent.h"

#include <QByteArray>

namespace strongtrust::report {

QByteArray reportHtml(const ReportContent &content, const QString &generatedOn);

// Text escaped for HTML content and attribute values.
QString esc(const QString &text);

} // namespace strongtrust::report
