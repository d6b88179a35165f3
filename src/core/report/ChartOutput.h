#pragma once

// What the radar and trend charts share on their way out of QPainter: an SVG
// drawing (the HTML report, the window's Save) and a picture (the ODT, the
// window). Each chart paints itself; these give it the device.
#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace strongtrust {

using ChartPainter = std::function<void(QPainter &painter, const QRectF &rect)>;

// An SVG drawing of `size` pixels at 96 dpi, with its title and description
// (escaped here: QSvgGenerator writes them as they are); empty on failure.
QByteArray chartSvg(
    const QSize &size, const QString &title, const QString &description, const ChartPainter &paint);

// A picture of `size` device-independent pixels on white, at the ratio given
// (1 when it is not positive); null when it cannot be allocated.
QImage chartImage(const QSize &size, qreal devicePixelRatio, const ChartPainter &paint);

} // namespace strongtrust
