#include "report/RadarChart.h"

#include "report/ChartOutput.h"
#include "report/RadarChartParts.h"
#include "report/ReportData.h"
#include "report/ReportText.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace strongtrust {

using namespace radar;

namespace {

constexpr qreal kFontToSide = 0.024; // label size as a share of the chart's shorter side
constexpr qreal kMinPoints = 8; // ...but never smaller than this on paper or screen

qreal devicePointsToUnits(const QPainter &painter)
{
    const QPaintDevice *device = painter.device();
    const qreal dpi = device ? device->logicalDpiY() : 96;
    const qreal dpr = device ? device->devicePixelRatio() : 1;
    const QTransform t = painter.deviceTransform();
    const qreal scale
        = std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21())) / std::max(dpr, 0.01);
    return dpi / 72.0 / std::max(scale, 1e-6);
}

void drawLabels(QPainter &painter, const RadarChartLayout &layout)
{
    const QFont font = chartFont(layout.fontSize);
    const QFont italic = chartFont(layout.fontSize, true);
    const qreal lineHeight = QFontMetricsF(font).lineSpacing();
    for (const RadarLabel &label : layout.labels) {
        for (int i = 0; i < label.lines.size(); ++i) {
            const bool note = label.noted && i == label.lines.size() - 1;
            painter.setFont(note ? italic : font);
            painter.setPen(note ? kMuted : kText);
            const QRectF line(label.rect.left(), label.rect.top() + i * lineHeight,
                label.rect.width(), lineHeight);
            painter.drawText(line,
                int(label.alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter, label.lines[i]);
        }
    }
}

QPen seriesPen(int index, qreal f)
{
    if (index == 0) {
        QPen pen(kCurrent, 0.25 * f);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        return pen;
    }
    QPen pen(kComparison, 0.22 * f);
    pen.setDashPattern({ 3.0, 2.0 });
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

QBrush currentFill()
{
    QColor c = kCurrent;
    c.setAlpha(64); // about 25 %
    return QBrush(c);
}

void drawMarker(QPainter &painter, int series, const QPointF &p, qreal f)
{
    if (series == 0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(kCurrent);
        painter.drawEllipse(p, 0.3 * f, 0.3 * f);
    } else {
        painter.setPen(QPen(kComparison, 0.15 * f));
        painter.setBrush(Qt::white);
        const qreal s = 0.3 * f;
        painter.drawRect(QRectF(p.x() - s, p.y() - s, 2 * s, 2 * s));
    }
}

void drawLegend(QPainter &painter, const RadarChartData &data, const RadarChartLayout &layout)
{
    if (data.series.isEmpty() || layout.legend.isEmpty())
        return;
    const qreal f = layout.fontSize;
    const QFont font = chartFont(f);
    const QFontMetricsF fm(font);
    const qreal rowHeight = fm.lineSpacing() * 1.35;
    qreal total = 0;
    for (const RadarSeries &s : data.series)
        total += legendItemWidth(fm, s.label, f) + 1.5 * f;
    total -= 1.5 * f;
    const bool oneRow = total <= layout.legend.width();
    qreal x = oneRow ? layout.legend.center().x() - total / 2 : layout.legend.left();
    qreal y = layout.legend.top() + 0.4 * f;
    painter.setFont(font);
    for (int i = 0; i < data.series.size(); ++i) {
        const RadarSeries &s = data.series[i];
        const qreal itemWidth = legendItemWidth(fm, s.label, f);
        if (!oneRow)
            x = layout.legend.center().x() - itemWidth / 2;
        const QRectF swatch(x, y + rowHeight / 2 - 0.5 * f, 2.4 * f, f);
        if (i == 0) {
            painter.setPen(seriesPen(0, f));
            painter.setBrush(currentFill());
            painter.drawRect(swatch);
            drawMarker(painter, 0, swatch.center(), f);
        } else {
            painter.setPen(seriesPen(i, f));
            painter.setBrush(Qt::NoBrush);
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                QPointF(swatch.right(), swatch.center().y()));
            drawMarker(painter, i, swatch.center(), f);
        }
        painter.setPen(kText);
        painter.drawText(QRectF(swatch.right() + 0.5 * f, y, itemWidth, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, s.label);
        if (oneRow)
            x += itemWidth + 1.5 * f;
        else
            y += rowHeight;
    }
}

void paintRadar(QPainter &painter, const RadarChartData &data, const RadarChartLayout &layout)
{
    const int n = int(data.axes.size());
    const qreal f = layout.fontSize;
    const QPointF c = layout.centre;
    const qreal r = layout.radius;
    auto vertex = [&](int axis, double value) {
        return onAxis(c, angleOf(axis, n), r * fraction(data, value));
    };

    // The web: spokes, then one polygon per level.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kSpoke, 0.07 * f));
    for (int i = 0; i < n; ++i)
        painter.drawLine(c, onAxis(c, angleOf(i, n), r));
    for (int l = 0; l < data.levelValues.size(); ++l) {
        QPolygonF ring;
        for (int i = 0; i < n; ++i)
            ring << vertex(i, data.levelValues[l]);
        painter.setPen(QPen(l + 1 == data.levelValues.size() ? kWebOuter : kWeb, 0.08 * f));
        painter.drawPolygon(ring);
    }

    auto points = [&](const RadarSeries &s) {
        QList<std::optional<QPointF>> out;
        for (int i = 0; i < n; ++i) {
            if (i < s.values.size() && s.values[i])
                out.append(vertex(i, *s.values[i]));
            else
                out.append(std::nullopt);
        }
        return out;
    };
    auto outline = [&](int index, const QList<std::optional<QPointF>> &p) {
        painter.setPen(seriesPen(index, f));
        painter.setBrush(Qt::NoBrush);
        if (std::all_of(p.cbegin(), p.cend(), [](const auto &q) { return q.has_value(); })) {
            QPolygonF poly;
            for (const auto &q : p)
                poly << *q;
            painter.drawPolygon(poly);
            return;
        }
        // Gaps where an axis is not scored: only neighbours both scored are joined.
        for (int i = 0; i < n; ++i) {
            const auto &a = p[i];
            const auto &b = p[(i + 1) % n];
            if (a && b)
                painter.drawLine(*a, *b);
        }
    };

    QList<QList<std::optional<QPointF>>> seriesPoints;
    for (const RadarSeries &s : data.series)
        seriesPoints.append(points(s));

    // This period's area: wedges between neighbouring scored axes, filled in
    // one pass so that no seams show where they meet.
    if (!seriesPoints.isEmpty()) {
        const auto &p = seriesPoints[0];
        QPainterPath area;
        area.setFillRule(Qt::WindingFill);
        for (int i = 0; i < n; ++i) {
            const auto &a = p[i];
            const auto &b = p[(i + 1) % n];
            if (a && b)
                area.addPolygon(QPolygonF { c, *a, *b, c });
        }
        painter.fillPath(area, currentFill());
    }
    // The comparison under this period's line, so the solid line stays on top.
    for (int s = int(seriesPoints.size()) - 1; s >= 0; --s) {
        outline(s, seriesPoints[s]);
        for (const auto &q : std::as_const(seriesPoints[s])) {
            if (q)
                drawMarker(painter, s, *q, f);
        }
    }

    // Level labels along the first axis, on a light backing to stay legible.
    const QFont small = chartFont(f * 0.8);
    const QFontMetricsF fm(small);
    painter.setFont(small);
    qreal lastY = std::numeric_limits<qreal>::max();
    for (int l = 0; l < data.levelValues.size() && l < data.levelLabels.size(); ++l) {
        const QPointF at = vertex(0, data.levelValues[l]);
        if (lastY - at.y() < fm.lineSpacing() * 1.05)
            continue; // rings too close for every label: skip rather than overlap
        const QString text = data.levelLabels[l];
        const QRectF box(at.x() + 0.35 * f, at.y() - fm.lineSpacing() / 2, textWidth(fm, text),
            fm.lineSpacing());
        if (std::any_of(layout.labels.cbegin(), layout.labels.cend(),
                [&](const RadarLabel &label) { return label.rect.intersects(box); }))
            continue; // a small chart: the axis labels come first
        lastY = at.y();
        QColor backing(Qt::white);
        backing.setAlpha(200);
        painter.setPen(Qt::NoPen);
        painter.setBrush(backing);
        painter.drawRect(box.adjusted(-0.1 * f, 0, 0.1 * f, 0));
        painter.setPen(kMuted);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void paintBars(QPainter &painter, const RadarChartData &data, const RadarChartLayout &layout)
{
    const int n = int(data.axes.size());
    const qreal f = layout.fontSize;
    const QRectF plot = layout.plot;
    auto yOf = [&](double value) { return plot.bottom() - plot.height() * fraction(data, value); };

    const QFont small = chartFont(f * 0.85);
    const QFontMetricsF fm(small);
    painter.setFont(small);
    for (int l = 0; l < data.levelValues.size(); ++l) {
        const qreal y = yOf(data.levelValues[l]);
        painter.setPen(QPen(l + 1 == data.levelValues.size() ? kWebOuter : kWeb, 0.08 * f));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        if (l < data.levelLabels.size()) {
            painter.setPen(kMuted);
            // Level labels sit between the chart's left edge (where the legend starts) and the
            // plot.
            const qreal left = layout.legend.left();
            const QRectF box(
                left, y - fm.lineSpacing() / 2, plot.left() - 0.6 * f - left, fm.lineSpacing());
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                fm.elidedText(data.levelLabels[l], Qt::ElideRight, box.width()));
        }
    }
    painter.setPen(QPen(kWebOuter, 0.1 * f));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const qreal groupWidth = plot.width() / std::max(1, n);
    const int seriesCount = std::max<int>(1, int(data.series.size()));
    const qreal barWidth = std::min(groupWidth * 0.6 / seriesCount, 6 * f);
    for (int i = 0; i < n; ++i) {
        const qreal cx = plot.left() + groupWidth * (i + 0.5);
        for (int s = 0; s < data.series.size(); ++s) {
            const auto &values = data.series[s].values;
            if (i >= values.size() || !values[i])
                continue; // not scored: no bar, never a bar of zero
            const qreal x = cx - seriesCount * barWidth / 2 + s * barWidth;
            const QRectF bar(QPointF(x + 0.1 * f, yOf(*values[i])),
                QPointF(x + barWidth - 0.1 * f, plot.bottom()));
            painter.setPen(seriesPen(s, f));
            painter.setBrush(s == 0 ? currentFill() : QBrush(Qt::NoBrush));
            painter.drawRect(bar);
            drawMarker(painter, s, QPointF(bar.center().x(), bar.top()), f);
        }
    }
}

int nearestIndex(const QList<double> &values, double score)
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < values.size(); ++i) {
        const double d = std::abs(values[i] - score);
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace

RadarChartData radarChartData(const Framework &fw, const AssessmentScores &current,
    const QString &currentLabel, const Framework *previousFw, const AssessmentScores *previous,
    const QString &previousLabel)
{
    RadarChartData data;
    for (const Level &level : fw.scale.levels) {
        data.levelValues.append(level.value);
        data.levelLabels.append(level.label);
    }
    RadarSeries now { currentLabel, {} };
    for (int d = 0; d < fw.domains.size(); ++d) {
        data.axes.append(fw.domains[d].title);
        now.values.append(d < current.domains.size() ? current.domains[d].score : std::nullopt);
        const std::optional<double> cap
            = d < current.domains.size() ? current.domains[d].cappedAt : std::nullopt;
        const int level = cap ? nearestLevelIndex(fw.scale, *cap) : -1;
        data.axisNotes.append(
            level >= 0 ? Tr::tr("capped at %1").arg(fw.scale.levels[level].label) : QString());
    }
    data.series.append(now);

    if (previousFw && previous && scalesComparable(fw.scale, previousFw->scale)) {
        RadarSeries before { previousLabel, {} };
        bool anyDomain = false;
        for (const Domain &domain : fw.domains) {
            const int index = previousFw->domainIndex(domain.id);
            if (index >= 0 && index < previous->domains.size()) {
                anyDomain = true;
                before.values.append(previous->domains[index].score);
            } else {
                before.values.append(std::nullopt);
            }
        }
        if (anyDomain)
            data.series.append(before);
    }
    return data;
}

void paintRadarChart(QPainter &painter, const QRectF &rect, const RadarChartData &data)
{
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    const qreal units = devicePointsToUnits(painter);
    const qreal base
        = std::max(std::min(rect.width(), rect.height()) * kFontToSide, kMinPoints * units);
    const RadarChartLayout layout = layoutRadarChart(data, rect, base);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (data.axes.isEmpty()) {
        painter.setFont(chartFont(layout.fontSize));
        painter.setPen(kMuted);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, Tr::tr("No domains to chart."));
        painter.restore();
        return;
    }
    if (layout.bars)
        paintBars(painter, data, layout);
    else
        paintRadar(painter, data, layout);
    drawLabels(painter, layout);
    drawLegend(painter, data, layout);
    painter.restore();
}

QByteArray radarChartSvg(const RadarChartData &data, const QSize &size)
{
    return chartSvg(size, Tr::tr("Domain scores"), describeRadarChart(data),
        [&](QPainter &painter, const QRectF &rect) { paintRadarChart(painter, rect, data); });
}

QImage radarChartImage(const RadarChartData &data, const QSize &size, qreal devicePixelRatio)
{
    return chartImage(size, devicePixelRatio,
        [&](QPainter &painter, const QRectF &rect) { paintRadarChart(painter, rect, data); });
}

QString describeRadarChart(const RadarChartData &data)
{
    if (data.axes.isEmpty())
        return Tr::tr("Chart of domain scores: there are no domains to show.");
    QStringList lines;
    if (!data.levelValues.isEmpty() && data.levelLabels.size() == data.levelValues.size()) {
        lines.append(Tr::tr("Chart of domain scores on a scale from %1 (%2) to %3 (%4).")
                         .arg(formatLevelValue(data.levelValues.first()), data.levelLabels.first(),
                             formatLevelValue(data.levelValues.last()), data.levelLabels.last()));
    } else {
        lines.append(Tr::tr("Chart of domain scores."));
    }
    if (data.series.size() >= 2)
        lines.append(Tr::tr("%1 is the filled shape; %2 is the dashed outline.")
                         .arg(data.series[0].label, data.series[1].label));
    for (int a = 0; a < data.axes.size(); ++a) {
        QStringList parts;
        for (const RadarSeries &s : data.series) {
            const std::optional<double> v = a < s.values.size() ? s.values[a] : std::nullopt;
            if (!v) {
                parts.append(Tr::tr("%1: not scored").arg(s.label));
                continue;
            }
            const int level = nearestIndex(data.levelValues, *v);
            const QString value = report::formatScore(*v, report::scoreDecimals(data.levelValues));
            parts.append(level >= 0 && level < data.levelLabels.size()
                    ? Tr::tr("%1: %2 (%3)").arg(s.label, value, data.levelLabels[level])
                    : Tr::tr("%1: %2").arg(s.label, value));
        }
        const QString note = data.axisNotes.value(a);
        lines.append(note.isEmpty()
                ? Tr::tr("%1 — %2.").arg(data.axes[a], parts.join(QStringLiteral("; ")))
                : Tr::tr("%1 — %2; %3.").arg(data.axes[a], parts.join(QStringLiteral("; ")), note));
    }
    return lines.join(u'\n');
}

} // namespace strongtrust
