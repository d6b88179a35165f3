#pragma once

#include "report/Report.h"
#include "util/Result.h"

#include <QByteArray>

namespace strongtrust {

class Workbook;
struct ReportData;

// The narrative report as an OpenDocument Text file, for trusts whose papers
// go through a word processor: the same blocks as the PDF (headings, tables,
// the chart as a picture), written by Qt's QTextDocumentWriter ("ODF").
// Running headers, page numbers and the draft watermark belong to the PDF's
// pages and are not part of it; the cover's DRAFT notice is.
Result<QByteArray> renderReportOdt(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options);
// The same from data already read (the window reads in its own thread, and
// writes in a worker).
Result<QByteArray> renderReportOdt(const ReportData &data);

} // namespace strongtrust
