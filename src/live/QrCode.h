#pragma once

#include "util/Result.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace strongtrust::live {

// A QR code of one text (a trustee's link), drawn as vector squares so that
// a printed card or a PDF stays sharp at any size. The encoder is private to
// this class: nothing else sees which library makes the symbol.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::live::QrCode)

public:
    // The light margin a reader needs around the symbol, in modules (ISO/IEC 18004).
    static constexpr int kQuietZone = 4;

    // The text in byte mode (UTF-8), with medium error correction (15 %):
    // enough for a scratched card, still small for a link. Refused when the
    // text does not fit the largest symbol.
    static Result<QrCode> encode(const QString &text);

    QString text() const { return m_text; }
    // Modules a side, without the quiet zone.
    int size() const { return m_size; }
    // The module at column `x`, row `y` is dark.
    bool isDark(int x, int y) const;
    // Modules a side, with the quiet zone.
    int sizeWithQuietZone() const { return m_size + 2 * kQuietZone; }

    // Paints the symbol with its quiet zone as the largest square centred in
    // `rect`: a light square, then the dark modules as one filled path (one
    // shape, so no hairline seams between neighbouring modules in a viewer).
    void paint(QPainter &painter, const QRectF &rect, const QColor &dark = Qt::black,
        const QColor &light = Qt::white) const;
    // The symbol with its quiet zone, `modulePixels` pixels a module.
    QImage toImage(int modulePixels = 8) const;

private:
    QrCode() = default;

    QString m_text;
    int m_size = 0;
    std::vector<bool> m_modules; // row by row
};

} // namespace strongtrust::live
