// The board's own words in the report: stored and audited through the edit
// path, locked with a final assessment, carried by the interchange document
// (format version 2) and the archive bundle, and printed in the PDF and the
// HTML in place of the generated paragraph.
#include "ReportTestSupport.h"
#include "YearFixture.h"
#include "archive/ArchiveBundle.h"
#include "exchange/AssessmentExporter.h"
#include "exchange/AssessmentImporter.h"
#include "report/Narrative.h"
#include "report/OdtPackage.h"
#include "report/ReportOdt.h"
#include "workbook/TextLimits.h"

#include <QDir>

using namespace strongtrust;
using nlohmann::json;
using test::succeeded;

static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

#define EXPECT_HAS(text, needle)                                                                   \
    EXPECT_TRUE((text).contains(needle)) << "missing: " << (needle).toStdString()
#define EXPECT_HAS_NOT(text, needle)                                                               \
    EXPECT_FALSE((text).contains(needle)) << "unexpected: " << (needle).toStdString()

namespace {

const QString kSummary = QStringLiteral(
    "The board is confident in its governance and wants the quality of education to lead "
    "next year's plan.\r\n\r\nIt asks the executive to report termly on attendance.");
const QString kGovernance = QStringLiteral("Governance is strong: challenge is real & <visible>.");

class BoardNarrativeTest : public test::YearFixture
{
protected:
    void SetUp() override
    {
        YearFixture::SetUp();
        id = period(QStringLiteral("2025/26"), 2, 3);
    }

    QList<AuditEntry> narrativeEntries() const
    {
        QList<AuditEntry> out;
        for (const AuditEntry &e : wb->auditLog(id)) {
            if (e.entity == QLatin1String("narrative"))
                out.append(e);
        }
        return out;
    }

    // The export as a JSON value, to change one field and import it back.
    json exported() const
    {
        const auto bytes = exportAssessmentJson(*wb, id);
        EXPECT_TRUE(succeeded(bytes));
        return json::parse(bytes.value().toStdString());
    }

    // A fresh workbook of the same trust, to import into.
    std::unique_ptr<Workbook> freshWorkbook(const QString &name)
    {
        auto fresh
            = Workbook::create(dir.filePath(name), test::kYearTrust, FrameworkLoader::builtIn());
        EXPECT_TRUE(succeeded(fresh));
        return fresh.ok() ? std::move(fresh).value() : nullptr;
    }

    // The problems an import of `doc` reports, as "PATH: message" lines.
    QStringList refusals(const json &doc)
    {
        const auto before = wb->auditLog().size();
        const auto r = importAssessment(
            *wb, QByteArray::fromStdString(doc.dump()), QStringLiteral("board.json"));
        EXPECT_FALSE(r.ok());
        EXPECT_EQ(wb->auditLog().size(), before) << "a refused import wrote something";
        QStringList lines;
        for (const Diagnostic &d : r.errors())
            lines.append(d.path + QStringLiteral(": ") + d.message);
        return lines;
    }

    qint64 id = 0;
};

TEST_F(BoardNarrativeTest, StoresTheBoardsWordsAsStoredAndAuditsEachChange)
{
    const auto stored = wb->setNarrative(id, {}, kSummary);
    ASSERT_TRUE(succeeded(stored));
    // As stored: trimmed, line breaks as '\n'.
    const QString expected = QStringLiteral(
        "The board is confident in its governance and wants the quality of education to lead "
        "next year's plan.\n\nIt asks the executive to report termly on attendance.");
    EXPECT_EQ(stored.value(), expected);
    ASSERT_TRUE(succeeded(wb->setNarrative(id, QStringLiteral("governance"), kGovernance)));

    const auto data = wb->loadAssessment(id);
    ASSERT_TRUE(succeeded(data));
    EXPECT_EQ(data->narrative.summary, expected);
    EXPECT_EQ(data->narrative.domains.value(QStringLiteral("governance")), kGovernance);
    EXPECT_FALSE(data->narrative.domains.contains(QStringLiteral("education")));

    // The same words again change nothing, not even the trail.
    ASSERT_TRUE(succeeded(wb->setNarrative(id, {}, expected + QStringLiteral("  "))));
    auto entries = narrativeEntries();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].subject, QStringLiteral("summary"));
    EXPECT_EQ(entries[0].field, QStringLiteral("text"));
    EXPECT_EQ(entries[0].oldValue, QString());
    EXPECT_EQ(entries[0].newValue, expected);
    EXPECT_EQ(entries[0].actor, QStringLiteral("Clerk"));
    EXPECT_EQ(entries[1].subject, QStringLiteral("governance"));
    EXPECT_EQ(entries[1].newValue, kGovernance);

    // Empty text goes back to the generated words: the row is removed, audited.
    const auto removed = wb->setNarrative(id, QStringLiteral("governance"), QStringLiteral(" \n"));
    ASSERT_TRUE(succeeded(removed));
    EXPECT_EQ(removed.value(), QString());
    EXPECT_FALSE(wb->loadAssessment(id)->narrative.domains.contains(QStringLiteral("governance")));
    entries = narrativeEntries();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[2].oldValue, kGovernance);
    EXPECT_EQ(entries[2].newValue, QString());
}

