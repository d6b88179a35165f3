// The command line end to end: the built executable, run headless.
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;
using test::runStrongtrust;

namespace {

class FrameworkCommands : public testing::Test
{
protected:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(test::writeFile(path, bytes));
        return path;
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(FrameworkCommands, HelpListsTheCommands)
{
    const auto r = runStrongtrust({ QStringLiteral("--help") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("framework check FILE")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("framework show [FILE]")));
}

TEST_F(FrameworkCommands, VersionNamesVersionAndRevision)
{
    const auto r = runStrongtrust({ QStringLiteral("--version") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("strongtrust 0."))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u'(')) << r.out.toStdString();
}

TEST_F(FrameworkCommands, CheckValidFramework)
{
    const QString path = write(QStringLiteral("ok.json"), test::toBytes(test::minimalFramework()));
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("check"), path });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(),
        path
            + QStringLiteral(": valid: Test framework (test-framework 1.0): "
                             "2 domains, 3 indicators, 3 levels"));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST_F(FrameworkCommands, CheckCountsStandardsAndMeasuresOfVersionTwo)
{
    auto doc = test::minimalFramework();
    doc["formatVersion"] = 2;
    doc["domains"][0]["standards"]
        = nlohmann::json::parse(R"([{ "id": "safe", "text": "Every school is safe." }])");
    const QString path = write(QStringLiteral("v2.json"), test::toBytes(doc));
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("check"), path });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(),
        path
            + QStringLiteral(": valid: Test framework (test-framework 1.0): "
                             "2 domains, 3 indicators, 1 standard, 0 measures, 3 levels"));
}

TEST_F(FrameworkCommands, CheckNamesTheVersionStandardsNeed)
{
    auto doc = test::minimalFramework();
    doc["domains"][1]["measures"] = nlohmann::json::array();
    const QString path = write(QStringLiteral("v1.json"), test::toBytes(doc));
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("check"), path });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed(),
        path
            + QStringLiteral(": /domains/1/measures: \"measures\" needs \"formatVersion\": 2 "
                             "(this file says 1)"));
}

TEST_F(FrameworkCommands, CheckReportsEveryRuleErrorWithPath)
{
    auto doc = test::minimalFramework();
    doc["domains"][1]["id"] = "alpha";
    doc["scale"]["levels"][0]["color"] = "red";
    const QString path = write(QStringLiteral("bad.json"), test::toBytes(doc));
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("check"), path });
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.err.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << r.err.toStdString();
    EXPECT_TRUE(lines.contains(path
        + QStringLiteral(": /scale/levels/0/color: \"red\" is not a colour of the form #rrggbb")))
        << r.err.toStdString();
    EXPECT_TRUE(lines.contains(
        path + QStringLiteral(": /domains/1/id: duplicate id \"alpha\" (also at /domains/0/id)")))
        << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(FrameworkCommands, CheckReportsSyntaxErrorWithLineAndColumn)
{
    const QString path = write(QStringLiteral("syntax.json"), QByteArray("{\n  \"format\": ,\n}"));
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("check"), path });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(path + QStringLiteral(":2:13: "))) << r.err.toStdString();
}

TEST_F(FrameworkCommands, CheckMissingFileIsRefused)
{
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("check"),
        dir.filePath(QStringLiteral("absent.json")) });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("absent.json: no such file"))) << r.err.toStdString();
}

