// The assessment interchange format (docs: interchange-format.md): export,
// import, round trips and every refusal, on real temporary workbooks.
#include "exchange/AssessmentExporter.h"
#include "exchange/AssessmentImporter.h"
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QTemporaryDir>

#include <functional>
#include <gtest/gtest.h>
#include <ostream>
#include <utility>

using namespace strongtrust;
using nlohmann::json;

// QString in test failures as text, not code units.
static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

template <typename T> testing::AssertionResult succeeded(const Result<T> &r)
{
    if (r.ok())
        return testing::AssertionSuccess();
    return testing::AssertionFailure() << r.errorText().toStdString();
}

const QString kTrust = QStringLiteral("Oakfield Learning Trust");
const QString kPeriod = QStringLiteral("2025/26");
const QString kShared = QStringLiteral("governance.shared-accountability");
const QString kStrategic = QStringLiteral("governance.strategic-direction");
const QString kIntervention = QStringLiteral("governance.intervention");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// RFC 4180 rows and cells, enough to read back what the exporter wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                cell += text[++i];
            else if (c == u'"')
                quoted = false;
            else
                cell += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(cell, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(std::exchange(cell, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

class InterchangeTest : public testing::Test
{
protected:
    std::unique_ptr<Workbook> newWorkbook(
        const Framework &fw = FrameworkLoader::builtIn(), const QString &trust = kTrust)
    {
        auto created = Workbook::create(
            dir.filePath(QStringLiteral("t%1.strongtrust").arg(++count)), trust, fw);
        EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
        return created.ok() ? std::move(created).value() : nullptr;
    }

    // An assessment with two raters, a trustee who did not rate, consensus
    // with evidence, and actions.
    qint64 populate(Workbook &wb)
    {
        const qint64 id = wb.createAssessment(kPeriod, s("Annual board self-assessment"),
                                wb.defaultFrameworkKey())
                              .value();
        EXPECT_TRUE(succeeded(wb.setMeetingDate(id, QDate(2026, 3, 12))));
        const qint64 jane = wb.addTrustee(s("Jane Smith"), s("Chair")).value();
        const qint64 sam = wb.addTrustee(s("Sam Patel")).value();
        EXPECT_TRUE(succeeded(wb.addTrustee(s("Ann Lee"), s("Trustee")))); // rates nothing
        EXPECT_TRUE(succeeded(wb.setRating(id, sam, kShared, RatingValue::of(1))));
        EXPECT_TRUE(succeeded(wb.setRating(
            id, jane, kShared, RatingValue::of(3), s("Clear minutes, \"good\"\nchallenge"))));
        EXPECT_TRUE(succeeded(wb.setRating(id, jane, kStrategic, RatingValue::of(2))));
        EXPECT_TRUE(succeeded(wb.setRating(id, sam, kStrategic, RatingValue::notApplicable())));
        EXPECT_TRUE(succeeded(
            wb.setRating(id, sam, kIntervention, RatingValue::unrated(), s("Not sure yet"))));
        EXPECT_TRUE(succeeded(wb.setConsensus(id, kShared, RatingValue::of(3),
            s("Agreed, after \"long\" debate\nand a vote"), Confidence::Moderate)));
        EXPECT_TRUE(succeeded(wb.addEvidence(id, kShared,
            Evidence {
                0, s("Board minutes, March"), s("https://example.org/m"), QDate(2026, 3, 1) })));
        EXPECT_TRUE(succeeded(
            wb.addEvidence(id, kShared, Evidence { 0, s("Scheme of delegation"), {}, {} })));
        EXPECT_TRUE(succeeded(wb.setConsensus(
            id, kStrategic, RatingValue::notApplicable(), s("=1+2"), Confidence::Unstated)));
        EXPECT_TRUE(succeeded(wb.addEvidence(
            id, s("civic.public-benefit"), Evidence { 0, s("Annual report"), {}, {} })));
        EXPECT_TRUE(succeeded(wb.addAction(id,
            Action { 0, s("governance"), kShared, s("Review the scheme of delegation"), s("Clerk"),
                QDate(2026, 7, 1), ActionStatus::Open, 0 })));
        EXPECT_TRUE(succeeded(wb.addAction(
            id, Action { 0, {}, {}, s("Board away day"), {}, {}, ActionStatus::InProgress, 0 })));
        return id;
    }

    static QByteArray exported(const Workbook &wb, const QString &period = kPeriod)
    {
        const auto a = wb.assessmentForPeriod(period);
        if (!a)
            return {};
        auto bytes = exportAssessmentJson(wb, a->id);
        EXPECT_TRUE(bytes.ok()) << bytes.errorText().toStdString();
        return bytes.ok() ? bytes.value() : QByteArray();
    }

    static Result<ImportSummary> import(Workbook &wb, const json &doc)
    {
        return importAssessment(wb, test::toBytes(doc), s("return.json"));
    }

    // A trustee's return: one rater, ratings only.
    static json aReturn(const char *name = "Jane Smith")
    {
        return json { { "format", "strongtrust-assessment" }, { "formatVersion", 1 },
            { "trust", { { "name", "Oakfield Learning Trust" } } },
            { "framework", { { "id", "cst-strong-trust" }, { "version", "2023.1" } } },
            { "period", "2025/26" },
            { "raters", json::array({ { { "id", "r1" }, { "name", name } } }) },
            { "ratings",
                json::array({ { { "rater", "r1" }, { "indicator", "governance.intervention" },
                                  { "level", 4 } },
                    { { "rater", "r1" }, { "indicator", "civic.public-benefit" },
                        { "level", "na" } } }) } };
    }

    static bool hasError(const Diagnostics &errors, const QString &path, const QString &fragment)
    {
        for (const Diagnostic &d : errors) {
            if (d.path == path && d.message.contains(fragment) && d.file == s("return.json"))
                return true;
        }
        return false;
    }

    QTemporaryDir dir;
    int count = 0;
};

} // namespace

TEST_F(InterchangeTest, ExportHasTheDocumentedStructure)
{
    auto wb = newWorkbook();
    populate(*wb);
    const QByteArray bytes = exported(*wb);
    ASSERT_TRUE(bytes.endsWith("}\n"));
    EXPECT_TRUE(bytes.contains("\n  \"formatVersion\": 1,\n"));
    const json doc = json::parse(bytes.toStdString());
    EXPECT_EQ(doc["format"], "strongtrust-assessment");
    EXPECT_EQ(doc["trust"], json({ { "name", "Oakfield Learning Trust" } }));
    EXPECT_EQ(doc["framework"],
        json({ { "id", "cst-strong-trust" },
            { "version", FrameworkLoader::builtIn().version.toStdString() } }));
    EXPECT_EQ(doc["period"], "2025/26");
    EXPECT_EQ(doc["title"], "Annual board self-assessment");
    EXPECT_EQ(doc["meetingDate"], "2026-03-12");
    EXPECT_FALSE(doc.contains("exportedAt"));
    EXPECT_FALSE(doc.contains("signOff")); // a draft
    EXPECT_EQ(doc["raters"], json::parse(R"([{"id": "r1", "name": "Jane Smith", "role": "Chair"},
                                             {"id": "r2", "name": "Sam Patel"}])"));
    // Framework order, then rater order; 3 is an integer, unrated is null.
    EXPECT_EQ(doc["ratings"], json::parse(R"([
        {"rater": "r1", "indicator": "governance.shared-accountability", "level": 3,
         "note": "Clear minutes, \"good\"\nchallenge"},
        {"rater": "r2", "indicator": "governance.shared-accountability", "level": 1},
        {"rater": "r1", "indicator": "governance.strategic-direction", "level": 2},
        {"rater": "r2", "indicator": "governance.strategic-direction", "level": "na"},
        {"rater": "r2", "indicator": "governance.intervention", "level": null, "note": "Not sure yet"}])"));
    EXPECT_TRUE(doc["ratings"][0]["level"].is_number_integer());
    EXPECT_EQ(doc["consensus"], json::parse(R"([
        {"indicator": "governance.shared-accountability", "level": 3,
         "rationale": "Agreed, after \"long\" debate\nand a vote", "confidence": "moderate",
         "evidence": [{"title": "Board minutes, March", "ref": "https://example.org/m", "date": "2026-03-01"},
                      {"title": "Scheme of delegation"}]},
        {"indicator": "governance.strategic-direction", "level": "na", "rationale": "=1+2", "evidence": []},
        {"indicator": "civic.public-benefit", "level": null, "evidence": [{"title": "Annual report"}]}])"));
    EXPECT_EQ(doc["actions"], json::parse(R"([
        {"domain": "governance", "indicator": "governance.shared-accountability",
         "text": "Review the scheme of delegation", "owner": "Clerk", "due": "2026-07-01", "status": "open"},
        {"text": "Board away day", "status": "in-progress"}])"));
}

TEST_F(InterchangeTest, RoundTripGivesIdenticalBytes)
{
    auto source = newWorkbook();
    populate(*source);
    const QByteArray first = exported(*source);

    auto target = newWorkbook();
    const auto summary = importAssessment(*target, first, s("export.json"));
    ASSERT_TRUE(summary.ok()) << summary.errorText().toStdString();
    EXPECT_TRUE(summary->createdAssessment);
    EXPECT_EQ(summary->trusteesAdded, 2);
    EXPECT_EQ(summary->ratings, 5);
    EXPECT_EQ(summary->consensus, 3);
    EXPECT_EQ(summary->actions, 2);
    EXPECT_FALSE(summary->finalised);
    EXPECT_EQ(exported(*target), first);
}

TEST_F(InterchangeTest, RoundTripRestoresAFinalAssessment)
{
    auto source = newWorkbook();
    const qint64 id = populate(*source);
    ASSERT_TRUE(succeeded(
        source->finalise(id, SignOff { s("Jane Smith"), QDate(2026, 3, 12), s("BM/2026/03/7") })));
    const QByteArray first = exported(*source);
    EXPECT_EQ(json::parse(first.toStdString())["signOff"],
        json({ { "chair", "Jane Smith" }, { "date", "2026-03-12" },
            { "minuteRef", "BM/2026/03/7" } }));

    auto target = newWorkbook();
    const auto summary = importAssessment(*target, first, s("archive.json"));
    ASSERT_TRUE(summary.ok()) << summary.errorText().toStdString();
    EXPECT_TRUE(summary->finalised);
    EXPECT_TRUE(target->assessmentForPeriod(kPeriod)->isFinal());
    EXPECT_EQ(exported(*target), first);
}

TEST_F(InterchangeTest, ImportingTwiceChangesNothing)
{
    auto source = newWorkbook();
    populate(*source);
    const QByteArray doc = exported(*source);
    auto target = newWorkbook();
    ASSERT_TRUE(succeeded(importAssessment(*target, doc, s("export.json"))));
    const QByteArray once = exported(*target);
    const auto data = target->loadAssessment(target->assessmentForPeriod(kPeriod)->id).value();
    const qsizetype audit = target->auditLog().size();

    const auto again = importAssessment(*target, doc, s("export.json"));
    ASSERT_TRUE(again.ok()) << again.errorText().toStdString();
    EXPECT_FALSE(again->createdAssessment);
    EXPECT_EQ(again->trusteesAdded, 0);
    const auto after = target->loadAssessment(data.info.id).value();
    EXPECT_EQ(after.ratings.size(), data.ratings.size());
    EXPECT_EQ(after.actions.size(), 2);
    EXPECT_EQ(after.consensusFor(kShared)->evidence.size(), 2);
    EXPECT_EQ(target->trustees().size(), 2);
    EXPECT_EQ(target->auditLog().size(), audit);
    EXPECT_EQ(exported(*target), once);
    // Back into the workbook it came from: nothing to change either.
    ASSERT_TRUE(succeeded(importAssessment(*source, doc, s("export.json"))));
    EXPECT_EQ(exported(*source), doc);
}

TEST_F(InterchangeTest, ActionsAreMatchedAndUpdated)
{
    auto wb = newWorkbook();
    populate(*wb);
    json doc = json::parse(exported(*wb).toStdString());
    doc["actions"][0]["status"] = "done";
    doc["actions"][0]["owner"] = "CEO";
    doc["actions"].push_back({ { "text", "A new action" } });
    ASSERT_TRUE(succeeded(import(*wb, doc)));
    const auto actions = wb->loadAssessment(wb->assessmentForPeriod(kPeriod)->id)->actions;
    ASSERT_EQ(actions.size(), 3);
    EXPECT_EQ(actions[0].status, ActionStatus::Done);
    EXPECT_EQ(actions[0].owner, s("CEO"));
    EXPECT_EQ(actions[2].text, s("A new action"));
}

TEST_F(InterchangeTest, ReturnMergesWithOtherRatersMatchedByName)
{
    auto wb = newWorkbook();
    const qint64 id = populate(*wb);
    json doc = aReturn("  jane   SMITH ");
    doc["raters"][0]["role"] = "Trustee"; // does not overwrite "Chair"
    const auto summary = import(*wb, doc);
    ASSERT_TRUE(summary.ok()) << summary.errorText().toStdString();
    EXPECT_FALSE(summary->createdAssessment);
    EXPECT_EQ(summary->trusteesAdded, 0);
    EXPECT_EQ(wb->trustees().size(), 3);
    const auto jane = wb->trusteeByName(s("Jane Smith"));
    EXPECT_EQ(jane->role, s("Chair"));
    const auto data = wb->loadAssessment(id).value();
    EXPECT_EQ(data.ratings.size(), 7); // five before, two from the return
    const QByteArray doc1 = exported(*wb);
    EXPECT_TRUE(doc1.contains("\"level\": 4"));

    // Another trustee's return: a new name is a new trustee; a role fills an empty one.
    json sam = aReturn("sam patel");
    sam["raters"][0]["role"] = "Vice-chair";
    ASSERT_TRUE(succeeded(import(*wb, sam)));
    EXPECT_EQ(wb->trusteeByName(s("Sam Patel"))->role, s("Vice-chair"));
    const auto added = import(*wb, aReturn("Priya Shah"));
    ASSERT_TRUE(succeeded(added));
    EXPECT_EQ(added->trusteesAdded, 1);
    EXPECT_EQ(wb->trustees().size(), 4);
}

TEST_F(InterchangeTest, ConsensusWithoutEvidenceKeepsTheStoredEvidence)
{
    auto wb = newWorkbook();
    const qint64 id = populate(*wb);
    json doc = aReturn();
    doc["consensus"] = { { { "indicator", kShared.toStdString() }, { "level", 4 } } };
    ASSERT_TRUE(succeeded(import(*wb, doc)));
    const AssessmentData data = wb->loadAssessment(id).value();
    const Consensus *c = data.consensusFor(kShared);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->value, RatingValue::of(4));
    EXPECT_TRUE(c->rationale.isEmpty()); // an entry states the whole agreed rating...
    EXPECT_EQ(c->evidence.size(), 2); // ...but evidence only when it lists it
    doc["consensus"][0]["evidence"] = json::array();
    ASSERT_TRUE(succeeded(import(*wb, doc)));
    EXPECT_TRUE(wb->loadAssessment(id)->consensusFor(kShared)->evidence.isEmpty());
}

TEST_F(InterchangeTest, ReturnForANewPeriodCreatesTheAssessment)
{
    auto wb = newWorkbook();
    json doc = aReturn();
    doc["period"] = "  2026/27 ";
    doc["x-sent-by"] = "email";
    doc["exportedAt"] = "2026-03-01T10:00:00Z";
    const auto summary = import(*wb, doc);
    ASSERT_TRUE(summary.ok()) << summary.errorText().toStdString();
    EXPECT_EQ(summary->period, s("2026/27"));
    EXPECT_TRUE(summary->createdAssessment);
    EXPECT_EQ(wb->assessmentForPeriod(s("2026/27"))->frameworkKey, wb->defaultFrameworkKey());
}

struct Breakage {
    const char *name;
    std::function<void(json &)> apply;
    const char *path;
    const char *fragment;
};

TEST_F(InterchangeTest, EachBrokenRuleIsReportedAtItsPathAndNothingIsWritten)
{
    const std::vector<Breakage> cases = {
        { "format", [](json &d) { d["format"] = "strongtrust-framework"; }, "/format",
            "strongtrust-assessment" },
        { "version", [](json &d) { d["formatVersion"] = 0; }, "/formatVersion", "must be 1" },
        { "no period", [](json &d) { d.erase("period"); }, "/", "\"period\"" },
        { "long period", [](json &d) { d["period"] = std::string(41, 'x'); }, "/period", "40" },
        { "control", [](json &d) { d["period"] = "2025\n26"; }, "/period", "control" },
        { "unknown field", [](json &d) { d["colour"] = "red"; }, "/colour", "unknown field" },
        { "exportedAt type", [](json &d) { d["exportedAt"] = 5; }, "/exportedAt", "string" },
        { "no framework", [](json &d) { d["framework"].erase("id"); }, "/framework", "\"id\"" },
        { "framework", [](json &d) { d["framework"]["id"] = "test-framework"; }, "/framework/id",
            "cst-strong-trust" },
        { "new period framework",
            [](json &d) {
                d["period"] = "2030/31";
                d["framework"]["id"] = "other";
            },
            "/framework/id", "unknown framework \"other\"" },
        { "trust", [](json &d) { d["trust"]["name"] = "Elmwood Trust"; }, "/trust/name",
            "Elmwood Trust" },
        { "rater id",
            [](json &d) {
                d["raters"].push_back({ { "id", "r1" }, { "name", "Other" } });
            },
            "/raters/1/id", "duplicate" },
        { "rater name", [](json &d) { d["raters"][0]["name"] = " "; }, "/raters/0/name", "empty" },
        { "rater ref", [](json &d) { d["ratings"][0]["rater"] = "r9"; }, "/ratings/0/rater",
            "unknown rater \"r9\"" },
        { "indicator", [](json &d) { d["ratings"][0]["indicator"] = "governance.nope"; },
            "/ratings/0/indicator", "unknown indicator \"governance.nope\"" },
        { "level", [](json &d) { d["ratings"][0]["level"] = 5; }, "/ratings/0/level",
            "not a level" },
        { "fraction", [](json &d) { d["ratings"][0]["level"] = 2.5; }, "/ratings/0/level",
            "1, 2, 3, 4" },
        { "level text", [](json &d) { d["ratings"][0]["level"] = "n/a"; }, "/ratings/0/level",
            "expected a level" },
        { "no level", [](json &d) { d["ratings"][0].erase("level"); }, "/ratings/0", "\"level\"" },
        { "duplicate", [](json &d) { d["ratings"][1]["indicator"] = "governance.intervention"; },
            "/ratings/1", "/ratings/0" },
        { "note", [](json &d) { d["ratings"][0]["note"] = 3; }, "/ratings/0/note", "string" },
        { "consensus indicator",
            [](json &d) {
                d["consensus"] = { { { "indicator", "x.y" }, { "level", 2 } } };
            },
            "/consensus/0/indicator", "unknown indicator" },
        { "consensus twice",
            [](json &d) {
                d["consensus"] = { { { "indicator", "civic.public-benefit" }, { "level", 2 } },
                    { { "indicator", "civic.public-benefit" }, { "level", 3 } } };
            },
            "/consensus/1/indicator", "/consensus/0/indicator" },
        { "confidence",
            [](json &d) {
                d["consensus"] = { { { "indicator", "civic.public-benefit" }, { "level", 2 },
                    { "confidence", "high" } } };
            },
            "/consensus/0/confidence", "limited, moderate or strong" },
        { "evidence title",
            [](json &d) {
                d["consensus"] = { { { "indicator", "civic.public-benefit" }, { "level", 2 },
                    { "evidence", { { { "ref", "x" } } } } } };
            },
            "/consensus/0/evidence/0", "\"title\"" },
        { "evidence date",
            [](json &d) {
                d["consensus"] = { { { "indicator", "civic.public-benefit" }, { "level", 2 },
                    { "evidence", { { { "title", "t" }, { "date", "2026-02-30" } } } } } };
            },
            "/consensus/0/evidence/0/date", "malformed date" },
        { "short date", [](json &d) { d["meetingDate"] = "2026-3-1"; }, "/meetingDate",
            "malformed date" },
        { "action text",
            [](json &d) {
                d["actions"] = { { { "owner", "Clerk" } } };
            },
            "/actions/0", "\"text\"" },
        { "action domain",
            [](json &d) {
                d["actions"] = { { { "text", "t" }, { "domain", "finance" } } };
            },
            "/actions/0/domain", "unknown domain" },
        { "action indicator",
            [](json &d) {
                d["actions"] = { { { "text", "t" }, { "domain", "civic" },
                    { "indicator", "governance.intervention" } } };
            },
            "/actions/0/indicator", "not in the domain" },
        { "action status",
            [](json &d) {
                d["actions"] = { { { "text", "t" }, { "status", "closed" } } };
            },
            "/actions/0/status", "in-progress" },
        { "action due",
            [](json &d) {
                d["actions"] = { { { "text", "t" }, { "due", "01/07/2026" } } };
            },
            "/actions/0/due", "malformed date" },
        { "signOff into existing",
            [](json &d) {
                d["signOff"] = { { "chair", "Jane Smith" }, { "date", "2026-03-12" } };
            },
            "/signOff", "2025/26" },
        { "signOff chair",
            [](json &d) {
                d["period"] = "2030/31";
                d["signOff"] = { { "date", "2026-03-12" } };
            },
            "/signOff", "\"chair\"" },
        { "signOff date",
            [](json &d) {
                d["period"] = "2030/31";
                d["signOff"] = { { "chair", "J" }, { "date", "2026-03-32" } };
            },
            "/signOff/date", "malformed date" },
    };
    auto wb = newWorkbook();
    populate(*wb);
    const QByteArray before = exported(*wb);
    const qsizetype trustees = wb->trustees().size();
    const qsizetype assessments = wb->assessments().size();
    for (const Breakage &c : cases) {
        json doc = aReturn("New Person"); // would add a trustee, were it valid
        c.apply(doc);
        const auto r = import(*wb, doc);
        ASSERT_FALSE(r.ok()) << c.name;
        EXPECT_TRUE(hasError(r.errors(), s(c.path), s(c.fragment)))
            << c.name << ": " << r.errorText().toStdString();
        EXPECT_EQ(exported(*wb), before) << c.name;
        EXPECT_EQ(wb->trustees().size(), trustees) << c.name;
        EXPECT_EQ(wb->assessments().size(), assessments) << c.name;
    }
}

TEST_F(InterchangeTest, EveryProblemIsListedAtOnce)
{
    auto wb = newWorkbook();
    json doc = aReturn();
    doc["ratings"][0]["level"] = 7;
    doc["ratings"][1]["indicator"] = "civic.nope";
    doc["ratings"].push_back(
        { { "rater", "r2" }, { "indicator", "civic.public-benefit" }, { "level", 1 } });
    doc["meetingDate"] = "tomorrow";
    const auto r = import(*wb, doc);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors().size(), 4) << r.errorText().toStdString();
    EXPECT_TRUE(hasError(r.errors(), s("/ratings/0/level"), s("not a level")));
    EXPECT_TRUE(hasError(r.errors(), s("/ratings/1/indicator"), s("unknown indicator")));
    EXPECT_TRUE(hasError(r.errors(), s("/ratings/2/rater"), s("unknown rater")));
    EXPECT_TRUE(hasError(r.errors(), s("/meetingDate"), s("malformed date")));
    EXPECT_TRUE(wb->assessments().isEmpty());
    EXPECT_TRUE(wb->trustees().isEmpty());
}

