#include "live/QrCode.h"

#include <QPainter>
#include <QPainterPath>
#include <qrcodegen.hpp>

#include <stdexcept>

namespace strongtrust::live {

Result<QrCode> QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::vector<std::uint8_t> bytes(utf8.begin(), utf8.end());
    try {
        // Byte mode always: a link mixes cases, which the smaller
        // alphanumeric mode cannot hold.
        const qrcodegen::QrCode symbol
            = qrcodegen::QrCode::encodeBinary(bytes, qrcodegen::QrCode::Ecc::MEDIUM);
        QrCode code;
        code.m_text = text;
        code.m_size = symbol.getSize();
        code.m_modules.resize(std::size_t(code.m_size) * std::size_t(code.m_size));
        for (int y = 0; y < code.m_size; ++y) {
            for (int x = 0; x < code.m_size; ++x)
                code.m_modules[std::size_t(y) * std::size_t(code.m_size) + std::size_t(x)]
                    = symbol.getModule(x, y);
        }
        return code;
    } catch (const qrcodegen::data_too_long &) {
        return Diagnostic { {}, 0, 0, {},
            tr("%n byte(s) are too long for a QR code", nullptr, int(utf8.size())) };
    }
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false; // the quiet zone, and beyond
    return m_modules[std::size_t(y) * std::size_t(m_size) + std::size_t(x)];
}

void QrCode::paint(
    QPainter &painter, const QRectF &rect, const QColor &dark, const QColor &light) const
{
    if (m_size == 0 || rect.isEmpty())
        return;
    const qreal side = std::min(rect.width(), rect.height());
    const qreal module = side / sizeWithQuietZone();
    const QPointF origin(rect.center().x() - side / 2, rect.center().y() - side / 2);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(origin, QSizeF(side, side)), light);
    // Each row's runs of dark modules as one rectangle, all in one path:
    // fewer shapes in a PDF, and no seams where modules meet.
    QPainterPath darkModules;
    darkModules.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            darkModules.addRect(QRectF(origin.x() + (start + kQuietZone) * module,
                origin.y() + (y + kQuietZone) * module, (x - start) * module, module));
        }
    }
    painter.setBrush(dark);
    painter.drawPath(darkModules);
    painter.restore();
}

QImage QrCode::toImage(int modulePixels) const
{
    const int side = sizeWithQuietZone() * std::max(1, modulePixels);
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, side, side));
    return image;
}

} // namespace strongtrust::live
