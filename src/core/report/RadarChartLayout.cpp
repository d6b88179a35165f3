// The radar chart's layout: where the web, the labels and the legend go.
#include "report/RadarChartParts.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace strongtrust::radar {

namespace {

// The origin of the value scale: one step below the lowest level, so that the
// lowest level is a ring (or a bar) of its own rather than the centre point.
qreal scaleOrigin(const RadarChartData &data)
{
    if (data.levelValues.isEmpty())
        return 0;
    const qreal lo = data.levelValues.first();
    const qreal hi = data.levelValues.last();
    const qreal step = data.levelValues.size() > 1 ? (hi - lo) / (data.levelValues.size() - 1)
                                                   : (lo != 0 ? std::abs(lo) : 1);
    return lo - step;
}

qreal scaleTop(const RadarChartData &data)
{
    return data.levelValues.isEmpty() ? 1 : data.levelValues.last();
}

} // namespace

QFont chartFont(qreal pixelSize, bool italic)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setItalic(italic);
    // Next to no letter spacing turns ligatures off: "fi" in a PDF stays two
    // letters that a reader can search for and copy.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

// Advance widths with a little room for the difference between measured
// (possibly hinted) and printed (design) metrics.
qreal textWidth(const QFontMetricsF &fm, const QString &text)
{
    return fm.horizontalAdvance(text) * 1.03 + 1;
}

qreal angleOf(int axis, int count)
{
    return 2 * std::numbers::pi * axis / count; // 0 at the top, clockwise
}

QPointF onAxis(const QPointF &centre, qreal angle, qreal distance)
{
    return centre + QPointF(distance * std::sin(angle), -distance * std::cos(angle));
}

qreal legendItemWidth(const QFontMetricsF &fm, const QString &label, qreal f)
{
    return 2.4 * f + 0.5 * f + textWidth(fm, label);
}

// 0 at the origin, 1 at the top level; values beyond the scale are clamped.
qreal fraction(const RadarChartData &data, double value)
{
    const qreal origin = scaleOrigin(data);
    const qreal span = scaleTop(data) - origin;
    if (span <= 0)
        return 1;
    return std::clamp((value - origin) / span, 0.0, 1.0);
}

bool currentScored(const RadarChartData &data, int axis)
{
    return !data.series.isEmpty() && axis < data.series[0].values.size()
        && data.series[0].values[axis].has_value();
}

} // namespace strongtrust::radar

