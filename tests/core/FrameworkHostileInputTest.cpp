// Fuzz-style checks: whatever bytes arrive, the loader answers with a framework
// or with located errors; it never crashes, hangs or exhausts the stack. Run
// under AddressSanitizer and UndefinedBehaviorSanitizer in CI.
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <QFile>

#include <gtest/gtest.h>
#include <random>

using namespace strongtrust;
using nlohmann::json;

namespace {

const QString kName = QStringLiteral("hostile.json");

// Every answer must be a framework or at least one error naming the input.
void expectCleanAnswer(const QByteArray &bytes, const std::string &what)
{
    const auto r = FrameworkLoader::loadBytes(bytes, kName);
    if (r.ok())
        return;
    ASSERT_FALSE(r.errors().isEmpty()) << what;
    for (const Diagnostic &d : r.errors()) {
        EXPECT_EQ(d.file, kName) << what;
        EXPECT_FALSE(d.message.isEmpty()) << what;
        EXPECT_TRUE(d.line > 0 || !d.path.isEmpty()) << what << ": " << d.toString().toStdString();
    }
}

QByteArray builtInBytes()
{
    QFile f(FrameworkLoader::builtInResourcePath());
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// JSON pointers of every value in a document.
void collectPointers(
    const json &v, const json::json_pointer &at, std::vector<json::json_pointer> &out)
{
    out.push_back(at);
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it)
            collectPointers(it.value(), at / it.key(), out);
    } else if (v.is_array()) {
        for (std::size_t i = 0; i < v.size(); ++i)
            collectPointers(v[i], at / i, out);
    }
}

} // namespace

TEST(FrameworkHostileInput, DeepNestingIsRefusedWithPosition)
{
    for (const char open : { '[', '{' }) {
        QByteArray bytes(200000, open);
        if (open == '{') // keep it syntactically plausible up to the limit
            bytes = QByteArray("{\"a\":").repeated(100000);
        const auto r = FrameworkLoader::loadBytes(bytes, kName);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.errors()[0].message.contains(QStringLiteral("nested more than")))
            << r.errorText().toStdString();
        EXPECT_EQ(r.errors()[0].line, 1);
    }
}

TEST(FrameworkHostileInput, NestingInsideStringsIsNotCounted)
{
    json doc = test::minimalFramework();
    doc["domains"][0]["summary"] = std::string(1000, '[') + "\\\"{";
    const auto r = FrameworkLoader::loadBytes(test::toBytes(doc), kName);
    EXPECT_TRUE(r.ok()) << r.errorText().toStdString();
}

TEST(FrameworkHostileInput, BinaryBytes)
{
    std::mt19937 rng(20261123);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes(1 + round * 7, '\0');
        for (char &c : bytes)
            c = static_cast<char>(byte(rng));
        expectCleanAnswer(bytes, "random bytes round " + std::to_string(round));
    }
    expectCleanAnswer(QByteArray("\xff\xfe{\0\"\0", 6), "UTF-16 byte order mark");
    expectCleanAnswer(QByteArray("{\"title\": \"\xc3\x28\"}"), "invalid UTF-8 in a string");
    expectCleanAnswer(QByteArray("\x00\x00\x00", 3), "NUL bytes");
}

TEST(FrameworkHostileInput, EveryTruncationOfTheBuiltInFramework)
{
    const QByteArray full = builtInBytes();
    ASSERT_FALSE(full.isEmpty());
    for (qsizetype n = 0; n < full.size(); n += 173) {
        const auto r = FrameworkLoader::loadBytes(full.left(n), kName);
        ASSERT_FALSE(r.ok()) << "truncated at " << n;
        EXPECT_GT(r.errors()[0].line, 0) << "truncated at " << n;
    }
}

TEST(FrameworkHostileInput, RandomByteFlipsOfAValidDocument)
{
    const QByteArray valid = test::toBytes(test::minimalFramework());
    std::mt19937 rng(7);
    std::uniform_int_distribution<qsizetype> pos(0, valid.size() - 1);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = valid;
        for (int k = 0; k < 1 + round % 4; ++k)
            bytes[pos(rng)] = static_cast<char>(byte(rng));
        expectCleanAnswer(bytes, "flip round " + std::to_string(round));
    }
}

TEST(FrameworkHostileInput, WrongTypesEverywhere)
{
    const json base = test::minimalFramework();
    std::vector<json::json_pointer> pointers;
    collectPointers(base, json::json_pointer(), pointers);
    const json replacements[] = { nullptr, 1, -1.5, "text", "", true, json::array(), json::object(),
        json::array({ 1, "x", nullptr }), json({ { "k", 1 } }) };
    int refused = 0;
    for (const auto &ptr : pointers) {
        for (const json &bad : replacements) {
            json doc = base;
            doc[ptr] = bad;
            const auto r = FrameworkLoader::loadBytes(test::toBytes(doc), kName);
            if (!r.ok()) {
                ++refused;
                for (const Diagnostic &d : r.errors())
                    EXPECT_FALSE(d.path.isEmpty())
                        << ptr.to_string() << ": " << d.toString().toStdString();
            }
        }
    }
    // Most replacements break a rule; those that do not are legitimate values
    // (an empty summary, a prompt list emptied).
    EXPECT_GT(refused, int(pointers.size()) * 7);
}

TEST(FrameworkHostileInput, HugeNumbersAndLongStrings)
{
    expectCleanAnswer(QByteArray("{\"formatVersion\": 1e999999}"), "huge exponent");
    expectCleanAnswer(
        QByteArray("{\"formatVersion\": 99999999999999999999999999}"), "huge integer");
    expectCleanAnswer(QByteArray("{\"formatVersion\": -99999999999999999999}"), "huge negative");
    json doc = test::minimalFramework();
    doc["title"] = std::string(4 * 1024 * 1024, 'a');
    expectCleanAnswer(test::toBytes(doc), "4 MiB title");
}
