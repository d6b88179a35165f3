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

// The measures of every period up to and including the report's, in period
// order, read once each (the current and compared periods are already read).
Result<QList<MeasurePeriod>> measureHistory(const Workbook &wb, const ReportData &report)
{
    QList<MeasurePeriod> out;
    if (report.current.framework.measureCount() == 0)
        return out;
    QHash<qint64, Framework> frameworks; // by stored framework key: periods share them
    for (const AssessmentInfo &info : wb.assessments()) {
        if (info.id == report.current.info.id) {
            out.append(periodMeasures(info, report.current.framework, report.current.data));
            break; // periods come in order: the rest are later
        }
        if (report.comparison && info.id == report.comparison->info.id) {
            out.append(periodMeasures(info, report.comparison->framework, report.comparison->data));
            continue;
        }
        auto data = wb.loadAssessment(info.id);
        if (!data)
            return data.errors();
        auto fw = frameworks.constFind(info.frameworkKey);
        if (fw == frameworks.cend()) {
            auto loaded = wb.framework(info.frameworkKey);
            if (!loaded)
                return loaded.errors();
            fw = frameworks.insert(info.frameworkKey, std::move(loaded).value());
        }
        out.append(periodMeasures(info, *fw, data.value()));
    }
    return out;
}

} // namespace

MeasurePeriod periodMeasures(
    const AssessmentInfo &info, const Framework &fw, const AssessmentData &data)
{
    MeasurePeriod out;
    out.period = info.period;
    for (const Domain &d : fw.domains)
        out.measures.append(d.measures);
    out.values = data.measures;
    return out;
}

TrendChartData trendChartData(
    const Measure &measure, const MeasureTarget &target, const QList<MeasurePeriod> &history)
{
    TrendChartData trend;
    trend.measure = measure;
    trend.target = target;
    const QString unit = measure.unit.trimmed();
    for (const MeasurePeriod &period : history) {
        TrendPoint point { period.period, std::nullopt };
        const Measure *then = period.measure(measure.fullId);
        const MeasureValue *value = period.value(measure.fullId);
        // One axis holds one unit: a year recorded in another is a gap, not a point.
        if (then && value && then->unit.trimmed() == unit)
            point.value = value->value;
        trend.points.append(point);
    }
    return trend;
}

const Measure *MeasurePeriod::measure(const QString &fullId) const
{
    for (const Measure &m : measures) {
        if (m.fullId == fullId)
            return &m;
    }
    return nullptr;
}

const MeasureValue *MeasurePeriod::value(const QString &fullId) const
{
    for (const MeasureValue &v : values) {
        if (v.measure == fullId)
            return &v;
    }
    return nullptr;
}

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

    auto withHistory = [&](ReportData &r) -> Result<ReportData> {
        auto history = measureHistory(wb, r);
        if (!history)
            return history.errors();
        r.measureHistory = std::move(history).value();
        return std::move(r);
    };

    std::optional<AssessmentInfo> other;
    if (options.noComparison) {
        report.comparisonState = ComparisonState::NotRequested;
        return withHistory(report);
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
        return withHistory(report);
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
    return withHistory(report);
}

} // namespace strongtrust