namespace strongtrust {

using namespace radar;

namespace {

// Greedy word wrap onto at most `maxLines` lines of `maxWidth`; a word wider
// than a line is broken, and what does not fit on the last line is elided.
QStringList wrapText(const QString &text, const QFontMetricsF &fm, qreal maxWidth, int maxLines,
    bool *clean = nullptr)
{
    if (clean)
        *clean = true;
    QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    auto flush = [&]() {
        if (!line.isEmpty())
            lines.append(line);
        line.clear();
    };
    for (int w = 0; w < words.size(); ++w) {
        QString word = words[w];
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (textWidth(fm, candidate) <= maxWidth) {
            line = candidate;
            continue;
        }
        flush();
        // A word too long for a line of its own is split where it must be.
        while (textWidth(fm, word) > maxWidth && word.size() > 1) {
            if (clean)
                *clean = false;
            int fit = 1;
            while (fit < word.size() && textWidth(fm, word.left(fit + 1)) <= maxWidth)
                ++fit;
            lines.append(word.left(fit));
            word = word.mid(fit);
        }
        line = word;
    }
    flush();
    if (lines.size() > maxLines) {
        if (clean)
            *clean = false;
        const QString rest = lines.mid(maxLines - 1).join(u' ');
        lines = lines.mid(0, maxLines - 1);
        lines.append(fm.elidedText(rest, Qt::ElideRight, maxWidth / 1.03 - 1));
    }
    return lines;
}

// The label's box for a web of `radius`: on the far side of its anchor point,
// so that it never reaches into the web.
QRectF labelBox(const QPointF &centre, qreal angle, qreal distance, const QSizeF &size,
    Qt::Alignment *alignment)
{
    const QPointF anchor = onAxis(centre, angle, distance);
    const qreal sx = std::sin(angle);
    const qreal cy = std::cos(angle); // > 0: the upper half
    qreal x = anchor.x() - size.width() / 2;
    Qt::Alignment h = Qt::AlignHCenter;
    if (sx > 0.15) {
        x = anchor.x();
        h = Qt::AlignLeft;
    } else if (sx < -0.15) {
        x = anchor.x() - size.width();
        h = Qt::AlignRight;
    }
    qreal y = anchor.y() - size.height() / 2;
    if (cy > 0.3)
        y = anchor.y() - size.height();
    else if (cy < -0.3)
        y = anchor.y();
    if (alignment)
        *alignment = h | Qt::AlignVCenter;
    return QRectF(QPointF(x, y), size);
}

struct LegendPlan {
    qreal height = 0;
    bool oneRow = true;
};

LegendPlan planLegend(const RadarChartData &data, const QRectF &rect, qreal f)
{
    LegendPlan plan;
    if (data.series.isEmpty())
        return plan;
    const QFontMetricsF fm(chartFont(f));
    qreal total = 0;
    for (const RadarSeries &s : data.series)
        total += legendItemWidth(fm, s.label, f) + 1.5 * f;
    plan.oneRow = total <= rect.width();
    const int rows = plan.oneRow ? 1 : int(data.series.size());
    plan.height = rows * fm.lineSpacing() * 1.35 + 0.4 * f;
    return plan;
}

// `clean` (when given) says whether every title fitted whole, with no word
// broken and nothing cut.
QList<RadarLabel> wrapLabels(
    const RadarChartData &data, qreal f, qreal maxWidth, int maxLines, bool *clean = nullptr)
{
    if (clean)
        *clean = true;
    const QFontMetricsF fm(chartFont(f));
    const QFontMetricsF fmItalic(chartFont(f, true));
    QList<RadarLabel> labels;
    for (int i = 0; i < data.axes.size(); ++i) {
        RadarLabel label;
        label.axis = i;
        bool whole = true;
        label.lines = wrapText(data.axes[i], fm, maxWidth, maxLines, &whole);
        if (clean && !whole)
            *clean = false;
        label.notScored = !data.series.isEmpty() && !currentScored(data, i);
        qreal width = 0;
        for (const QString &line : std::as_const(label.lines))
            width = std::max(width, textWidth(fm, line));
        const QString axisNote = data.axisNotes.value(i);
        if (label.notScored || !axisNote.isEmpty()) {
            const QString note = label.notScored
                ? Tr::tr("(not scored)")
                : Tr::tr("(%1)", "a note under an axis title").arg(axisNote);
            label.lines.append(note);
            label.noted = true;
            width = std::max(width, textWidth(fmItalic, note));
        }
        label.rect = QRectF(0, 0, width, label.lines.size() * fm.lineSpacing());
        labels.append(label);
    }
    return labels;
}

bool overlapping(const QList<RadarLabel> &labels, qreal pad)
{
    for (int a = 0; a < labels.size(); ++a) {
        const QRectF ra = labels[a].rect.adjusted(-pad, -pad, pad, pad);
        for (int b = a + 1; b < labels.size(); ++b) {
            if (ra.intersects(labels[b].rect))
                return true;
        }
    }
    return false;
}

bool inside(const QRectF &area, const QRectF &box)
{
    constexpr qreal eps = 1e-6;
    return box.left() >= area.left() - eps && box.right() <= area.right() + eps
        && box.top() >= area.top() - eps && box.bottom() <= area.bottom() + eps;
}

// Places the labels around a web of `radius`; false when one leaves the area.
bool placeLabels(
    QList<RadarLabel> &labels, const QRectF &area, const QPointF &centre, qreal radius, qreal gap)
{
    bool ok = true;
    const int n = int(labels.size());
    for (RadarLabel &label : labels) {
        label.rect = labelBox(
            centre, angleOf(label.axis, n), radius + gap, label.rect.size(), &label.alignment);
        ok = ok && inside(area, label.rect);
    }
    return ok;
}

// The largest web whose labels all fit in the area (0 when none does).
qreal largestRadius(QList<RadarLabel> &labels, const QRectF &area, const QPointF &centre, qreal gap)
{
    qreal lo = 0;
    qreal hi = std::min(area.width(), area.height()) / 2;
    if (!placeLabels(labels, area, centre, 0, gap))
        return 0;
    for (int i = 0; i < 28; ++i) {
        const qreal mid = (lo + hi) / 2;
        if (placeLabels(labels, area, centre, mid, gap))
            lo = mid;
        else
            hi = mid;
    }
    placeLabels(labels, area, centre, lo, gap);
    return lo;
}

void layoutBars(const RadarChartData &data, const QRectF &area, qreal f, RadarChartLayout &layout)
{
    const int n = int(data.axes.size());
    const QFontMetricsF small(chartFont(f * 0.85));
    qreal levelWidth = 0;
    for (const QString &label : data.levelLabels)
        levelWidth = std::max(levelWidth, textWidth(small, label));
    levelWidth = std::min(levelWidth, area.width() * 0.35);
    const qreal left = area.left() + levelWidth + 0.6 * f;
    const qreal groupWidth = (area.right() - left) / std::max(1, n);
    QList<RadarLabel> labels
        = wrapLabels(data, f, std::max(groupWidth - 0.6 * f, 3 * f), kMaxLabelLines);
    qreal labelHeight = 0;
    for (const RadarLabel &l : std::as_const(labels))
        labelHeight = std::max(labelHeight, l.rect.height());
    const qreal plotBottom = area.bottom() - labelHeight - 0.5 * f;
    const qreal top = area.top() + small.lineSpacing() / 2;
    layout.plot = QRectF(QPointF(left, top), QPointF(area.right(), std::max(top, plotBottom)));
    for (RadarLabel &l : labels) {
        const qreal cx = left + groupWidth * (l.axis + 0.5);
        l.rect.moveTopLeft(QPointF(cx - l.rect.width() / 2, plotBottom + 0.5 * f));
        l.alignment = Qt::AlignHCenter | Qt::AlignTop;
    }
    layout.labels = labels;
}

void layoutRadar(
    const RadarChartData &data, const QRectF &area, qreal base, RadarChartLayout &layout)
{
    const qreal minSide = std::min(area.width(), area.height());
    const QPointF centre = area.center();
    struct Candidate {
        qreal f = 0;
        qreal radius = -1;
        QList<RadarLabel> labels;
    };
    Candidate best;
    // Bigger type first; within a type size, the wrap width that leaves the
    // largest web. Accept as soon as the web keeps a fair share of the space.
    // Titles are wrapped whole onto up to three lines; only when that cannot
    // fit are long words broken or the third line cut short, and only when
    // nothing else fits are they cut to one line with an ellipsis.
    const qreal scales[] = { 1.0, 0.9, 0.8, 0.7, 0.6, 0.5 };
    const qreal widths[] = { 0.34, 0.27, 0.2, 0.14 };
    struct Pass {
        int maxLines;
        bool wholeOnly;
    };
    for (const Pass pass :
        { Pass { kMaxLabelLines, true }, Pass { kMaxLabelLines, false }, Pass { 1, false } }) {
        for (qreal s : scales) {
            const qreal f = std::max(1.0, std::round(base * s));
            Candidate bestHere;
            for (qreal w : widths) {
                bool whole = true;
                QList<RadarLabel> labels
                    = wrapLabels(data, f, std::max(w * area.width(), 3 * f), pass.maxLines, &whole);
                if (pass.wholeOnly && !whole)
                    continue;
                const qreal r = largestRadius(labels, area, centre, 0.5 * f);
                if (r <= 0 || overlapping(labels, 0.15 * f))
                    continue;
                if (r > bestHere.radius)
                    bestHere = Candidate { f, r, labels };
            }
            if (bestHere.radius > best.radius)
                best = bestHere;
            if (bestHere.radius >= 0.42 * minSide / 2)
                break;
        }
        if (best.radius > 0)
            break;
    }
    if (best.radius < 0) {
        // Nothing fits (a tiny area): single short lines, as small as we go.
        const qreal f = std::max(1.0, std::round(base * 0.5));
        best.f = f;
        best.labels = wrapLabels(data, f, std::max(0.14 * area.width(), 3 * f), 1);
        best.radius = largestRadius(best.labels, area, centre, 0.5 * f);
    }
    layout.fontSize = best.f;
    layout.centre = centre;
    layout.radius = best.radius;
    layout.labels = best.labels;
    layout.plot = area;
}

} // namespace

RadarChartLayout layoutRadarChart(
    const RadarChartData &data, const QRectF &rect, qreal fontPixelSize)
{
    RadarChartLayout layout;
    const qreal f = std::max(1.0, std::round(fontPixelSize));
    layout.fontSize = f;
    layout.bars = data.axes.size() < 3;
    const qreal pad = 0.3 * f;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    const LegendPlan legend = planLegend(data, inner, f);
    layout.legend
        = QRectF(inner.left(), inner.bottom() - legend.height, inner.width(), legend.height);
    const QRectF area = inner.adjusted(0, 0, 0, -legend.height - (legend.height > 0 ? 0.4 * f : 0));
    if (data.axes.isEmpty() || area.width() <= 0 || area.height() <= 0) {
        layout.plot = area;
        return layout;
    }
    if (layout.bars)
        layoutBars(data, area, f, layout);
    else
        layoutRadar(data, area, f, layout);
    return layout;
}

} // namespace strongtrust
