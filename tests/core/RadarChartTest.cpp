// The radar chart: its data, its layout (labels inside the chart and apart),
// and its outputs (SVG, image, and the text for screen readers).
#include "report/RadarChart.h"

#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

Framework minimal()
{
    auto fw = FrameworkLoader::loadBytes(
        test::toBytes(test::minimalFramework()), QStringLiteral("minimal.json"));
    EXPECT_TRUE(fw.ok()) << fw.errorText().toStdString();
    return fw.value();
}

AssessmentScores scoresOf(const Framework &fw, const QList<std::optional<double>> &domainScores)
{
    AssessmentScores s;
    for (int d = 0; d < fw.domains.size(); ++d) {
        DomainScore ds;
        ds.domainId = fw.domains[d].id;
        ds.indicatorCount = int(fw.domains[d].indicators.size());
        ds.score = d < domainScores.size() ? domainScores[d] : std::nullopt;
        s.domains.append(ds);
    }
    return s;
}

// A chart of `axes` axes with the built-in scale and the given titles.
RadarChartData chartOf(const QStringList &axes, bool comparison = true)
{
    RadarChartData data;
    data.axes = axes;
    data.levelValues = { 1, 2, 3, 4 };
    data.levelLabels = { QStringLiteral("Emerging"), QStringLiteral("Developing"),
        QStringLiteral("Established"), QStringLiteral("Leading") };
    RadarSeries now { QStringLiteral("2025/26"), {} };
    RadarSeries before { QStringLiteral("2024/25"), {} };
    for (int i = 0; i < axes.size(); ++i) {
        now.values.append(
            i % 5 == 3 ? std::nullopt : std::optional<double>(1 + (i * 7 % 30) / 10.0));
        before.values.append(std::optional<double>(1 + (i * 3 % 25) / 10.0));
    }
    data.series.append(now);
    if (comparison)
        data.series.append(before);
    return data;
}

QString longTitle(int i)
{
    return QStringLiteral(
        "Domain %1: an unusually long title about the quality of the trust's work with its "
        "communities, partners and families across every region it serves")
        .arg(i + 1);
}

int inkPixels(const QImage &image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++ink;
        }
    }
    return ink;
}

// Saves what a test drew when STRONGTRUST_TEST_ARTIFACTS names a folder, to look at.
void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRONGTRUST_TEST_ARTIFACTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(dir + u'/' + name);
    }
}

} // namespace

TEST(RadarChartData, ValuesFollowTheFrameworkAndTheScale)
{
    const Framework &fw = FrameworkLoader::builtIn();
    const auto now = scoresOf(fw, { 2.5, std::nullopt, 3.0, 1.0, 4.0 });
    const auto before = scoresOf(fw, { 2.0, 2.0, 2.5, 1.5, 3.0 });
    const RadarChartData data = radarChartData(
        fw, now, QStringLiteral("2025/26"), &fw, &before, QStringLiteral("2024/25"));
    ASSERT_EQ(data.axes.size(), fw.domains.size());
    EXPECT_EQ(data.axes.first(), fw.domains.first().title);
    EXPECT_EQ(data.levelValues, (QList<double> { 1, 2, 3, 4 }));
    EXPECT_EQ(data.levelLabels.first(), QStringLiteral("Emerging"));
    ASSERT_EQ(data.series.size(), 2);
    EXPECT_EQ(data.series[0].label, QStringLiteral("2025/26"));
    EXPECT_EQ(data.series[0].values[0], 2.5);
    EXPECT_FALSE(data.series[0].values[1].has_value()); // not scored, not zero
    EXPECT_EQ(data.series[1].label, QStringLiteral("2024/25"));
    EXPECT_EQ(data.series[1].values[4], 3.0);
}

TEST(RadarChartData, ComparisonDroppedForAnIncomparableScale)
{
    const Framework &fw = FrameworkLoader::builtIn();
    const auto now = scoresOf(fw, { 2.5, 2.5, 3.0, 1.0, 4.0 });

    Framework otherId = fw;
    otherId.scale.id = QStringLiteral("another-scale");
    const auto before = scoresOf(otherId, { 2.0, 2.0, 2.5, 1.5, 3.0 });
    EXPECT_EQ(
        radarChartData(fw, now, QStringLiteral("now"), &otherId, &before, QStringLiteral("then"))
            .series.size(),
        1);

    Framework otherValues = fw;
    otherValues.scale.levels[3].value = 5;
    EXPECT_EQ(radarChartData(
                  fw, now, QStringLiteral("now"), &otherValues, &before, QStringLiteral("then"))
                  .series.size(),
        1);

    const Framework min = minimal(); // another scale and other domains altogether
    const auto minScores = scoresOf(min, { 0.5, 1.0 });
    EXPECT_EQ(
        radarChartData(fw, now, QStringLiteral("now"), &min, &minScores, QStringLiteral("then"))
            .series.size(),
        1);
    // No comparison asked for.
    EXPECT_EQ(radarChartData(fw, now, QStringLiteral("now")).series.size(), 1);
}

