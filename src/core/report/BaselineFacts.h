#pragma once

// Internal to the report: the facts of a domain's baseline standards and
// measures (framework format version 2) that several parts of the report
// state (the chair's summary, the narrative, the domain sections, the
// minute), found once so that they agree. Plain values: no words here.
#include "report/ReportData.h"
#include "report/TrendChart.h"
#include "scoring/MeasureComparison.h"

#include <QList>

namespace strongtrust::report {

// A baseline standard with the board's judgement and what the board is doing about it.
struct StandardFact {
    int domainIndex = 0;
    const Standard *standard = nullptr;
    const StandardJudgement *judgement = nullptr; // nullptr: nothing recorded
    StandardResult result = StandardResult::NotJudged;
    QList<const Action *> actions; // the actions whose indicator is the standard's full id
    bool capping = false; // among the standards holding its domain at its cap
};

// A measure with its value this period, compared with its target and the comparison period.
struct MeasureFact {
    int domainIndex = 0;
    const Measure *measure = nullptr;
    const MeasureValue *value = nullptr; // nullptr: nothing recorded
    MeasureComparison comparison;
};

// How a set of standards was judged.
struct StandardTally {
    int total = 0;
    int met = 0;
    int notMet = 0;
    int notJudged = 0;
};

// The standards of one domain (-1: every domain), in framework order.
QList<StandardFact> standardFacts(const ReportData &data, int domainIndex);
// Those of them with this result.
QList<StandardFact> withResult(const QList<StandardFact> &facts, StandardResult result);
StandardTally tallyOf(const QList<StandardFact> &facts);
// The measures of one domain (-1: every domain), in framework order. They are
// compared with the comparison period only where the report compares at all.
QList<MeasureFact> measureFacts(const ReportData &data, int domainIndex);
// One measure's values across the report's measure history, with the target
// that applies this period: a period without the measure, without a value or
// with the measure in another unit is a gap.
TrendChartData measureTrend(const ReportData &data, const MeasureFact &fact);
// How many periods of the trend have a value.
int recordedPoints(const TrendChartData &trend);
// The domain (by index) a standard belongs to, by its full id, or -1.
int domainOfStandard(const Framework &fw, const QString &fullId);

} // namespace strongtrust::report
