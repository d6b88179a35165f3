// The measures' trend chart: a line with a gap where a period has no value,
// the target band shaded, the sparkline when small, labels as text in SVG.
#include "report/TrendChart.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

TrendChartData trend(const QList<std::optional<double>> &values, MeasureTarget target = {})
{
    TrendChartData data;
    data.measure.fullId = s("money.reserves");
    data.measure.title = s("Revenue reserves");
    data.measure.unit = s("%");
    data.measure.decimals = 1;
    data.measure.better = MeasureDirection::Range;
    data.target = target;
    const QStringList periods { s("2022/23"), s("2023/24"), s("2024/25"), s("2025/26") };
    for (int i = 0; i < values.size(); ++i)
        data.points.append({ periods.value(i, QString::number(i)), values[i] });
    return data;
}

bool isLine(QRgb pixel)
{
    // The line's dark blue (#1f4e79), even half covered: bluer than it is red,
    // which neither grey type nor the pale green band is.
    return qBlue(pixel) > qRed(pixel) + 25;
}

bool isBand(QRgb pixel)
{
    // The band's pale green: green above red and blue, not white.
    return qGreen(pixel) > qRed(pixel) + 5 && qGreen(pixel) > qBlue(pixel) + 5
        && qGreen(pixel) < 250;
}

} // namespace

TEST(TrendChart, AMissingValueIsAGapNotAZero)
{
    // A sparkline 100 × 30 px: three periods at about x = 18, 50 and 82; equal
    // values sit on the middle line, y = 15.
    const QSize size(100, 30);
    const QImage joined = trendChartImage(trend({ 1, 1, 1 }), size);
    const QImage gap = trendChartImage(trend({ 1, std::nullopt, 1 }), size);
    EXPECT_TRUE(isLine(joined.pixel(34, 15)));
    EXPECT_FALSE(isLine(gap.pixel(34, 15))) << "the line runs through the missing period";
    EXPECT_FALSE(isLine(gap.pixel(66, 15)));
    // The recorded periods still have their markers.
    EXPECT_TRUE(isLine(gap.pixel(18, 15)));
    EXPECT_TRUE(isLine(gap.pixel(82, 15)));
    // Nothing is drawn at the bottom, where a zero would be.
    for (int x = 0; x < size.width(); ++x)
        EXPECT_FALSE(isLine(gap.pixel(x, 28))) << x;
}

TEST(TrendChart, TheTargetBandIsShaded)
{
    const QSize size(400, 200);
    // Values 0 and 20 and a band of 5-12: the band holds the plot's middle.
    const QImage image = trendChartImage(trend({ 0, 20 }, { 5.0, 12.0 }), size);
    const QImage none = trendChartImage(trend({ 0, 20 }), size);
    int banded = 0;
    int bandedWithout = 0;
    for (int y = 0; y < size.height(); ++y) {
        banded += isBand(image.pixel(size.width() / 2 + 60, y)) ? 1 : 0;
        bandedWithout += isBand(none.pixel(size.width() / 2 + 60, y)) ? 1 : 0;
    }
    EXPECT_GT(banded, 20);
    EXPECT_EQ(bandedWithout, 0);
}

TEST(TrendChart, SmallRectsGetTheSparkline)
{
    QImage image(QSize(600, 400), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(3780); // 96 dpi
    image.setDotsPerMeterY(3780);
    QPainter painter(&image);
    // At 96 dpi a point is 4/3 px: a sparkline below 60 × 110 points (80 × 147 px).
    EXPECT_TRUE(isSparkline(painter, QRectF(0, 0, 120, 30)));
    EXPECT_TRUE(isSparkline(painter, QRectF(0, 0, 140, 200)));
    EXPECT_FALSE(isSparkline(painter, QRectF(0, 0, 400, 200)));
    painter.end();
}

TEST(TrendChart, TheLargerChartNamesPeriodsValuesAndTheTargetAsText)
{
    const QString svg = QString::fromUtf8(
        trendChartSvg(trend({ 4.1, std::nullopt, 6.3 }, { 5.0, 12.0 }), QSize(400, 200)));
    EXPECT_TRUE(svg.contains(s("2022/23")));
    EXPECT_TRUE(svg.contains(s("2023/24"))) << "a period without a value is still named";
    EXPECT_TRUE(svg.contains(s("2024/25")));
    EXPECT_TRUE(svg.contains(s(">6.3%<"))) << "the latest value is labelled";
    EXPECT_TRUE(svg.contains(s(">target<")));
    EXPECT_TRUE(svg.contains(s("Revenue reserves")));
    EXPECT_FALSE(svg.contains(s("<image"))) << "vector, not a picture";
    // The sparkline has no text at all (its description aside).
    const QString spark = QString::fromUtf8(
        trendChartSvg(trend({ 4.1, std::nullopt, 6.3 }, { 5.0, 12.0 }), QSize(120, 30)));
    EXPECT_FALSE(spark.contains(s(">2022/23<")));
    EXPECT_FALSE(spark.contains(s(">6.3%<")));
    EXPECT_TRUE(spark.contains(s("2022/23: 4.1%")));
}

TEST(TrendChart, DescriptionReadsEveryPeriod)
{
    const TrendChartData data = trend({ 4.1, std::nullopt, 6.3 }, { 5.0, 12.0 });
    EXPECT_EQ(describeTrendChart(data),
        s("Trend of Revenue reserves, against a target of 5.0–12.0%. 2022/23: 4.1%; 2023/24: not "
          "recorded; 2024/25: 6.3%."));
    EXPECT_EQ(describeTrendChart(trend({ 2.0 })),
        s("Trend of Revenue reserves, with no target set. 2022/23: 2.0%."));
}

TEST(TrendChart, NothingRecordedDrawsNoLine)
{
    const QImage image = trendChartImage(trend({ std::nullopt, std::nullopt }), QSize(400, 200));
    int line = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            line += isLine(image.pixel(x, y)) ? 1 : 0;
    }
    EXPECT_EQ(line, 0);
}
