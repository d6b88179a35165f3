// Baseline standards and measures in the interchange document (format
// version 2) and the archive bundle: the export, the round trip, re-import,
// every refusal with its JSON path, and the finalised record.
#include "BaselineFixture.h"
#include "archive/ArchiveBundle.h"
#include "exchange/AssessmentExporter.h"
#include "exchange/AssessmentImporter.h"

#include <QDir>

using namespace strongtrust;
using namespace strongtrust::test;
using nlohmann::json;

static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

class BaselineInterchangeTest : public BaselineFixture
{
protected:
    QByteArray exported(const Workbook &w, qint64 assessmentId) const
    {
        auto bytes = exportAssessmentJson(w, assessmentId);
        EXPECT_TRUE(succeeded(bytes));
        return bytes.ok() ? bytes.value() : QByteArray();
    }

    json exportedJson() const { return json::parse(exported(*wb, id).toStdString()); }

    // A small version 2 document for the assessment, to break one field at a time.
    static json document()
    {
        return json::parse(R"({
          "format": "strongtrust-assessment", "formatVersion": 2,
          "framework": { "id": "baseline-framework" }, "period": "2025/26",
          "standards": [ { "standard": "alpha.accounts-published", "result": "met" } ],
          "measures": [ { "measure": "alpha.reserves", "value": 8.4, "asOf": "2025-08-31" } ]
        })");
    }

    // The problems an import of `doc` reports, as "PATH: message" lines; and
    // that it changed nothing.
    QStringList refusals(const json &doc)
    {
        const QByteArray before = exported(*wb, id);
        const auto trail = wb->auditLog().size();
        const auto r = importAssessment(
            *wb, QByteArray::fromStdString(doc.dump()), QStringLiteral("board.json"));
        EXPECT_FALSE(r.ok()) << "the import was accepted";
        EXPECT_EQ(wb->auditLog().size(), trail) << "a refused import wrote something";
        EXPECT_EQ(exported(*wb, id), before);
        QStringList lines;
        for (const Diagnostic &d : r.errors())
            lines.append(d.path + QStringLiteral(": ") + d.message);
        return lines;
    }
};

TEST_F(BaselineInterchangeTest, ExportWritesStandardsAndMeasuresAsVersion2)
{
    // Nothing of version 2 recorded: a version 1 document, as before.
    EXPECT_EQ(exportedJson()["formatVersion"], 1);
    EXPECT_FALSE(exportedJson().contains("standards"));

    fill(id);
    const json doc = exportedJson();
    EXPECT_EQ(doc["formatVersion"], 2);
    EXPECT_EQ(doc["standards"], json::parse(R"([
      { "standard": "alpha.accounts-published", "result": "met", "evidence": [] },
      { "standard": "alpha.safeguarding", "result": "not-met",
        "note": "Two DBS checks were late.\nNow fixed.",
        "evidence": [ { "title": "Single central record audit", "ref": "hr/scr-2026.pdf",
                        "date": "2026-02-01" } ] }
    ])"));
    EXPECT_EQ(doc["measures"], json::parse(R"([
      { "measure": "alpha.reserves", "value": 8.4, "asOf": "2025-08-31",
        "source": "Audited accounts 2024/25", "target": { "min": 6, "max": 10 } },
      { "measure": "alpha.attendance", "value": null, "note": "Awaiting the census" },
      { "measure": "beta.suspensions", "value": 12, "asOf": "2026-01-31", "source": "MIS" }
    ])"));
    EXPECT_TRUE(doc["measures"][2]["value"].is_number_integer());
    EXPECT_EQ(doc["actions"][0]["indicator"], "alpha.safeguarding");
    // In the format's order: after the lists of version 1, before the sign-off.
    const QByteArray bytes = exported(*wb, id);
    EXPECT_LT(bytes.indexOf("\"actions\""), bytes.indexOf("\"standards\""));
    EXPECT_LT(bytes.indexOf("\"standards\""), bytes.indexOf("\"measures\""));
}

TEST_F(BaselineInterchangeTest, RoundTripIntoAnEmptyWorkbookGivesIdenticalBytes)
{
    fill(id);
    const QByteArray first = exported(*wb, id);
    auto target = newWorkbook(QStringLiteral("empty.strongtrust"));
    const auto summary = importAssessment(*target, first, QStringLiteral("export.json"));
    ASSERT_TRUE(succeeded(summary));
    EXPECT_EQ(summary->standards, 2);
    EXPECT_EQ(summary->measures, 3);
    const auto copy = target->assessmentForPeriod(QStringLiteral("2025/26"));
    ASSERT_TRUE(copy);
    EXPECT_EQ(exported(*target, copy->id), first);
    const auto data = target->loadAssessment(copy->id);
    EXPECT_EQ(data->measures, wb->loadAssessment(id)->measures);
    EXPECT_EQ(data->standardFor(kSafeguarding)->evidence.size(), 1);

    // Importing it again changes nothing, not even the trail.
    const auto trail = target->auditLog().size();
    ASSERT_TRUE(succeeded(importAssessment(*target, first, QStringLiteral("export.json"))));
    EXPECT_EQ(target->auditLog().size(), trail);
    EXPECT_EQ(exported(*target, copy->id), first);
}

