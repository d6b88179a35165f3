#pragma once

#include "framework/Framework.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

class QPainter;

namespace strongtrust {

// One period of a measure's trend: its label and value (empty: a gap).
struct TrendPoint {
    QString period;
    std::optional<double> value;
};

// What a measure's trend chart shows, independent of where it is drawn.
struct TrendChartData {
    Measure measure; // title, unit and decimals of the values
    MeasureTarget target; // the band shaded behind the line; unset: none
    QList<TrendPoint> points; // oldest first, one per period
    bool showTitle = true; // the measure's title above the plot (the larger chart only)
};

// Draws the trend into `rect`: the values as a line with a marker per period
// (a missing value is a gap, never a zero), the target band shaded, period
// labels along the bottom, values with the unit up the side, the latest value
// labelled. A rect too small for type (under about 60 by 110 points) gets the
// sparkline: the band, the line and its markers, no text. Vector output on
// vector devices (PDF, SVG).
void paintTrendChart(QPainter &painter, const QRectF &rect, const TrendChartData &data);
// Whether `rect` on `painter` is small enough for the sparkline.
bool isSparkline(const QPainter &painter, const QRectF &rect);
// The chart as a standalone SVG document.
QByteArray trendChartSvg(const TrendChartData &data, const QSize &size);
// The chart on white, `size` in device-independent pixels.
QImage trendChartImage(const TrendChartData &data, const QSize &size, qreal devicePixelRatio = 1.0);
// Plain text for screen readers: the measure, its target, and each period's value.
QString describeTrendChart(const TrendChartData &data);

} // namespace strongtrust
