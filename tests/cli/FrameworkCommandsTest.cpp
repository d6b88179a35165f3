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
    }
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
}

TEST_F(FrameworkCommands, ShowInvalidFileIsRefused)
{
    const QString path = write(QStringLiteral("bad.json"), QByteArray("[]"));
    const auto r = runStrongtrust({ QStringLiteral("framework"), QStringLiteral("show"), path });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed(), path + QStringLiteral(": /: expected an object, found an array"));
}
