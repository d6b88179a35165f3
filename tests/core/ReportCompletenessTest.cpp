// Pagination that loses nothing: every heading, trustee's note, rationale,
// evidence title and action of the data appears in the PDF's text, for the
// sample workbook and for a synthetic assessment of fifteen trustees with a
// note on every rating; and the chair's summary fits its one page.
#include "BaselineTestSupport.h"
#include "ReportTestSupport.h"
#include "SyntheticWorkbook.h"
#include "exchange/AssessmentImporter.h"
#include "report/ChairSummary.h"
#include "report/Narrative.h"
#include "report/ReportContent.h"
#include "report/ReportData.h"
#include "report/ReportDocument.h"

#include <QDir>

using namespace strongtrust;

namespace {

// Text compared without any white space: pdftotext breaks lines where the
// report wrapped them (after a hyphen too), and a zero-width space may stand
// where the report gave a long word somewhere to break.
QString squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : test::normalised(text)) {
        if (!ch.isSpace() && ch != QChar(0x200B) && ch != QChar(0x00AD))
            out.append(ch);
    }
    return out;
}

// The PDF's text in the order it was painted (-raw): a table cell's lines
// stay together rather than interleaved with the next column's.
QString paintedText(const QString &pdf, const QString &header, const QString &footer)
{
    const test::ToolResult r = test::runTool(QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
            QStringLiteral("-") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // What every page paints before its text, and so between the halves of
    // a paragraph that runs on: the watermark's letters, the running header
    // and the footer.
    QStringList kept;
    for (const QString &line : r.out.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.size() == 1 && QStringLiteral("DRAFT").contains(t))
            continue;
        if (t.startsWith(header) || (t.startsWith(footer) && t.contains(QStringLiteral("Page "))))
            continue;
        kept.append(line);
    }
    return kept.join(u'\n');
}

// Whether `wanted` stands in `text` (both squeezed), allowing gaps between
// its words: a table row split across a page is painted column by column,
// so the second half of a cell comes after the repeated table header and
// the other cells' second halves. The words must come in order and within a
// span a split row can account for; a lost word or tail still fails.
bool containsInOrder(const QString &text, const QString &wanted)
{
    const QStringList words = test::normalised(wanted).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const qsizetype span = squeezed(wanted).size() * 3 + 3000;
    for (qsizetype start = text.indexOf(squeezed(words[0])); start >= 0;
         start = text.indexOf(squeezed(words[0]), start + 1)) {
        qsizetype at = start + squeezed(words[0]).size();
        bool whole = true;
        for (qsizetype i = 1; i < words.size() && whole; ++i) {
            const QString w = squeezed(words[i]);
            const qsizetype found = w.isEmpty() ? at : text.indexOf(w, at);
            whole = found >= 0 && found + w.size() - start <= span;
            at = found + w.size();
        }
        if (whole)
            return true;
    }
    return false;
}

struct Expected {
    QString what;
    QString text;
};

// Everything of the data a board report must show, with where it comes from.
QList<Expected> expectedText(const ReportData &data, const report::ReportContent &content)
{
    QList<Expected> out;
    for (const report::Block &b : content.blocks) {
        if (b.kind == report::Block::Kind::Heading1 || b.kind == report::Block::Kind::Heading2
            || b.kind == report::Block::Kind::Heading3)
            out.append({ QStringLiteral("heading"), b.text });
    }
    const QSet<qint64> raters(data.raters.cbegin(), data.raters.cend());
    for (const Rating &r : data.current.data.ratings) {
        if (!r.note.trimmed().isEmpty() && raters.contains(r.trusteeId))
            out.append({ QStringLiteral("note on ") + r.indicator, r.note });
    }
    for (const Consensus &c : data.current.data.consensus) {
        if (!c.rationale.trimmed().isEmpty())
            out.append({ QStringLiteral("rationale of ") + c.indicator, c.rationale });
        for (const Evidence &e : c.evidence)
            out.append({ QStringLiteral("evidence of ") + c.indicator, e.title });
    }
    for (const Action &a : data.current.data.actions)
        out.append({ QStringLiteral("action"), a.text });
    // Baseline standards and measures (framework format version 2): every
    // standard, what the board noted and cited for it, and every measure's note.
    for (const Domain &d : data.current.framework.domains) {
        for (const Standard &standard : d.standards)
            out.append({ QStringLiteral("standard ") + standard.fullId, standard.text });
        for (const Measure &measure : d.measures)
            out.append({ QStringLiteral("measure ") + measure.fullId, measure.title });
    }
    for (const StandardJudgement &j : data.current.data.standards) {
        if (!j.note.trimmed().isEmpty())
            out.append({ QStringLiteral("note on standard ") + j.standard, j.note });
        for (const Evidence &e : j.evidence)
            out.append({ QStringLiteral("evidence of standard ") + j.standard, e.title });
    }
    for (const MeasureValue &v : data.current.data.measures) {
        if (!v.note.trimmed().isEmpty())
            out.append({ QStringLiteral("note on measure ") + v.measure, v.note });
    }
    return out;
}

