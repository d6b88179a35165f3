// Framework format version 2: a domain's baseline standards and measures.
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <functional>
#include <gtest/gtest.h>
#include <string>

using namespace strongtrust;
using nlohmann::json;

namespace {

// The minimal framework of TestSupport, as version 2, with standards and
// measures in its first domain and none in its second.
json minimalV2()
{
    json doc = test::minimalFramework();
    doc["formatVersion"] = 2;
    doc["domains"][0]["standards"] = json::parse(R"([
      { "id": "published", "text": "The accounts are published.", "guidance": "Look online.",
        "source": "A handbook", "capsAt": 0.5 },
      { "id": "safe", "text": "Every school is safe.", "x-note": "ignored" }
    ])");
    doc["domains"][0]["measures"] = json::parse(R"([
      { "id": "reserves", "title": "Reserves as a share of income", "unit": "%",
        "better": "range", "decimals": 2, "target": { "min": 5, "max": 12 },
        "guidance": "From the accounts.", "source": "The accounts" },
      { "id": "absence", "title": "Sickness absence", "better": "lower" },
      { "id": "attendance", "title": "Attendance", "unit": "%", "better": "higher",
        "decimals": 0, "target": { "min": 95 } }
    ])");
    return doc;
}

Result<Framework> load(const json &doc)
{
    return FrameworkLoader::loadBytes(test::toBytes(doc), QStringLiteral("test.json"));
}

bool hasError(const Result<Framework> &r, const QString &path, const QString &fragment)
{
    for (const Diagnostic &d : r.errors()) {
        if (d.path == path && d.message.contains(fragment))
            return true;
    }
    return false;
}

std::string numbered(const char *prefix, int n)
{
    std::string s = prefix;
    s += std::to_string(n);
    return s;
}

json standards(int n)
{
    json list = json::array();
    for (int i = 0; i < n; ++i)
        list.push_back({ { "id", numbered("s", i) }, { "text", "t" } });
    return list;
}

json measures(int n)
{
    json list = json::array();
    for (int i = 0; i < n; ++i)
        list.push_back({ { "id", numbered("m", i) }, { "title", "t" }, { "better", "higher" } });
    return list;
}

} // namespace

TEST(FrameworkV2Loader, LoadsStandardsAndMeasures)
{
    const auto r = load(minimalV2());
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    const Framework &fw = r.value();
    EXPECT_EQ(fw.formatVersion, 2);
    EXPECT_EQ(fw.standardCount(), 2);
    EXPECT_EQ(fw.measureCount(), 3);
    EXPECT_TRUE(fw.domains[1].standards.isEmpty());
    EXPECT_TRUE(fw.domains[1].measures.isEmpty());

    const Standard *published = fw.findStandard(QStringLiteral("alpha.published"));
    ASSERT_NE(published, nullptr);
    EXPECT_EQ(published->id, QStringLiteral("published"));
    EXPECT_EQ(published->text, QStringLiteral("The accounts are published."));
    EXPECT_EQ(published->guidance, QStringLiteral("Look online."));
    EXPECT_EQ(published->source, QStringLiteral("A handbook"));
    ASSERT_TRUE(published->capsAt.has_value());
    EXPECT_DOUBLE_EQ(*published->capsAt, 0.5);
    const Standard *safe = fw.findStandard(QStringLiteral("alpha.safe"));
    ASSERT_NE(safe, nullptr);
    EXPECT_FALSE(safe->capsAt.has_value());
    EXPECT_TRUE(safe->guidance.isEmpty());
    EXPECT_TRUE(safe->source.isEmpty());

    const Measure *reserves = fw.findMeasure(QStringLiteral("alpha.reserves"));
    ASSERT_NE(reserves, nullptr);
    EXPECT_EQ(reserves->title, QStringLiteral("Reserves as a share of income"));
    EXPECT_EQ(reserves->unit, QStringLiteral("%"));
    EXPECT_EQ(reserves->better, MeasureDirection::Range);
    EXPECT_EQ(reserves->decimals, 2);
    EXPECT_EQ(reserves->target, (MeasureTarget { 5.0, 12.0 }));
    EXPECT_EQ(reserves->guidance, QStringLiteral("From the accounts."));
    EXPECT_EQ(reserves->source, QStringLiteral("The accounts"));
    const Measure *absence = fw.findMeasure(QStringLiteral("alpha.absence"));
    ASSERT_NE(absence, nullptr);
    EXPECT_EQ(absence->better, MeasureDirection::Lower);
    EXPECT_EQ(absence->decimals, 1); // the default
    EXPECT_FALSE(absence->target.isSet());
    EXPECT_TRUE(absence->unit.isEmpty());
    const Measure *attendance = fw.findMeasure(QStringLiteral("alpha.attendance"));
    ASSERT_NE(attendance, nullptr);
    EXPECT_EQ(attendance->better, MeasureDirection::Higher);
    EXPECT_EQ(attendance->decimals, 0);
    EXPECT_EQ(attendance->target, (MeasureTarget { 95.0, std::nullopt }));

    // Standards and measures are not indicators: ratings never refer to them.
    EXPECT_EQ(fw.indicatorCount(), 3);
    EXPECT_EQ(fw.findIndicator(QStringLiteral("alpha.published")), nullptr);
    EXPECT_EQ(fw.findStandard(QStringLiteral("alpha.reserves")), nullptr);
    EXPECT_EQ(fw.findMeasure(QStringLiteral("beta.reserves")), nullptr);
}

