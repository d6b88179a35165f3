// start, finalise, amend, archive and verify, end to end through the built
// executable, as a clerk's script runs them.
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;
using test::runStrongtrust;

namespace {

const QString kTrust = QStringLiteral("Oakfield Learning Trust");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class ArchiveCommands : public testing::Test
{
protected:
    void SetUp() override
    {
        wb = file(s("oakfield.strongtrust"));
        // Last year, signed off, with actions; this year started from it with
        // governance a level up.
        auto created = Workbook::create(wb, kTrust, FrameworkLoader::builtIn());
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        Workbook &w = *created.value();
        const qint64 last = w.createAssessment(s("2024/25"), s("Annual board self-assessment"),
                                 w.defaultFrameworkKey())
                                .value();
        for (const Domain &d : FrameworkLoader::builtIn().domains) {
            for (const Indicator &i : d.indicators)
                ASSERT_TRUE(w.setConsensus(last, i.fullId, RatingValue::of(2), s("Agreed"),
                                 Confidence::Moderate)
                                .ok());
        }
        ASSERT_TRUE(w.addAction(last,
                         Action { 0, s("governance"), {}, s("Skills audit"), s("Clerk"), {},
                             ActionStatus::Open, 0 })
                        .ok());
        ASSERT_TRUE(
            w.addAction(last, Action { 0, {}, {}, s("Website"), {}, {}, ActionStatus::Done, 0 })
                .ok());
        ASSERT_TRUE(w.finalise(last, SignOff { s("Jane Smith"), QDate(2025, 3, 10), {} }).ok());
    }

    QString file(const QString &name) const { return dir.filePath(name); }

    // Starts 2025/26 and agrees governance at 3 (a level up).
    void startThisYear()
    {
        const auto r = runStrongtrust({ s("start"), wb, s("--period"), s("2025/26") });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(s("from 2024/25"))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(s("1 open action carried forward"))) << r.out.toStdString();
        auto opened = Workbook::open(wb);
        ASSERT_TRUE(opened.ok());
        const qint64 id = opened.value()->assessmentForPeriod(s("2025/26"))->id;
        for (const Indicator &i : FrameworkLoader::builtIn().domains[0].indicators)
            ASSERT_TRUE(opened.value()
                            ->setConsensus(id, i.fullId, RatingValue::of(3), {}, Confidence::Strong)
                            .ok());
    }

    QStringList finaliseArgs() const
    {
        return { s("finalise"), wb, s("--period"), s("2025/26"), s("--chair"), s("Jane Smith"),
            s("--date"), s("2026-03-12"), s("--minute"), s("BM/2026/03/7") };
    }

    QTemporaryDir dir;
    QString wb;
};

} // namespace