class ReportCompletenessTest : public testing::Test
{
protected:
    // Renders the board report and checks every expected text is in it; returns the PDF's path.
    QString checkComplete(const Workbook &wb, qint64 assessment, const QString &name)
    {
        ReportOptions options;
        options.today = QDate(2026, 3, 1);
        auto data = loadReportData(wb, assessment, options);
        EXPECT_TRUE(data.ok()) << data.errorText().toStdString();
        if (!data)
            return {};
        return checkComplete(data.value(), name);
    }

    // The same, of data already read (and perhaps added to).
    QString checkComplete(const ReportData &data, const QString &name)
    {
        const Narrative narrative = buildNarrative(data);
        const report::ReportContent content = report::buildReportContent(data, narrative);
        lastLine = report::chairSummary(data, narrative).decisions.last();
        auto bytes = ReportDocument::build(data)->toPdf();
        EXPECT_TRUE(bytes.ok()) << bytes.errorText().toStdString();
        const QString pdf = dir.filePath(name);
        EXPECT_TRUE(test::writeFile(pdf, bytes.ok() ? bytes.value() : QByteArray()));
        test::keepArtifact(pdf, name);
        const QString text = squeezed(
            paintedText(pdf, content.headerLeft + u' ' + content.headerRight, content.footerLeft));
        const QList<Expected> expected = expectedText(data, content);
        EXPECT_GT(expected.size(), 20);
        int missing = 0;
        for (const Expected &e : expected) {
            if (!text.contains(squeezed(e.text)) && !containsInOrder(text, e.text)) {
                ++missing;
                ADD_FAILURE() << name.toStdString() << ": missing " << e.what.toStdString() << ": "
                              << e.text.toStdString();
            }
        }
        EXPECT_EQ(missing, 0);

        // The appendix has every domain's heading, and its notes heading where
        // trustees wrote notes, in framework order.
        const QString appendix = squeezed(QStringLiteral("Appendix: trustees' individual ratings"));
        qsizetype at = text.lastIndexOf(appendix);
        EXPECT_GE(at, 0);
        for (const Domain &d : data.current.framework.domains) {
            const qsizetype next = text.indexOf(squeezed(d.title), at);
            EXPECT_GT(next, at) << "appendix lacks " << d.title.toStdString();
            at = std::max(at, next);
        }
        return pdf;
    }

    // The page (from 1) whose text contains `needle`, or 0.
    static int pageOf(const QString &pdf, const QString &needle)
    {
        const int pages = test::pdfPages(pdf);
        for (int p = 1; p <= pages; ++p) {
            if (squeezed(test::pdfRawText(pdf, p, p)).contains(squeezed(needle)))
                return p;
        }
        return 0;
    }

