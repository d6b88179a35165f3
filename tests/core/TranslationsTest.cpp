// The British English translation the application loads first: it gives
// "(s)" strings their singular and plural, and leaves every other string as
// written (the compiled file keeps only what differs from the source).
#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

const char *const kContext = "strongtrust::Report";
const char *const kPlural = "The board judged %n indicator(s) not applicable.";

} // namespace

TEST(Translations, EnglishPluralsComeFromTheShippedFile)
{
    // TestMain installs the translations as the application does.
    EXPECT_EQ(QCoreApplication::translate(kContext, kPlural, nullptr, 1),
        QStringLiteral("The board judged 1 indicator not applicable."));
    EXPECT_EQ(QCoreApplication::translate(kContext, kPlural, nullptr, 3),
        QStringLiteral("The board judged 3 indicators not applicable."));
}

TEST(Translations, TheEnglishFileHoldsOnlyWhatDiffersFromTheSource)
{
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/strongtrust_en_GB.qm")));
    EXPECT_FALSE(english.translate(kContext, kPlural, nullptr, 2).isEmpty());
    // A string translated as itself is left out: the source text is used.
    EXPECT_TRUE(english.translate(kContext, "No indicator in %1 has been scored yet.").isEmpty());
    // Start-up reads this file before the first frame: it stays small.
    EXPECT_LT(QFile(QStringLiteral(":/i18n/strongtrust_en_GB.qm")).size(), 32 * 1024);
}
