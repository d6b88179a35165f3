#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace strongtrust {

class Workbook;

// Who a report is for. The board sees everything; the public sees the
// board's agreed ratings, the spread of trustees' ratings and the narrative,
// but no trustee's name, individual rating or note, and no confidential evidence.
enum class ReportAudience { Board, Public };

struct ReportOptions {
    ReportAudience audience = ReportAudience::Board;
    QString comparePeriod; // empty = the previous period, where there is one
    bool noComparison = false; // compare with nothing
    QDate today = QDate::currentDate(); // the report's date; decides which actions are overdue
};

// The narrative report of one assessment: A4 PDF (cover, summary, chart,
// a section per domain, actions, appendix, sign-off; vector chart, embedded fonts).
Result<QByteArray> renderReportPdf(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options);
// The same report as one self-contained HTML file (inline CSS and SVG), printable.
Result<QByteArray> renderReportHtml(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options);
// The clerk's draft minute: what the board agreed per domain, and the actions.
Result<QString> renderMinutesText(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options);
Result<QString> renderMinutesHtml(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options);

} // namespace strongtrust
