// The printable sheet of trustees' cards: every name and link in its text,
// the QR codes as vector shapes (no raster image), eight cards a page,
// owner-only, and nothing left behind when it cannot be written.
#include "live/TrusteeCards.h"

#include "core/ReportTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::live;

namespace {

TrusteeCardSheet sheetOf(int trustees)
{
    TrusteeCardSheet sheet;
    sheet.trust = QStringLiteral("Oakfield Learning Trust");
    sheet.period = QStringLiteral("2025/26");
    static const QStringList names { QStringLiteral("Jane Smith"), QStringLiteral("Sam Patel"),
        QStringLiteral("Priya Raman"), QStringLiteral("Tom Chen"), QStringLiteral("Ana Lopes"),
        QStringLiteral("Rhys Evans"), QStringLiteral("Grace Okafor"), QStringLiteral("Li Wei"),
        QStringLiteral("Fiona Byrne") };
    for (int i = 0; i < trustees; ++i) {
        TrusteeLink link;
        link.trusteeId = i + 1;
        link.name = names.value(i, QStringLiteral("Trustee %1").arg(i + 1));
        // Tokens as long as 256 bits written base64url, to be sure they fit.
        link.url = QUrl(QStringLiteral("http://192.168.1.23:49152/join#T%1-%2")
                            .arg(i)
                            .arg(QString(40, QChar(u'a' + i))));
        sheet.links.append(link);
    }
    return sheet;
}

// The text of one card, by its place on the sheet (from 0): pdftotext of
// just that card's rectangle, with white space removed (a link may wrap).
QString cardText(const QString &pdf, int index)
{
    constexpr int perPage = TrusteeCards::kColumns * TrusteeCards::kRows;
    const int page = index / perPage + 1;
    const int at = index % perPage;
    // The sheet's grid: 10 mm margins, 2 columns and 4 rows on A4, in points.
    const double pt = 72 / 25.4;
    const double w = 190.0 / TrusteeCards::kColumns * pt;
    const double h = 277.0 / TrusteeCards::kRows * pt;
    const double x = 10 * pt + (at % TrusteeCards::kColumns) * w;
    const double y = 10 * pt + (at / TrusteeCards::kColumns) * h;
    const test::ToolResult r = test::runTool(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
            QString::number(page), QStringLiteral("-l"), QString::number(page),
            QStringLiteral("-x"), QString::number(int(x + 1)), QStringLiteral("-y"),
            QString::number(int(y + 1)), QStringLiteral("-W"), QString::number(int(w - 2)),
            QStringLiteral("-H"), QString::number(int(h - 2)), pdf, QStringLiteral("-") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString text = r.out;
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

TEST(TrusteeCards, EveryNameAndLinkIsInTheTextAndTheCodesAreVector)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cards.pdf"));
    const TrusteeCardSheet sheet = sheetOf(9);
    const Status written = TrusteeCards::write(path, sheet);
    ASSERT_TRUE(written) << written.errorText().toStdString();
    test::keepArtifact(path, QStringLiteral("trustee-cards.pdf"));

    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Oakfield Learning Trust")));
    EXPECT_TRUE(text.contains(QStringLiteral("2025/26")));
    EXPECT_EQ(text.count(QStringLiteral("This link is yours alone: do not share it")), 9);
    // Each card holds its own trustee's name and link, and no one else's.
    for (int i = 0; i < sheet.links.size(); ++i) {
        const TrusteeLink &l = sheet.links[i];
        EXPECT_TRUE(text.contains(l.name)) << l.name.toStdString();
        const QString card = cardText(path, i);
        EXPECT_TRUE(card.contains(withoutSpaces(l.name))) << card.toStdString();
        EXPECT_TRUE(card.contains(l.url.toString(QUrl::FullyEncoded))) << card.toStdString();
        EXPECT_TRUE(card.contains(withoutSpaces(sheet.trust))) << card.toStdString();
        EXPECT_TRUE(card.contains(QStringLiteral("2025/26"))) << card.toStdString();
        EXPECT_TRUE(card.contains(QStringLiteral("Thislinkisyoursalone:donotshareit")))
            << card.toStdString();
        for (int j = 0; j < sheet.links.size(); ++j) {
            if (j != i) {
                EXPECT_FALSE(card.contains(sheet.links[j].url.fragment())) << i << ' ' << j;
            }
        }
    }
    // Nine cards: a full page of eight, and one on the second.
    EXPECT_EQ(test::pdfPages(path), 2);
    EXPECT_TRUE(test::pdfText(path, 2, 2).contains(QStringLiteral("Fiona Byrne")));
    EXPECT_FALSE(test::pdfText(path, 1, 1).contains(QStringLiteral("Fiona Byrne")));
    // The QR codes are drawn as shapes: no raster image anywhere.
    EXPECT_TRUE(test::pdfImages(path).isEmpty()) << test::pdfImages(path).join(u'\n').toStdString();
    EXPECT_EQ(test::pdfInfoField(path, QStringLiteral("Page size")).left(3), QStringLiteral("595"));
}

TEST(TrusteeCards, TheFileIsOwnerOnlyAndReplacedWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cards.pdf"));
    ASSERT_TRUE(test::writeFile(path, QByteArrayLiteral("an older sheet")));
    ASSERT_TRUE(TrusteeCards::write(path, sheetOf(2)));
    EXPECT_TRUE(test::readFile(path).startsWith("%PDF-"));
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    EXPECT_FALSE(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
    EXPECT_FALSE(p & (QFileDevice::WriteGroup | QFileDevice::WriteOther));
    // Only the one file: no temporary left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST(TrusteeCards, AFolderThatIsNotThereLeavesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/cards.pdf"));
    const Status written = TrusteeCards::write(path, sheetOf(3));
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.errorText().contains(path)) << written.errorText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(TrusteeCards, ASheetWithNoTrusteeIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cards.pdf"));
    EXPECT_FALSE(TrusteeCards::write(path, sheetOf(0)));
    EXPECT_FALSE(QFileInfo::exists(path));
}