TEST(FrameworkV2Loader, VersionTwoNeedNotHaveStandardsOrMeasures)
{
    json doc = test::minimalFramework();
    doc["formatVersion"] = 2;
    doc["domains"][1]["standards"] = json::array();
    const auto r = load(doc);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r->formatVersion, 2);
    EXPECT_EQ(r->standardCount(), 0);
    EXPECT_EQ(r->measureCount(), 0);
}

TEST(FrameworkV2Loader, ThirtyOfEachAreAllowed)
{
    json doc = minimalV2();
    doc["domains"][1]["standards"] = standards(30);
    doc["domains"][1]["measures"] = measures(30);
    const auto r = load(doc);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r->domains[1].standards.size(), 30);
    EXPECT_EQ(r->domains[1].measures.size(), 30);
    EXPECT_EQ(r->domains[1].measures[29].fullId, QStringLiteral("beta.m29"));
}

TEST(FrameworkV2Loader, VersionOneIsReadAsBefore)
{
    const auto r = load(test::minimalFramework());
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r->formatVersion, 1);
    EXPECT_EQ(r->standardCount(), 0);
    EXPECT_EQ(r->measureCount(), 0);
    for (const Domain &d : r->domains) {
        EXPECT_TRUE(d.standards.isEmpty());
        EXPECT_TRUE(d.measures.isEmpty());
    }
}

TEST(FrameworkV2Loader, VersionOneWithStandardsOrMeasuresNamesTheVersionItNeeds)
{
    json doc = minimalV2();
    doc["formatVersion"] = 1;
    const auto r = load(doc);
    ASSERT_FALSE(r.ok());
    // One error for each field, not one for everything inside it.
    ASSERT_EQ(r.errors().size(), 2) << r.errorText().toStdString();
    EXPECT_EQ(r.errors()[0].toString(),
        QStringLiteral(
            "test.json: /domains/0/standards: \"standards\" needs \"formatVersion\": 2 (this file "
            "says 1)"));
    EXPECT_EQ(r.errors()[1].toString(),
        QStringLiteral(
            "test.json: /domains/0/measures: \"measures\" needs \"formatVersion\": 2 (this file "
            "says 1)"));
}

TEST(FrameworkV2Loader, NewerFormatIsStillRefusedAsSuch)
{
    json doc = minimalV2();
    doc["formatVersion"] = 3;
    doc["domains"][0]["standards"][0]["newThing"] = true;
    const auto r = load(doc);
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.errors().size(), 1);
    EXPECT_EQ(r.errors()[0].toString(),
        QStringLiteral("test.json: /formatVersion: made by a newer version of strongtrust "
                       "(format version 3); this version reads format version 2"));
}

TEST(FrameworkV2Loader, BrokenScaleGivesNoCapsAtErrorOfItsOwn)
{
    json doc = minimalV2();
    doc["scale"]["levels"][1] = "half"; // the level of value 0.5, which capsAt names
    const auto r = load(doc);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(
        hasError(r, QStringLiteral("/scale/levels/1"), QStringLiteral("expected an object")));
    for (const Diagnostic &d : r.errors())
        EXPECT_FALSE(d.path.endsWith(QStringLiteral("/capsAt"))) << d.toString().toStdString();
}

