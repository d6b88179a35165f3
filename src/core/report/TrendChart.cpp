#include "report/TrendChart.h"

#include "report/ChartOutput.h"
#include "report/MeasureWords.h"
#include "report/RadarChartParts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace strongtrust {

using namespace radar;

namespace {

struct TrendWords {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::TrendChart)
};

// The target band: a pale green, calm behind the line, and a darker edge.
QColor bandFill()
{
    return QColor(0x2e, 0x7d, 0x32, 38);
}
QColor bandEdge()
{
    return QColor(0x2e, 0x7d, 0x32, 150);
}
const QColor kBandText(0x2e, 0x6b, 0x31);

constexpr qreal kMinPoints = 7; // type never smaller than this on paper or screen
constexpr qreal kMaxPoints = 10; // nor larger: the chart stays calm when drawn big
constexpr qreal kSparkHeight = 60; // points: below this (or kSparkWidth) no type fits
constexpr qreal kSparkWidth = 110;

struct ValueRange {
    double low = 0;
    double high = 1;
    qreal yOf(const QRectF &plot, double v) const
    {
        return plot.bottom() - plot.height() * (v - low) / (high - low);
    }
};

// What the vertical axis must hold: every value and the target's bounds,
// with a little room above and below so that no marker sits on the edge.
ValueRange rangeOf(const TrendChartData &data)
{
    QList<double> values;
    for (const TrendPoint &p : data.points) {
        if (p.value && std::isfinite(*p.value))
            values.append(*p.value);
    }
    for (const auto &bound : { data.target.min, data.target.max }) {
        if (bound && std::isfinite(*bound))
            values.append(*bound);
    }
    ValueRange r;
    if (values.isEmpty())
        return r;
    r.low = *std::min_element(values.cbegin(), values.cend());
    r.high = *std::max_element(values.cbegin(), values.cend());
    if (r.high - r.low < 1e-9) {
        const double pad = std::max(std::abs(r.low) * 0.1, 1.0);
        r.low -= pad;
        r.high += pad;
        return r;
    }
    const double pad = (r.high - r.low) * 0.1;
    r.low -= pad;
    r.high += pad;
    return r;
}

// Steps of 1, 2 or 5 times a power of ten, about `wanted` of them.
double tickStep(const ValueRange &r, int wanted)
{
    const double raw = (r.high - r.low) / std::max(1, wanted);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double nice = norm < 1.5 ? 1 : (norm < 3 ? 2 : (norm < 7 ? 5 : 10));
    return nice * magnitude;
}

QList<double> ticksOf(const ValueRange &r, double step)
{
    QList<double> out;
    for (double v = std::ceil(r.low / step) * step; v <= r.high + step * 1e-6; v += step)
        out.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return out;
}

// Decimals a tick needs: none for steps of 1 or more, enough for the step otherwise.
int tickDecimals(double step)
{
    if (step >= 1)
        return 0;
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 4);
}

QString valueText(const TrendChartData &data, double value, int decimals)
{
    Measure m = data.measure;
    m.decimals = decimals;
    return measureValueText(m, value);
}

qreal pointsToUnits(const QPainter &painter)
{
    const QPaintDevice *device = painter.device();
    const qreal dpi = device ? device->logicalDpiY() : 96;
    const qreal dpr = device ? device->devicePixelRatio() : 1;
    const QTransform t = painter.deviceTransform();
    const qreal scale
        = std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21())) / std::max(dpr, 0.01);
    return dpi / 72.0 / std::max(scale, 1e-6);
}

// The band between the target's bounds, clipped to the plot; a one-sided
// target shades from its bound to the plot's edge on the side it allows.
QRectF bandRect(const TrendChartData &data, const ValueRange &r, const QRectF &plot)
{
    if (!data.target.isSet())
        return {};
    const qreal top = data.target.max ? r.yOf(plot, *data.target.max) : plot.top();
    const qreal bottom = data.target.min ? r.yOf(plot, *data.target.min) : plot.bottom();
    return QRectF(QPointF(plot.left(), std::clamp(top, plot.top(), plot.bottom())),
        QPointF(plot.right(), std::clamp(bottom, plot.top(), plot.bottom())));
}

void drawBand(QPainter &painter, const TrendChartData &data, const ValueRange &r,
    const QRectF &plot, qreal edgeWidth)
{
    const QRectF band = bandRect(data, r, plot);
    if (band.isNull())
        return;
    painter.fillRect(band, bandFill());
    painter.setPen(QPen(bandEdge(), edgeWidth));
    if (data.target.max)
        painter.drawLine(band.topLeft(), band.topRight());
    if (data.target.min)
        painter.drawLine(band.bottomLeft(), band.bottomRight());
}

