// new, import, export, list and the first start, end to end through the built executable.
#include "SyntheticWorkbook.h"
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;
using test::runStrongtrust;

namespace {

const QString kTrust = QStringLiteral("Oakfield Learning Trust");

class WorkbookCommands : public testing::Test
{
protected:
    QString file(const QString &name) const { return dir.filePath(name); }

    QString newWorkbook(const QString &name = QStringLiteral("oakfield.strongtrust"))
    {
        const auto r = runStrongtrust(
            { QStringLiteral("new"), file(name), QStringLiteral("--trust"), kTrust });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return file(name);
    }

    // Two periods of synthetic documents written to files.
    QStringList documents(int periods = 2, int trustees = 4)
    {
        synthetic::Spec spec;
        spec.periods = periods;
        spec.trustees = trustees;
        QStringList paths;
        const auto docs = synthetic::documents(FrameworkLoader::builtIn(), kTrust, spec);
        for (int i = 0; i < docs.size(); ++i) {
            paths.append(file(QStringLiteral("doc-%1.json").arg(i + 1)));
            EXPECT_TRUE(test::writeFile(paths.last(), docs[i]));
        }
        return paths;
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(WorkbookCommands, NewCreatesAndNeverOverwrites)
{
    const QString wb = newWorkbook();
    EXPECT_TRUE(QFile::exists(wb));
    const QByteArray before = test::readFile(wb);
    const auto again = runStrongtrust(
        { QStringLiteral("new"), wb, QStringLiteral("--trust"), QStringLiteral("Other") });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists"))) << again.err.toStdString();
    EXPECT_EQ(test::readFile(wb), before);
}

TEST_F(WorkbookCommands, NewUsageErrors)
{
    EXPECT_EQ(
        runStrongtrust({ QStringLiteral("new"), file(QStringLiteral("x.strongtrust")) }).exitCode,
        2);
    EXPECT_EQ(runStrongtrust({ QStringLiteral("new") }).exitCode, 2);
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("x.strongtrust"))));
}

TEST_F(WorkbookCommands, NewWithAnotherFramework)
{
    const QString fw = file(QStringLiteral("fw.json"));
    ASSERT_TRUE(test::writeFile(fw, test::toBytes(test::minimalFramework())));
    const auto r = runStrongtrust({ QStringLiteral("new"), file(QStringLiteral("t.strongtrust")),
        QStringLiteral("--trust"), kTrust, QStringLiteral("--framework"), fw });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("test-framework")));

    const QString bad = file(QStringLiteral("bad.json"));
    ASSERT_TRUE(test::writeFile(bad, QByteArray("{\"format\": 1}")));
    const auto refused
        = runStrongtrust({ QStringLiteral("new"), file(QStringLiteral("u.strongtrust")),
            QStringLiteral("--trust"), kTrust, QStringLiteral("--framework"), bad });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(": /format")))
        << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("u.strongtrust"))));
}

TEST_F(WorkbookCommands, ImportListExport)
{
    const QString wb = newWorkbook();
    const QStringList docs = documents();
    const auto imported = runStrongtrust(QStringList { QStringLiteral("import"), wb } + docs);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("2016/17"))) << imported.out.toStdString();

    const auto list = runStrongtrust({ QStringLiteral("list"), wb });
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(kTrust));
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    bool finalLine = false;
    bool draftLine = false;
    for (const QString &line : lines) {
        finalLine = finalLine
            || (line.startsWith(QStringLiteral("2016/17"))
                && line.contains(QStringLiteral("final")));
        draftLine = draftLine
            || (line.startsWith(QStringLiteral("2017/18"))
                && line.contains(QStringLiteral("draft")));
    }
    EXPECT_TRUE(finalLine && draftLine) << list.out.toStdString();

    const auto json = runStrongtrust({ QStringLiteral("export"), wb, QStringLiteral("--period"),
        QStringLiteral("2017/18"), QStringLiteral("--json"), file(QStringLiteral("out.json")) });
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const auto csv = runStrongtrust({ QStringLiteral("export"), wb, QStringLiteral("--period"),
        QStringLiteral("2017/18"), QStringLiteral("--csv"), file(QStringLiteral("out.csv")) });
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_EQ(test::readFile(file(QStringLiteral("out.csv"))).count('\n'),
        1 + FrameworkLoader::builtIn().indicatorCount());

    // Round trip through a new workbook gives the same document.
    const QString copy = newWorkbook(QStringLiteral("copy.strongtrust"));
    ASSERT_EQ(runStrongtrust({ QStringLiteral("import"), copy, file(QStringLiteral("out.json")) })
                  .exitCode,
        0);
    ASSERT_EQ(runStrongtrust({ QStringLiteral("export"), copy, QStringLiteral("--period"),
                                 QStringLiteral("2017/18"), QStringLiteral("--json"),
                                 file(QStringLiteral("again.json")) })
                  .exitCode,
        0);
    EXPECT_EQ(test::readFile(file(QStringLiteral("again.json"))),
        test::readFile(file(QStringLiteral("out.json"))));
}

TEST_F(WorkbookCommands, ImportIsAllOrNothingPerDocument)
{
    const QString wb = newWorkbook();
    const QStringList docs = documents(1);
    const QString bad = file(QStringLiteral("bad.json"));
    ASSERT_TRUE(
        test::writeFile(bad, QByteArray(R"({"format": "strongtrust-assessment", "formatVersion": 1,
        "framework": {"id": "cst-strong-trust"}, "period": "2030/31",
        "raters": [{"id": "r1", "name": "A"}],
        "ratings": [{"rater": "r1", "indicator": "governance.nope", "level": 3},
                    {"rater": "r9", "indicator": "governance.intervention", "level": 7}]})")));
    const auto r = runStrongtrust({ QStringLiteral("import"), wb, bad, docs[0] });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(": /ratings/0/indicator")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(": /ratings/1/rater"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(": /ratings/1/level"))) << r.err.toStdString();
    const auto list = runStrongtrust({ QStringLiteral("list"), wb });
    EXPECT_FALSE(list.out.contains(QStringLiteral("2030/31")));
    EXPECT_TRUE(list.out.contains(QStringLiteral("2016/17"))); // the good one went in
}