TEST_F(FrameworkCommands, UsageErrorsExitTwo)
{
    const QList<QStringList> cases = {
        { QStringLiteral("framework"), QStringLiteral("check") },
        { QStringLiteral("framework"), QStringLiteral("check"), QStringLiteral("a"),
            QStringLiteral("b") },
        { QStringLiteral("framework"), QStringLiteral("check"), QStringLiteral("--bogus"),
            QStringLiteral("a") },
        { QStringLiteral("framework") },
        { QStringLiteral("framework"), QStringLiteral("frobnicate") },
        { QStringLiteral("frobnicate") },
        { QStringLiteral("--bogus") },
    };
    for (const QStringList &args : cases) {
        const auto r = runStrongtrust(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_FALSE(r.err.isEmpty()) << args.join(u' ').toStdString();
    }
}

TEST_F(FrameworkCommands, CommandHelp)
{
    const auto r = runStrongtrust(
        { QStringLiteral("framework"), QStringLiteral("check"), QStringLiteral("--help") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("FILE"))) << r.out.toStdString();
}

TEST_F(FrameworkCommands, ShowBuiltInListsEveryFullId)
{
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("show") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const Framework &fw = FrameworkLoader::builtIn();
    EXPECT_TRUE(r.out.contains(fw.title));
    for (const Domain &d : fw.domains) {
        EXPECT_TRUE(r.out.contains(d.title)) << d.title.toStdString();
        for (const Indicator &i : d.indicators)
            EXPECT_TRUE(r.out.contains(i.fullId + QStringLiteral("  "))) << i.fullId.toStdString();
        for (const Standard &s : d.standards)
            EXPECT_TRUE(r.out.contains(s.fullId + QStringLiteral("  "))) << s.fullId.toStdString();
        for (const Measure &m : d.measures)
            EXPECT_TRUE(r.out.contains(m.fullId + QStringLiteral("  "))) << m.fullId.toStdString();
    }
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("%1 (%2 %3): 5 domains, %4 indicators, %5 "
                                                "standards, %6 measures, 4 levels\n")
                                     .arg(fw.title, fw.id, fw.version)
                                     .arg(fw.indicatorCount())
                                     .arg(fw.standardCount())
                                     .arg(fw.measureCount())))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("(while not met, caps the domain at Emerging)")));
}

TEST_F(FrameworkCommands, ShowFile)
{
    const QString path = write(QStringLiteral("fw.json"), test::toBytes(test::minimalFramework()));
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("show"), path });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("alpha.one")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("alpha.two")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("beta.one")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Scale: 0 Low, 0.5 Middle, 1 High")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("Standards:")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("Measures:")));
}

TEST_F(FrameworkCommands, ShowListsStandardsAndMeasuresUnderTheirDomain)
{
    auto doc = test::minimalFramework();
    doc["formatVersion"] = 2;
    doc["domains"][1]["standards"] = nlohmann::json::parse(
        R"([{ "id": "safe", "text": "Every school is safe.", "capsAt": 0.5 }])");
    doc["domains"][1]["measures"] = nlohmann::json::parse(R"([
        { "id": "reserves", "title": "Reserves", "unit": "%", "better": "range",
          "target": { "min": 5, "max": 12.5 } },
        { "id": "absence", "title": "Absence", "unit": "days", "better": "lower",
          "target": { "max": 6 } },
        { "id": "count", "title": "Schools supported", "better": "higher" }
    ])");
    const QString path = write(QStringLiteral("fw.json"), test::toBytes(doc));
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("show"), path });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString beta = r.out.mid(r.out.indexOf(QStringLiteral("\nbeta  Beta\n")));
    EXPECT_EQ(beta,
        QStringLiteral("\nbeta  Beta\n"
                       "  beta.one       Beta one\n"
                       "  Standards:\n"
                       "  beta.safe      Every school is safe. (while not met, caps the domain at "
                       "Middle)\n"
                       "  Measures:\n"
                       "  beta.reserves  Reserves (%, best within the target, target 5 to 12.5)\n"
                       "  beta.absence   Absence (days, lower is better, target at most 6)\n"
                       "  beta.count     Schools supported (higher is better)\n"));
}

TEST_F(FrameworkCommands, ShowInvalidFileIsRefused)
{
    const QString path = write(QStringLiteral("bad.json"), QByteArray("[]"));
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("show"), path });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed(), path + QStringLiteral(": /: expected an object, found an array"));
}
