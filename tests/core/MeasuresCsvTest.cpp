// Measures' values from a spreadsheet (import --measures) and to one
// (export --measures): the CSV reader, the columns, every bad cell named by
// row and column with the workbook left unchanged, and the round trip.
#include "exchange/MeasuresCsv.h"

#include "BaselineFixture.h"
#include "exchange/AssessmentExporter.h"
#include "util/CsvReader.h"

using namespace strongtrust;
using namespace strongtrust::test;

static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

static void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '{' << list.join(QStringLiteral(" | ")).toStdString() << '}';
}

namespace {

const QString kFile = QStringLiteral("measures.csv");

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

class MeasuresCsvTest : public BaselineFixture
{
protected:
    Result<MeasuresImportSummary> import(const QByteArray &csv)
    {
        return importMeasuresCsv(*wb, id, csv, kFile);
    }

    // Everything an import could change: the export and the trail.
    QByteArray state() const
    {
        auto json = exportAssessmentJson(*wb, id);
        EXPECT_TRUE(succeeded(json));
        return json.value() + QByteArray::number(wb->auditLog().size());
    }

    // The refusals of an import, one a line as the command line prints them,
    // and that it changed nothing.
    QStringList refusals(const QByteArray &csv)
    {
        const QByteArray before = state();
        const auto r = import(csv);
        EXPECT_FALSE(r.ok()) << "the import was accepted";
        EXPECT_EQ(state(), before) << "a refused import changed the workbook";
        QStringList lines;
        for (const Diagnostic &d : r.errors())
            lines.append(d.toString());
        return lines;
    }
};

TEST(CsvReaderTest, ReadsWhatSpreadsheetsWrite)
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "a,b,c\r\n"
                             "\"one, two\",\"say \"\"hi\"\"\",\"line 1\r\nline 2\"\r\n"
                             "\r\n"
                             "x,,\n"
                             "\xC3\xA9t\xC3\xA9,\"\",last";
    const auto rows = CsvReader::read(bytes, kFile);
    ASSERT_TRUE(succeeded(rows));
    ASSERT_EQ(rows->size(), 5);
    EXPECT_EQ(rows.value()[0], strings({ "a", "b", "c" }));
    EXPECT_EQ(rows.value()[1], strings({ "one, two", "say \"hi\"", "line 1\r\nline 2" }));
    EXPECT_EQ(rows.value()[2], strings({ "" }));
    EXPECT_EQ(rows.value()[3], strings({ "x", "", "" }));
    EXPECT_EQ(rows.value()[4], strings({ "été", "", "last" }));
}

TEST(CsvReaderTest, RefusesWhatItCannotReadSafely)
{
    auto r = CsvReader::read("a,b\r\n1,\"open\r\n2,3\r\n", kFile);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errorText(), QStringLiteral("measures.csv: row 2: a quoted cell is not closed"));
    r = CsvReader::read("a,b\r\n1,\"x\"y\r\n", kFile);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errorText(),
        QStringLiteral(
            "measures.csv: row 2, column 2: text after the closing quote of a quoted cell"));
    r = CsvReader::read("a,b\r\n1,x\"y\r\n", kFile);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("row 2, column 2")));
    r = CsvReader::read("a,\xff\xfe", kFile);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("not UTF-8")));
    r = CsvReader::read(QByteArray("\xff\xfe"
                                   "a\0,\0",
                            6),
        kFile);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("UTF-16")));
}

TEST_F(MeasuresCsvTest, ImportsEveryRowThroughTheEditPath)
{
    // Any order of columns, a byte order mark, CRLF, quoted cells, no note column.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "source,measure,asOf,value\r\n"
                           "\"Audited accounts, 2024/25\",alpha.reserves,2025-08-31,8.4\r\n"
                           "DfE census,alpha.attendance,2026-01-15, 94.5 \r\n"
                           ",beta.suspensions,,\r\n"
                           ",,,\r\n";
    const auto summary = import(csv);
    ASSERT_TRUE(succeeded(summary));
    EXPECT_EQ(summary->period, QStringLiteral("2025/26"));
    EXPECT_EQ(summary->rows, 3);
    EXPECT_EQ(summary->changed, 2); // suspensions: an empty row, and nothing was stored
    const auto data = wb->loadAssessment(id);
    ASSERT_EQ(data->measures.size(), 2);
    EXPECT_EQ(*data->measureFor(kReserves),
        record(kReserves, 8.4, QDate(2025, 8, 31), QStringLiteral("Audited accounts, 2024/25")));
    EXPECT_EQ(data->measureFor(kAttendance)->value, 94.5);
    // Audited like any edit.
    const auto trail = entries(QStringLiteral("measure"));
    ASSERT_EQ(trail.size(), 6);
    EXPECT_EQ(trail[0].subject, kReserves);
    EXPECT_EQ(trail[0].actor, QStringLiteral("Clerk"));

    // The same file again changes nothing.
    const auto again = import(csv);
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ(again->changed, 0);
    EXPECT_EQ(entries(QStringLiteral("measure")).size(), 6);
}