// Each period's point (empty where nothing was recorded), evenly spaced
// with half a slot at either end.
QList<std::optional<QPointF>> pointsOf(
    const TrendChartData &data, const ValueRange &r, const QRectF &plot)
{
    QList<std::optional<QPointF>> out;
    const int n = int(data.points.size());
    const qreal slot = plot.width() / std::max(1, n);
    for (int i = 0; i < n; ++i) {
        const auto &v = data.points[i].value;
        if (v && std::isfinite(*v))
            out.append(QPointF(plot.left() + slot * (i + 0.5), r.yOf(plot, *v)));
        else
            out.append(std::nullopt);
    }
    return out;
}

int lastRecorded(const QList<std::optional<QPointF>> &points)
{
    for (int i = int(points.size()) - 1; i >= 0; --i) {
        if (points[i])
            return i;
    }
    return -1;
}

// The line joins neighbouring periods that both have a value: a period
// without one leaves a gap, so that nothing is drawn that was not recorded.
void drawLine(QPainter &painter, const QList<std::optional<QPointF>> &points, qreal width,
    qreal radius, qreal lastRadius)
{
    QPen pen(kCurrent, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    QPainterPath path;
    for (int i = 0; i < points.size(); ++i) {
        if (!points[i])
            continue;
        if (i > 0 && points[i - 1])
            path.lineTo(*points[i]);
        else
            path.moveTo(*points[i]);
    }
    painter.drawPath(path);
    const int last = lastRecorded(points);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kCurrent);
    for (int i = 0; i < points.size(); ++i) {
        if (points[i])
            painter.drawEllipse(
                *points[i], i == last ? lastRadius : radius, i == last ? lastRadius : radius);
    }
}

void paintSparkline(QPainter &painter, const QRectF &rect, const TrendChartData &data, qreal units)
{
    const qreal line = std::max(0.9 * units, rect.height() * 0.035);
    const qreal pad = line * 2.2;
    const QRectF plot = rect.adjusted(pad, pad, -pad, -pad);
    if (plot.width() <= 0 || plot.height() <= 0)
        return;
    const ValueRange r = rangeOf(data);
    drawBand(painter, data, r, plot, line * 0.5);
    drawLine(painter, pointsOf(data, r, plot), line, line * 1.1, line * 1.6);
}

// A measure's title on one line, or two where it needs them: whole words,
// and only a title longer than that cut, with an ellipsis.
QStringList titleLines(const QString &title, const QFontMetricsF &fm, qreal width)
{
    if (textWidth(fm, title) <= width)
        return { title };
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    QString first;
    int used = 0;
    for (; used < words.size(); ++used) {
        const QString next = first.isEmpty() ? words[used] : first + u' ' + words[used];
        if (!first.isEmpty() && textWidth(fm, next) > width)
            break;
        first = next;
    }
    const QString rest = words.mid(used).join(u' ');
    if (rest.isEmpty())
        return { fm.elidedText(first, Qt::ElideRight, width) };
    return { fm.elidedText(first, Qt::ElideRight, width),
        fm.elidedText(rest, Qt::ElideRight, width) };
}