TEST(RadarChartData, DomainMissingInTheComparisonIsNotScoredThere)
{
    const Framework &fw = FrameworkLoader::builtIn();
    Framework earlier = fw;
    earlier.domains.removeAt(2); // a domain the earlier framework did not have
    earlier.domains.move(0, 1); // and a different order: matched by id, not position
    const auto now = scoresOf(fw, { 2.5, 2.5, 3.0, 1.0, 4.0 });
    AssessmentScores before = scoresOf(earlier, { 1.5, 2.0, 3.0, 3.5 });
    const RadarChartData data
        = radarChartData(fw, now, QStringLiteral("now"), &earlier, &before, QStringLiteral("then"));
    ASSERT_EQ(data.series.size(), 2);
    EXPECT_EQ(data.series[1].values[0], 2.0); // fw domain 0 is earlier domain 1
    EXPECT_EQ(data.series[1].values[1], 1.5);
    EXPECT_FALSE(data.series[1].values[2].has_value());
    EXPECT_EQ(data.series[1].values[3], 3.0);
}

TEST(RadarChart, SvgIsWellFormedAndNamesEveryAxis)
{
    RadarChartData data = chartOf(
        { QStringLiteral("Governance"), QStringLiteral("Education"), QStringLiteral("People"),
            QStringLiteral("Money & estate"), QStringLiteral("Civic <duty>") });
    const QByteArray svg = radarChartSvg(data, QSize(800, 700));
    ASSERT_FALSE(svg.isEmpty());
    QXmlStreamReader xml(svg);
    QString text;
    bool hasImage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text() + u' ';
        if (xml.isStartElement() && xml.name() == QLatin1String("image"))
            hasImage = true;
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_FALSE(hasImage) << "the chart must be vector graphics";
    for (const QString &axis : data.axes)
        EXPECT_TRUE(text.contains(axis)) << axis.toStdString();
    for (const QString &level : data.levelLabels)
        EXPECT_TRUE(text.contains(level)) << level.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2024/25")));
}

TEST(RadarChart, ImageIsDrawn)
{
    const RadarChartData data
        = chartOf({ QStringLiteral("Expert governance"), QStringLiteral("Quality of education"),
            QStringLiteral("Workforce resilience and wellbeing"),
            QStringLiteral("Efficiency and effectiveness"),
            QStringLiteral("Public benefit and civic duty") });
    const QImage image = radarChartImage(data, QSize(640, 520));
    ASSERT_EQ(image.size(), QSize(640, 520));
    EXPECT_GT(inkPixels(image), 640 * 520 / 50);
    keep(image, QStringLiteral("radar-5.png"));

    const QImage hiDpi = radarChartImage(data, QSize(320, 260), 2.0);
    EXPECT_EQ(hiDpi.size(), QSize(640, 520));
    EXPECT_GT(inkPixels(hiDpi), 640 * 520 / 50);
    keep(hiDpi, QStringLiteral("radar-5-dpr2.png"));
    keep(radarChartImage(data, QSize(220, 220)), QStringLiteral("radar-5-small.png"));
}

TEST(RadarChart, FewerThanThreeAxesGiveABarChart)
{
    for (int n : { 1, 2 }) {
        QStringList axes;
        for (int i = 0; i < n; ++i)
            axes.append(
                i == 0 ? QStringLiteral("Alpha") : QStringLiteral("Beta, with a longer title"));
        const RadarChartData data = chartOf(axes);
        const RadarChartLayout layout = layoutRadarChart(data, QRectF(0, 0, 500, 400), 12);
        EXPECT_TRUE(layout.bars);
        const QImage image = radarChartImage(data, QSize(500, 400));
        EXPECT_GT(inkPixels(image), 500 * 400 / 100);
        keep(image, QStringLiteral("bars-%1.png").arg(n));
        for (const RadarLabel &label : layout.labels)
            EXPECT_TRUE(QRectF(0, 0, 500, 400).contains(label.rect));
    }
    // The minimal framework: two domains on a 0/0.5/1 scale.
    const Framework fw = minimal();
    const auto scores = scoresOf(fw, { 0.75, std::nullopt });
    const RadarChartData data = radarChartData(
        fw, scores, QStringLiteral("2025/26"), &fw, &scores, QStringLiteral("2024/25"));
    EXPECT_EQ(data.axes.size(), 2);
    const QImage image = radarChartImage(data, QSize(500, 400));
    EXPECT_GT(inkPixels(image), 500 * 400 / 100);
    keep(image, QStringLiteral("bars-minimal.png"));
}