TEST_F(InterchangeTest, TrustNameMustMatch)
{
    auto wb = newWorkbook();
    json doc = aReturn();
    doc["trust"]["name"] = "  oakfield   LEARNING trust"; // same trust
    EXPECT_TRUE(succeeded(import(*wb, doc)));
    doc["trust"]["name"] = "Elmwood Academies";
    const auto r = import(*wb, doc);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(s("Elmwood Academies")) && r.errorText().contains(kTrust))
        << r.errorText().toStdString();
}

TEST_F(InterchangeTest, NewerFormatVersionIsRefusedAlone)
{
    auto wb = newWorkbook();
    json doc = aReturn();
    doc["formatVersion"] = 3; // version 2 (the board's own words) is read
    doc["newThing"] = true;
    const auto r = import(*wb, doc);
    ASSERT_EQ(r.errors().size(), 1);
    EXPECT_TRUE(hasError(r.errors(), s("/formatVersion"), s("newer version of strongtrust")));
}

TEST_F(InterchangeTest, FinalAssessmentIsNotChanged)
{
    auto wb = newWorkbook();
    const qint64 id = populate(*wb);
    ASSERT_TRUE(succeeded(wb->finalise(id, SignOff { s("Jane Smith"), QDate(2026, 3, 12), {} })));
    const QByteArray before = exported(*wb);
    const auto r = import(*wb, aReturn());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(
        hasError(r.errors(), s("/period"), s("the assessment for 2025/26 is final (signed off)")));
    EXPECT_EQ(exported(*wb), before);
}

