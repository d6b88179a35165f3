// A measure's trend across periods (trendChartData), as the window's trend
// cells and the report's charts draw it.
#include "report/ReportData.h"

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

Measure reserves(const QString &unit = QStringLiteral("%"))
{
    Measure m;
    m.fullId = QStringLiteral("efficiency.reserves");
    m.title = QStringLiteral("Revenue reserves");
    m.unit = unit;
    m.target = MeasureTarget { 5, 12 };
    return m;
}

MeasurePeriod period(
    const QString &label, std::optional<Measure> measure, std::optional<double> value)
{
    MeasurePeriod p;
    p.period = label;
    if (measure)
        p.measures.append(*measure);
    if (measure && value) {
        MeasureValue v;
        v.measure = measure->fullId;
        v.value = value;
        p.values.append(v);
    }
    return p;
}

} // namespace

TEST(TrendChartData, EachPeriodIsAPointOrAGap)
{
    const QList<MeasurePeriod> history {
        period(QStringLiteral("2021/22"), std::nullopt, std::nullopt), // before the measure
        period(QStringLiteral("2022/23"), reserves(), 6.5),
        period(QStringLiteral("2023/24"), reserves(QStringLiteral("£")), 410000), // another unit
        period(QStringLiteral("2024/25"), reserves(), std::nullopt), // not recorded
        period(QStringLiteral("2025/26"), reserves(), 8.4),
    };
    const TrendChartData trend = trendChartData(reserves(), MeasureTarget { 6, 10 }, history);
    ASSERT_EQ(trend.points.size(), 5);
    EXPECT_EQ(trend.points[0].period, QStringLiteral("2021/22"));
    EXPECT_FALSE(trend.points[0].value);
    EXPECT_EQ(trend.points[1].value, 6.5);
    EXPECT_FALSE(trend.points[2].value) << "a value in another unit is no point on this axis";
    EXPECT_FALSE(trend.points[3].value);
    EXPECT_EQ(trend.points[4].value, 8.4);
    EXPECT_EQ(trend.target, (MeasureTarget { 6, 10 })) << "the target that applies now";
    EXPECT_EQ(trend.measure.title, QStringLiteral("Revenue reserves"));
}