TEST_F(MeasuresCsvTest, ARowStatesItsColumnsAndLeavesTheTargetAlone)
{
    fill(id);
    // No target columns: the trust's target stays; an empty value is "not yet known".
    ASSERT_TRUE(
        succeeded(import("measure,value,asOf,source,note\r\n"
                         "alpha.reserves,,2025-08-31,Draft accounts,\"Not audited yet\"\r\n")));
    const auto first = wb->loadAssessment(id);
    ASSERT_TRUE(succeeded(first));
    const MeasureValue *reserves = first->measureFor(kReserves);
    ASSERT_TRUE(reserves);
    EXPECT_FALSE(reserves->value);
    EXPECT_EQ(reserves->note, QStringLiteral("Not audited yet"));
    EXPECT_EQ(reserves->target, (MeasureTarget { 6, 10 }));
    // With them: the trust's target as the row gives it; empty cells, none.
    // With no note column, the note is left as it is.
    ASSERT_TRUE(succeeded(import("measure,value,asOf,source,targetMin,targetMax\r\n"
                                 "alpha.reserves,8,2025-08-31,Accounts,5,\r\n"
                                 "beta.suspensions,12,2026-01-31,MIS,,\r\n")));
    const auto data = wb->loadAssessment(id);
    EXPECT_EQ(data->measureFor(kReserves)->target, (MeasureTarget { 5, std::nullopt }));
    EXPECT_EQ(data->measureFor(kReserves)->note, QStringLiteral("Not audited yet"));
    EXPECT_FALSE(data->measureFor(kSuspensions)->target.isSet());
}

