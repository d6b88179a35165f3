#include "QrDecoder.h"

#include <vector>

namespace strongtrust::test {

namespace {

// Data codewords a block and blocks, at level M, versions 1 to 6 (all of a
// version's blocks are the same size there), and the alignment pattern's
// centre (one only, from version 2 on).
struct VersionM {
    int blocks;
    int dataPerBlock;
    int totalPerBlock;
    int alignment;
};
const VersionM kVersions[] = { {}, { 1, 16, 26, 0 }, { 1, 28, 44, 18 }, { 1, 44, 70, 22 },
    { 2, 32, 50, 26 }, { 2, 43, 67, 30 }, { 4, 27, 43, 34 } };

bool masked(int mask, int x, int y)
{
    switch (mask) {
    case 0:
        return (x + y) % 2 == 0;
    case 1:
        return y % 2 == 0;
    case 2:
        return x % 3 == 0;
    case 3:
        return (x + y) % 3 == 0;
    case 4:
        return (x / 3 + y / 2) % 2 == 0;
    case 5:
        return x * y % 2 + x * y % 3 == 0;
    case 6:
        return (x * y % 2 + x * y % 3) % 2 == 0;
    default:
        return ((x + y) % 2 + x * y % 3) % 2 == 0;
    }
}

// The BCH(15,5) remainder of the format information's five data bits.
int formatRemainder(int data)
{
    int rem = data;
    for (int i = 0; i < 10; ++i)
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    return rem & 0x3ff;
}

} // namespace

std::optional<QrReading> readQr(int size, const std::function<bool(int, int)> &dark)
{
    if (size < 21 || (size - 17) % 4 != 0)
        return std::nullopt;
    QrReading r;
    r.version = (size - 17) / 4;
    if (r.version > 6)
        return std::nullopt;

    // Format information, first copy, beside the top-left finder pattern.
    int bits = 0;
    for (int i = 0; i <= 5; ++i)
        bits |= int(dark(8, i)) << i;
    bits |= int(dark(8, 7)) << 6;
    bits |= int(dark(8, 8)) << 7;
    bits |= int(dark(7, 8)) << 8;
    for (int i = 9; i < 15; ++i)
        bits |= int(dark(14 - i, 8)) << i;
    bits ^= 0x5412;
    const int data = bits >> 10;
    if (formatRemainder(data) != (bits & 0x3ff))
        return std::nullopt;
    static const char kLevels[] = { 'M', 'L', 'H', 'Q' };
    r.level = kLevels[data >> 3];
    r.mask = data & 7;
    if (r.level != 'M')
        return std::nullopt;

    // Which modules are function patterns: finders with their separators
    // and the format areas, timing lines, the alignment pattern, the dark module.
    std::vector<bool> function(std::size_t(size * size), false);
    auto mark = [&](int x0, int y0, int w, int h) {
        for (int y = y0; y < y0 + h; ++y) {
            for (int x = x0; x < x0 + w; ++x) {
                if (x >= 0 && y >= 0 && x < size && y < size)
                    function[std::size_t(y * size + x)] = true;
            }
        }
    };
    mark(0, 0, 9, 9);
    mark(size - 8, 0, 8, 9);
    mark(0, size - 8, 9, 8);
    mark(6, 0, 1, size);
    mark(0, 6, size, 1);
    const VersionM &v = kVersions[r.version];
    if (v.alignment)
        mark(v.alignment - 2, v.alignment - 2, 5, 5);

    // The codewords, read in the zigzag they are placed in, unmasked.
    const int totalBits = v.blocks * v.totalPerBlock * 8;
    std::vector<int> codewords(std::size_t(v.blocks * v.totalPerBlock), 0);
    int i = 0;
    for (int right = size - 1; right >= 1; right -= 2) {
        if (right == 6)
            right = 5;
        for (int vert = 0; vert < size; ++vert) {
            for (int j = 0; j < 2; ++j) {
                const int x = right - j;
                const bool upward = ((right + 1) & 2) == 0;
                const int y = upward ? size - 1 - vert : vert;
                if (function[std::size_t(y * size + x)] || i >= totalBits)
                    continue;
                const bool bit = dark(x, y) != masked(r.mask, x, y);
                if (bit)
                    codewords[std::size_t(i >> 3)] |= 1 << (7 - (i & 7));
                ++i;
            }
        }
    }
    // Data codewords are interleaved a block at a time.
    std::vector<int> stream;
    for (int b = 0; b < v.blocks; ++b) {
        for (int k = 0; k < v.dataPerBlock; ++k)
            stream.push_back(codewords[std::size_t(k * v.blocks + b)]);
    }
    auto bitAt = [&](int n) { return (stream[std::size_t(n >> 3)] >> (7 - (n & 7))) & 1; };
    auto read = [&](int &at, int count) {
        int value = 0;
        for (int k = 0; k < count; ++k)
            value = (value << 1) | bitAt(at++);
        return value;
    };
    int at = 0;
    if (read(at, 4) != 0b0100) // byte mode
        return std::nullopt;
    const int length = read(at, 8);
    if (at + length * 8 > int(stream.size()) * 8)
        return std::nullopt;
    for (int k = 0; k < length; ++k)
        r.text.append(char(read(at, 8)));
    return r;
}

std::optional<QrReading> readQrImage(const QImage &image, int quietZone)
{
    if (image.isNull() || image.width() != image.height())
        return std::nullopt;
    // Find the symbol's size from its first row of modules: the top-left
    // finder pattern is seven modules wide.
    int first = -1;
    for (int x = 0; x < image.width() && first < 0; ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                first = x;
                break;
            }
        }
    }
    if (first <= 0)
        return std::nullopt;
    const double module = double(first) / quietZone;
    const int size = int(image.width() / module + 0.5) - 2 * quietZone;
    return readQr(size, [&](int x, int y) {
        const int px = int((x + quietZone + 0.5) * module);
        const int py = int((y + quietZone + 0.5) * module);
        return qGray(image.pixel(px, py)) < 128;
    });
}

} // namespace strongtrust::test
