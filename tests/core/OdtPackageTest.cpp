// The OpenDocument package the editable report is rewritten through: what it
// writes, it reads back byte for byte, unzip reads it too, and a damaged
// package is refused with a message rather than read wrong.
#include "report/OdtPackage.h"

#include "ReportTestSupport.h"

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::report;

namespace {

QList<PackageMember> sample()
{
    QByteArray big;
    for (int i = 0; i < 2000; ++i)
        big += "<text:p>Paragraph " + QByteArray::number(i) + "</text:p>\n";
    return { { QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text" },
        { QStringLiteral("content.xml"), big },
        { QStringLiteral("Pictures/Kapitel ü.png"), QByteArray(300, '\x89') },
        { QStringLiteral("empty"), {} } };
}

TEST(OdtPackage, WhatItWritesItReadsBack)
{
    const QByteArray zip = writePackage(sample());
    EXPECT_LT(zip.size(), sample()[1].data.size()); // deflated
    // mimetype first, stored: its bytes right after the first local header.
    EXPECT_EQ(zip.mid(30, 8), QByteArrayLiteral("mimetype"));
    EXPECT_EQ(zip.mid(38, 39), sample()[0].data);
    auto read = readPackage(zip);
    ASSERT_TRUE(read.ok()) << read.errorText().toStdString();
    ASSERT_EQ(read.value().size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(read.value()[i].name, sample()[i].name);
        EXPECT_EQ(read.value()[i].data, sample()[i].data) << i;
    }
    EXPECT_EQ(writePackage(sample()), zip); // the same bytes every time
}

TEST(OdtPackage, UnzipReadsIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.zip"));
    ASSERT_TRUE(test::writeFile(path, writePackage(sample())));
    const test::ToolResult t
        = test::runTool(QStringLiteral("unzip"), { QStringLiteral("-tq"), path });
    EXPECT_EQ(t.exitCode, 0) << t.out.toStdString() << t.err.toStdString();
    const test::ToolResult p = test::runTool(
        QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("content.xml") });
    EXPECT_EQ(p.out.toUtf8(), sample()[1].data);
}

TEST(OdtPackage, RefusesADamagedPackage)
{
    EXPECT_FALSE(readPackage(QByteArrayLiteral("not a zip at all, not even close")).ok());
    QByteArray zip = writePackage(sample());
    EXPECT_FALSE(readPackage(zip.left(zip.size() / 2)).ok()); // cut short: no directory
    QByteArray flipped = zip;
    flipped[200] = char(flipped[200] ^ 0x55); // inside content.xml's deflated data
    const auto r = readPackage(flipped);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("damaged"))) << r.errorText().toStdString();
}

} // namespace