TEST_F(MeasuresCsvTest, ExportListsEveryMeasureAndImportsBackUnchanged)
{
    fill(id);
    ASSERT_TRUE(succeeded(wb->setMeasure(id,
        record(kAttendance, -1.5, QDate(2026, 1, 1), QStringLiteral("=SUM(A1)"),
            QStringLiteral("Two lines,\nwith \"quotes\"")))));
    const auto csv = exportMeasuresCsv(*wb, id);
    ASSERT_TRUE(succeeded(csv));
    EXPECT_TRUE(
        csv->startsWith("\xEF\xBB\xBF"
                        "measure,title,unit,value,asOf,source,note,targetMin,targetMax\r\n"));
    const QString text = QString::fromUtf8(csv.value());
    EXPECT_TRUE(text.contains(
        QStringLiteral("alpha.reserves,Revenue reserves as a share of income,%,8.4,2025-08-31,"
                       "Audited accounts 2024/25,,6,10\r\n")));
    // The formula guard, quoted line breaks.
    EXPECT_TRUE(text.contains(
        QStringLiteral("alpha.attendance,Attendance,%,-1.5,2026-01-01,'=SUM(A1),\"Two lines,\nwith "
                       "\"\"quotes\"\"\",,\r\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("beta.suspensions,Suspensions,pupils,12,")));

    const QByteArray before = state();
    const auto summary = import(csv.value());
    ASSERT_TRUE(succeeded(summary));
    EXPECT_EQ(summary->rows, 3);
    EXPECT_EQ(summary->changed, 0);
    EXPECT_EQ(state(), before);

    // The export of an assessment with nothing recorded is the form to fill in.
    auto blank = newWorkbook(QStringLiteral("blank.strongtrust"));
    const qint64 other
        = blank->createAssessment(QStringLiteral("2025/26"), {}, blank->defaultFrameworkKey())
              .value();
    const QString form = QString::fromUtf8(exportMeasuresCsv(*blank, other).value());
    EXPECT_EQ(form.count(QStringLiteral("\r\n")), 4);
    EXPECT_TRUE(form.contains(QStringLiteral("alpha.attendance,Attendance,%,,,,,,\r\n")));
    ASSERT_TRUE(succeeded(importMeasuresCsv(*blank, other, form.toUtf8(), kFile)));
    EXPECT_TRUE(blank->loadAssessment(other)->measures.isEmpty());
}

TEST_F(MeasuresCsvTest, EveryBadCellIsNamedByRowAndColumnAndNothingChanges)
{
    fill(id);
    const QStringList lines = refusals("measure,value,asOf,source,note\r\n"
                                       "alpha.reserves,9,2025-08-31,Accounts,\r\n"
                                       "alpha.attendance,95,2026-01-15,Census,\r\n"
                                       "beta.suspensions,\"8,4\",2026-01-31,MIS,\r\n"
                                       "alpha.nope,1,,,\r\n"
                                       "alpha.one,1,,,\r\n"
                                       ",1,,,\r\n"
                                       "alpha.reserves,1,31/08/2025,,\r\n"
                                       "alpha.attendance,inf,2026-02-30,,\r\n"
                                       "beta.suspensions,1,,,,extra\r\n");
    const QStringList expected = strings({
        "measures.csv: row 4, column value: \"8,4\" is not a number",
        "measures.csv: row 5, column measure: unknown measure \"alpha.nope\"",
        "measures.csv: row 6, column measure: unknown measure \"alpha.one\"",
        "measures.csv: row 7, column measure: empty: name the measure by its full id, such as "
        "\"alpha.reserves\"",
        "measures.csv: row 8, column measure: \"alpha.reserves\" is also on row 2",
        "measures.csv: row 8, column asOf: \"31/08/2025\" is not a date: write it as YYYY-MM-DD",
        "measures.csv: row 9, column measure: \"alpha.attendance\" is also on row 3",
        "measures.csv: row 9, column value: \"inf\" is not a number",
        "measures.csv: row 9, column asOf: \"2026-02-30\" is not a date: write it as YYYY-MM-DD",
        "measures.csv: row 10: 6 cells, but the header names 5 columns",
        "measures.csv: row 10, column measure: \"beta.suspensions\" is also on row 4",
    });
    for (const QString &line : expected)
        EXPECT_TRUE(lines.contains(line))
            << "missing: " << line.toStdString()
            << "\n  in: " << lines.join(QStringLiteral("\n  ")).toStdString();
    EXPECT_EQ(lines.size(), expected.size()) << lines.join(u'\n').toStdString();
}

TEST_F(MeasuresCsvTest, TheHeaderIsChecked)
{
    fill(id);
    EXPECT_EQ(refusals("measure,value,source\r\nalpha.reserves,1,x\r\n"),
        strings({ "measures.csv: row 1: no column asOf: the header needs measure, value, "
                  "asOf and source" }));
    EXPECT_EQ(refusals("measure,value,asOf,source,notes\r\n"),
        strings({ "measures.csv: row 1, column 5: unknown column \"notes\": the columns are "
                  "measure, value, asOf, source, note, targetMin and targetMax (title and "
                  "unit are ignored)" }));
    EXPECT_EQ(refusals("measure,value,asOf,source,Value\r\n"),
        strings({ "measures.csv: row 1, column 5: the column value is named twice (also "
                  "column 2)" }));
    EXPECT_EQ(refusals("measure;value;asOf;source\r\nalpha.reserves;1;;\r\n"),
        strings({ "measures.csv: row 1, column 1: \"measure;value;asOf;source\" is one "
                  "column: separate the columns with commas, not semicolons" }));
    EXPECT_EQ(refusals("measure,value,asOf,source,targetMin\r\n"),
        strings({ "measures.csv: row 1: targetMin and targetMax go together: give both "
                  "columns or neither" }));
    EXPECT_EQ(refusals(""),
        strings({ "measures.csv: row 1: no header row: the first row names the columns "
                  "measure, value, asOf and source (and optionally note)" }));
    // Headers are matched whatever their case and spaces.
    EXPECT_TRUE(succeeded(import(" Measure , VALUE,asof,Source\r\nalpha.reserves,3,,\r\n")));
}

TEST_F(MeasuresCsvTest, TargetsAndTextsAreChecked)
{
    const QStringList lines = refusals("measure,value,asOf,source,note,targetMin,targetMax\r\n"
                                       "alpha.reserves,8,,,,12,6\r\n"
                                       "alpha.attendance,95,,,,x,\r\n"
                                       "beta.suspensions,1,,"
        + QByteArray(501, 's') + "," + QByteArray(20001, 'n') + ",,\r\n");
    EXPECT_EQ(lines,
        strings({ "measures.csv: row 2, column targetMin: 12 is above the maximum 6",
            "measures.csv: row 3, column targetMin: \"x\" is not a number",
            "measures.csv: row 4, column source: is 501 characters long; the longest accepted "
            "is 500",
            "measures.csv: row 4, column note: is 20,001 characters long; the longest accepted "
            "is 20,000" }));
}

TEST_F(MeasuresCsvTest, AFinalAssessmentOrAFrameworkWithoutMeasuresRefuses)
{
    fill(id);
    ASSERT_TRUE(succeeded(wb->finalise(id,
        SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12), QStringLiteral("BM/7") },
        Workbook::ReasonCheck::NotChecked)));
    const QStringList final = refusals("measure,value,asOf,source\r\nalpha.reserves,1,,\r\n");
    ASSERT_EQ(final.size(), 1);
    EXPECT_TRUE(final[0].contains(QStringLiteral("final"))) << final[0].toStdString();

    auto v1 = FrameworkLoader::loadBytes(toBytes(minimalFramework()), QStringLiteral("v1"));
    ASSERT_TRUE(succeeded(v1));
    auto plain = Workbook::create(
        dir.filePath(QStringLiteral("plain.strongtrust")), kYearTrust, v1.value());
    ASSERT_TRUE(succeeded(plain));
    const qint64 other = plain.value()
                             ->createAssessment(QStringLiteral("2025/26"), {},
                                 plain.value()->defaultFrameworkKey())
                             .value();
    const auto r = importMeasuresCsv(*plain.value(), other, "measure,value,asOf,source\r\n", kFile);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("has no measures")))
        << r.errorText().toStdString();
}

} // namespace