TEST_F(BaselineInterchangeTest, AnEntryStatesTheWholeRecordAndOthersAreLeftAlone)
{
    fill(id);
    json doc = document();
    doc["standards"][0]["result"] = nullptr;
    doc["standards"][0]["note"] = "Published in February: late.";
    doc["measures"][0] = json::parse(R"({ "measure": "alpha.reserves", "value": 7 })");
    ASSERT_TRUE(succeeded(
        importAssessment(*wb, QByteArray::fromStdString(doc.dump()), QStringLiteral("b.json"))));
    const auto data = wb->loadAssessment(id);
    const StandardJudgement *accounts = data->standardFor(kAccounts);
    ASSERT_TRUE(accounts);
    EXPECT_EQ(accounts->result, StandardResult::NotJudged);
    EXPECT_EQ(accounts->note, QStringLiteral("Published in February: late."));
    // The whole record: no date, source or target of its own any more.
    const MeasureValue *reserves = data->measureFor(kReserves);
    ASSERT_TRUE(reserves);
    EXPECT_EQ(reserves->value, 7.0);
    EXPECT_FALSE(reserves->asOf.isValid());
    EXPECT_TRUE(reserves->source.isEmpty());
    EXPECT_FALSE(reserves->target.isSet());
    // What the document does not name is left as it was, evidence included.
    EXPECT_EQ(data->standardFor(kSafeguarding)->result, StandardResult::NotMet);
    EXPECT_EQ(data->standardFor(kSafeguarding)->evidence.size(), 1);
    EXPECT_EQ(data->measureFor(kSuspensions)->value, 12.0);
    // Given evidence replaces the list, through the same edit path.
    doc = document();
    doc["standards"][0]["standard"] = kSafeguarding.toStdString();
    doc["standards"][0]["evidence"] = json::array();
    ASSERT_TRUE(succeeded(
        importAssessment(*wb, QByteArray::fromStdString(doc.dump()), QStringLiteral("b.json"))));
    EXPECT_TRUE(wb->loadAssessment(id)->standardFor(kSafeguarding)->evidence.isEmpty());
    EXPECT_FALSE(entries(QStringLiteral("evidence")).isEmpty());
}

TEST_F(BaselineInterchangeTest, EveryProblemIsListedWithItsPathAndNothingIsWritten)
{
    fill(id);
    json doc = document();
    doc["standards"] = json::parse(R"([
      { "standard": "alpha.accounts-published", "result": "maybe" },
      { "standard": "alpha.nope", "result": "met" },
      { "standard": "alpha.one", "result": "met" },
      { "standard": "alpha.safeguarding", "result": null, "colour": "red" },
      { "standard": "alpha.accounts-published", "result": "not-met" },
      { "standard": "alpha.safeguarding", "result": "", "evidence": [ { "title": "" } ] }
    ])");
    doc["measures"] = json::parse(R"([
      { "measure": "alpha.reserves", "value": "8.4" },
      { "measure": "alpha.nope", "value": 1 },
      { "measure": "alpha.attendance", "value": 95, "asOf": "31/08/2025" },
      { "measure": "beta.suspensions", "value": 3, "target": { "min": 10, "max": 6 } },
      { "measure": "alpha.reserves", "value": 1 },
      { "measure": "alpha.attendance", "value": 1, "target": {} },
      { "measure": "alpha.attendance", "value": 1, "target": { "min": "5" } }
    ])");
    doc["actions"] = json::parse(R"([
      { "indicator": "alpha.reserves", "text": "Rebuild the reserves" },
      { "domain": "beta", "indicator": "alpha.safeguarding", "text": "Check DBS" }
    ])");
    const QStringList lines = refusals(doc);
    for (const char *expected : {
             "/standards/0/result: \"maybe\" is not one of met, not-met, null",
             "/standards/1/standard: unknown standard \"alpha.nope\"",
             "/standards/2/standard: unknown standard \"alpha.one\"",
             "/standards/3/colour: ",
             "/standards/4/standard: duplicate entry for the standard "
             "\"alpha.accounts-published\" (first at /standards/0/standard)",
             "/standards/5/result: \"\" is not one of met, not-met, null",
             "/standards/5/evidence/0/title: ",
             "/measures/0/value: expected a number or null, found a string",
             "/measures/1/measure: unknown measure \"alpha.nope\"",
             "/measures/2/asOf: malformed date \"31/08/2025\"",
             "/measures/3/target/min: 10 is above the maximum 6",
             "/measures/4/measure: duplicate entry for the measure \"alpha.reserves\"",
             "/measures/5/target: give \"min\", \"max\" or both",
             "/measures/6/target/min: expected a number, found a string",
             "/actions/0/indicator: unknown indicator or standard \"alpha.reserves\"",
             "/actions/1/indicator: the indicator \"alpha.safeguarding\" is not in the domain "
             "\"beta\"",
         }) {
        const QString want = QString::fromUtf8(expected);
        EXPECT_TRUE(std::any_of(
            lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(want); }))
            << "missing: " << expected
            << "\n  in: " << lines.join(QStringLiteral("\n  ")).toStdString();
    }
}