TEST_F(BoardNarrativeTest, RefusesUnknownDomainsTooLongTextsAndFinalAssessments)
{
    const auto unknown = wb->setNarrative(id, QStringLiteral("finance"), QStringLiteral("Words"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.errorText().contains(QStringLiteral("finance")))
        << unknown.errorText().toStdString();
    const auto tooLong = wb->setNarrative(id, {}, QString(limits::kNarrative + 1, u'x'));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.errorText().contains(QStringLiteral("summary")))
        << tooLong.errorText().toStdString();
    EXPECT_TRUE(succeeded(wb->setNarrative(id, {}, QString(limits::kNarrative, u'x'))));
    EXPECT_EQ(narrativeEntries().size(), 1);

    ASSERT_TRUE(succeeded(wb->setNarrative(id, QStringLiteral("civic"), QStringLiteral("Ours"))));
    ASSERT_TRUE(succeeded(wb->finalise(id, signOff(), Workbook::ReasonCheck::NotChecked)));
    const auto onFinal = wb->setNarrative(id, QStringLiteral("civic"), QStringLiteral("Changed"));
    ASSERT_FALSE(onFinal.ok());
    EXPECT_TRUE(onFinal.errorText().contains(QStringLiteral("final")))
        << onFinal.errorText().toStdString();
    // And in the file itself, whatever program writes to it.
    const QString a = QString::number(id);
    QString error;
    EXPECT_FALSE(
        exec(QStringLiteral("UPDATE narrative SET text = 'x' WHERE assessment = ") + a, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("final"))) << error.toStdString();
    EXPECT_FALSE(exec(QStringLiteral("DELETE FROM narrative WHERE assessment = ") + a));
    EXPECT_FALSE(exec(QStringLiteral("INSERT INTO narrative (assessment, domain, text) VALUES (")
        + a + QStringLiteral(", 'education', 'Late')")));
    EXPECT_EQ(wb->loadAssessment(id)->narrative.domains.value(QStringLiteral("civic")),
        QStringLiteral("Ours"));
}

TEST_F(BoardNarrativeTest, TheReportPrintsTheBoardsWordsInPlaceOfTheGenerated)
{
    ReportOptions options;
    options.today = QDate(2026, 3, 20);
    const QString generatedPdf = test::pdfText(
        test::writeReportPdf(dir, *wb, id, options, QStringLiteral("generated.pdf")));
    // The generated summary opens with the trust's standing; find the start of
    // the governance paragraph the board will replace.
    const auto generated = buildNarrative(*wb, id, options);
    ASSERT_TRUE(succeeded(generated));
    const QString generatedGovernance = generated->domains[0].paragraphs.constFirst();
    const QString generatedSummary = generated->overall;
    EXPECT_HAS(generatedPdf, test::normalised(generatedGovernance));

    ASSERT_TRUE(succeeded(wb->setNarrative(id, {}, kSummary)));
    ASSERT_TRUE(succeeded(wb->setNarrative(id, QStringLiteral("governance"), kGovernance)));

    const QString pdf
        = test::pdfText(test::writeReportPdf(dir, *wb, id, options, QStringLiteral("board.pdf")));
    EXPECT_HAS(pdf,
        QStringLiteral("The board is confident in its governance and wants the quality of "
                       "education to lead next year's plan."));
    EXPECT_HAS(pdf, QStringLiteral("It asks the executive to report termly on attendance."));
    EXPECT_HAS(pdf, kGovernance);
    EXPECT_HAS_NOT(pdf, test::normalised(generatedGovernance));
    EXPECT_HAS_NOT(pdf, test::normalised(generatedSummary));
    // Nothing says which words were generated and which were the board's.
    EXPECT_HAS_NOT(pdf.toLower(), QStringLiteral("generated"));
    EXPECT_HAS_NOT(pdf.toLower(), QStringLiteral("board's own words"));
    // The other domains keep their generated words.
    EXPECT_HAS(pdf, test::normalised(generated->domains[1].paragraphs.constFirst()));

    const auto html = renderReportHtml(*wb, id, options);
    ASSERT_TRUE(succeeded(html));
    const QString page = QString::fromUtf8(html.value());
    // Two paragraphs, as the board wrote them, and escaped.
    EXPECT_HAS(page,
        QStringLiteral("<p>The board is confident in its governance and wants the quality of "
                       "education to lead next year's plan.</p>"));
    EXPECT_HAS(
        page, QStringLiteral("<p>It asks the executive to report termly on attendance.</p>"));
    EXPECT_HAS(page, QStringLiteral("challenge is real &amp; &lt;visible&gt;."));
    EXPECT_HAS_NOT(page, QStringLiteral("<visible>"));
    EXPECT_HAS_NOT(page, generatedGovernance.toHtmlEscaped());

    // The editable export carries the same words, escaped as XML.
    const auto odt = renderReportOdt(*wb, id, options);
    ASSERT_TRUE(succeeded(odt));
    const auto members = report::readPackage(odt.value());
    ASSERT_TRUE(succeeded(members));
    QString content;
    for (const report::PackageMember &m : members.value()) {
        if (m.name == QLatin1String("content.xml"))
            content = QString::fromUtf8(m.data);
    }
    ASSERT_FALSE(content.isEmpty());
    EXPECT_HAS(content,
        QStringLiteral("The board is confident in its governance and wants the quality of "
                       "education to lead next year's plan."));
    EXPECT_HAS(content, QStringLiteral("challenge is real &amp; &lt;visible&gt;."));
    EXPECT_HAS_NOT(content, generatedGovernance.toHtmlEscaped());
}

