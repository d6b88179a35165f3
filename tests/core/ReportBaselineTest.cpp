// Baseline standards and measures in the report: the floor before the
// narrative, the chair's summary leading with the standard not met, the
// capped level wherever a level shows, the measures' table and trend charts
// (vector in the PDF, SVG in the HTML, pictures in the ODT), and a version 1
// framework's report with none of it.
#include "BaselineTestSupport.h"
#include "ReportTestSupport.h"
#include "report/ChairSummary.h"
#include "report/Minutes.h"
#include "report/Narrative.h"
#include "report/OdtPackage.h"
#include "report/ReportContent.h"
#include "report/ReportData.h"
#include "report/ReportDocument.h"
#include "report/ReportHtml.h"
#include "report/ReportOdt.h"
#include "report/ReportText.h"

using namespace strongtrust;
using namespace strongtrust::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Without white space (pdftotext breaks lines where the report wrapped them)
// and without the letters of the draft's watermark, painted under the text.
QString squeezed(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (!(t.size() == 1 && QStringLiteral("DRAFT").contains(t)))
            lines.append(line);
    }
    QString out;
    for (const QChar ch : normalised(lines.join(u'\n'))) {
        if (!ch.isSpace() && ch != QChar(0x200B))
            out.append(ch);
    }
    return out;
}

class ReportBaselineTest : public testing::Test
{
protected:
    void SetUp() override
    {
        r = makeReportWorkbook(dir.filePath(s("baseline.strongtrust")));
        ASSERT_TRUE(r.wb);
        options.today = QDate(2026, 3, 1);
    }

    ReportData data(ReportAudience audience = ReportAudience::Board, bool baseline = true)
    {
        ReportOptions o = options;
        o.audience = audience;
        auto loaded = loadReportData(*r.wb, r.current, o);
        EXPECT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
        if (!loaded)
            return {};
        ReportData d = std::move(loaded).value();
        if (baseline)
            addSampleBaseline(d, r.wb->raters(r.previous));
        return d;
    }

    QString pdf(const ReportData &d, const QString &name)
    {
        auto bytes = ReportDocument::build(d)->toPdf();
        EXPECT_TRUE(bytes.ok()) << bytes.errorText().toStdString();
        const QString path = dir.filePath(name);
        EXPECT_TRUE(writeFile(path, bytes.ok() ? bytes.value() : QByteArray()));
        keepArtifact(path, name);
        return path;
    }

    static int pageOf(const QString &path, const QString &needle)
    {
        for (int p = 1; p <= pdfPages(path); ++p) {
            if (squeezed(pdfRawText(path, p, p)).contains(squeezed(needle)))
                return p;
        }
        return 0;
    }

    static report::ReportContent contentOf(const ReportData &d)
    {
        return report::buildReportContent(d, buildNarrative(d));
    }

    QTemporaryDir dir;
    ReportWorkbook r;
    ReportOptions options;
};

// The texts of a domain's blocks from its heading to the next domain's, in order.
QStringList domainTexts(const report::ReportContent &content, const QString &title)
{
    QStringList out;
    bool in = false;
    for (const report::Block &b : content.blocks) {
        if (b.kind == report::Block::Kind::Heading1) {
            if (in)
                break;
            in = b.text == title;
        }
        if (!in)
            continue;
        if (b.kind == report::Block::Kind::Table) {
            for (const QString &h : b.table.headers)
                out.append(h);
            for (const auto &row : b.table.rows) {
                for (const report::Cell &c : row) {
                    out.append(c.text);
                    out.append(c.notes);
                }
            }
        } else if (b.kind == report::Block::Kind::Bullets) {
            out.append(b.items);
        } else if (!b.text.isEmpty()) {
            out.append(b.text);
        }
    }
    return out;
}

} // namespace

