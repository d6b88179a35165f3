#pragma once

#include "framework/Framework.h"
#include "scoring/Scoring.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;

namespace strongtrust {

// One polygon of the chart: a period's domain scores.
struct RadarSeries {
    QString label;
    QList<std::optional<double>>
        values; // one value per axis (scale value units), nullopt = not scored
};

// What the radar chart shows, independent of where it is drawn.
struct RadarChartData {
    QStringList axes; // domain titles, framework order
    QList<double> levelValues; // the scale's level values (rings)
    QStringList levelLabels; // the scale's level labels
    QList<RadarSeries> series; // [0] = this period, [1] = comparison (optional)
    // Per axis, a note under its title ("capped at Developing" where a
    // baseline standard caps the domain); empty, or an empty string, for none.
    QStringList axisNotes;
};

// The chart's data from an assessment's scores and, optionally, a comparison
// period's. The comparison is dropped when the two frameworks' scales are not
// comparable (different scale id, or different level values) or when they have
// no domain in common; axes are matched by domain id, and a domain missing in
// the comparison period is nullopt there. A domain a baseline standard caps
// gets the note "capped at …" under its title.
RadarChartData radarChartData(const Framework &fw, const AssessmentScores &current,
    const QString &currentLabel, const Framework *previousFw = nullptr,
    const AssessmentScores *previous = nullptr, const QString &previousLabel = {});

// Draws the chart into `rect`: a radar web with one axis per domain, or a bar
// chart for fewer than three axes. Vector output on vector devices (PDF, SVG).
void paintRadarChart(QPainter &painter, const QRectF &rect, const RadarChartData &data);
// The chart as a standalone SVG document (QSvgGenerator).
QByteArray radarChartSvg(const RadarChartData &data, const QSize &size);
// The chart on white, `size` in device-independent pixels.
QImage radarChartImage(const RadarChartData &data, const QSize &size, qreal devicePixelRatio = 1.0);
// Plain text for screen readers: each axis, and per series its value and level label.
QString describeRadarChart(const RadarChartData &data);

// --- layout, computed before painting (exposed for tests and hit-testing)

// One axis label: its wrapped lines and where they go.
struct RadarLabel {
    int axis = 0;
    QStringList lines;
    QRectF rect;
    Qt::Alignment alignment = Qt::AlignCenter;
    bool notScored = false; // the last line says so, in a muted style
    bool noted = false; // the last line is a note (not scored, or the axis's note), muted
};

struct RadarChartLayout {
    bool bars = false; // fewer than three axes: a bar chart
    qreal fontSize = 0; // pixel size of the axis labels, in painter units
    QRectF plot; // the area the web (or the bars) may use
    QPointF centre; // of the web
    qreal radius = 0; // of the outermost ring
    QList<RadarLabel> labels;
    QRectF legend;
};

// Places the chart's parts inside `rect` with axis labels of `fontPixelSize`
// (shrunk when they would not fit): labels wrapped onto at most three lines,
// outside the web, inside `rect`, never overlapping one another.
RadarChartLayout layoutRadarChart(
    const RadarChartData &data, const QRectF &rect, qreal fontPixelSize);

} // namespace strongtrust
