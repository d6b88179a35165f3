#pragma once

#include "framework/Framework.h"
#include "periods/SignOffChecks.h"
#include "report/Report.h"
#include "report/TrendChart.h"
#include "scoring/Scoring.h"
#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace strongtrust {

class Workbook;

// One assessment, loaded with the framework it used and scored.
struct PeriodReport {
    AssessmentInfo info;
    Framework framework;
    AssessmentData data;
    AssessmentScores scores;
};

// One period's measures, for the trend charts: the definitions its
// framework gave (their units) and the values the board recorded.
struct MeasurePeriod {
    QString period;
    QList<Measure> measures; // every domain's, in framework order
    QList<MeasureValue> values;

    const Measure *measure(const QString &fullId) const;
    const MeasureValue *value(const QString &fullId) const;
};

// Whether, and how, a report compares with an earlier period.
enum class ComparisonState {
    Available, // comparison holds a period on a comparable scale
    NoEarlierPeriod, // nothing before this period, and none was named
    NotRequested, // the options asked for no comparison
    Incomparable, // comparison holds a period on another scale (or with no domain in common)
};

// Everything a report is written from, read from the workbook once.
struct ReportData {
    QString trustName;
    QList<Trustee> trustees; // every trustee of the workbook, in order
    QList<qint64> raters; // those expected to rate this assessment
    PeriodReport current;
    std::optional<PeriodReport> comparison;
    ComparisonState comparisonState = ComparisonState::NoEarlierPeriod;
    ReportAudience audience = ReportAudience::Board;
    QDate today;
    SignOffChecks checks; // the checks before sign-off, as of `today` (and the meeting)
    // Every period up to and including this one, oldest first, with its
    // measures: what the trend charts draw. Later periods are left out, so
    // that a report of an earlier year reads as it did. Empty when this
    // period's framework has no measures.
    QList<MeasurePeriod> measureHistory;

    bool compared() const
    {
        return comparisonState == ComparisonState::Available && comparison.has_value();
    }
    bool isPublic() const { return audience == ReportAudience::Public; }
};

// A period's measures as the trend charts read them.
MeasurePeriod periodMeasures(
    const AssessmentInfo &info, const Framework &fw, const AssessmentData &data);
// One measure's trend across `history` (oldest first), with `target` shaded:
// a period without the measure, without a value, or with the measure in
// another unit is a gap. What the report draws, and the window can too.
TrendChartData trendChartData(
    const Measure &measure, const MeasureTarget &target, const QList<MeasurePeriod> &history);

Result<ReportData> loadReportData(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options);

} // namespace strongtrust
