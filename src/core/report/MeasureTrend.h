#pragma once

#include "report/ReportData.h"
#include "report/TrendChart.h"

#include <QList>

namespace strongtrust {

// One measure's trend across `history` (oldest first), for its chart: a
// period without the measure, without a value, or with the measure in
// another unit is a gap (one axis holds one unit); `target` is the band
// drawn, the one that applies in the latest period. The window's trend
// cells draw these, as the report's charts do.
TrendChartData measureTrend(
    const QList<MeasurePeriod> &history, const Measure &measure, const MeasureTarget &target);

} // namespace strongtrust
