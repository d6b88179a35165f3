#include "framework/FrameworkLoader.h"

#include "support/TestSupport.h"

#include <QTemporaryDir>

#include <functional>
#include <gtest/gtest.h>
#include <string>

using namespace strongtrust;
using nlohmann::json;
using Ptr = nlohmann::json::json_pointer;

namespace {

Result<Framework> load(const json &doc)
{
    return FrameworkLoader::loadBytes(test::toBytes(doc), QStringLiteral("test.json"));
}

Result<Framework> loadText(const char *text)
{
    return FrameworkLoader::loadBytes(QByteArray(text), QStringLiteral("test.json"));
}

bool hasError(const Result<Framework> &r, const QString &path, const QString &fragment)
{
    for (const Diagnostic &d : r.errors()) {
        if (d.path == path && d.message.contains(fragment))
            return true;
    }
    return false;
}

// "L3", "d7" ...: appended rather than "L" + ..., on which GCC 12 at -O2 warns
// falsely (-Wrestrict).
std::string numbered(const char *prefix, int n)
{
    std::string s = prefix;
    s += std::to_string(n);
    return s;
}

} // namespace

TEST(FrameworkLoader, LoadsMinimalFramework)
{
    const auto r = load(test::minimalFramework());
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    const Framework &fw = r.value();
    EXPECT_EQ(fw.id, QStringLiteral("test-framework"));
    EXPECT_EQ(fw.version, QStringLiteral("1.0"));
    EXPECT_EQ(fw.source.year, 2024);
    ASSERT_EQ(fw.domains.size(), 2);
    EXPECT_EQ(fw.indicatorCount(), 3);
    EXPECT_EQ(fw.scale.id, QStringLiteral("three-step"));
    EXPECT_FALSE(fw.scale.allowNotApplicable);
    ASSERT_EQ(fw.scale.levels.size(), 3);
    EXPECT_DOUBLE_EQ(fw.scale.levels[1].value, 0.5);
    EXPECT_EQ(fw.scale.levels[2].color, QStringLiteral("#009e73"));
    EXPECT_TRUE(fw.scale.levels[1].color.isEmpty());
    const Indicator *one = fw.findIndicator(QStringLiteral("alpha.one"));
    ASSERT_NE(one, nullptr);
    EXPECT_EQ(one->prompts.size(), 2);
    EXPECT_EQ(one->levelDescriptors,
        (QStringList { QStringLiteral("none"), QStringLiteral("half"), QStringLiteral("all") }));
    const Indicator *two = fw.findIndicator(QStringLiteral("alpha.two"));
    ASSERT_NE(two, nullptr);
    EXPECT_EQ(two->levelDescriptors, QStringList(3));
    EXPECT_NE(fw.findIndicator(QStringLiteral("beta.one")), nullptr);
    EXPECT_EQ(fw.findIndicator(QStringLiteral("beta.two")), nullptr);
    EXPECT_EQ(fw.domainIndex(QStringLiteral("beta")), 1);
    EXPECT_EQ(fw.json, test::toBytes(test::minimalFramework()));
}

TEST(FrameworkLoader, OptionalFieldsMayBeOmitted)
{
    json doc = test::minimalFramework();
    doc.erase("version");
    doc.erase("source");
    doc["scale"].erase("id");
    doc["scale"].erase("allowNotApplicable");
    for (auto &level : doc["scale"]["levels"]) {
        level.erase("descriptor");
        level.erase("color");
    }
    doc["domains"][0].erase("summary");
    const auto r = load(doc);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_TRUE(r->scale.allowNotApplicable);
    EXPECT_TRUE(r->version.isEmpty());
}

struct RuleCase {
    const char *name;
    std::function<void(json &)> breakIt;
    const char *path;
    const char *fragment;
};

class FrameworkRule : public testing::TestWithParam<RuleCase>
{
};

