// Measures' values through the command line: import --measures and
// export --measures, end to end through the built executable.
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;
using test::runStrongtrust;

namespace {

const QString kPeriod = QStringLiteral("2025/26");

class MeasuresCommands : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        const QString fw = file(QStringLiteral("fw.json"));
        ASSERT_TRUE(test::writeFile(fw, test::toBytes(test::baselineFramework())));
        wb = file(QStringLiteral("oakfield.strongtrust"));
        auto r = runStrongtrust({ QStringLiteral("new"), wb, QStringLiteral("--trust"),
            QStringLiteral("Oakfield Learning Trust"), QStringLiteral("--framework"), fw });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runStrongtrust({ QStringLiteral("start"), wb, QStringLiteral("--period"), kPeriod });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    QString file(const QString &name) const { return dir.filePath(name); }

    QString csvFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = file(name);
        EXPECT_TRUE(test::writeFile(path, bytes));
        return path;
    }

    test::ProcessResult importMeasures(const QString &csv) const
    {
        return runStrongtrust({ QStringLiteral("import"), wb, QStringLiteral("--period"), kPeriod,
            QStringLiteral("--measures"), csv });
    }

    // The assessment as its interchange document: what an import could change.
    QByteArray exported() const
    {
        const QString out = file(QStringLiteral("state.json"));
        QFile::remove(out);
        const auto r = runStrongtrust({ QStringLiteral("export"), wb, QStringLiteral("--period"),
            kPeriod, QStringLiteral("--json"), out });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return test::readFile(out);
    }

    QTemporaryDir dir;
    QString wb;
};

} // namespace

TEST_F(MeasuresCommands, ImportsAndExportsMeasuresValues)
{
    const QString csv = csvFile(QStringLiteral("measures.csv"),
        "\xEF\xBB\xBFmeasure,value,asOf,source,note\r\n"
        "alpha.reserves,8.4,2025-08-31,\"Audited accounts, 2024/25\",\r\n"
        "beta.suspensions,12,2026-01-31,MIS,\"Autumn and\r\nspring terms\"\r\n");
    const auto r = importMeasures(csv);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(
        r.out.contains(csv + QStringLiteral(": imported into 2025/26: 2 measures, 2 changed")))
        << r.out.toStdString();
    EXPECT_TRUE(exported().contains("\"measure\": \"alpha.reserves\""));

    // The same file again: nothing changes.
    const auto again = importMeasures(csv);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("2 measures, 0 changed")))
        << again.out.toStdString();

    const QString out = file(QStringLiteral("out.csv"));
    const auto written = runStrongtrust({ QStringLiteral("export"), wb, QStringLiteral("--period"),
        kPeriod, QStringLiteral("--measures"), out });
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const QString text = QString::fromUtf8(test::readFile(out));
    EXPECT_TRUE(
        text.contains(QStringLiteral("alpha.reserves,Revenue reserves as a share of income,"
                                     "%,8.4,2025-08-31,\"Audited accounts, 2024/25\",,,\r\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("alpha.attendance,Attendance,%,,,,,,\r\n")));
    // What it writes, it reads back unchanged.
    const auto back = importMeasures(out);
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_TRUE(back.out.contains(QStringLiteral("3 measures, 0 changed")))
        << back.out.toStdString();
}

TEST_F(MeasuresCommands, ABadFileIsRefusedWholeWithEveryCellNamed)
{
    const QByteArray before = exported();
    const QString csv = csvFile(QStringLiteral("bad.csv"),
        "measure,value,asOf,source\r\n"
        "alpha.reserves,8.4,2025-08-31,Accounts\r\n"
        "alpha.attendance,\"94,5\",2026-01-15,Census\r\n"
        "alpha.nope,1,2026-01-15,Census\r\n"
        "beta.suspensions,3,15/01/2026,MIS\r\n");
    const auto r = importMeasures(csv);
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines {
        csv + QStringLiteral(": row 3, column value: \"94,5\" is not a number"),
        csv + QStringLiteral(": row 4, column measure: unknown measure \"alpha.nope\""),
        csv
            + QStringLiteral(": row 5, column asOf: \"15/01/2026\" is not a date: write it as "
                             "YYYY-MM-DD"),
        csv + QStringLiteral(": not imported; the workbook is unchanged by it"),
    };
    for (const QString &line : lines)
        EXPECT_TRUE(r.err.contains(line))
            << "missing: " << line.toStdString() << "\nin: " << r.err.toStdString();
    EXPECT_EQ(exported(), before);

    const QString noColumn
        = csvFile(QStringLiteral("short.csv"), "measure,value,source\r\nalpha.reserves,1,x\r\n");
    const auto missing = importMeasures(noColumn);
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(noColumn + QStringLiteral(": row 1: no column asOf")))
        << missing.err.toStdString();
    EXPECT_EQ(exported(), before);
}

TEST_F(MeasuresCommands, UsageAndRefusals)
{
    const QString csv
        = csvFile(QStringLiteral("m.csv"), "measure,value,asOf,source\r\nalpha.reserves,1,,\r\n");
    // --measures needs --period, --period needs --measures, and they take no JSON files.
    EXPECT_EQ(runStrongtrust({ QStringLiteral("import"), wb, QStringLiteral("--measures"), csv })
                  .exitCode,
        2);
    EXPECT_EQ(runStrongtrust({ QStringLiteral("import"), wb, QStringLiteral("--period"), kPeriod,
                                 file(QStringLiteral("x.json")) })
                  .exitCode,
        2);
    EXPECT_EQ(
        runStrongtrust({ QStringLiteral("import"), wb, file(QStringLiteral("x.json")),
                           QStringLiteral("--period"), kPeriod, QStringLiteral("--measures"), csv })
            .exitCode,
        2);
    EXPECT_EQ(runStrongtrust({ QStringLiteral("import"), wb }).exitCode, 2);
    EXPECT_EQ(runStrongtrust({ QStringLiteral("export"), wb, QStringLiteral("--period"), kPeriod,
                                 QStringLiteral("--json"), file(QStringLiteral("o.json")),
                                 QStringLiteral("--measures"), file(QStringLiteral("o.csv")) })
                  .exitCode,
        2);
    // No such period; no such file.
    const auto period = runStrongtrust({ QStringLiteral("import"), wb, QStringLiteral("--period"),
        QStringLiteral("1999/00"), QStringLiteral("--measures"), csv });
    EXPECT_EQ(period.exitCode, 1);
    EXPECT_TRUE(period.err.contains(QStringLiteral("no assessment for the period \"1999/00\"")))
        << period.err.toStdString();
    const auto absent = importMeasures(file(QStringLiteral("absent.csv")));
    EXPECT_EQ(absent.exitCode, 1);
    EXPECT_TRUE(absent.err.contains(QStringLiteral("no such file"))) << absent.err.toStdString();
    // The help names the option.
    const auto help = runStrongtrust({ QStringLiteral("import"), QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--measures"))) << help.out.toStdString();
}