TEST_F(ReportBaselineTest, TheChairsSummaryLeadsWithTheStandardNotMet)
{
    const ReportData d = data();
    const QString path = pdf(d, s("baseline.pdf"));
    const int page = pageOf(path, s("Summary for the chair"));
    ASSERT_GT(page, 0);
    const QString text = squeezed(pdfRawText(path, page, page));
    const QString standards = squeezed(s("What matters most Not met: ") + sample::kSafeguardingName
        + s(" (Expert governance, holding it at Developing); ") + sample::kHealthName
        + s(" (Workforce resilience and wellbeing)."));
    EXPECT_TRUE(text.contains(standards)) << pdfRawText(path, page, page).toStdString();
    // The table of domains says the level is capped (the only "capped" on the page).
    EXPECT_EQ(text.count(s("capped")), 1);
    // The decisions ask for a plan, and still end on the page.
    EXPECT_TRUE(text.contains(squeezed(
        s("Agree how the trust will meet the 2 standards not met, and judge the 34 not yet "
          "judged."))));
    EXPECT_TRUE(text.contains(squeezed(s("Agree the date of the next assessment."))));
    EXPECT_TRUE(normalised(pdfRawText(path, page + 1, page + 1)).contains(s(" Summary ")));
}

TEST_F(ReportBaselineTest, TheFloorComesFirstThenTheMeasuresThenTheNarrative)
{
    const ReportData d = data();
    const Framework &fw = d.current.framework;
    const report::ReportContent content = contentOf(d);
    const QStringList gov = domainTexts(content, s("Expert governance"));
    QStringList order { s("Baseline standards"),
        s("Of this domain's 8 baseline standards, 1 is not met, 1 is met and 6 are not yet "
          "judged."),
        s("Standard not met"), standardText(fw, sample::kSafeguarding),
        s("while it is not met, the domain's level cannot be above Developing"),
        sample::kSafeguardingNote,
        s("“Appoint a new safeguarding trustee” (Jane Smith, due 30 April 2026, in progress)"),
        s("Not yet judged:") };
    for (const Standard &st : fw.domains[0].standards) {
        if (st.fullId != sample::kSafeguarding && st.fullId != sample::kRegister)
            order.append(st.text);
    }
    order += { s("Other standards"), standardText(fw, sample::kRegister), s("Met"),
        sample::kRegisterNote, s("Measures"),
        s("No value is recorded yet for any of this domain's 2 measures: Trustees' attendance at "
          "board meetings and Trustee places vacant at the end of the year."),
        s("Maturity") };
    qsizetype at = -1;
    for (const QString &text : std::as_const(order)) {
        const qsizetype next = gov.indexOf(text, at + 1);
        EXPECT_GT(next, at) << "missing or out of order: " << text.toStdString();
        at = std::max(at, next);
    }
    // The narrative opens with the cap and why.
    const QString capped = s("Expert governance is capped at Developing while ")
        + sample::kSafeguardingName + s(" is not met.");
    bool found = false;
    for (const QString &t : gov)
        found = found || t.startsWith(capped);
    EXPECT_TRUE(found) << gov.join(u'\n').toStdString();

    // A domain none of whose standards is judged lists them all, and is not capped.
    const QStringList education = domainTexts(content, s("Quality of education"));
    EXPECT_TRUE(education.contains(s("None of this domain's 9 baseline standards has been judged "
                                     "yet.")));
    EXPECT_FALSE(education.contains(s("Not yet judged:")));
    EXPECT_TRUE(education.contains(fw.domains[1].standards.last().text));
    // A standard not met below its cap: not met, but caps nothing now.
    const QStringList workforce = domainTexts(content, s("Workforce resilience and wellbeing"));
    EXPECT_TRUE(workforce.contains(sample::kHealthNote));
    for (const QString &t : workforce)
        EXPECT_FALSE(t.startsWith(s("Workforce resilience and wellbeing is capped")));
}