TEST_F(BoardNarrativeTest, AnExportWithoutTheBoardsWordsStaysVersionOne)
{
    const auto plain = exportAssessmentJson(*wb, id);
    ASSERT_TRUE(succeeded(plain));
    const json doc = json::parse(plain.value().toStdString());
    EXPECT_EQ(doc["formatVersion"], 1);
    EXPECT_FALSE(doc.contains("narrative"));

    // Adding and then removing the board's words leaves the same bytes.
    ASSERT_TRUE(succeeded(wb->setNarrative(id, {}, QStringLiteral("Ours"))));
    EXPECT_EQ(exported()["formatVersion"], 2);
    ASSERT_TRUE(succeeded(wb->setNarrative(id, {}, QString())));
    EXPECT_EQ(exportAssessmentJson(*wb, id).value(), plain.value());
}

TEST_F(BoardNarrativeTest, TheBoardsWordsRoundTripThroughExportAndImport)
{
    ASSERT_TRUE(succeeded(wb->setNarrative(id, {}, kSummary)));
    ASSERT_TRUE(
        succeeded(wb->setNarrative(id, QStringLiteral("civic"), QStringLiteral("Civic words"))));
    ASSERT_TRUE(succeeded(wb->setNarrative(id, QStringLiteral("governance"), kGovernance)));
    const json doc = exported();
    EXPECT_EQ(doc["formatVersion"], 2);
    ASSERT_TRUE(doc.contains("narrative"));
    EXPECT_EQ(doc["narrative"]["domains"]["governance"], kGovernance.toStdString());
    const QByteArray first = exportAssessmentJson(*wb, id).value();
    // Framework order, whatever order they were written in.
    EXPECT_LT(first.indexOf("\"governance\": \"Governance"), first.indexOf("\"civic\": \"Civic"));
    auto fresh = freshWorkbook(QStringLiteral("fresh.strongtrust"));
    ASSERT_TRUE(fresh);
    ASSERT_TRUE(succeeded(importAssessment(*fresh, first, QStringLiteral("first.json"))));
    const auto a = fresh->assessmentForPeriod(QStringLiteral("2025/26"));
    ASSERT_TRUE(a);
    EXPECT_EQ(exportAssessmentJson(*fresh, a->id).value(), first);
    EXPECT_EQ(fresh->loadAssessment(a->id)->narrative.domains.value(QStringLiteral("civic")),
        QStringLiteral("Civic words"));

    // Importing the same document again changes nothing.
    const auto trail = fresh->auditLog().size();
    ASSERT_TRUE(succeeded(importAssessment(*fresh, first, QStringLiteral("first.json"))));
    EXPECT_EQ(fresh->auditLog().size(), trail);

    // A document without the board's words (a trustee's return) leaves them alone.
    json withoutWords = doc;
    withoutWords.erase("narrative");
    withoutWords["formatVersion"] = 1;
    ASSERT_TRUE(succeeded(importAssessment(
        *fresh, QByteArray::fromStdString(withoutWords.dump()), QStringLiteral("return.json"))));
    EXPECT_EQ(exportAssessmentJson(*fresh, a->id).value(), first);
}

