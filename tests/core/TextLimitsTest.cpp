// The longest texts an import accepts (workbook/TextLimits.h, listed in
// docs/interchange.md): a text of exactly its limit goes in whole, one
// character more is refused at its JSON path, and a refused import writes
// nothing at all.
#include "workbook/TextLimits.h"

#include "exchange/AssessmentExporter.h"
#include "exchange/AssessmentImporter.h"
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QTemporaryDir>

#include <functional>
#include <gtest/gtest.h>
#include <string>

using namespace strongtrust;
using nlohmann::json;

namespace {

const QString kFile = QStringLiteral("return.json");
const QString kShared = QStringLiteral("governance.shared-accountability");

// A text of `n` characters: words, so that nothing about it but its length matters.
std::string text(int n)
{
    std::string s;
    s.reserve(std::size_t(n));
    while (int(s.size()) < n)
        s += "board ";
    s.resize(std::size_t(n));
    s.back() = 'x'; // no space at the end to be trimmed
    return s;
}

// A return carrying every text field the format has, each of the length
// asked for (or short, when 0), for a new period.
json document(const std::function<int(const char *)> &length)
{
    auto t = [&](const char *field, const char *fallback) {
        const int n = length(field);
        return n > 0 ? text(n) : std::string(fallback);
    };
    return json {
        { "format", "strongtrust-assessment" },
        { "formatVersion", 1 },
        { "framework", { { "id", "cst-strong-trust" } } },
        { "period", "2025/26" },
        { "title", t("title", "Annual board self-assessment") },
        { "raters",
            json::array({ { { "id", "r1" }, { "name", t("name", "Jane Smith") },
                { "role", t("role", "Chair") } } }) },
        { "ratings",
            json::array({ { { "rater", "r1" }, { "indicator", "governance.shared-accountability" },
                { "level", 3 }, { "note", t("note", "Seen in March.") } } }) },
        { "consensus",
            json::array({ { { "indicator", "governance.shared-accountability" }, { "level", 3 },
                { "rationale", t("rationale", "Agreed.") },
                { "evidence",
                    json::array({ { { "title", t("evidence title", "Minutes") },
                        { "ref", t("evidence ref", "minutes.pdf") } } }) } } }) },
        { "actions",
            json::array({ { { "domain", "governance" },
                { "text", t("action text", "Review the scheme of delegation") },
                { "owner", t("owner", "Clerk") } } }) },
        { "changeReasons",
            json::array(
                { { { "domain", "governance" }, { "reason", t("reason", "New chair.") } } }) },
    };
}

struct Field {
    const char *name; // as document() knows it, or a signOff/trust field
    const char *path; // where the problem is reported
    int limit;
};

const Field kFields[] = {
    { "title", "/title", limits::kTitle },
    { "name", "/raters/0/name", limits::kName },
    { "role", "/raters/0/role", limits::kRole },
    { "note", "/ratings/0/note", limits::kNote },
    { "rationale", "/consensus/0/rationale", limits::kRationale },
    { "evidence title", "/consensus/0/evidence/0/title", limits::kEvidenceTitle },
    { "evidence ref", "/consensus/0/evidence/0/ref", limits::kEvidenceRef },
    { "action text", "/actions/0/text", limits::kActionText },
    { "owner", "/actions/0/owner", limits::kName },
    { "reason", "/changeReasons/0/reason", limits::kChangeReason },
};

class TextLimitsTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto created = Workbook::create(dir.filePath(QStringLiteral("t.strongtrust")),
            QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        wb = std::move(created).value();
    }

    Result<ImportSummary> import(const json &doc)
    {
        return importAssessment(*wb, test::toBytes(doc), kFile);
    }

    // Everything an import could change: the assessments as exported, the
    // trustees and the audit trail.
    QByteArray state() const
    {
        QByteArray out;
        for (const AssessmentInfo &a : wb->assessments())
            out += exportAssessmentJson(*wb, a.id).value();
        for (const Trustee &t : wb->trustees())
            out += t.name.toUtf8() + '|' + t.role.toUtf8() + '\n';
        out += QByteArray::number(wb->auditLog().size());
        return out;
    }

    static QString problemAt(const Result<ImportSummary> &r, const QString &path)
    {
        for (const Diagnostic &d : r.errors()) {
            if (d.path == path && d.file == kFile)
                return d.message;
        }
        return {};
    }

    QTemporaryDir dir;
    std::unique_ptr<Workbook> wb;
};

} // namespace

