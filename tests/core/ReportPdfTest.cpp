// The PDF report end to end: what poppler reads back from it (text, pages,
// metadata, images) is what a board member would see and search.
#include "ReportTestSupport.h"
#include "report/Narrative.h"
#include "report/Report.h"
#include "report/ReportDocument.h"

#include <QImage>
#include <QPainter>

using namespace strongtrust;
using namespace strongtrust::test;

namespace {

const QDate kToday(2026, 2, 1);

#define EXPECT_HAS(text, needle)                                                                   \
    EXPECT_TRUE((text).contains(needle)) << "expected: " << QString(needle).toStdString()
#define EXPECT_HAS_NOT(text, needle)                                                               \
    EXPECT_FALSE((text).contains(needle)) << "unexpected: " << QString(needle).toStdString()

class ReportPdf : public testing::Test
{
protected:
    void SetUp() override
    {
        book = makeReportWorkbook(dir.filePath(QStringLiteral("oak.strongtrust")));
    }

    ReportOptions options(ReportAudience audience = ReportAudience::Board) const
    {
        ReportOptions o;
        o.audience = audience;
        o.today = kToday;
        return o;
    }

    // Writes the PDF of `assessment` and returns its path.
    QString pdf(qint64 assessment, const ReportOptions &o,
        const QString &name = QStringLiteral("report.pdf"))
    {
        return writeReportPdf(dir, *book.wb, assessment, o, name);
    }

    QTemporaryDir dir;
    ReportWorkbook book;
};

} // namespace

TEST_F(ReportPdf, ReadsBackWithEverySectionAndTheNarrative)
{
    const QString path = pdf(book.current, options());
    const QString text = pdfText(path);
    EXPECT_HAS(text, QStringLiteral("Oakfield Learning Trust"));
    EXPECT_HAS(text, QStringLiteral("2025/26"));
    EXPECT_HAS(text, QStringLiteral("Compared with 2024/25"));
    for (const Domain &d : FrameworkLoader::builtIn().domains)
        EXPECT_HAS(text, d.title);
    for (const Level &l : FrameworkLoader::builtIn().scale.levels)
        EXPECT_HAS(text, l.label);
    for (const char *section : { "Summary", "Domains at a glance", "Priorities", "Indicators",
             "Actions", "Sign-off", "Appendix: trustees' individual ratings" })
        EXPECT_HAS(text, QLatin1String(section));

    // The narrative's sentences, as the narrative writes them, read across
    // the page breaks that fall inside them.
    auto narrative = buildNarrative(*book.wb, book.current, options());
    ASSERT_TRUE(narrative.ok());
    {
        const QString body = pdfBodyText(
            path, QStringLiteral("Oakfield Learning Trust "), QStringLiteral("Board report:"));
        EXPECT_HAS(body, normalised(narrative->overall));
        for (const DomainNarrative &d : narrative->domains)
            for (const QString &p : d.paragraphs)
                EXPECT_HAS(body, normalised(p));
        for (const QString &p : narrative->priorities)
            EXPECT_HAS(body, normalised(p));
    }
    EXPECT_HAS(text,
        QStringLiteral("The board's reason for the change: The board recruited two trustees with "
                       "education expertise."));
    // No ligature glyphs in the first place, in the text or the chart: the
    // reader's search for "efficiency" finds it.
    const QString raw = pdfRawText(path);
    for (char16_t ligature = 0xFB00; ligature <= 0xFB04; ++ligature)
        EXPECT_FALSE(raw.contains(QChar(ligature))) << "ligature U+" << std::hex << int(ligature);
    EXPECT_HAS(raw, QStringLiteral("Efficiency and effectiveness"));

    // Every trustee's rating, by name, in the board's appendix.
    for (const QString &name : kTrustees)
        EXPECT_HAS(text, name);
    EXPECT_HAS(text, kTrusteeNote);
    EXPECT_HAS(text, kConfidentialEvidence + QStringLiteral(" (confidential)"));
}