TEST(RadarChart, NoAxesDrawsWithoutCrashing)
{
    RadarChartData data;
    EXPECT_FALSE(radarChartImage(data, QSize(200, 200)).isNull());
    EXPECT_FALSE(radarChartSvg(data, QSize(200, 200)).isEmpty());
    EXPECT_FALSE(describeRadarChart(data).isEmpty());
}

TEST(RadarChartLayout, LongTitlesStayInsideAndApartForOneToTwentyAxes)
{
    for (const QSizeF size : { QSizeF(640, 520), QSizeF(900, 600), QSizeF(380, 380) }) {
        const QRectF rect(QPointF(10, 20), size);
        for (int n = 1; n <= 20; ++n) {
            QStringList axes;
            for (int i = 0; i < n; ++i)
                axes.append(longTitle(i));
            const RadarChartData data = chartOf(axes);
            const RadarChartLayout layout
                = layoutRadarChart(data, rect, std::min(size.width(), size.height()) * 0.024 + 2);
            ASSERT_EQ(layout.labels.size(), n);
            EXPECT_EQ(layout.bars, n < 3);
            for (int a = 0; a < n; ++a) {
                const RadarLabel &la = layout.labels[a];
                EXPECT_TRUE(rect.contains(la.rect))
                    << n << " axes, label " << a << " leaves the chart";
                EXPECT_LE(la.lines.size(), 3 + (la.notScored ? 1 : 0));
                for (int b = a + 1; b < n; ++b)
                    EXPECT_FALSE(la.rect.intersects(layout.labels[b].rect))
                        << n << " axes: labels " << a << " and " << b;
                if (!layout.bars) {
                    // Outside the web.
                    const QPointF c = layout.centre;
                    const qreal r = layout.radius;
                    EXPECT_FALSE(la.rect.contains(c));
                    EXPECT_FALSE(
                        QRectF(c.x() - r * 0.5, c.y() - r * 0.5, r, r).intersects(la.rect));
                }
            }
            if (!layout.bars) {
                EXPECT_GT(layout.radius, 0) << n;
            }
            const QImage image = radarChartImage(data, size.toSize());
            EXPECT_GT(inkPixels(image), 0);
            if (n == 8 || n == 20)
                keep(image, QStringLiteral("radar-long-%1-%2.png").arg(n).arg(int(size.width())));
        }
    }
}

TEST(RadarChartLayout, ShortTitlesKeepOneLine)
{
    const RadarChartData data
        = chartOf({ QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma"),
                      QStringLiteral("Delta"), QStringLiteral("Epsilon") },
            false);
    const RadarChartLayout layout = layoutRadarChart(data, QRectF(0, 0, 600, 500), 13);
    EXPECT_EQ(layout.fontSize, 13);
    for (const RadarLabel &label : layout.labels)
        EXPECT_EQ(label.lines.size(), label.notScored ? 2 : 1);
    EXPECT_GT(layout.radius, 150);
}

TEST(RadarChart, DescriptionNamesAxesValuesAndLevels)
{
    const RadarChartData data = chartOf({ QStringLiteral("Governance"), QStringLiteral("Education"),
        QStringLiteral("People"), QStringLiteral("Money") });
    const QString text = describeRadarChart(data);
    EXPECT_TRUE(text.contains(QStringLiteral("from 1 (Emerging) to 4 (Leading)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("Governance — 2025/26: 1.0 (Emerging); 2024/25: 1.0 (Emerging).")))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Money — 2025/26: not scored; 2024/25: 1.9 (Developing).")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("dashed outline")));
}

TEST(RadarChart, PdfOutputIsVector)
{
    const RadarChartData data = chartOf({ QStringLiteral("A"), QStringLiteral("B"),
        QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E") });
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        paintRadarChart(painter, QRectF(0, 0, writer.width(), writer.height() / 2.0), data);
    }
    EXPECT_GT(pdf.size(), 1000);
    EXPECT_FALSE(pdf.contains("/Subtype /Image")) << "a raster image in the chart's PDF";
}