TEST_P(FrameworkRule, ReportsPathOfBrokenRule)
{
    json doc = test::minimalFramework();
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

const RuleCase kRuleCases[] = {
    { "format wrong", [](json &d) { d["format"] = "strongtrust-assessment"; }, "/format",
        "must be \"strongtrust-framework\"" },
    { "format missing", [](json &d) { d.erase("format"); }, "/",
        "missing required field \"format\"" },
    { "format version newer", [](json &d) { d["formatVersion"] = 3; }, "/formatVersion",
        "newer version" },
    { "format version not a number", [](json &d) { d["formatVersion"] = "1"; }, "/formatVersion",
        "expected a whole number" },
    { "format version zero", [](json &d) { d["formatVersion"] = 0; }, "/formatVersion",
        "must be between 1 and 2" },
    { "unknown top-level field", [](json &d) { d["titel"] = "typo"; }, "/titel", "unknown field" },
    { "unknown nested field",
        [](json &d) { d["domains"][1]["indicators"][0]["promts"] = json::array(); },
        "/domains/1/indicators/0/promts", "unknown field" },
    { "id upper case", [](json &d) { d["id"] = "Test"; }, "/id", "not a valid id" },
    { "id with space", [](json &d) { d["domains"][0]["id"] = "al pha"; }, "/domains/0/id",
        "not a valid id" },
    { "indicator id invalid", [](json &d) { d["domains"][0]["indicators"][1]["id"] = "two_2"; },
        "/domains/0/indicators/1/id", "not a valid id" },
    { "scale id invalid", [](json &d) { d["scale"]["id"] = "Three"; }, "/scale/id",
        "not a valid id" },
    { "duplicate domain id", [](json &d) { d["domains"][1]["id"] = "alpha"; }, "/domains/1/id",
        "duplicate id \"alpha\" (also at /domains/0/id)" },
    { "duplicate indicator id", [](json &d) { d["domains"][0]["indicators"][1]["id"] = "one"; },
        "/domains/0/indicators/1/id", "duplicate id" },
    { "one level", [](json &d) { d["scale"]["levels"] = json::array({ d["scale"]["levels"][0] }); },
        "/scale/levels", "2 to 10 levels" },
    { "eleven levels",
        [](json &d) {
            json levels = json::array();
            for (int i = 0; i < 11; ++i)
                levels.push_back({ { "value", i }, { "label", numbered("L", i) } });
            d["scale"]["levels"] = levels;
            d["domains"][0]["indicators"][0].erase("levelDescriptors");
        },
        "/scale/levels", "2 to 10 levels" },
    { "values not increasing", [](json &d) { d["scale"]["levels"][2]["value"] = 0.5; },
        "/scale/levels/2/value", "strictly increase" },
    { "value not a number", [](json &d) { d["scale"]["levels"][1]["value"] = "half"; },
        "/scale/levels/1/value", "expected a number" },
    { "value infinite", [](json &d) { d["scale"]["levels"][2]["value"] = 1e308 * 10; },
        "/scale/levels/2/value", "expected a number" },
    { "label empty", [](json &d) { d["scale"]["levels"][0]["label"] = "  "; },
        "/scale/levels/0/label", "must not be empty" },
    { "label duplicate", [](json &d) { d["scale"]["levels"][2]["label"] = "low"; },
        "/scale/levels/2/label", "duplicate label" },
    { "colour malformed", [](json &d) { d["scale"]["levels"][0]["color"] = "red"; },
        "/scale/levels/0/color", "#rrggbb" },
    { "colour short", [](json &d) { d["scale"]["levels"][0]["color"] = "#fff"; },
        "/scale/levels/0/color", "#rrggbb" },
    { "no domains", [](json &d) { d["domains"] = json::array(); }, "/domains", "1 to 20 domains" },
    { "too many domains",
        [](json &d) {
            json domains = json::array();
            for (int i = 0; i < 21; ++i)
                domains.push_back({ { "id", numbered("d", i) }, { "title", "D" },
                    { "indicators", json::array({ { { "id", "i" }, { "text", "t" } } }) } });
            d["domains"] = domains;
        },
        "/domains", "1 to 20 domains" },
    { "no indicators", [](json &d) { d["domains"][1]["indicators"] = json::array(); },
        "/domains/1/indicators", "1 to 50 indicators" },
    { "too many indicators",
        [](json &d) {
            json inds = json::array();
            for (int i = 0; i < 51; ++i)
                inds.push_back({ { "id", numbered("i", i) }, { "text", "t" } });
            d["domains"][1]["indicators"] = inds;
        },
        "/domains/1/indicators", "1 to 50 indicators" },
    { "domain title empty", [](json &d) { d["domains"][0]["title"] = ""; }, "/domains/0/title",
        "must not be empty" },
    { "domain title missing", [](json &d) { d["domains"][0].erase("title"); }, "/domains/0",
        "missing required field \"title\"" },
    { "indicator text empty", [](json &d) { d["domains"][1]["indicators"][0]["text"] = ""; },
        "/domains/1/indicators/0/text", "must not be empty" },
    { "indicator text missing", [](json &d) { d["domains"][1]["indicators"][0].erase("text"); },
        "/domains/1/indicators/0", "missing required field \"text\"" },
    { "descriptor key not a level",
        [](json &d) { d["domains"][0]["indicators"][0]["levelDescriptors"]["2"] = "two"; },
        "/domains/0/indicators/0/levelDescriptors/2", "not a value of the scale (0, 0.5, 1)" },
    { "descriptor key not a number",
        [](json &d) { d["domains"][0]["indicators"][0]["levelDescriptors"]["high"] = "x"; },
        "/domains/0/indicators/0/levelDescriptors/high", "not a value of the scale" },
    { "descriptor key written oddly",
        [](json &d) { d["domains"][0]["indicators"][0]["levelDescriptors"][".5"] = "x"; },
        "/domains/0/indicators/0/levelDescriptors/.5", "not a value of the scale" },
    { "descriptor not a string",
        [](json &d) { d["domains"][0]["indicators"][0]["levelDescriptors"]["1"] = 1; },
        "/domains/0/indicators/0/levelDescriptors/1", "expected a string" },
    { "prompts not an array", [](json &d) { d["domains"][0]["indicators"][0]["prompts"] = "why?"; },
        "/domains/0/indicators/0/prompts", "expected an array" },
    { "prompt empty", [](json &d) { d["domains"][0]["indicators"][0]["prompts"][1] = ""; },
        "/domains/0/indicators/0/prompts/1", "must not be empty" },
    { "guidance wrong type", [](json &d) { d["domains"][0]["indicators"][0]["guidance"] = 3; },
        "/domains/0/indicators/0/guidance", "expected a string" },
    { "source year wrong", [](json &d) { d["source"]["year"] = 22; }, "/source/year",
        "four-digit year" },
    { "source unknown field", [](json &d) { d["source"]["url"] = "x"; }, "/source/url",
        "unknown field" },
    { "allowNotApplicable wrong type", [](json &d) { d["scale"]["allowNotApplicable"] = "yes"; },
        "/scale/allowNotApplicable", "expected true or false" },
    { "root not an object",
        [](json &d) {
            d = json::array({ 1, 2 });
        },
        "/", "expected an object" },
    { "key with slash is escaped", [](json &d) { d["a/b~c"] = 1; }, "/a~1b~0c", "unknown field" },
};

INSTANTIATE_TEST_SUITE_P(AllRules, FrameworkRule, testing::ValuesIn(kRuleCases),
    [](const testing::TestParamInfo<RuleCase> &param) {
        std::string n = param.param.name;
        for (char &c : n)
            c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        return n;
    });

TEST(FrameworkLoader, ReportsEveryProblemAtOnce)
{
    json doc = test::minimalFramework();
    doc["id"] = "BAD";
    doc["domains"][0]["title"] = "";
    doc["domains"][1]["indicators"][0]["id"] = "Bad";
    doc["scale"]["levels"][0]["color"] = "blue";
    const auto r = load(doc);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors().size(), 4) << r.errorText().toStdString();
}

