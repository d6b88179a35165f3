// The framework's say in how reports present it: an indicator's short title
// for running prose, whether an overall level is shown, and core domains.
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

Result<Framework> load(const nlohmann::json &doc)
{
    return FrameworkLoader::loadBytes(test::toBytes(doc), QStringLiteral("f.json"));
}

bool hasError(const Result<Framework> &r, const QString &path, const QString &fragment)
{
    if (r.ok())
        return false;
    for (const Diagnostic &d : r.errors()) {
        if (d.path == path && d.message.contains(fragment))
            return true;
    }
    return false;
}

} // namespace

TEST(FrameworkPresentation, DefaultsKeepTodaysBehaviour)
{
    auto r = load(test::minimalFramework());
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_TRUE(r.value().showOverall);
    EXPECT_FALSE(r.value().domains[0].core);
    EXPECT_TRUE(r.value().domains[0].indicators[0].shortTitle.isEmpty());
    EXPECT_EQ(r.value().summaryOrder(), (QList<int> { 0, 1 }));
}

TEST(FrameworkPresentation, ReadsShortTitleShowOverallAndCore)
{
    auto doc = test::minimalFramework();
    doc["showOverall"] = false;
    doc["domains"][1]["core"] = true;
    doc["domains"][0]["indicators"][0]["shortTitle"] = "  The   first ";
    auto r = load(doc);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_FALSE(r.value().showOverall);
    EXPECT_TRUE(r.value().domains[1].core);
    EXPECT_EQ(r.value().domains[0].indicators[0].shortTitle, QStringLiteral("The first"));
    EXPECT_EQ(r.value().summaryOrder(), (QList<int> { 1, 0 })); // core first
}

TEST(FrameworkPresentation, RefusesBadValuesWithTheirPaths)
{
    auto doc = test::minimalFramework();
    doc["showOverall"] = "no";
    doc["domains"][0]["core"] = 1;
    doc["domains"][0]["indicators"][0]["shortTitle"] = std::string(81, 'x');
    doc["domains"][0]["indicators"][1]["shortTitle"] = "   ";
    doc["domains"][1]["indicators"][0]["shortTitle"] = 7;
    auto r = load(doc);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors().size(), 5) << r.errorText().toStdString();
    EXPECT_TRUE(hasError(r, QStringLiteral("/showOverall"), QStringLiteral("expected")))
        << r.errorText().toStdString();
    EXPECT_TRUE(hasError(r, QStringLiteral("/domains/0/core"), QStringLiteral("expected")));
    EXPECT_TRUE(hasError(r, QStringLiteral("/domains/0/indicators/0/shortTitle"),
        QStringLiteral("has 81 characters; a short title has at most 80")));
    EXPECT_TRUE(hasError(r, QStringLiteral("/domains/0/indicators/1/shortTitle"),
        QStringLiteral("must not be empty")));
    EXPECT_TRUE(hasError(r, QStringLiteral("/domains/1/indicators/0/shortTitle"),
        QStringLiteral("expected a string")));
}

TEST(FrameworkPresentation, BuiltInGivesEveryIndicatorAShortTitle)
{
    const Framework &fw = FrameworkLoader::builtIn();
    EXPECT_FALSE(fw.showOverall); // CST's domains are not added up into one level
    ASSERT_EQ(fw.summaryOrder().first(), fw.domainIndex(QStringLiteral("education")));
    QSet<QString> seen;
    for (const Domain &d : fw.domains) {
        EXPECT_EQ(d.core, d.id == QLatin1String("education")) << d.id.toStdString();
        for (const Indicator &i : d.indicators) {
            EXPECT_FALSE(i.shortTitle.isEmpty()) << i.fullId.toStdString();
            EXPECT_LE(i.shortTitle.size(), 80) << i.fullId.toStdString();
            EXPECT_LT(i.shortTitle.size(), i.text.size()) << i.fullId.toStdString();
            EXPECT_FALSE(seen.contains(i.shortTitle)) << i.shortTitle.toStdString();
            seen.insert(i.shortTitle);
        }
    }
}

TEST(FrameworkPresentation, StandardsTakeAShortTitleByTheSameRules)
{
    auto doc = test::baselineFramework();
    doc["domains"][0]["standards"][0]["shortTitle"] = "  Accounts   published ";
    auto r = load(doc);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r.value().domains[0].standards[0].shortTitle, QStringLiteral("Accounts published"));
    EXPECT_TRUE(r.value().domains[0].standards[1].shortTitle.isEmpty());

    doc["domains"][0]["standards"][0]["shortTitle"] = std::string(81, 'x');
    doc["domains"][0]["standards"][1]["shortTitle"] = "";
    r = load(doc);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors().size(), 2) << r.errorText().toStdString();
    EXPECT_TRUE(hasError(r, QStringLiteral("/domains/0/standards/0/shortTitle"),
        QStringLiteral("has 81 characters; a short title has at most 80")))
        << r.errorText().toStdString();
    EXPECT_TRUE(hasError(r, QStringLiteral("/domains/0/standards/1/shortTitle"),
        QStringLiteral("must not be empty")));
}

TEST(FrameworkPresentation, BuiltInGivesEveryStandardAShortTitle)
{
    QSet<QString> seen;
    for (const Domain &d : FrameworkLoader::builtIn().domains) {
        for (const Standard &s : d.standards) {
            EXPECT_FALSE(s.shortTitle.isEmpty()) << s.fullId.toStdString();
            EXPECT_LE(s.shortTitle.size(), 50) << s.fullId.toStdString();
            EXPECT_FALSE(seen.contains(s.shortTitle)) << s.shortTitle.toStdString();
            seen.insert(s.shortTitle);
        }
    }
    EXPECT_EQ(seen.size(), FrameworkLoader::builtIn().standardCount());
}