TEST_F(WorkbookCommands, ImportIntoReadOnlyWorkbookIsRefused)
{
    const QString wb = newWorkbook();
    ASSERT_TRUE(QFile::setPermissions(wb, QFile::ReadOwner));
    const QByteArray before = test::readFile(wb);
    const auto r = runStrongtrust({ QStringLiteral("import"), wb, documents(1)[0] });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("read-only"))) << r.err.toStdString();
    EXPECT_EQ(test::readFile(wb), before);
}

TEST_F(WorkbookCommands, ExportRefusalsAndUsage)
{
    const QString wb = newWorkbook();
    const QString out = file(QStringLiteral("o.json"));
    EXPECT_EQ(runStrongtrust({ QStringLiteral("export"), wb, QStringLiteral("--period"),
                                 QStringLiteral("1999/00"), QStringLiteral("--json"), out })
                  .exitCode,
        1);
    EXPECT_EQ(
        runStrongtrust({ QStringLiteral("export"), wb, QStringLiteral("--json"), out }).exitCode,
        2);
    EXPECT_EQ(runStrongtrust(
                  { QStringLiteral("export"), wb, QStringLiteral("--period"), QStringLiteral("x"),
                      QStringLiteral("--json"), out, QStringLiteral("--csv"), out })
                  .exitCode,
        2);
    EXPECT_FALSE(QFile::exists(out));
    // An output that cannot be written leaves nothing behind.
    ASSERT_EQ(runStrongtrust({ QStringLiteral("import"), wb, documents(1)[0] }).exitCode, 0);
    const QString nowhere = file(QStringLiteral("no/such/folder/o.json"));
    const auto r = runStrongtrust({ QStringLiteral("export"), wb, QStringLiteral("--period"),
        QStringLiteral("2016/17"), QStringLiteral("--json"), nowhere });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFile::exists(nowhere));
}

TEST_F(WorkbookCommands, ListRefusesWhatIsNotAWorkbook)
{
    const QString notes = file(QStringLiteral("notes.strongtrust"));
    ASSERT_TRUE(test::writeFile(notes, QByteArray("hello")));
    const auto r = runStrongtrust({ QStringLiteral("list"), notes });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a strongtrust workbook")))
        << r.err.toStdString();
    EXPECT_EQ(test::readFile(notes), QByteArray("hello"));
}

// The first period of a new workbook, started rather than imported.
TEST_F(WorkbookCommands, StartCreatesTheFirstPeriod)
{
    const QString wb = newWorkbook();
    const QString period = QStringLiteral("2025/26");

    // --from names a period an empty workbook cannot have: refused, nothing made.
    const auto from = runStrongtrust({ QStringLiteral("start"), wb, QStringLiteral("--period"),
        period, QStringLiteral("--from"), QStringLiteral("2024/25") });
    EXPECT_EQ(from.exitCode, 1) << from.out.toStdString();
    EXPECT_TRUE(from.err.contains(QStringLiteral("no assessment yet"))) << from.err.toStdString();
    EXPECT_TRUE(from.err.contains(QStringLiteral("2024/25"))) << from.err.toStdString();

    const auto started = runStrongtrust({ QStringLiteral("start"), wb, QStringLiteral("--period"),
        period, QStringLiteral("--title"), QStringLiteral("First self-assessment") });
    ASSERT_EQ(started.exitCode, 0) << started.err.toStdString();
    EXPECT_TRUE(started.out.contains(QStringLiteral("cst-strong-trust")))
        << started.out.toStdString();

    const auto list = runStrongtrust({ QStringLiteral("list"), wb });
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    QStringList periodLines;
    for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(QStringLiteral("20")))
            periodLines.append(line);
    }
    ASSERT_EQ(periodLines.size(), 1) << list.out.toStdString();
    EXPECT_TRUE(periodLines[0].startsWith(period + u' ')) << list.out.toStdString();
    EXPECT_TRUE(periodLines[0].contains(QStringLiteral(" draft "))) << list.out.toStdString();
    EXPECT_TRUE(periodLines[0].contains(QStringLiteral("First self-assessment")))
        << list.out.toStdString();

    // The same period again: refused, and the workbook still holds the one.
    const auto again
        = runStrongtrust({ QStringLiteral("start"), wb, QStringLiteral("--period"), period });
    EXPECT_EQ(again.exitCode, 1) << again.out.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("already"))) << again.err.toStdString();

    auto opened = Workbook::open(wb, Workbook::OpenOptions { true });
    ASSERT_TRUE(opened.ok()) << opened.errorText().toStdString();
    const QList<AssessmentInfo> all = opened.value()->assessments();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].period, period);
    EXPECT_EQ(all[0].title, QStringLiteral("First self-assessment"));
    EXPECT_FALSE(all[0].isFinal());
    EXPECT_EQ(all[0].frameworkKey, opened.value()->defaultFrameworkKey());
    const auto data = opened.value()->loadAssessment(all[0].id);
    ASSERT_TRUE(data.ok());
    EXPECT_TRUE(data->ratings.isEmpty());
    EXPECT_TRUE(data->actions.isEmpty());
}
