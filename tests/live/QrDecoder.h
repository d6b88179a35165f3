#pragma once

#include <QByteArray>
#include <QImage>

#include <functional>
#include <optional>

namespace strongtrust::test {

// A small QR code reader for the tests, written from ISO/IEC 18004 apart
// from the encoder the application uses, so that a test can read back what
// was drawn: versions 1 to 6, error correction level M, byte mode, a
// symbol without damage (no error correction is applied).
struct QrReading {
    int version = 0;
    char level = '?'; // L, M, Q or H
    int mask = -1;
    QByteArray text;
};

// `dark(x, y)` tells a module of a symbol `size` modules a side.
std::optional<QrReading> readQr(int size, const std::function<bool(int, int)> &dark);
// The symbol in `image`: quiet zone included, `quietZone` modules wide,
// modules sampled at their centres.
std::optional<QrReading> readQrImage(const QImage &image, int quietZone = 4);

} // namespace strongtrust::test
