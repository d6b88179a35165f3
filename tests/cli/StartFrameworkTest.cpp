// `strongtrust start --framework`: an existing workbook moves its next period
// to another framework (the built-in edition with baseline standards and
// measures, or a file), end to end through the built executable.
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;
using test::runStrongtrust;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class StartFramework : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        wb = dir.filePath(s("oakfield.strongtrust"));
        oldFramework = dir.filePath(s("old.json"));
        ASSERT_TRUE(test::writeFile(oldFramework, test::toBytes(test::minimalFramework())));
        const auto created = runStrongtrust(
            { s("new"), wb, s("--trust"), s("Oakfield"), s("--framework"), oldFramework });
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
        const auto first = runStrongtrust({ s("start"), wb, s("--period"), s("2024/25") });
        ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    }

    // The framework id and version of a period's assessment.
    QString frameworkOf(const QString &period) const
    {
        auto opened = Workbook::open(wb, Workbook::OpenOptions { true });
        EXPECT_TRUE(opened.ok());
        const auto a = opened.value()->assessmentForPeriod(period);
        if (!a)
            return {};
        const auto fw = opened.value()->framework(a->frameworkKey);
        return fw ? fw->id + u' ' + fw->version : QString();
    }

    int frameworksStored() const
    {
        auto opened = Workbook::open(wb, Workbook::OpenOptions { true });
        return opened ? int(opened.value()->frameworks().size()) : -1;
    }

    QTemporaryDir dir;
    QString wb;
    QString oldFramework;
};

TEST_F(StartFramework, TheNextPeriodMovesToTheBuiltInFramework)
{
    const Framework &builtIn = FrameworkLoader::builtIn();
    const auto r = runStrongtrust(
        { s("start"), wb, s("--period"), s("2025/26"), s("--framework"), s("built-in") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString expected = builtIn.id + u' ' + builtIn.version;
    EXPECT_TRUE(r.out.contains(s("from 2024/25, on ") + expected)) << r.out.toStdString();
    EXPECT_EQ(frameworkOf(s("2025/26")), expected);
    EXPECT_EQ(frameworkOf(s("2024/25")), s("test-framework 1.0"));

    // Without --framework, the period after stays where the last one is.
    const auto after = runStrongtrust({ s("start"), wb, s("--period"), s("2026/27") });
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_EQ(frameworkOf(s("2026/27")), expected);
    EXPECT_EQ(frameworksStored(), 2);
}

TEST_F(StartFramework, AFrameworkFileIsCheckedBeforeAnythingChanges)
{
    const QString broken = dir.filePath(s("broken.json"));
    ASSERT_TRUE(test::writeFile(broken, "{\n  \"format\": \"strongtrust-framework\",\n  oops\n}"));
    const auto bad
        = runStrongtrust({ s("start"), wb, s("--period"), s("2025/26"), s("--framework"), broken });
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(broken + s(":3:"))) << bad.err.toStdString();
    const auto missing = runStrongtrust({ s("start"), wb, s("--period"), s("2025/26"),
        s("--framework"), dir.filePath(s("nowhere.json")) });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(s("nowhere.json"))) << missing.err.toStdString();
    const auto empty
        = runStrongtrust({ s("start"), wb, s("--period"), s("2025/26"), s("--framework"), s("") });
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_TRUE(empty.err.contains(s("built-in"))) << empty.err.toStdString();
    // A period before the last is refused, and the framework is not stored.
    const auto early = runStrongtrust(
        { s("start"), wb, s("--period"), s("2023/24"), s("--framework"), s("built-in") });
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_TRUE(frameworkOf(s("2025/26")).isEmpty());
    EXPECT_TRUE(frameworkOf(s("2023/24")).isEmpty());
    EXPECT_EQ(frameworksStored(), 1);

    // A newer edition of the trust's own file is taken as it is.
    nlohmann::json next = test::baselineFramework();
    next["id"] = "test-framework";
    next["version"] = "1.1";
    const QString nextFile = dir.filePath(s("next.json"));
    ASSERT_TRUE(test::writeFile(nextFile, test::toBytes(next)));
    const auto moved = runStrongtrust(
        { s("start"), wb, s("--period"), s("2025/26"), s("--framework"), nextFile });
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_EQ(frameworkOf(s("2025/26")), s("test-framework 1.1"));
}

TEST_F(StartFramework, TheFirstPeriodOfANewWorkbookMayNameItsFramework)
{
    const QString other = dir.filePath(s("other.strongtrust"));
    ASSERT_EQ(runStrongtrust({ s("new"), other, s("--trust"), s("Oakfield") }).exitCode, 0);
    const auto r = runStrongtrust(
        { s("start"), other, s("--period"), s("2025/26"), s("--framework"), oldFramework });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s("test-framework 1.0"))) << r.out.toStdString();
}

} // namespace