TEST_F(ArchiveCommands, TheClerksYear)
{
    startThisYear();

    // The list says what stands in the way of signing off.
    auto list = runStrongtrust({ s("list"), wb });
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(s("reasons needed: governance"))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(s("2025-03-10 Jane Smith"))) << list.out.toStdString();

    // Refused without the board's reason, naming the domain; nothing changed.
    const auto refused = runStrongtrust(finaliseArgs());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(s("governance (Expert governance)")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(s("--reason"))) << refused.err.toStdString();

    // An unknown domain in --reason: refused, and the good reason with it.
    const auto unknown = runStrongtrust(finaliseArgs()
        + QStringList { s("--reason"), s("governance=New chair"), s("--reason"), s("nosuch=x") });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(s("nosuch"))) << unknown.err.toStdString();
    list = runStrongtrust({ s("list"), wb });
    EXPECT_TRUE(list.out.contains(s("reasons needed: governance"))) << list.out.toStdString();

    const auto finalised = runStrongtrust(finaliseArgs()
        + QStringList { s("--reason"), s("governance=New chair and a skills audit") });
    ASSERT_EQ(finalised.exitCode, 0) << finalised.err.toStdString();
    EXPECT_TRUE(finalised.out.contains(s("Finalised 2025/26"))) << finalised.out.toStdString();
    list = runStrongtrust({ s("list"), wb });
    EXPECT_TRUE(list.out.contains(s("2026-03-12 Jane Smith"))) << list.out.toStdString();

    // Final: no second sign-off, no import; a correction is an amendment.
    EXPECT_EQ(runStrongtrust(finaliseArgs()).exitCode, 1);
    const auto amended = runStrongtrust(
        { s("amend"), wb, s("--period"), s("2025/26"), s("--text"), s("Minute ref corrected") });
    ASSERT_EQ(amended.exitCode, 0) << amended.err.toStdString();
    EXPECT_EQ(runStrongtrust({ s("amend"), wb, s("--period"), s("2030/31"), s("--text"), s("x") })
                  .exitCode,
        1);

    // Archive and verify.
    const QString bundle = file(s("archive/2025-26"));
    ASSERT_TRUE(QDir(dir.path()).mkdir(s("archive")));
    const auto archived
        = runStrongtrust({ s("archive"), wb, s("--period"), s("2025/26"), s("--out"), bundle });
    ASSERT_EQ(archived.exitCode, 0) << archived.err.toStdString();
    EXPECT_TRUE(archived.out.contains(s("manifest.json"))) << archived.out.toStdString();
    EXPECT_TRUE(test::readFile(QDir(bundle).filePath(s("report.pdf"))).startsWith("%PDF"));
    EXPECT_TRUE(test::readFile(QDir(bundle).filePath(s("assessment.json")))
                    .contains("New chair and a skills audit"));
    EXPECT_TRUE(
        test::readFile(QDir(bundle).filePath(s("audit.csv"))).contains("Minute ref corrected"));
    const auto verified = runStrongtrust({ s("verify"), bundle });
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(s("intact"))) << verified.out.toStdString();

    // The same folder again: refused, the bundle untouched.
    const auto again
        = runStrongtrust({ s("archive"), wb, s("--period"), s("2025/26"), s("--out"), bundle });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(s("not empty"))) << again.err.toStdString();
    EXPECT_EQ(runStrongtrust({ s("verify"), bundle }).exitCode, 0);

    // Restore into a new workbook.
    const QString restored = file(s("restored.strongtrust"));
    ASSERT_EQ(runStrongtrust({ s("new"), restored, s("--trust"), kTrust }).exitCode, 0);
    const auto imported
        = runStrongtrust({ s("import"), restored, QDir(bundle).filePath(s("assessment.json")) });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(s("restored as final"))) << imported.out.toStdString();
    const QString out = file(s("restored.json"));
    ASSERT_EQ(
        runStrongtrust({ s("export"), restored, s("--period"), s("2025/26"), s("--json"), out })
            .exitCode,
        0);
    EXPECT_EQ(test::readFile(out), test::readFile(QDir(bundle).filePath(s("assessment.json"))));
}

TEST_F(ArchiveCommands, VerifyNamesEveryProblemOneALine)
{
    const QString bundle = file(s("bundle"));
    const auto archived
        = runStrongtrust({ s("archive"), wb, s("--period"), s("2024/25"), s("--out"), bundle });
    ASSERT_EQ(archived.exitCode, 0) << archived.err.toStdString();
    ASSERT_TRUE(QFile::remove(QDir(bundle).filePath(s("audit.csv"))));
    ASSERT_TRUE(test::writeFile(QDir(bundle).filePath(s("notes.txt")), "added"));
    QByteArray json = test::readFile(QDir(bundle).filePath(s("assessment.json")));
    json[10] = char(json[10] ^ 0x20);
    ASSERT_TRUE(test::writeFile(QDir(bundle).filePath(s("assessment.json")), json));

    const auto r = runStrongtrust({ s("verify"), bundle });
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_TRUE(lines.contains(bundle + s("/audit.csv: missing (the manifest lists it)")))
        << r.err.toStdString();
    EXPECT_TRUE(lines.contains(bundle + s("/notes.txt: added (the manifest does not list it)")))
        << r.err.toStdString();
    EXPECT_EQ(lines.filter(bundle + s("/assessment.json: altered")).size(), 1)
        << r.err.toStdString();
    EXPECT_EQ(lines.size(), 4) << r.err.toStdString(); // and a summary line

    ASSERT_TRUE(QFile::remove(QDir(bundle).filePath(s("manifest.json"))));
    const auto noManifest = runStrongtrust({ s("verify"), bundle });
    EXPECT_EQ(noManifest.exitCode, 1);
    EXPECT_TRUE(noManifest.err.contains(s("manifest.json: missing")))
        << noManifest.err.toStdString();
    EXPECT_EQ(runStrongtrust({ s("verify"), file(s("nowhere")) }).exitCode, 1);
}