TEST_F(InterchangeTest, ReadOnlyWorkbookIsRefused)
{
    auto wb = newWorkbook();
    const QString path = wb->path();
    wb.reset();
    auto ro = Workbook::open(path, Workbook::OpenOptions { true });
    ASSERT_TRUE(succeeded(ro));
    const auto r = import(*ro.value(), aReturn());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(s("read-only"))) << r.errorText().toStdString();
}

TEST_F(InterchangeTest, SyntaxErrorHasLineAndColumn)
{
    auto wb = newWorkbook();
    const auto r = importAssessment(*wb,
        QByteArray("{\n  \"format\": \"strongtrust-assessment\",\n  \"period\": ,\n}"),
        s("return.json"));
    ASSERT_EQ(r.errors().size(), 1);
    EXPECT_EQ(r.errors()[0].line, 3);
    EXPECT_EQ(r.errors()[0].column, 13);
    EXPECT_TRUE(r.errorText().startsWith(s("return.json:3:13: "))) << r.errorText().toStdString();
}

TEST_F(InterchangeTest, OversizedFileIsRefusedUnread)
{
    auto wb = newWorkbook();
    const QString path = dir.filePath(s("big.json"));
    ASSERT_TRUE(test::writeFile(path, QByteArray(kMaxImportBytes + 1, ' ')));
    const auto r = importAssessmentFile(*wb, path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(s("20 MiB"))) << r.errorText().toStdString();
    ASSERT_TRUE(test::writeFile(path, test::toBytes(aReturn())));
    EXPECT_TRUE(succeeded(importAssessmentFile(*wb, path)));
}

