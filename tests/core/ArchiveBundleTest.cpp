// The archive bundle of a final assessment: what it holds, checking it
// against its manifest, and restoring it into a new workbook.
#include "archive/ArchiveBundle.h"

#include "YearFixture.h"
#include "exchange/AssessmentExporter.h"
#include "exchange/AssessmentImporter.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace strongtrust;
using nlohmann::json;
using test::succeeded;

namespace {

// The built-in framework has measures, so the bundle holds their table too.
const QStringList kFiles = { QStringLiteral("report.pdf"), QStringLiteral("assessment.json"),
    QStringLiteral("framework.json"), QStringLiteral("audit.csv"), QStringLiteral("measures.csv") };

class ArchiveBundleTest : public test::YearFixture
{
protected:
    void SetUp() override
    {
        YearFixture::SetUp();
        const qint64 last = period(QStringLiteral("2024/25"), 2, 2);
        ASSERT_TRUE(succeeded(wb->finalise(last, signOff())));
        id = wb->startPeriodFrom(
                   last, QStringLiteral("2025/26"), QStringLiteral("Annual board self-assessment"))
                 .value();
        agree(id, QStringLiteral("governance"), 3);
        fill(id);
        ASSERT_TRUE(succeeded(wb->setChangeReason(
            id, QStringLiteral("governance"), QStringLiteral("=HYPERLINK(\"x\")"))));
        ASSERT_TRUE(succeeded(
            wb->finalise(id, SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12), {} })));
        ASSERT_TRUE(
            succeeded(wb->addAmendment(id, QStringLiteral("Minute reference is BM/2026/03/8"))));
        bundle = dir.filePath(QStringLiteral("archive-2025-26"));
    }

    QString written()
    {
        auto r = writeArchiveBundle(*wb, id, bundle);
        EXPECT_TRUE(succeeded(r));
        return r.ok() ? r.value() : QString();
    }

    VerifyReport verified(const QString &folder)
    {
        auto r = verifyArchiveBundle(folder);
        EXPECT_TRUE(succeeded(r));
        return r.ok() ? r.value() : VerifyReport {};
    }

    QStringList leftovers() const
    {
        return QDir(dir.path())
            .entryList({ QStringLiteral("*.partial-*") }, QDir::AllEntries | QDir::Hidden);
    }

    qint64 id = 0;
    QString bundle;
};

} // namespace

TEST_F(ArchiveBundleTest, HoldsTheSixFilesAndAnExactManifest)
{
    const QString out = written();
    EXPECT_EQ(out, QFileInfo(bundle).absoluteFilePath());
    EXPECT_EQ(QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name),
        (QStringList { QStringLiteral("assessment.json"), QStringLiteral("audit.csv"),
            QStringLiteral("framework.json"), QStringLiteral("manifest.json"),
            QStringLiteral("measures.csv"), QStringLiteral("report.pdf") }));
    EXPECT_TRUE(leftovers().isEmpty());
    // Owner-only, like the workbook.
    EXPECT_EQ(QFileInfo(QDir(out).filePath(QStringLiteral("assessment.json"))).permissions()
            & (QFile::ReadGroup | QFile::ReadOther),
        QFile::Permissions());

    const QByteArray pdf = test::readFile(QDir(out).filePath(QStringLiteral("report.pdf")));
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(test::readFile(QDir(out).filePath(QStringLiteral("assessment.json"))),
        exportAssessmentJson(*wb, id).value());
    EXPECT_EQ(test::readFile(QDir(out).filePath(QStringLiteral("framework.json"))),
        FrameworkLoader::builtIn().json);

    const json manifest = json::parse(
        test::readFile(QDir(out).filePath(QStringLiteral("manifest.json"))).toStdString());
    EXPECT_EQ(manifest["format"], "strongtrust-archive");
    EXPECT_EQ(manifest["formatVersion"], 1);
    EXPECT_EQ(manifest["app"]["name"], "strongtrust");
    EXPECT_TRUE(manifest["app"]["version"].is_string());
    EXPECT_EQ(manifest["trust"], "Oakfield Learning Trust");
    EXPECT_EQ(manifest["period"], "2025/26");
    const QDateTime created = QDateTime::fromString(
        QString::fromStdString(manifest["createdAt"].get<std::string>()), Qt::ISODate);
    EXPECT_TRUE(created.isValid());
    EXPECT_EQ(created.timeSpec(), Qt::UTC);
    EXPECT_LT(std::abs(created.secsTo(QDateTime::currentDateTimeUtc())), 600);
    ASSERT_EQ(manifest["files"].size(), std::size_t(kFiles.size()));
    for (std::size_t i = 0; i < manifest["files"].size(); ++i) {
        const json &f = manifest["files"][i];
        const QString name = QString::fromStdString(f["name"].get<std::string>());
        EXPECT_EQ(name, kFiles[qsizetype(i)]);
        const QByteArray bytes = test::readFile(QDir(out).filePath(name));
        EXPECT_EQ(f["size"].get<qint64>(), bytes.size()) << name.toStdString();
        EXPECT_EQ(f["sha256"],
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString())
            << name.toStdString();
    }
}