TEST_F(BoardNarrativeTest, AnImportListsEveryProblemOfTheBoardsWordsByPath)
{
    json doc = exported();
    doc["formatVersion"] = 2;
    doc["narrative"] = json { { "summary", 12 },
        { "domains",
            json { { "finance", "Not a domain of this framework" }, { "education", json::array() },
                { "civic", std::string(std::size_t(limits::kNarrative) + 1, 'x') },
                { "workforce", "Fine words" } } },
        { "colour", "red" } };
    const QStringList problems = refusals(doc);
    const QString all = problems.join(u'\n');
    EXPECT_HAS(all, QStringLiteral("/narrative/summary: expected a string, found a number"));
    EXPECT_HAS(all, QStringLiteral("/narrative/domains/finance: unknown domain \"finance\""));
    EXPECT_HAS(
        all, QStringLiteral("/narrative/domains/education: expected a string, found an array"));
    EXPECT_HAS(all, QStringLiteral("/narrative/domains/civic: is 20,001 characters long"));
    EXPECT_HAS(all, QStringLiteral("/narrative/colour: unknown field"));
    EXPECT_EQ(problems.size(), 5) << all.toStdString();
    // All or nothing: the fine words were not written either.
    EXPECT_TRUE(wb->loadAssessment(id)->narrative.isEmpty());

    json wrongType = exported();
    wrongType["formatVersion"] = 2;
    wrongType["narrative"] = json { { "domains", "governance" } };
    EXPECT_HAS(refusals(wrongType).join(u'\n'),
        QStringLiteral("/narrative/domains: expected an object, found a string"));

    json empty = exported();
    empty["formatVersion"] = 2;
    empty["narrative"] = json { { "summary", "  " } };
    EXPECT_HAS(
        refusals(empty).join(u'\n'), QStringLiteral("/narrative/summary: must not be empty"));

    // Version 1 does not know the board's words: a document must say 2.
    json old = exported();
    old["formatVersion"] = 1;
    old["narrative"] = json { { "summary", "Ours" } };
    EXPECT_HAS(refusals(old).join(u'\n'), QStringLiteral("/narrative: the board's own words need"));

    json newer = exported();
    newer["formatVersion"] = 3;
    EXPECT_HAS(
        refusals(newer).join(u'\n'), QStringLiteral("/formatVersion: made by a newer version"));
}

TEST_F(BoardNarrativeTest, AnArchiveBundleCarriesAndRestoresTheBoardsWords)
{
    ASSERT_TRUE(succeeded(wb->setNarrative(id, {}, kSummary)));
    ASSERT_TRUE(succeeded(
        wb->setNarrative(id, QStringLiteral("education"), QStringLiteral("Education words"))));
    ASSERT_TRUE(succeeded(wb->finalise(id, signOff(), Workbook::ReasonCheck::NotChecked)));
    const auto out = writeArchiveBundle(*wb, id, dir.filePath(QStringLiteral("bundle")));
    ASSERT_TRUE(succeeded(out));
    const QString pdf = test::pdfText(QDir(out.value()).filePath(QStringLiteral("report.pdf")));
    EXPECT_HAS(pdf, QStringLiteral("Education words"));
    EXPECT_HAS(pdf, QStringLiteral("It asks the executive to report termly on attendance."));

    auto fresh = freshWorkbook(QStringLiteral("restored.strongtrust"));
    ASSERT_TRUE(fresh);
    const QString json = QDir(out.value()).filePath(QStringLiteral("assessment.json"));
    ASSERT_TRUE(succeeded(importAssessmentFile(*fresh, json)));
    const auto a = fresh->assessmentForPeriod(QStringLiteral("2025/26"));
    ASSERT_TRUE(a);
    EXPECT_TRUE(a->isFinal());
    const auto data = fresh->loadAssessment(a->id);
    EXPECT_EQ(data->narrative.domains.value(QStringLiteral("education")),
        QStringLiteral("Education words"));
    EXPECT_EQ(exportAssessmentJson(*fresh, a->id).value(), test::readFile(json));
    // Locked in its new home too.
    EXPECT_FALSE(fresh->setNarrative(a->id, QStringLiteral("education"), QStringLiteral("x")).ok());
}

} // namespace