TEST_F(ReportBaselineTest, EveryLevelShownIsTheCappedOne)
{
    const ReportData d = data();
    const report::ReportContent content = contentOf(d);
    // Domains at a glance: the capped level, why, and the indicators' score.
    const report::Table *glance = nullptr;
    for (qsizetype i = 0; i + 1 < content.blocks.size(); ++i) {
        if (content.blocks[i].text == s("Domains at a glance"))
            glance = &content.blocks[i + 1].table;
    }
    ASSERT_NE(glance, nullptr);
    const auto &row = glance->rows[0];
    EXPECT_EQ(row[0].text, s("Expert governance"));
    ASSERT_EQ(row[0].notes.size(), 1);
    EXPECT_TRUE(row[0].notes[0].startsWith(s("Capped at Developing while ")
        + sample::kSafeguardingName + s(" is not met; its indicators' score is 3.")))
        << row[0].notes[0].toStdString();
    EXPECT_EQ(row[1].text, s("Developing"));
    EXPECT_TRUE(row[1].notes.contains(s("capped")));
    EXPECT_EQ(row[2].text, s("2.0"));
    // Workforce: a standard not met, but the domain is already below its cap.
    EXPECT_EQ(glance->rows[2][0].text, s("Workforce resilience and wellbeing"));
    EXPECT_TRUE(glance->rows[2][0].notes.isEmpty());
    // The radar draws 2.0 and says capped.
    ASSERT_FALSE(content.charts.isEmpty());
    EXPECT_EQ(content.charts[0].series[0].values[0], 2.0);
    EXPECT_EQ(content.charts[0].axisNotes.value(0), s("capped at Developing"));
    EXPECT_EQ(content.charts[0].axisNotes.value(2), QString());
    // The minute gives the cap and the standards not met.
    const QString minute = report::minutesText(report::buildMinutes(d, buildNarrative(d)));
    EXPECT_TRUE(minute.contains(s("It is capped at Developing while ") + sample::kSafeguardingName
        + s(" is not met; its indicators' score is")))
        << minute.toStdString();
    EXPECT_TRUE(minute.contains(s("The board noted that 2 baseline standards are not met:")));
    EXPECT_TRUE(minute.contains(sample::kHealthName + s(" (Workforce resilience and wellbeing).")));
    // And the summary paragraph.
    const QString summary = buildSummaryParagraph(d);
    EXPECT_TRUE(summary.contains(
        s("2 of the 37 baseline standards are not met, in Expert governance and Workforce "
          "resilience and wellbeing. Expert governance is capped at Developing while ")
        + sample::kSafeguardingName + s(" is not met.")))
        << summary.toStdString();
}

namespace {

const QList<report::Cell> *rowOf(const report::ReportContent &content, const QString &title)
{
    for (const report::Block &b : content.blocks) {
        if (b.kind != report::Block::Kind::Table || b.table.headers.value(0) != s("Measure"))
            continue;
        for (const auto &row : b.table.rows) {
            if (row.value(0).text == title)
                return &row;
        }
    }
    return nullptr;
}

} // namespace

