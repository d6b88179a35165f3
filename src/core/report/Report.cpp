// The report's entry points for HTML and the minutes (the PDF's is with
// ReportDocument): load once, write the narrative once, then write it out.
#include "report/Report.h"

#include "report/Minutes.h"
#include "report/Narrative.h"
#include "report/ReportContent.h"
#include "report/ReportHtml.h"
#include "report/ReportText.h"

namespace strongtrust {

Result<QByteArray> renderReportHtml(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options)
{
    auto data = loadReportData(wb, assessmentId, options);
    if (!data)
        return data.errors();
    const report::ReportContent content
        = report::buildReportContent(data.value(), buildNarrative(data.value()));
    return report::reportHtml(content, report::formatDate(data->today));
}

Result<QString> renderMinutesText(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options)
{
    auto data = loadReportData(wb, assessmentId, options);
    if (!data)
        return data.errors();
    return report::minutesText(report::buildMinutes(data.value(), buildNarrative(data.value())));
}

Result<QString> renderMinutesHtml(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options)
{
    auto data = loadReportData(wb, assessmentId, options);
    if (!data)
        return data.errors();
    return report::minutesHtml(report::buildMinutes(data.value(), buildNarrative(data.value())));
}

} // namespace strongtrust