TEST_F(BaselineInterchangeTest, Version1DocumentsCannotCarryThem)
{
    json doc = document();
    doc["formatVersion"] = 1;
    const QStringList lines = refusals(doc);
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "/standards: baseline standards need \"formatVersion\": 2 (this document says 1)")))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(
        QStringLiteral("/measures: measures need \"formatVersion\": 2 (this document says 1)")));
}

TEST_F(BaselineInterchangeTest, TextsOverTheirLimitsAreRefused)
{
    json doc = document();
    doc["standards"][0]["note"] = std::string(20001, 'n');
    doc["measures"][0]["source"] = std::string(501, 's');
    doc["measures"][0]["note"] = std::string(20001, 'n');
    const QStringList lines = refusals(doc);
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "/standards/0/note: is 20,001 characters long; the longest accepted is 20,000")))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(
        QStringLiteral("/measures/0/source: is 501 characters long; the longest accepted is 500")));
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "/measures/0/note: is 20,001 characters long; the longest accepted is 20,000")));
}

TEST_F(BaselineInterchangeTest, AFinalisedAssessmentRefusesAndASignOffRestoresThemAll)
{
    fill(id);
    ASSERT_TRUE(succeeded(wb->finalise(id,
        SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12), QStringLiteral("BM/7") },
        Workbook::ReasonCheck::NotChecked)));
    const QStringList lines = refusals(document());
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "/period: the assessment for 2025/26 is final (signed off) and cannot be changed")))
        << lines.join(u'\n').toStdString();

    // The archived document restores the whole record, signed, elsewhere.
    const QByteArray archived = exported(*wb, id);
    EXPECT_TRUE(archived.contains("\"signOff\""));
    auto target = newWorkbook(QStringLiteral("restored.strongtrust"));
    const auto summary = importAssessment(*target, archived, QStringLiteral("assessment.json"));
    ASSERT_TRUE(succeeded(summary));
    EXPECT_TRUE(summary->finalised);
    const auto restored = target->assessmentForPeriod(QStringLiteral("2025/26"));
    ASSERT_TRUE(restored && restored->isFinal());
    const auto data = target->loadAssessment(restored->id);
    EXPECT_EQ(data->standards.size(), 2);
    EXPECT_EQ(data->measures.size(), 3);
    EXPECT_EQ(exported(*target, restored->id), archived);
}

TEST_F(BaselineInterchangeTest, TheArchiveBundleCarriesThem)
{
    fill(id);
    ASSERT_TRUE(succeeded(wb->finalise(id,
        SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12), QStringLiteral("BM/7") },
        Workbook::ReasonCheck::NotChecked)));
    const QString out = dir.filePath(QStringLiteral("bundle"));
    ASSERT_TRUE(succeeded(writeArchiveBundle(*wb, id, out)));
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    EXPECT_TRUE(files.contains(QStringLiteral("measures.csv"))) << files.join(u' ').toStdString();
    const auto verified = verifyArchiveBundle(out);
    ASSERT_TRUE(succeeded(verified));
    EXPECT_TRUE(verified->intact()) << verified->problemLines().join(u'\n').toStdString();
    EXPECT_EQ(verified->fileCount, 5); // report, assessment, framework, audit, measures

    const json doc = json::parse(
        readFile(QDir(out).filePath(QStringLiteral("assessment.json"))).toStdString());
    EXPECT_EQ(doc["standards"].size(), 2u);
    EXPECT_EQ(doc["measures"].size(), 3u);
    const QString csv
        = QString::fromUtf8(readFile(QDir(out).filePath(QStringLiteral("measures.csv"))));
    EXPECT_TRUE(
        csv.contains(QStringLiteral("alpha.reserves,Revenue reserves as a share of "
                                    "income,%,8.4,2025-08-31,Audited accounts 2024/25,,6,10")))
        << csv.toStdString();

    // Restored from the bundle into a workbook that never held the framework.
    auto other = Workbook::create(
        dir.filePath(QStringLiteral("other.strongtrust")), kYearTrust, FrameworkLoader::builtIn());
    ASSERT_TRUE(succeeded(other));
    const auto summary = importAssessmentFile(
        *other.value(), QDir(out).filePath(QStringLiteral("assessment.json")));
    ASSERT_TRUE(succeeded(summary));
    const auto restored = other.value()->assessmentForPeriod(QStringLiteral("2025/26"));
    ASSERT_TRUE(restored);
    EXPECT_EQ(
        other.value()->loadAssessment(restored->id)->measures, wb->loadAssessment(id)->measures);
}

} // namespace