TEST_F(ReportBaselineTest, TheMeasuresTableComparesWithTargetAndLastYear)
{
    const report::ReportContent content = contentOf(data());
    const QList<report::Cell> *attendance = rowOf(content, s("Pupil attendance"));
    ASSERT_NE(attendance, nullptr);
    ASSERT_EQ(attendance->size(), 5) << "measure, value, target, since 2024/25, note";
    EXPECT_EQ((*attendance)[1].text, s("95.6%"));
    EXPECT_EQ((*attendance)[2].text, s("within target"));
    EXPECT_EQ((*attendance)[2].notes,
        (QStringList { s("target at least 95.0%"), s("the trust's own target") }));
    EXPECT_EQ((*attendance)[3].text, s("up 0.8 points"));
    EXPECT_EQ((*attendance)[3].notes, (QStringList { s("better"), s("was 94.8%") }));
    EXPECT_EQ((*attendance)[4].text, s("–"));

    const QList<report::Cell> *absence
        = rowOf(content, s("Working days lost to sickness absence per member of staff"));
    ASSERT_NE(absence, nullptr);
    EXPECT_EQ((*absence)[1].text, s("7.9 days"));
    EXPECT_EQ((*absence)[2].text, s("above the target of at most 7.5 days"));
    EXPECT_EQ((*absence)[3].text, s("down 0.9 days"));
    EXPECT_EQ((*absence)[3].notes.value(0), s("better"));
    EXPECT_EQ((*absence)[4].text, sample::kAbsenceNote);

    const QList<report::Cell> *reserves
        = rowOf(content, s("Revenue reserves as a share of total income"));
    ASSERT_NE(reserves, nullptr);
    EXPECT_EQ((*reserves)[1].text, s("6.3%"));
    EXPECT_EQ((*reserves)[2].notes.value(0), s("target 5.0–12.0%"));
    EXPECT_EQ((*reserves)[3].text, s("not recorded in 2024/25"));
    EXPECT_EQ((*reserves)[4].text, sample::kReservesNote);

    // A measure not recorded reads so.
    const QList<report::Cell> *inspection
        = rowOf(content, s("Schools judged good or better at their latest inspection"));
    ASSERT_NE(inspection, nullptr);
    EXPECT_EQ((*inspection)[1].text, s("Not yet recorded"));
    EXPECT_EQ((*inspection)[2].text, s("no target set"));
    EXPECT_EQ((*inspection)[3].text, s("not recorded in 2024/25"));

    // A trend for each measure recorded in two periods or more.
    ASSERT_EQ(content.trends.size(), 3);
    EXPECT_EQ(content.trends[0].measure.fullId, s("education.attendance"));
    EXPECT_EQ(content.trends[1].target, (MeasureTarget { std::nullopt, 7.5 }));
    EXPECT_EQ(content.trends[2].points.size(), 3);
    EXPECT_FALSE(content.trends[2].points[1].value) << "2024/25 recorded no reserves";
    EXPECT_EQ(content.trends[2].target, (MeasureTarget { 5.0, 12.0 }));
}
TEST_F(ReportBaselineTest, TrendChartsAreVectorGraphicsInThePdf)
{
    const QString path = pdf(data(), s("baseline-trends.pdf"));
    EXPECT_TRUE(pdfImages(path).isEmpty()) << pdfImages(path).join(u'\n').toStdString();
    const QString text = pdfText(path);
    // 2023/24 is in no table: only the charts' period labels name it.
    EXPECT_TRUE(text.contains(s("2023/24")));
    EXPECT_GE(text.count(s("Revenue reserves as a share of total income")), 2);
    EXPECT_TRUE(text.contains(s("target")));
}

TEST_F(ReportBaselineTest, HtmlEscapesTheStandardsNotesAndInlinesTheTrends)
{
    const QByteArray bytes
        = report::reportHtml(contentOf(data()), report::formatDate(options.today));
    const QString html = QString::fromUtf8(bytes);
    const QString path = dir.filePath(s("baseline.html"));
    EXPECT_TRUE(writeFile(path, bytes));
    keepArtifact(path, s("baseline.html"));
    EXPECT_TRUE(html.contains(s("Checked &lt;b&gt;annually&lt;/b&gt; &amp; reported")));
    EXPECT_FALSE(html.contains(s("<b>annually")));
    EXPECT_EQ(html.count(s("<figure class=\"trend\"><svg role=\"img\" aria-label=\"Trend of ")), 3);
    EXPECT_TRUE(html.contains(s("2023/24: 94.1%; 2024/25: 94.8%; 2025/26: 95.6%")));
    EXPECT_FALSE(html.contains(s("<img")));
}

