#include "report/OdtPackage.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

namespace strongtrust::report {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Report)
};

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint16 kUtf8Names = 0x0800; // general purpose flag: names are UTF-8

Diagnostic damaged(const QString &why)
{
    return Diagnostic { {}, 0, 0, {}, Tr::tr("the OpenDocument package is damaged: %1").arg(why) };
}

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
void put16(QByteArray &b, quint16 v)
{
    char bytes[2];
    qToLittleEndian(v, bytes);
    b.append(bytes, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char bytes[4];
    qToLittleEndian(v, bytes);
    b.append(bytes, 4);
}

quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

// Raw deflate (no zlib header), as zip stores it.
std::optional<QByteArray> inflateRaw(const QByteArray &in, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream s {};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    s.avail_in = uInt(in.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int result = inflate(&s, Z_FINISH);
    const bool whole = result == Z_STREAM_END && s.total_out == uLong(size);
    inflateEnd(&s);
    if (!whole)
        return std::nullopt;
    return out;
}

QByteArray deflateRaw(const QByteArray &in)
{
    z_stream s {};
    deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&s, uLong(in.size()))), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    s.avail_in = uInt(in.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH); // the buffer holds the bound: one call finishes
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

} // namespace

Result<QList<PackageMember>> readPackage(const QByteArray &zip)
{
    // The end-of-directory record is the last thing in the file, before a comment.
    qsizetype end = zip.size() - 22;
    while (end >= 0 && u32(zip, end) != kEndOfDirectory)
        --end;
    if (end < 0)
        return damaged(Tr::tr("no zip directory"));
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    QList<PackageMember> members;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > end || u32(zip, at) != kCentralHeader)
            return damaged(Tr::tr("a bad directory entry"));
        const quint16 method = u16(zip, at + 10);
        const quint32 crc = u32(zip, at + 16);
        const quint32 packed = u32(zip, at + 20);
        const quint32 size = u32(zip, at + 24);
        const quint16 nameLength = u16(zip, at + 28);
        const quint16 extraLength = u16(zip, at + 30);
        const quint16 commentLength = u16(zip, at + 32);
        const quint32 local = u32(zip, at + 42);
        PackageMember m;
        m.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
        if (qsizetype(local) + 30 > zip.size() || u32(zip, local) != kLocalHeader)
            return damaged(Tr::tr("a bad entry for %1").arg(m.name));
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + qsizetype(packed) > zip.size())
            return damaged(Tr::tr("%1 is cut short").arg(m.name));
        const QByteArray raw = zip.mid(data, packed);
        if (method == kStored) {
            m.data = raw;
        } else if (method == kDeflated) {
            auto inflated = inflateRaw(raw, size);
            if (!inflated)
                return damaged(Tr::tr("%1 cannot be decompressed").arg(m.name));
            m.data = *inflated;
        } else {
            return damaged(Tr::tr("%1 uses an unknown compression").arg(m.name));
        }
        if (crcOf(m.data) != crc)
            return damaged(Tr::tr("%1 fails its checksum").arg(m.name));
        members.append(m);
    }
    return members;
}

QByteArray writePackage(const QList<PackageMember> &members)
{
    QByteArray zip;
    QByteArray directory;
    // 1 January 1980, 00:00 (DOS time): the same bytes for the same report.
    constexpr quint16 kTime = 0;
    constexpr quint16 kDate = (1 << 5) | 1;
    for (const PackageMember &m : members) {
        const bool store = m.name == QLatin1String("mimetype");
        const QByteArray packed = store ? m.data : deflateRaw(m.data);
        const QByteArray name = m.name.toUtf8();
        const quint32 crc = crcOf(m.data);
        const auto offset = quint32(zip.size());
        auto header = [&](QByteArray &out, bool central) {
            put32(out, central ? kCentralHeader : kLocalHeader);
            if (central)
                put16(out, 20); // made by: version 2.0
            put16(out, 20); // needed to extract: version 2.0
            put16(out, kUtf8Names);
            put16(out, store ? kStored : kDeflated);
            put16(out, kTime);
            put16(out, kDate);
            put32(out, crc);
            put32(out, quint32(packed.size()));
            put32(out, quint32(m.data.size()));
            put16(out, quint16(name.size()));
            put16(out, 0); // extra field
            if (central) {
                put16(out, 0); // comment
                put16(out, 0); // disk
                put16(out, 0); // internal attributes
                put32(out, 0); // external attributes
                put32(out, offset);
            }
            out.append(name);
        };
        header(zip, false);
        zip.append(packed);
        header(directory, true);
    }
    const auto directoryOffset = quint32(zip.size());
    zip.append(directory);
    put32(zip, kEndOfDirectory);
    put16(zip, 0); // this disk
    put16(zip, 0); // the directory's disk
    put16(zip, quint16(members.size()));
    put16(zip, quint16(members.size()));
    put32(zip, quint32(directory.size()));
    put32(zip, directoryOffset);
    put16(zip, 0); // comment
    return zip;
}

} // namespace strongtrust::report
