#include "report/ReportData.h"

#include "scoring/StoredScores.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>

namespace strongtrust {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Report)
};

Result<PeriodReport> loadPeriod(const Workbook &wb, const AssessmentInfo &info)
{
    auto scored = scoreStoredAssessment(wb, info.id);
    if (!scored)
        return scored.errors();
    PeriodReport period;
    period.info = info;
    period.scores = std::move(scored.value().scores);
    period.framework = std::move(scored.value().framework);
    period.data = std::move(scored.value().data);
    return period;
}

bool anyDomainInCommon(const Framework &a, const Framework &b)
{
    for (const Domain &d : a.domains) {
        if (b.domainIndex(d.id) >= 0)
            return true;
    }
    return false;
}

} // namespace

Result<ReportData> loadReportData(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options)
{
    const auto info = wb.assessment(assessmentId);
    if (!info)
        return Diagnostic { wb.path(), 0, 0, {},
            Tr::tr("no assessment with the id %1").arg(assessmentId) };
    auto current = loadPeriod(wb, *info);
    if (!current)
        return current.errors();

    ReportData report;
    report.trustName = wb.trustName();
    report.trustees = wb.trustees();
    report.raters = wb.raters(assessmentId);
    report.current = std::move(current).value();
    report.audience = options.audience;
    report.today = options.today.isValid() ? options.today : QDate::currentDate();
    auto earlier = earlierActions(wb, report.current.info);
    if (!earlier)
        return earlier.errors();
    report.checks = checkBeforeSignOff({ report.current.framework, report.current.data,
        report.trustees, report.raters, std::move(earlier).value(), report.today });

    std::optional<AssessmentInfo> other;
    if (options.noComparison) {
        report.comparisonState = ComparisonState::NotRequested;
        return report;
    }
    if (!options.comparePeriod.isEmpty()) {
        other = wb.assessmentForPeriod(options.comparePeriod);
        if (!other)
            return Diagnostic { wb.path(), 0, 0, {},
                Tr::tr("no assessment for the period \"%1\" to compare with")
                    .arg(options.comparePeriod) };
        if (other->id == assessmentId)
            return Diagnostic { wb.path(), 0, 0, {},
                Tr::tr("the period \"%1\" cannot be compared with itself")
                    .arg(options.comparePeriod) };
    } else {
        other = wb.previousAssessment(assessmentId);
    }
    if (!other) {
        report.comparisonState = ComparisonState::NoEarlierPeriod;
        return report;
    }
    auto comparison = loadPeriod(wb, *other);
    if (!comparison)
        return comparison.errors();
    report.comparison = std::move(comparison).value();
    const Framework &now = report.current.framework;
    const Framework &then = report.comparison->framework;
    report.comparisonState = scalesComparable(now.scale, then.scale) && anyDomainInCommon(now, then)
        ? ComparisonState::Available
        : ComparisonState::Incomparable;
    return report;
}

} // namespace strongtrust