TEST_F(ArchiveBundleTest, TheAuditTrailIsASafeTable)
{
    const QString out = written();
    const QByteArray bytes = test::readFile(QDir(out).filePath(QStringLiteral("audit.csv")));
    EXPECT_TRUE(
        bytes.startsWith("\xEF\xBB\xBF"
                         "at,actor,via,entity,trustee,subject,record,field,old,new,label,about,"
                         "old text,new text\r\n"));
    const QString csv = QString::fromUtf8(bytes);
    // Every entry of this assessment, a row each (plus the header).
    EXPECT_EQ(csv.count(QStringLiteral("\r\n")), wb->auditLog(id).size() + 1);
    EXPECT_TRUE(csv.contains(
        QStringLiteral(",,amendment,,2025/26,,amendment,,Minute reference is BM/2026/03/8,")))
        << csv.toStdString();
    // A reason that looks like a formula is defused, and quoted for its quotes.
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""))) << csv.toStdString();
    EXPECT_FALSE(csv.contains(QStringLiteral(",=HYPERLINK")));
    EXPECT_TRUE(csv.contains(QStringLiteral(",Clerk,")));
}

TEST_F(ArchiveBundleTest, AnUntouchedBundleVerifies)
{
    const QString out = written();
    const VerifyReport report = verified(out);
    EXPECT_TRUE(report.intact()) << report.problemLines().join(u'\n').toStdString();
    EXPECT_EQ(report.fileCount, 5);
    EXPECT_EQ(report.trust, test::kYearTrust);
    EXPECT_EQ(report.period, QStringLiteral("2025/26"));
}

TEST_F(ArchiveBundleTest, OneAlteredByteIsFound)
{
    const QString out = written();
    const QString file = QDir(out).filePath(QStringLiteral("assessment.json"));
    QByteArray bytes = test::readFile(file);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    ASSERT_TRUE(test::writeFile(file, bytes));
    const VerifyReport report = verified(out);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems[0].kind, ArchiveProblem::Kind::Altered);
    EXPECT_EQ(report.problems[0].file, QStringLiteral("assessment.json"));
    EXPECT_TRUE(report.problemLines()[0].startsWith(QStringLiteral("assessment.json: altered")))
        << report.problemLines()[0].toStdString();
}

TEST_F(ArchiveBundleTest, AChangedSizeIsFound)
{
    const QString out = written();
    const QString file = QDir(out).filePath(QStringLiteral("audit.csv"));
    ASSERT_TRUE(test::writeFile(file, test::readFile(file) + "x"));
    const VerifyReport report = verified(out);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems[0].kind, ArchiveProblem::Kind::Altered);
    EXPECT_TRUE(report.problems[0].detail.contains(QStringLiteral("bytes")));
}

TEST_F(ArchiveBundleTest, AMissingFileIsNamed)
{
    const QString out = written();
    ASSERT_TRUE(QFile::remove(QDir(out).filePath(QStringLiteral("report.pdf"))));
    const VerifyReport report = verified(out);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems[0].kind, ArchiveProblem::Kind::Missing);
    EXPECT_EQ(report.problems[0].file, QStringLiteral("report.pdf"));
}

TEST_F(ArchiveBundleTest, AnAddedFileIsNamed)
{
    const QString out = written();
    ASSERT_TRUE(test::writeFile(QDir(out).filePath(QStringLiteral(".extra notes.txt")), "added"));
    const VerifyReport report = verified(out);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems[0].kind, ArchiveProblem::Kind::Added);
    EXPECT_EQ(report.problems[0].file, QStringLiteral(".extra notes.txt"));
}

