#include "report/MeasureTrend.h"

namespace strongtrust {

TrendChartData measureTrend(
    const QList<MeasurePeriod> &history, const Measure &measure, const MeasureTarget &target)
{
    TrendChartData trend;
    trend.measure = measure;
    trend.target = target;
    const QString unit = measure.unit.trimmed();
    for (const MeasurePeriod &period : history) {
        TrendPoint point { period.period, std::nullopt };
        const Measure *then = period.measure(measure.fullId);
        const MeasureValue *value = period.value(measure.fullId);
        if (then && value && then->unit.trimmed() == unit)
            point.value = value->value;
        trend.points.append(point);
    }
    return trend;
}

} // namespace strongtrust