TEST_F(ReportPdf, PagesMetadataFontsAndNoRasterImages)
{
    const QString path = pdf(book.current, options());
    const int pages = pdfPages(path);
    EXPECT_GT(pages, 1);
    EXPECT_EQ(pdfInfoField(path, QStringLiteral("Title")),
        QStringLiteral("Oakfield Learning Trust — Annual board self-assessment 2025/26"));
    EXPECT_EQ(
        pdfInfoField(path, QStringLiteral("Author")), QStringLiteral("Oakfield Learning Trust"));
    EXPECT_TRUE(
        pdfInfoField(path, QStringLiteral("Creator")).startsWith(QStringLiteral("strongtrust ")));
    EXPECT_HAS(pdfInfoField(path, QStringLiteral("Page size")), QStringLiteral("(A4)"));
    EXPECT_TRUE(pdfImages(path).isEmpty()) << pdfImages(path).join(u'\n').toStdString();

    const QString first = pdfText(path, 1, 1);
    EXPECT_HAS(first, QStringLiteral("Page 1 of %1").arg(pages));
    EXPECT_HAS(pdfText(path, pages, pages), QStringLiteral("Page %1 of %1").arg(pages));
    // A draft says so on the cover and across every page.
    EXPECT_HAS(
        first, QStringLiteral("DRAFT: for discussion; not yet agreed and signed off by the board"));
    for (int p = 1; p <= pages; ++p)
        EXPECT_HAS(pdfText(path, p, p), QStringLiteral("DRAFT"));

    const ToolResult fonts = runTool(QStringLiteral("pdffonts"), { path });
    EXPECT_HAS(fonts.out, QStringLiteral("DejaVuSans"));
    for (const QString &line : fonts.out.split(u'\n').mid(2)) {
        if (!line.trimmed().isEmpty()) {
            EXPECT_HAS(line, QStringLiteral(" yes ")) << line.toStdString(); // embedded
        }
    }

    // The document's own page count agrees, and a page paints for a preview.
    auto doc = ReportDocument::build(*book.wb, book.current, options());
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.value()->pageCount(), pages);
    EXPECT_NEAR(doc.value()->pageSizePoints().width(), 595.3, 0.1);
    QImage preview(QSize(298, 421), QImage::Format_ARGB32_Premultiplied);
    preview.fill(Qt::white);
    {
        QPainter painter(&preview);
        painter.scale(0.5, 0.5);
        doc.value()->paintPage(painter, 1);
    }
    int ink = 0;
    for (int y = 0; y < preview.height(); ++y)
        for (int x = 0; x < preview.width(); ++x)
            ink += preview.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    EXPECT_GT(ink, 2000);
}

TEST_F(ReportPdf, FinalReportHasNoDraftMarkAndNamesTheSignOff)
{
    ASSERT_TRUE(book.wb
                    ->finalise(book.current,
                        SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12),
                            QStringLiteral("BM/26/03") })
                    .ok());
    const QString path = pdf(book.current, options(), QStringLiteral("final.pdf"));
    const QString text = pdfText(path);
    EXPECT_HAS_NOT(text, QStringLiteral("DRAFT"));
    EXPECT_HAS(text,
        QStringLiteral("Final: signed off by Jane Smith, chair, on 12 March 2026 (minute BM/"));
    EXPECT_HAS(text,
        QStringLiteral(
            "The chair signed off this self-assessment on behalf of the board on 12 March 2026."));
}

TEST_F(ReportPdf, LongTextFlowsOntoFollowingPages)
{
    QStringList words;
    for (int i = 0; i < 1400; ++i)
        words.append(QStringLiteral("word%1").arg(i));
    const QString note = QStringLiteral("A long note begins here. ") + words.join(u' ')
        + QStringLiteral(" and these are the last words of the note.");
    const QString indicator = FrameworkLoader::builtIn().domains[2].indicators[1].fullId;
    ASSERT_TRUE(
        book.wb->setRating(book.current, book.trustees[0], indicator, RatingValue::of(2), note)
            .ok());
    ASSERT_TRUE(book.wb
                    ->setConsensus(book.current, indicator, RatingValue::of(1),
                        QStringLiteral("A long rationale begins here. ") + words.join(u' ')
                            + QStringLiteral(" and so the rationale ends."),
                        Confidence::Limited)
                    .ok());
    const QString path = pdf(book.current, options(), QStringLiteral("long.pdf"));
    const int pages = pdfPages(path);
    int noteStart = 0;
    int noteEnd = 0;
    int rationaleStart = 0;
    int rationaleEnd = 0;
    for (int p = 1; p <= pages; ++p) {
        // As painted: a cell's lines together, whatever the cells beside it hold.
        const QString page = pdfBodyText(path, QStringLiteral("Oakfield Learning Trust "),
            QStringLiteral("Board report:"), p, p);
        if (page.contains(QStringLiteral("A long note begins here.")))
            noteStart = p;
        if (page.contains(QStringLiteral("and these are the last words of the note.")))
            noteEnd = p;
        if (page.contains(QStringLiteral("A long rationale begins here.")))
            rationaleStart = p;
        if (page.contains(QStringLiteral("and so the rationale ends.")))
            rationaleEnd = p;
    }
    EXPECT_GT(noteStart, 0);
    EXPECT_GT(noteEnd, noteStart) << "the note should run onto a following page";
    EXPECT_GT(rationaleStart, 0);
    EXPECT_GT(rationaleEnd, rationaleStart)
        << "the rationale (in a table cell) should run onto a following page";
    const QString all = pdfText(path);
    EXPECT_HAS(all, QStringLiteral("word700 word701 word702"));
    EXPECT_HAS(all, QStringLiteral("word1399 and these are the last words of the note."));
}