TEST_F(ReportBaselineTest, TheOdtHoldsTheFloorAndTheTrendsAsPictures)
{
    auto odt = renderReportOdt(data());
    ASSERT_TRUE(odt.ok()) << odt.errorText().toStdString();
    auto members = report::readPackage(odt.value());
    ASSERT_TRUE(members.ok());
    QString content;
    int pictures = 0;
    for (const report::PackageMember &m : members.value()) {
        if (m.name == s("content.xml"))
            content = QString::fromUtf8(m.data);
        pictures += m.name.startsWith(s("Pictures/")) ? 1 : 0;
    }
    QStringList names;
    for (const report::PackageMember &m : members.value())
        names.append(m.name);
    EXPECT_EQ(pictures, 4) << "the radar and three trends: " << names.join(u' ').toStdString();
    EXPECT_TRUE(content.contains(s(">Baseline standards</text:span></text:h>")))
        << content.mid(content.indexOf(s("Baseline standards")) - 200, 400).toStdString();
    EXPECT_TRUE(content.contains(s("Standard not met")));
    EXPECT_TRUE(content.contains(sample::kSafeguardingNote));
    EXPECT_TRUE(content.contains(s("Checked &lt;b&gt;annually&lt;/b&gt; &amp; reported")));
}

TEST_F(ReportBaselineTest, ThePublicSeesNoOwnerOfAStandardsAction)
{
    const report::ReportContent content = contentOf(data(ReportAudience::Public));
    const QStringList gov = domainTexts(content, s("Expert governance"));
    EXPECT_TRUE(
        gov.contains(s("“Appoint a new safeguarding trustee” (due 30 April 2026, in progress)")));
    for (const QString &t : gov)
        EXPECT_FALSE(t.contains(s("Jane Smith"))) << t.toStdString();
}

TEST_F(ReportBaselineTest, AVersionOneFrameworkHasNoneOfIt)
{
    // The built-in framework as version 1 wrote it: no standards, no measures.
    nlohmann::json doc
        = nlohmann::json::parse(readFile(FrameworkLoader::builtInResourcePath()).toStdString());
    doc["formatVersion"] = 1;
    for (auto &domain : doc["domains"]) {
        domain.erase("standards");
        domain.erase("measures");
    }
    const auto fw = FrameworkLoader::loadBytes(toBytes(doc), s("v1.json"));
    ASSERT_TRUE(fw.ok()) << fw.errorText().toStdString();
    ASSERT_EQ(fw.value().formatVersion, 1);
    auto created = Workbook::create(dir.filePath(s("v1.strongtrust")), s("Oakfield"), fw.value());
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    Workbook &wb = *created.value();
    const qint64 id = wb.createAssessment(s("2025/26"), {}, wb.defaultFrameworkKey()).value();
    for (const Indicator &ind : fw.value().domains[0].indicators)
        ASSERT_TRUE(
            wb.setConsensus(id, ind.fullId, RatingValue::of(3), {}, Confidence::Unstated).ok());
    auto loaded = loadReportData(wb, id, options);
    ASSERT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
    const ReportData &d = loaded.value();
    EXPECT_TRUE(d.measureHistory.isEmpty());
    const report::ReportContent content = contentOf(d);
    for (const report::Block &b : content.blocks) {
        for (const QString &heading : { s("Baseline standards"), s("Measures"), s("Maturity") })
            EXPECT_NE(b.text, heading);
        EXPECT_NE(b.kind, report::Block::Kind::Trends);
    }
    EXPECT_TRUE(content.trends.isEmpty());
    for (const QString &note : content.charts[0].axisNotes)
        EXPECT_TRUE(note.isEmpty());
    const Narrative n = buildNarrative(d);
    EXPECT_TRUE(report::chairSummary(d, n).standards.isEmpty());
    EXPECT_FALSE(n.overall.contains(s("baseline")));
    for (const DomainNarrative &dn : n.domains) {
        EXPECT_TRUE(dn.cap.isEmpty());
        EXPECT_EQ(dn.score, dn.uncappedScore);
    }
    EXPECT_FALSE(report::minutesText(report::buildMinutes(d, n)).contains(s("baseline")));
}