TEST(FrameworkLoader, NewerFormatIsRefusedAsSuch)
{
    json doc = test::minimalFramework();
    doc["formatVersion"] = 7;
    doc["newThing"] = true; // a newer format may have fields we do not know
    const auto r = load(doc);
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.errors().size(), 1);
    EXPECT_EQ(r.errors()[0].toString(),
        QStringLiteral("test.json: /formatVersion: made by a newer version of strongtrust "
                       "(format version 7); this version reads format version 2"));
}

TEST(FrameworkLoader, SyntaxErrorGivesLineAndColumn)
{
    const auto r = loadText("{\n  \"format\": \"strongtrust-framework\",\n  \"id\" \"x\"\n}");
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.errors().size(), 1);
    const Diagnostic &d = r.errors()[0];
    EXPECT_EQ(d.line, 3);
    EXPECT_EQ(d.column, 8);
    EXPECT_TRUE(d.toString().startsWith(QStringLiteral("test.json:3:8: ")))
        << d.toString().toStdString();
}

TEST(FrameworkLoader, SyntaxErrorColumnCountsCharactersNotBytes)
{
    // "é" is two bytes; the error at the stray comma is the 14th character.
    const auto r = loadText("{\"title\": \"é\",,}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors()[0].line, 1);
    EXPECT_EQ(r.errors()[0].column, 15);
}

TEST(FrameworkLoader, TrailingGarbageIsASyntaxError)
{
    const auto r = loadText("{}\n{}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors()[0].line, 2);
}

TEST(FrameworkLoader, EmptyFileIsExplained)
{
    const auto r = loadText("");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors()[0].toString(),
        QStringLiteral("test.json:1:1: the file is empty; expected a JSON document"));
}

TEST(FrameworkLoader, FileOverFiveMiBIsRefusedBeforeParsing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    // Not even JSON: a parse would report a syntax error instead.
    ASSERT_TRUE(test::writeFile(path, QByteArray(5 * 1024 * 1024 + 1, 'x')));
    const auto r = FrameworkLoader::loadFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errors()[0].message.contains(QStringLiteral("over 5 MiB")))
        << r.errorText().toStdString();
    EXPECT_EQ(r.errors()[0].line, 0);
}

TEST(FrameworkLoader, MissingFileIsNamed)
{
    const auto r = FrameworkLoader::loadFile(QStringLiteral("/nonexistent/framework.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errorText(), QStringLiteral("/nonexistent/framework.json: no such file"));
}

TEST(FrameworkLoader, FileErrorsNameTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fw.json"));
    json doc = test::minimalFramework();
    doc["domains"][0]["indicators"][0]["id"] = "One";
    ASSERT_TRUE(test::writeFile(path, test::toBytes(doc)));
    const auto r = FrameworkLoader::loadFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errorText(),
        path
            + QStringLiteral(": /domains/0/indicators/0/id: \"One\" is not a "
                             "valid id: use lower-case letters a-z, digits "
                             "and hyphens"));
}

TEST(FrameworkLoader, LevelValueFormatting)
{
    EXPECT_EQ(formatLevelValue(1), QStringLiteral("1"));
    EXPECT_EQ(formatLevelValue(0.25), QStringLiteral("0.25"));
    EXPECT_EQ(formatLevelValue(10), QStringLiteral("10"));
    EXPECT_EQ(formatLevelValue(-2), QStringLiteral("-2"));
    EXPECT_EQ(formatLevelValue(0.1), QStringLiteral("0.1"));
}
