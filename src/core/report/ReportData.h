#pragma once

#include "framework/Framework.h"
#include "periods/SignOffChecks.h"
#include "report/Report.h"
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

    bool compared() const
    {
        return comparisonState == ComparisonState::Available && comparison.has_value();
    }
    bool isPublic() const { return audience == ReportAudience::Public; }
};

Result<ReportData> loadReportData(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options);

} // namespace strongtrust