struct V2RuleCase {
    const char *name;
    std::function<void(json &)> breakIt;
    const char *path;
    const char *fragment;
};

class FrameworkV2Rule : public testing::TestWithParam<V2RuleCase>
{
};

TEST_P(FrameworkV2Rule, ReportsPathOfBrokenRule)
{
    json doc = minimalV2();
    ASSERT_TRUE(load(doc).ok());
    GetParam().breakIt(doc);
    const auto r = load(doc);
    ASSERT_FALSE(r.ok()) << GetParam().name;
    EXPECT_TRUE(
        hasError(r, QString::fromUtf8(GetParam().path), QString::fromUtf8(GetParam().fragment)))
        << GetParam().name << "\n got:\n"
        << r.errorText().toStdString();
    for (const Diagnostic &d : r.errors())
        EXPECT_EQ(d.file, QStringLiteral("test.json"));
}

json &standard(json &d, int i)
{
    return d["domains"][0]["standards"][i];
}

json &measure(json &d, int i)
{
    return d["domains"][0]["measures"][i];
}

const V2RuleCase kV2RuleCases[] = {
    // The lists.
    { "standards not an array", [](json &d) { d["domains"][0]["standards"] = json::object(); },
        "/domains/0/standards", "expected an array" },
    { "measures not an array", [](json &d) { d["domains"][1]["measures"] = "none"; },
        "/domains/1/measures", "expected an array" },
    { "thirty-one standards", [](json &d) { d["domains"][1]["standards"] = standards(31); },
        "/domains/1/standards", "a domain has at most 30 standards" },
    { "thirty-one measures", [](json &d) { d["domains"][1]["measures"] = measures(31); },
        "/domains/1/measures", "a domain has at most 30 measures" },
    { "standard not an object", [](json &d) { standard(d, 1) = "safe"; }, "/domains/0/standards/1",
        "expected an object" },
    { "unknown standard field", [](json &d) { standard(d, 0)["caps"] = 1; },
        "/domains/0/standards/0/caps", "unknown field \"caps\"" },
    { "unknown measure field", [](json &d) { measure(d, 1)["better "] = "lower"; },
        "/domains/0/measures/1/better ", "unknown field" },
    { "unknown target field", [](json &d) { measure(d, 0)["target"]["minimum"] = 1; },
        "/domains/0/measures/0/target/minimum", "unknown field" },

    // Ids.
    { "standard id missing", [](json &d) { standard(d, 1).erase("id"); }, "/domains/0/standards/1",
        "missing required field \"id\"" },
    { "standard id invalid", [](json &d) { standard(d, 1)["id"] = "Safe"; },
        "/domains/0/standards/1/id", "not a valid id" },
    { "measure id invalid", [](json &d) { measure(d, 2)["id"] = "at tendance"; },
        "/domains/0/measures/2/id", "not a valid id" },
    { "standard id repeats a standard", [](json &d) { standard(d, 1)["id"] = "published"; },
        "/domains/0/standards/1/id",
        "duplicate id \"published\" (also at /domains/0/standards/0/id)" },
    { "standard id repeats an indicator", [](json &d) { standard(d, 0)["id"] = "two"; },
        "/domains/0/standards/0/id", "duplicate id \"two\" (also at /domains/0/indicators/1/id)" },
    { "measure id repeats an indicator", [](json &d) { measure(d, 1)["id"] = "one"; },
        "/domains/0/measures/1/id", "duplicate id \"one\" (also at /domains/0/indicators/0/id)" },
    { "measure id repeats a standard", [](json &d) { measure(d, 2)["id"] = "safe"; },
        "/domains/0/measures/2/id", "duplicate id \"safe\" (also at /domains/0/standards/1/id)" },
    { "measure id repeats a measure", [](json &d) { measure(d, 2)["id"] = "reserves"; },
        "/domains/0/measures/2/id",
        "duplicate id \"reserves\" (also at /domains/0/measures/0/id)" },

    // Standards.
    { "standard text missing", [](json &d) { standard(d, 0).erase("text"); },
        "/domains/0/standards/0", "missing required field \"text\"" },
    { "standard text empty", [](json &d) { standard(d, 0)["text"] = " "; },
        "/domains/0/standards/0/text", "must not be empty" },
    { "standard guidance not text", [](json &d) { standard(d, 0)["guidance"] = 1; },
        "/domains/0/standards/0/guidance", "expected a string" },
    { "standard source not text", [](json &d) { standard(d, 0)["source"] = json::array(); },
        "/domains/0/standards/0/source", "expected a string" },
    { "capsAt not on the scale", [](json &d) { standard(d, 0)["capsAt"] = 2; },
        "/domains/0/standards/0/capsAt", "2 is not a level value of the scale (0, 0.5, 1)" },
    { "capsAt not a number", [](json &d) { standard(d, 1)["capsAt"] = "0.5"; },
        "/domains/0/standards/1/capsAt", "expected a number" },

    // Measures.
    { "measure title missing", [](json &d) { measure(d, 1).erase("title"); },
        "/domains/0/measures/1", "missing required field \"title\"" },
    { "measure title empty", [](json &d) { measure(d, 1)["title"] = ""; },
        "/domains/0/measures/1/title", "must not be empty" },
    { "unit not text", [](json &d) { measure(d, 0)["unit"] = 100; }, "/domains/0/measures/0/unit",
        "expected a string" },
    { "guidance not text", [](json &d) { measure(d, 0)["guidance"] = false; },
        "/domains/0/measures/0/guidance", "expected a string" },
    { "source not text", [](json &d) { measure(d, 0)["source"] = json::object(); },
        "/domains/0/measures/0/source", "expected a string" },
    { "better missing", [](json &d) { measure(d, 1).erase("better"); }, "/domains/0/measures/1",
        "missing required field \"better\"" },
    { "better unknown", [](json &d) { measure(d, 1)["better"] = "smaller"; },
        "/domains/0/measures/1/better",
        "\"smaller\" is not one of \"higher\", \"lower\" or \"range\"" },
    { "better not text", [](json &d) { measure(d, 1)["better"] = -1; },
        "/domains/0/measures/1/better", "expected a string" },
    { "range without target", [](json &d) { measure(d, 0).erase("target"); },
        "/domains/0/measures/0",
        "\"better\": \"range\" needs a \"target\" with \"min\" and/or \"max\"" },
    { "decimals above four", [](json &d) { measure(d, 0)["decimals"] = 5; },
        "/domains/0/measures/0/decimals", "5 is not from 0 to 4" },
    { "decimals negative", [](json &d) { measure(d, 0)["decimals"] = -1; },
        "/domains/0/measures/0/decimals", "-1 is not from 0 to 4" },
    { "decimals fractional", [](json &d) { measure(d, 0)["decimals"] = 1.5; },
        "/domains/0/measures/0/decimals", "expected a whole number" },
    { "target not an object", [](json &d) { measure(d, 2)["target"] = 95; },
        "/domains/0/measures/2/target", "expected an object" },
    { "target empty", [](json &d) { measure(d, 0)["target"] = json::object(); },
        "/domains/0/measures/0/target", "gives neither \"min\" nor \"max\"" },
    { "target min above max", [](json &d) { measure(d, 0)["target"]["min"] = 12.5; },
        "/domains/0/measures/0/target/min", "12.5 is greater than \"max\" (12)" },
    { "target min not a number", [](json &d) { measure(d, 0)["target"]["min"] = "5"; },
        "/domains/0/measures/0/target/min", "expected a number" },
    { "target max not finite", [](json &d) { measure(d, 2)["target"]["max"] = 1e308 * 10; },
        "/domains/0/measures/2/target/max", "expected a number" },
};

INSTANTIATE_TEST_SUITE_P(AllRules, FrameworkV2Rule, testing::ValuesIn(kV2RuleCases),
    [](const testing::TestParamInfo<V2RuleCase> &param) {
        std::string n = param.param.name;
        for (char &c : n)
            c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        return n;
    });

TEST(FrameworkV2Loader, ReportsEveryProblemAtOnce)
{
    json doc = minimalV2();
    standard(doc, 0)["capsAt"] = 3;
    measure(doc, 0)["decimals"] = 9;
    measure(doc, 1)["better"] = "up";
    measure(doc, 2)["target"]["max"] = 90;
    const auto r = load(doc);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors().size(), 4) << r.errorText().toStdString();
}

TEST(FrameworkV2Loader, MinEqualToMaxIsARange)
{
    json doc = minimalV2();
    measure(doc, 0)["target"] = { { "min", 7 }, { "max", 7 } };
    const auto r = load(doc);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_TRUE(r->findMeasure(QStringLiteral("alpha.reserves"))->target.contains(7));
}
