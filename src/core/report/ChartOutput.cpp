#include "report/ChartOutput.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <QtMath>

namespace strongtrust {

QByteArray chartSvg(
    const QSize &size, const QString &title, const QString &description, const ChartPainter &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(title.toHtmlEscaped());
    generator.setDescription(description.toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    // A viewer without DejaVu Sans falls back to a sans-serif of similar width.
    bytes.replace(
        "font-family=\"DejaVu Sans\"", "font-family=\"'DejaVu Sans', Verdana, sans-serif\"");
    return bytes;
}

QImage chartImage(const QSize &size, qreal devicePixelRatio, const ChartPainter &paint)
{
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image(QSize(qCeil(size.width() * dpr), qCeil(size.height() * dpr)),
        QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace strongtrust