TEST_F(TextLimitsTest, EveryTextOfExactlyItsLimitIsImportedWhole)
{
    const json doc = document([](const char *field) {
        for (const Field &f : kFields) {
            if (std::string(f.name) == field)
                return f.limit;
        }
        return 0;
    });
    const auto r = import(doc);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    const auto a = wb->assessmentForPeriod(QStringLiteral("2025/26"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->title.size(), limits::kTitle);
    ASSERT_EQ(wb->trustees().size(), 1);
    EXPECT_EQ(wb->trustees()[0].name.size(), limits::kName);
    EXPECT_EQ(wb->trustees()[0].role.size(), limits::kRole);
    const auto data = wb->loadAssessment(a->id);
    ASSERT_TRUE(data.ok()) << data.errorText().toStdString();
    ASSERT_EQ(data->ratings.size(), 1);
    EXPECT_EQ(data->ratings[0].note, QString::fromStdString(text(limits::kNote)));
    ASSERT_EQ(data->consensus.size(), 1);
    const Consensus &c = data->consensus.first();
    EXPECT_EQ(c.rationale.size(), limits::kRationale);
    ASSERT_EQ(c.evidence.size(), 1);
    EXPECT_EQ(c.evidence[0].title.size(), limits::kEvidenceTitle);
    EXPECT_EQ(c.evidence[0].ref.size(), limits::kEvidenceRef);
    ASSERT_EQ(data->actions.size(), 1);
    EXPECT_EQ(data->actions[0].text.size(), limits::kActionText);
    EXPECT_EQ(data->actions[0].owner.size(), limits::kName);
    EXPECT_EQ(
        data->changeReasons.value(QStringLiteral("governance")).size(), limits::kChangeReason);
}

TEST_F(TextLimitsTest, EachTextOneOverItsLimitIsRefusedAtItsPathAndNothingIsWritten)
{
    // Something already there, which a refused import must leave exactly as it is.
    ASSERT_TRUE(import(document([](const char *) { return 0; })).ok());
    const QByteArray before = state();
    for (const Field &f : kFields) {
        SCOPED_TRACE(f.name);
        json doc = document(
            [&](const char *field) { return std::string(f.name) == field ? f.limit + 1 : 0; });
        doc["period"] = "2026/27"; // would create an assessment, were it accepted
        const auto r = import(doc);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.errors().size(), 1) << r.errorText().toStdString();
        const QString message = problemAt(r, QString::fromLatin1(f.path));
        EXPECT_TRUE(message.contains(QStringLiteral("characters long; the longest accepted is")))
            << r.errorText().toStdString();
        EXPECT_EQ(state(), before);
    }
}

TEST_F(TextLimitsTest, TheProblemSaysHowLongTheTextIsAndHowLongItMayBe)
{
    json doc = document(
        [](const char *field) { return std::string(field) == "note" ? limits::kNote + 1 : 0; });
    doc["ratings"].push_back(
        { { "rater", "r1" }, { "indicator", "governance.strategic-direction" }, { "level", 2 } });
    doc["ratings"].push_back({ { "rater", "r1" }, { "indicator", "governance.intervention" },
        { "level", 2 }, { "note", text(limits::kNote + 1) } });
    const auto r = import(doc);
    ASSERT_FALSE(r.ok());
    // Every text too long is listed, each at its own place.
    ASSERT_EQ(r.errors().size(), 2) << r.errorText().toStdString();
    EXPECT_EQ(problemAt(r, QStringLiteral("/ratings/0/note")),
        QStringLiteral("is 20,001 characters long; the longest accepted is 20,000"));
    EXPECT_EQ(problemAt(r, QStringLiteral("/ratings/2/note")),
        QStringLiteral("is 20,001 characters long; the longest accepted is 20,000"));
    EXPECT_TRUE(r.errorText().startsWith(QStringLiteral("return.json: /ratings/0/note: is 20,001")))
        << r.errorText().toStdString();
    EXPECT_TRUE(wb->assessments().isEmpty());
    EXPECT_TRUE(wb->trustees().isEmpty());
    EXPECT_TRUE(wb->auditLog().isEmpty());
}

TEST_F(TextLimitsTest, SignOffAndTrustNamesAreHeldToTheirLimits)
{
    json doc = document([](const char *) { return 0; });
    doc["trust"] = { { "name", text(limits::kName + 1) } };
    doc["signOff"] = { { "chair", text(limits::kName + 1) }, { "date", "2026-03-12" },
        { "minuteRef", text(limits::kMinuteRef + 1) } };
    const auto r = import(doc);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors().size(), 3) << r.errorText().toStdString();
    EXPECT_EQ(problemAt(r, QStringLiteral("/trust/name")),
        QStringLiteral("is 201 characters long; the longest accepted is 200"));
    EXPECT_EQ(problemAt(r, QStringLiteral("/signOff/chair")),
        QStringLiteral("is 201 characters long; the longest accepted is 200"));
    EXPECT_EQ(problemAt(r, QStringLiteral("/signOff/minuteRef")),
        QStringLiteral("is 201 characters long; the longest accepted is 200"));
    EXPECT_TRUE(wb->assessments().isEmpty());
}

TEST_F(TextLimitsTest, LengthIsCountedAsStored)
{
    // A name is stored with its spaces made single and trimmed: the padding
    // of a text that fits is not held against it.
    json doc = document([](const char *) { return 0; });
    doc["raters"][0]["name"] = "   " + text(limits::kName) + "   ";
    doc["actions"][0]["text"] = "\n" + text(limits::kActionText) + "\n";
    const auto r = import(doc);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(wb->trustees()[0].name.size(), limits::kName);
}