TEST_F(ReportPdf, HostileTextAppearsAsTyped)
{
    const QString script = QStringLiteral("<script>alert(1)</script>");
    ASSERT_TRUE(book.wb->setTrustName(QStringLiteral("<b>Bold</b> & Partners Trust")).ok());
    const QString indicator = FrameworkLoader::builtIn().domains[0].indicators[1].fullId;
    ASSERT_TRUE(book.wb
                    ->setRating(book.current, book.trustees[1], indicator, RatingValue::of(3),
                        QStringLiteral("Note: ") + script)
                    .ok());
    ASSERT_TRUE(
        book.wb
            ->setConsensus(book.current, indicator, RatingValue::of(3),
                QStringLiteral("Rationale with &amp; and <b>not bold</b>"), Confidence::Strong)
            .ok());
    ASSERT_TRUE(book.wb
                    ->addEvidence(book.current, indicator,
                        Evidence { 0, QStringLiteral("Minutes <i>of</i> %1 & %2"), {}, {}, false })
                    .ok());
    const QString text = pdfText(pdf(book.current, options(), QStringLiteral("hostile.pdf")));
    EXPECT_HAS(text, QStringLiteral("<b>Bold</b> & Partners Trust"));
    EXPECT_HAS(text, QStringLiteral("Note: ") + script);
    EXPECT_HAS(text, QStringLiteral("Rationale with &amp; and <b>not bold</b>"));
    EXPECT_HAS(text, QStringLiteral("Minutes <i>of</i> %1 & %2"));
}

TEST_F(ReportPdf, PublicAudienceNamesNoTrustee)
{
    ASSERT_TRUE(book.wb
                    ->finalise(book.current,
                        SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12), {} })
                    .ok());
    const QString text
        = pdfText(pdf(book.current, options(ReportAudience::Public), QStringLiteral("public.pdf")));
    for (const QString &name : kTrustees)
        EXPECT_HAS_NOT(text, name);
    EXPECT_HAS_NOT(text, kTrusteeNote);
    EXPECT_HAS_NOT(text, kConfidentialEvidence);
    EXPECT_HAS_NOT(text, QStringLiteral("Appendix"));
    EXPECT_HAS(text, QStringLiteral("Termly performance report"));
    EXPECT_HAS(text, QStringLiteral("Final: signed off by the chair on 12 March 2026"));
    EXPECT_HAS(text, QStringLiteral("Commission a staff wellbeing survey"));
    EXPECT_HAS(text, QStringLiteral("Public report"));
}

TEST_F(ReportPdf, AnotherFrameworkGivesACorrectReport)
{
    auto fw
        = FrameworkLoader::loadBytes(toBytes(minimalFramework()), QStringLiteral("minimal.json"));
    ASSERT_TRUE(fw.ok());
    auto created = Workbook::create(dir.filePath(QStringLiteral("min.strongtrust")),
        QStringLiteral("Beacon Trust"), fw.value());
    ASSERT_TRUE(created.ok());
    Workbook &wb = *created.value();
    const qint64 jane = wb.addTrustee(QStringLiteral("Jane Smith")).value();
    const qint64 a
        = wb.createAssessment(QStringLiteral("2025/26"), QString(), wb.defaultFrameworkKey())
              .value();
    ASSERT_TRUE(wb.setRating(a, jane, QStringLiteral("alpha.one"), RatingValue::of(0.5)).ok());
    ASSERT_TRUE(wb.setConsensus(a, QStringLiteral("alpha.one"), RatingValue::of(1),
                      QStringLiteral("Agreed."), Confidence::Strong)
                    .ok());
    ASSERT_TRUE(wb.setConsensus(a, QStringLiteral("beta.one"), RatingValue::of(0),
                      QStringLiteral("Agreed."), Confidence::Strong)
                    .ok());
    auto bytes = renderReportPdf(wb, a, options());
    ASSERT_TRUE(bytes.ok()) << bytes.errorText().toStdString();
    const QString path = dir.filePath(QStringLiteral("min.pdf"));
    ASSERT_TRUE(writeFile(path, bytes.value()));
    keepArtifact(path, QStringLiteral("minimal.pdf"));
    const QString text = pdfText(path);
    for (const char *s :
        { "Beacon Trust", "Board self-assessment 2025/26", "Test framework", "Alpha", "Beta", "Low",
            "Middle", "High", "Alpha was assessed as High, with a score of 1.00.",
            "There is no earlier assessment to compare with." })
        EXPECT_HAS(text, QLatin1String(s));
    for (const char *s : { "Emerging", "Leading", "Expert governance" })
        EXPECT_HAS_NOT(text, QLatin1String(s));
    EXPECT_TRUE(pdfImages(path).isEmpty());
    EXPECT_GT(pdfPages(path), 1);
}

TEST_F(ReportPdf, UnknownAssessmentOrComparisonIsRefused)
{
    auto missing = renderReportPdf(*book.wb, 9999, options());
    ASSERT_FALSE(missing.ok());
    EXPECT_HAS(missing.errorText(), QStringLiteral("no assessment with the id 9999"));
    ReportOptions o = options();
    o.comparePeriod = QStringLiteral("2025/26");
    auto self = renderReportPdf(*book.wb, book.current, o);
    ASSERT_FALSE(self.ok());
    EXPECT_HAS(self.errorText(), QStringLiteral("cannot be compared with itself"));
}