TEST_F(InterchangeTest, CsvHasOneRowPerIndicatorWithQuotingAndGuards)
{
    auto wb = newWorkbook();
    const qint64 id = populate(*wb);
    ASSERT_TRUE(
        succeeded(wb->renameTrustee(wb->trusteeByName(s("Ann Lee"))->id, s("=cmd|' /C calc'!A0"))));
    const auto csv = exportAssessmentCsv(*wb, id);
    ASSERT_TRUE(csv.ok()) << csv.errorText().toStdString();
    ASSERT_TRUE(csv->startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(csv->endsWith("\r\n"));
    EXPECT_TRUE(csv->contains("\"Agreed, after \"\"long\"\" debate\nand a vote\""));
    const auto rows = parseCsv(QString::fromUtf8(csv->mid(3)));
    ASSERT_EQ(rows.size(), 1 + FrameworkLoader::builtIn().indicatorCount());
    EXPECT_EQ(rows[0].join(u','),
        s("period,domain_id,domain,indicator,indicator_text,consensus,consensus_label,confidence,"
          "rationale,score,mean,min,max,std_dev,levels_given,not_applicable,unrated,disagreement,"
          "evidence_count,Jane Smith,Sam Patel,'=cmd|' /C calc'!A0"));
    const QStringList &shared = rows[1];
    EXPECT_EQ(shared[0], kPeriod);
    EXPECT_EQ(shared[1], s("governance"));
    EXPECT_EQ(shared[3], kShared);
    EXPECT_EQ(shared.mid(5, 4),
        (QStringList { s("3"), s("Established"), s("moderate"),
            s("Agreed, after \"long\" debate\nand a vote") }));
    // score, mean, min, max, std_dev, levels, na, unrated, disagreement, evidence, raters
    EXPECT_EQ(shared.mid(9),
        (QStringList { s("3"), s("2"), s("1"), s("3"), s("1"), s("2"), s("0"), s("1"), s("yes"),
            s("2"), s("3"), s("1"), {} }));
    const QStringList &strategic = rows[2];
    EXPECT_EQ(strategic[5], s("na"));
    EXPECT_EQ(strategic[8], s("'=1+2")); // a formula from a return is shown, not run
    EXPECT_EQ(strategic.mid(19), (QStringList { s("2"), s("na"), {} }));
}

TEST_F(InterchangeTest, FractionalScaleExportsAndRoundTrips)
{
    const auto fw
        = FrameworkLoader::loadBytes(test::toBytes(test::minimalFramework()), s("minimal.json"));
    ASSERT_TRUE(succeeded(fw));
    auto wb = newWorkbook(fw.value());
    const qint64 id = wb->createAssessment(kPeriod, {}, wb->defaultFrameworkKey()).value();
    const qint64 a = wb->addTrustee(s("Ann")).value();
    const qint64 b = wb->addTrustee(s("Bob")).value();
    const QString one = s("alpha.one");
    ASSERT_TRUE(succeeded(wb->setRating(id, a, one, RatingValue::of(0.5))));
    ASSERT_TRUE(succeeded(wb->setRating(id, b, one, RatingValue::of(1))));
    ASSERT_TRUE(succeeded(wb->setRating(id, b, s("beta.one"), RatingValue::of(0))));
    ASSERT_TRUE(succeeded(wb->setConsensus(id, one, RatingValue::of(0.5), {}, Confidence::Strong)));

    const auto csv = exportAssessmentCsv(*wb, id);
    ASSERT_TRUE(succeeded(csv));
    const auto rows = parseCsv(QString::fromUtf8(csv->mid(3)));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[1].mid(5, 3), (QStringList { s("0.5"), s("Middle"), s("strong") }));
    EXPECT_EQ(
        rows[1].mid(9, 5), (QStringList { s("0.5"), s("0.75"), s("0.5"), s("1"), s("0.25") }));
    EXPECT_EQ(rows[1].mid(19), (QStringList { s("0.5"), s("1") }));

    const QByteArray first = exported(*wb);
    const json doc = json::parse(first.toStdString());
    EXPECT_TRUE(doc["ratings"][0]["level"].is_number_float());
    EXPECT_TRUE(doc["ratings"][1]["level"].is_number_integer());
    EXPECT_EQ(doc["period"], "2025/26");
    EXPECT_FALSE(doc.contains("title"));

    auto target = newWorkbook(fw.value());
    ASSERT_TRUE(succeeded(importAssessment(*target, first, s("export.json"))));
    EXPECT_EQ(exported(*target), first);

    // This scale has no "not applicable", and 0.25 is not a level of it.
    json bad = doc;
    bad["ratings"][0]["level"] = "na";
    bad["ratings"][1]["level"] = 0.25;
    const auto r = importAssessment(*target, test::toBytes(bad), s("return.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(hasError(r.errors(), s("/ratings/0/level"), s("not allowed")));
    EXPECT_TRUE(hasError(r.errors(), s("/ratings/1/level"), s("0, 0.5, 1")));
}