TEST_F(ArchiveCommands, ADraftIsNotArchived)
{
    startThisYear();
    const QString bundle = file(s("draft-bundle"));
    const auto r
        = runStrongtrust({ s("archive"), wb, s("--period"), s("2025/26"), s("--out"), bundle });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(s("draft"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(bundle));
    EXPECT_TRUE(QDir(dir.path())
                    .entryList({ s("*.partial-*") }, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
}

TEST_F(ArchiveCommands, StartRefusesWhatItCannotDo)
{
    EXPECT_EQ(
        runStrongtrust({ s("start"), wb, s("--period"), s("2024/25") }).exitCode, 1); // exists
    EXPECT_EQ(runStrongtrust({ s("start"), wb, s("--period"), s("2023/24") }).exitCode,
        1); // before the last
    EXPECT_EQ(
        runStrongtrust({ s("start"), wb, s("--period"), s("2025/26"), s("--from"), s("1999/00") })
            .exitCode,
        1);
    const auto titled = runStrongtrust(
        { s("start"), wb, s("--period"), s("2025/26"), s("--title"), s("Mid-year review") });
    EXPECT_EQ(titled.exitCode, 0) << titled.err.toStdString();
    auto opened = Workbook::open(wb, Workbook::OpenOptions { true });
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened.value()->assessmentForPeriod(s("2025/26"))->title, s("Mid-year review"));
}

TEST_F(ArchiveCommands, UsageErrors)
{
    const QList<QStringList> usage = {
        { s("finalise"), wb },
        { s("finalise"), wb, s("--period"), s("2024/25"), s("--chair"), s("Jane Smith") },
        { s("finalise"), wb, s("--period"), s("2024/25"), s("--chair"), s("Jane Smith"),
            s("--date"), s("12/03/2026") },
        { s("finalise"), wb, s("--period"), s("2024/25"), s("--chair"), s("J"), s("--date"),
            s("2026-03-12"), s("--reason"), s("novalue") },
        { s("archive"), wb, s("--period"), s("2024/25") },
        { s("archive"), wb, s("--out"), file(s("x")) },
        { s("verify") },
        { s("verify"), file(s("a")), file(s("b")) },
        { s("start"), wb },
        { s("amend"), wb, s("--period"), s("2024/25") },
        { s("finalise"), wb, s("--bogus") },
    };
    for (const QStringList &args : usage) {
        const auto r = runStrongtrust(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
    }
    for (const char *command : { "finalise", "archive", "verify", "start", "amend" }) {
        const auto help = runStrongtrust({ s(command), s("--help") });
        EXPECT_EQ(help.exitCode, 0) << command;
        EXPECT_FALSE(help.out.isEmpty()) << command;
    }
    const auto overview = runStrongtrust({ s("--help") });
    for (const char *command : { "finalise", "archive", "verify", "start", "amend" })
        EXPECT_TRUE(overview.out.contains(QStringLiteral("  %1 ").arg(s(command)))) << command;
}
