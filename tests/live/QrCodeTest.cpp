// QR codes of trustees' links: encoded, drawn, and read back by the tests'
// own reader (QrDecoder), so that what a phone's camera sees is the link.
#include "live/QrCode.h"

#include "QrDecoder.h"

#include <QPainter>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::live;

namespace {

const QString kLink = QStringLiteral("http://192.168.1.23:49152/join#Zk3v-9Q_aB1cD2eF3gH4iJ");

} // namespace

TEST(QrCode, ReadsBackAsTheLinkFromItsModules)
{
    auto code = QrCode::encode(kLink);
    ASSERT_TRUE(code) << code.errorText().toStdString();
    EXPECT_EQ(code->text(), kLink);
    EXPECT_GE(code->size(), 21);
    const auto reading
        = test::readQr(code->size(), [&](int x, int y) { return code->isDark(x, y); });
    ASSERT_TRUE(reading.has_value());
    EXPECT_EQ(reading->level, 'M');
    EXPECT_EQ(QString::fromUtf8(reading->text), kLink);
}

TEST(QrCode, ItsImageHasAQuietZoneAndReadsBackAsTheLink)
{
    auto code = QrCode::encode(kLink);
    ASSERT_TRUE(code);
    const QImage image = code->toImage(6);
    ASSERT_EQ(image.width(), code->sizeWithQuietZone() * 6);
    ASSERT_EQ(image.width(), image.height());
    // Four light modules all round.
    const int quiet = QrCode::kQuietZone * 6;
    for (int i = 0; i < image.width(); ++i) {
        for (int j = 0; j < quiet; ++j) {
            ASSERT_EQ(image.pixel(i, j), qRgb(255, 255, 255)) << i << ',' << j;
            ASSERT_EQ(image.pixel(j, i), qRgb(255, 255, 255)) << j << ',' << i;
            ASSERT_EQ(image.pixel(i, image.height() - 1 - j), qRgb(255, 255, 255));
            ASSERT_EQ(image.pixel(image.width() - 1 - j, i), qRgb(255, 255, 255));
        }
    }
    // Every pixel of a module has the module's colour: whole squares, no blur.
    for (int y = 0; y < code->size(); ++y) {
        for (int x = 0; x < code->size(); ++x) {
            const QRgb want = code->isDark(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
            for (int dy = 0; dy < 6; ++dy) {
                for (int dx = 0; dx < 6; ++dx)
                    ASSERT_EQ(image.pixel(quiet + x * 6 + dx, quiet + y * 6 + dy), want)
                        << x << ',' << y;
            }
        }
    }
    const auto reading = test::readQrImage(image);
    ASSERT_TRUE(reading.has_value());
    EXPECT_EQ(QString::fromUtf8(reading->text), kLink);
}

TEST(QrCode, PaintsIntoTheLargestSquareOfARectangle)
{
    auto code = QrCode::encode(kLink);
    ASSERT_TRUE(code);
    const int side = code->sizeWithQuietZone() * 5;
    QImage image(side + 200, side, QImage::Format_RGB32);
    image.fill(Qt::red);
    QPainter painter(&image);
    code->paint(painter, QRectF(0, 0, image.width(), image.height()));
    painter.end();
    // Centred: the red shows either side, none inside.
    EXPECT_EQ(image.pixel(99, side / 2), qRgb(255, 0, 0));
    EXPECT_EQ(image.pixel(100, 0), qRgb(255, 255, 255));
    EXPECT_EQ(image.pixel(100 + side, side / 2), qRgb(255, 0, 0));
    const auto reading = test::readQrImage(image.copy(100, 0, side, side));
    ASSERT_TRUE(reading.has_value());
    EXPECT_EQ(QString::fromUtf8(reading->text), kLink);
}

TEST(QrCode, ALongerLinkTakesALargerSymbol)
{
    auto shortCode = QrCode::encode(QStringLiteral("http://10.0.0.2:8080/join#abc"));
    auto longCode = QrCode::encode(kLink + kLink.right(20));
    ASSERT_TRUE(shortCode);
    ASSERT_TRUE(longCode);
    EXPECT_LT(shortCode->size(), longCode->size());
    const auto reading
        = test::readQr(longCode->size(), [&](int x, int y) { return longCode->isDark(x, y); });
    ASSERT_TRUE(reading.has_value());
    EXPECT_EQ(QString::fromUtf8(reading->text), kLink + kLink.right(20));
}

TEST(QrCode, RefusesATextTooLongForAnySymbol)
{
    auto code = QrCode::encode(QString(4000, u'x'));
    ASSERT_FALSE(code);
    EXPECT_TRUE(code.errorText().contains(QStringLiteral("too long")))
        << code.errorText().toStdString();
}