TEST_F(ArchiveBundleTest, EveryProblemIsNamedAtOnce)
{
    const QString out = written();
    const QDir d(out);
    ASSERT_TRUE(QFile::remove(d.filePath(QStringLiteral("audit.csv"))));
    ASSERT_TRUE(test::writeFile(d.filePath(QStringLiteral("extra.txt")), "added"));
    QByteArray fw = test::readFile(d.filePath(QStringLiteral("framework.json")));
    fw[0] = ' ';
    ASSERT_TRUE(test::writeFile(d.filePath(QStringLiteral("framework.json")), fw));
    ASSERT_TRUE(d.mkdir(QStringLiteral("sub")));
    const QStringList lines = verified(out).problemLines();
    EXPECT_EQ(lines.size(), 4) << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("audit.csv: missing (the manifest lists it)")));
    EXPECT_TRUE(lines.contains(QStringLiteral("extra.txt: added (the manifest does not list it)")));
    EXPECT_TRUE(lines.contains(QStringLiteral("sub: added (the manifest does not list it)")));
    bool altered = false;
    for (const QString &l : lines)
        altered = altered || l.startsWith(QStringLiteral("framework.json: altered"));
    EXPECT_TRUE(altered);
}

TEST_F(ArchiveBundleTest, AMissingOrBrokenManifestIsAProblem)
{
    const QString out = written();
    const QString manifest = QDir(out).filePath(QStringLiteral("manifest.json"));
    const QByteArray good = test::readFile(manifest);

    ASSERT_TRUE(test::writeFile(manifest, "{\"format\": \"strongtrust-archive\", "));
    VerifyReport report = verified(out);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems[0].kind, ArchiveProblem::Kind::Manifest);
    EXPECT_EQ(report.problems[0].file, QStringLiteral("manifest.json"));

    json doc = json::parse(good.toStdString());
    doc["files"][0]["name"] = "../outside.pdf";
    doc["files"][1]["sha256"] = "not a hash";
    doc["formatVersion"] = 2;
    ASSERT_TRUE(test::writeFile(manifest, test::toBytes(doc)));
    report = verified(out);
    QStringList lines = report.problemLines();
    EXPECT_TRUE(lines.filter(QStringLiteral("/files/0/name")).size() == 1)
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.filter(QStringLiteral("/files/1/sha256")).size() == 1)
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.filter(QStringLiteral("/formatVersion")).size() == 1)
        << lines.join(u'\n').toStdString();
    EXPECT_FALSE(report.intact());

    ASSERT_TRUE(QFile::remove(manifest));
    report = verified(out);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems[0].kind, ArchiveProblem::Kind::Manifest);
    EXPECT_TRUE(report.problems[0].detail.contains(QStringLiteral("missing")));

    EXPECT_FALSE(verifyArchiveBundle(dir.filePath(QStringLiteral("nowhere"))).ok());
    EXPECT_FALSE(verifyArchiveBundle(QDir(out).filePath(QStringLiteral("report.pdf"))).ok());
}

TEST_F(ArchiveBundleTest, ADraftIsNotArchived)
{
    const qint64 draft
        = wb->createAssessment(QStringLiteral("2026/27"), {}, wb->defaultFrameworkKey()).value();
    const auto r = writeArchiveBundle(*wb, draft, bundle);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("draft"))) << r.errorText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(bundle));
    EXPECT_FALSE(writeArchiveBundle(*wb, 9999, bundle).ok());
}