    // The chair's summary starts a page, ends on it, and the next section starts the next one.
    void checkChairSummaryFitsOnePage(const QString &pdf) const
    {
        const int first = pageOf(pdf, QStringLiteral("Summary for the chair"));
        ASSERT_GT(first, 0);
        const QString page = squeezed(test::pdfRawText(pdf, first, first));
        EXPECT_TRUE(page.contains(squeezed(QStringLiteral("Decisions for the board"))));
        EXPECT_TRUE(page.contains(squeezed(lastLine)))
            << "the summary's last line is not on its page: " << lastLine.toStdString();
        EXPECT_FALSE(page.contains(squeezed(QStringLiteral("Domains at a glance"))));
        const QString next = test::normalised(test::pdfRawText(pdf, first + 1, first + 1));
        EXPECT_TRUE(next.contains(QStringLiteral(" Summary In ")))
            << "the next section does not start the next page: " << next.left(300).toStdString();
    }

    QTemporaryDir dir;
    QString lastLine = QStringLiteral("Agree the date of the next assessment.");
};

} // namespace

TEST_F(ReportCompletenessTest, SampleWorkbookLosesNothing)
{
    auto created = Workbook::create(dir.filePath(QStringLiteral("sample.strongtrust")),
        QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    Workbook &wb = *created.value();
    const QDir samples(QStringLiteral(STRONGTRUST_TEST_DATA "/../../resources/samples"));
    const QStringList files
        = samples.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &f : files) {
        auto imported = importAssessmentFile(wb, samples.filePath(f));
        ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    }
    const QList<AssessmentInfo> periods = wb.assessments();
    ASSERT_FALSE(periods.isEmpty());
    for (const AssessmentInfo &info : periods) {
        const QString pdf = checkComplete(wb, info.id,
            QStringLiteral("sample-%1.pdf").arg(QString(info.period).replace(u'/', u'-')));
        checkChairSummaryFitsOnePage(pdf);
    }
}

TEST_F(ReportCompletenessTest, FifteenTrusteesWithANoteOnEveryRatingLoseNothing)
{
    synthetic::Spec spec;
    spec.periods = 2;
    spec.trustees = 15;
    spec.firstYear = 2024;
    spec.noteEveryRating = true;
    auto built = synthetic::buildWorkbook(dir.filePath(QStringLiteral("fifteen.strongtrust")),
        QStringLiteral("Fifteen Trustees Trust"), FrameworkLoader::builtIn(), spec);
    ASSERT_TRUE(built.ok()) << built.errorText().toStdString();
    const QList<AssessmentInfo> periods = built.value()->assessments();
    ASSERT_EQ(periods.size(), 2);
    const QString pdf
        = checkComplete(*built.value(), periods.last().id, QStringLiteral("fifteen.pdf"));
    checkChairSummaryFitsOnePage(pdf);
}

TEST_F(ReportCompletenessTest, ChairSummaryOfTheTestWorkbookFitsOnePage)
{
    auto r = test::makeReportWorkbook(dir.filePath(QStringLiteral("r.strongtrust")));
    ASSERT_TRUE(r.wb);
    ReportOptions options;
    options.today = QDate(2026, 2, 1);
    checkChairSummaryFitsOnePage(
        test::writeReportPdf(dir, *r.wb, r.current, options, QStringLiteral("chair.pdf")));
}

TEST_F(ReportCompletenessTest, BaselineStandardsAndMeasuresLoseNothingAndTheChairsPageHolds)
{
    auto r = test::makeReportWorkbook(dir.filePath(QStringLiteral("baseline.strongtrust")));
    ASSERT_TRUE(r.wb);
    ReportOptions options;
    options.today = QDate(2026, 3, 1);
    auto loaded = loadReportData(*r.wb, r.current, options);
    ASSERT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
    ReportData data = std::move(loaded).value();
    test::addSampleBaseline(data, r.wb->raters(r.previous));
    // Evidence for a standard, and standards not met in every domain that has
    // them: the longest list the chair's page must hold.
    data.current.data.standards[0].evidence.append(Evidence {
        0, QStringLiteral("Safeguarding audit, spring term"), {}, QDate(2026, 2, 2), false });
    test::judge(data.current.data, QStringLiteral("education.send-duties"), StandardResult::NotMet,
        QStringLiteral("Three schools' reports are out of date."));
    data.current.scores = scoreAssessment(data.current.framework, data.current.data, data.raters);
    const QString pdf = checkComplete(data, QStringLiteral("baseline-complete.pdf"));
    checkChairSummaryFitsOnePage(pdf);
}
