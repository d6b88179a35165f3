#pragma once

// Internal to the radar chart: what its layout and its painting share.
#include "report/RadarChart.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>

namespace strongtrust::radar {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::RadarChart)
};

// Colours chosen to stay apart for colour-blind readers and in greyscale:
// this period a dark blue fill and solid line, the comparison a lighter
// orange dashed line with hollow markers.
inline const QColor kCurrent { 0x1f, 0x4e, 0x79 };
inline const QColor kComparison { 0xd5, 0x5e, 0x00 };
inline const QColor kText { 0x1a, 0x1a, 0x1a };
inline const QColor kMuted { 0x5f, 0x5f, 0x5f };
inline const QColor kWeb { 0xb4, 0xb4, 0xb4 };
inline const QColor kWebOuter { 0x80, 0x80, 0x80 };
inline const QColor kSpoke { 0xd2, 0xd2, 0xd2 };

constexpr int kMaxLabelLines = 3;

// The chart's type: DejaVu Sans at a pixel size in the painter's units.
QFont chartFont(qreal pixelSize, bool italic = false);
// Advance width, with room for measured (hinted) against printed metrics.
qreal textWidth(const QFontMetricsF &fm, const QString &text);
// Axis angle: 0 at the top, clockwise.
qreal angleOf(int axis, int count);
QPointF onAxis(const QPointF &centre, qreal angle, qreal distance);
qreal legendItemWidth(const QFontMetricsF &fm, const QString &label, qreal f);
// 0 at the scale's origin (one step below the lowest level), 1 at the top level.
qreal fraction(const RadarChartData &data, double value);
bool currentScored(const RadarChartData &data, int axis);

} // namespace strongtrust::radar