TEST_F(ArchiveBundleTest, TheFolderMustBeNewOrEmpty)
{
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("archive-2025-26")));
    ASSERT_TRUE(test::writeFile(QDir(bundle).filePath(QStringLiteral("keep.txt")), "mine"));
    const auto full = writeArchiveBundle(*wb, id, bundle);
    ASSERT_FALSE(full.ok());
    EXPECT_TRUE(full.errorText().contains(QStringLiteral("not empty")));
    EXPECT_EQ(
        test::readFile(QDir(bundle).filePath(QStringLiteral("keep.txt"))), QByteArray("mine"));
    EXPECT_EQ(QDir(bundle).entryList(QDir::Files).size(), 1);

    ASSERT_TRUE(QFile::remove(QDir(bundle).filePath(QStringLiteral("keep.txt"))));
    EXPECT_TRUE(succeeded(writeArchiveBundle(*wb, id, bundle))); // empty: fine
    EXPECT_TRUE(verified(bundle).intact());

    const QString file = dir.filePath(QStringLiteral("a-file"));
    ASSERT_TRUE(test::writeFile(file, "x"));
    EXPECT_FALSE(writeArchiveBundle(*wb, id, file).ok());
    EXPECT_FALSE(writeArchiveBundle(*wb, id, dir.filePath(QStringLiteral("no/such/parent"))).ok());
    EXPECT_TRUE(leftovers().isEmpty());
}

TEST_F(ArchiveBundleTest, ABundleRestoresIntoANewWorkbook)
{
    const QString out = written();
    auto fresh = Workbook::create(dir.filePath(QStringLiteral("restored.strongtrust")),
        test::kYearTrust, FrameworkLoader::builtIn());
    ASSERT_TRUE(fresh.ok());
    const auto imported = importAssessmentFile(
        *fresh.value(), QDir(out).filePath(QStringLiteral("assessment.json")));
    ASSERT_TRUE(succeeded(imported));
    EXPECT_TRUE(imported->finalised);
    const auto a = fresh.value()->assessmentForPeriod(QStringLiteral("2025/26"));
    ASSERT_TRUE(a);
    EXPECT_TRUE(a->isFinal());
    EXPECT_EQ(a->signOff.chair, QStringLiteral("Jane Smith"));
    EXPECT_EQ(exportAssessmentJson(*fresh.value(), a->id).value(),
        test::readFile(QDir(out).filePath(QStringLiteral("assessment.json"))));
    // Locked in its new home too.
    EXPECT_FALSE(fresh.value()->setAssessmentTitle(a->id, QStringLiteral("Changed")).ok());
}

TEST_F(ArchiveBundleTest, ABundleBringsItsOwnFramework)
{
    // An assessment on a framework the new workbook has never seen.
    auto other = FrameworkLoader::loadBytes(
        test::toBytes(test::minimalFramework()), QStringLiteral("fw.json"));
    ASSERT_TRUE(other.ok());
    const qint64 key = wb->storeFramework(other.value()).value();
    const qint64 own
        = wb->createAssessment(QStringLiteral("2026/27"), QStringLiteral("Own framework"), key)
              .value();
    ASSERT_TRUE(succeeded(wb->setConsensus(own, QStringLiteral("alpha.two"), RatingValue::of(0.5),
        QStringLiteral("Half"), Confidence::Limited)));
    ASSERT_TRUE(succeeded(wb->finalise(own, signOff())));
    auto out = writeArchiveBundle(*wb, own, dir.filePath(QStringLiteral("own")));
    ASSERT_TRUE(succeeded(out));
    EXPECT_EQ(
        test::readFile(QDir(out.value()).filePath(QStringLiteral("framework.json"))), other->json);

    auto fresh = Workbook::create(dir.filePath(QStringLiteral("restored.strongtrust")),
        test::kYearTrust, FrameworkLoader::builtIn());
    ASSERT_TRUE(fresh.ok());
    // Without the framework beside it, the document names an unknown framework.
    const QString alone = dir.filePath(QStringLiteral("alone.json"));
    ASSERT_TRUE(QFile::copy(QDir(out.value()).filePath(QStringLiteral("assessment.json")), alone));
    const auto refused = importAssessmentFile(*fresh.value(), alone);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("unknown framework")))
        << refused.errorText().toStdString();

    const auto imported = importAssessmentFile(
        *fresh.value(), QDir(out.value()).filePath(QStringLiteral("assessment.json")));
    ASSERT_TRUE(succeeded(imported));
    const auto a = fresh.value()->assessmentForPeriod(QStringLiteral("2026/27"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->frameworkId, QStringLiteral("test-framework"));
    EXPECT_EQ(fresh.value()->framework(a->frameworkKey)->json, other->json);
    EXPECT_EQ(exportAssessmentJson(*fresh.value(), a->id).value(),
        test::readFile(QDir(out.value()).filePath(QStringLiteral("assessment.json"))));
}