void paintFull(QPainter &painter, const QRectF &rect, const TrendChartData &data, qreal units)
{
    const qreal f = std::clamp(
        std::min(rect.width(), rect.height()) * 0.045, kMinPoints * units, kMaxPoints * units);
    const QFont font = chartFont(f);
    const QFontMetricsF fm(font);
    const qreal lineHeight = fm.lineSpacing();

    QRectF area = rect.adjusted(0.3 * f, 0.2 * f, -0.3 * f, -0.2 * f);
    if (data.showTitle && !data.measure.title.isEmpty()) {
        QFont bold = chartFont(f * 1.05);
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(kText);
        const QFontMetricsF bm(bold);
        const QStringList lines = titleLines(data.measure.title, bm, area.width());
        for (int i = 0; i < lines.size(); ++i)
            painter.drawText(QRectF(area.left(), area.top() + i * bm.lineSpacing(), area.width(),
                                 bm.lineSpacing()),
                Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
        area.setTop(area.top() + lines.size() * bm.lineSpacing() + 0.6 * f);
    }

    const ValueRange r = rangeOf(data);
    const int wantedTicks = std::clamp(int(area.height() / (lineHeight * 2.2)), 2, 5);
    const double step = tickStep(r, wantedTicks);
    const QList<double> ticks = ticksOf(r, step);
    const int decimals = tickDecimals(step);
    qreal tickWidth = 0;
    for (double t : ticks)
        tickWidth = std::max(tickWidth, textWidth(fm, valueText(data, t, decimals)));

    // Room for the latest value's label above the plot, and the periods below.
    QRectF plot(QPointF(area.left() + tickWidth + 0.6 * f, area.top() + lineHeight * 0.6),
        QPointF(area.right() - 0.4 * f, area.bottom() - lineHeight * 1.5));
    if (plot.width() <= f || plot.height() <= f)
        return;

    painter.setFont(font);
    for (double t : ticks) {
        const qreal y = r.yOf(plot, t);
        painter.setPen(QPen(kSpoke, 0.06 * f));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kMuted);
        painter.drawText(QRectF(area.left(), y - lineHeight / 2, tickWidth, lineHeight),
            Qt::AlignRight | Qt::AlignVCenter, valueText(data, t, decimals));
    }
    drawBand(painter, data, r, plot, 0.08 * f);
    const QRectF band = bandRect(data, r, plot);
    const QFont small = chartFont(f * 0.85);
    const QFontMetricsF sm(small);
    if (!band.isNull() && band.height() > sm.lineSpacing() * 1.1) {
        painter.setFont(small);
        painter.setPen(kBandText);
        painter.drawText(QRectF(plot.left() + 0.4 * f, band.top(), plot.width(), sm.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter, TrendWords::tr("target"));
    }
    painter.setPen(QPen(kWebOuter, 0.08 * f));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Period labels: every one that fits, thinned from the latest backwards
    // so that the latest period is always named.
    const int n = int(data.points.size());
    const qreal slot = plot.width() / std::max(1, n);
    qreal labelWidth = 0;
    for (const TrendPoint &p : data.points)
        labelWidth = std::max(labelWidth, textWidth(fm, p.period));
    const int every = std::max(1, int(std::ceil((labelWidth + 0.8 * f) / std::max(slot, 1e-6))));
    painter.setFont(font);
    painter.setPen(kMuted);
    for (int i = 0; i < n; ++i) {
        if ((n - 1 - i) % every != 0)
            continue;
        const qreal cx = plot.left() + slot * (i + 0.5);
        QRectF box(cx - labelWidth / 2, plot.bottom() + 0.3 * f, labelWidth, lineHeight);
        box.moveLeft(std::clamp(box.left(), area.left(), area.right() - box.width()));
        painter.drawText(box, Qt::AlignCenter, data.points[i].period);
    }

    const QList<std::optional<QPointF>> points = pointsOf(data, r, plot);
    const int last = lastRecorded(points);
    if (last < 0) {
        painter.setFont(chartFont(f, true));
        painter.setPen(kMuted);
        painter.drawText(plot, Qt::AlignCenter, TrendWords::tr("not yet recorded"));
        return;
    }
    drawLine(painter, points, 0.17 * f, 0.26 * f, 0.36 * f);

    // The latest value, named beside its marker: the figure the table states.
    QFont bold = chartFont(f);
    bold.setBold(true);
    const QFontMetricsF bm(bold);
    const QString latest = measureValueText(data.measure, *data.points[last].value);
    const qreal w = textWidth(bm, latest);
    const QPointF at = *points[last];
    QRectF box(at.x() - w / 2, at.y() - 0.5 * f - bm.lineSpacing(), w, bm.lineSpacing());
    if (box.top() < area.top())
        box.moveTop(at.y() + 0.5 * f);
    box.moveLeft(std::clamp(box.left(), plot.left(), area.right() - w));
    QColor backing(Qt::white);
    backing.setAlpha(210);
    painter.setPen(Qt::NoPen);
    painter.setBrush(backing);
    painter.drawRect(box);
    painter.setFont(bold);
    painter.setPen(kText);
    painter.drawText(box, Qt::AlignCenter, latest);
}

} // namespace

bool isSparkline(const QPainter &painter, const QRectF &rect)
{
    const qreal units = pointsToUnits(painter);
    return rect.height() < kSparkHeight * units || rect.width() < kSparkWidth * units;
}

void paintTrendChart(QPainter &painter, const QRectF &rect, const TrendChartData &data)
{
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    const qreal units = pointsToUnits(painter);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (isSparkline(painter, rect))
        paintSparkline(painter, rect, data, units);
    else
        paintFull(painter, rect, data, units);
    painter.restore();
}

QByteArray trendChartSvg(const TrendChartData &data, const QSize &size)
{
    return chartSvg(size, data.measure.title, describeTrendChart(data),
        [&](QPainter &painter, const QRectF &rect) { paintTrendChart(painter, rect, data); });
}

QImage trendChartImage(const TrendChartData &data, const QSize &size, qreal devicePixelRatio)
{
    return chartImage(size, devicePixelRatio,
        [&](QPainter &painter, const QRectF &rect) { paintTrendChart(painter, rect, data); });
}

QString describeTrendChart(const TrendChartData &data)
{
    const QString target = measureTargetText(data.measure, data.target);
    QString text = target.isEmpty()
        ? TrendWords::tr("Trend of %1, with no target set.").arg(data.measure.title)
        : TrendWords::tr("Trend of %1, against a target of %2.").arg(data.measure.title, target);
    QStringList parts;
    for (const TrendPoint &p : data.points)
        parts.append(p.value
                ? TrendWords::tr("%1: %2").arg(p.period, measureValueText(data.measure, *p.value))
                : TrendWords::tr("%1: not recorded").arg(p.period));
    if (parts.isEmpty())
        return text + u' ' + TrendWords::tr("Nothing has been recorded.");
    return text + u' ' + parts.join(QStringLiteral("; ")) + u'.';
}

} // namespace strongtrust
