// The HTML report and the clerk's draft minute: self-contained, escaped, and
// for the public without a trustee's name.
#include "ReportTestSupport.h"
#include "report/Narrative.h"
#include "report/Report.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace strongtrust;
using namespace strongtrust::test;

namespace {

const QDate kToday(2026, 2, 1);

#define EXPECT_HAS(text, needle)                                                                   \
    EXPECT_TRUE((text).contains(needle)) << "expected: " << QString(needle).toStdString()          \
                                         << "\n  in: " << QString(text).left(4000).toStdString()
#define EXPECT_HAS_NOT(text, needle)                                                               \
    EXPECT_FALSE((text).contains(needle)) << "unexpected: " << QString(needle).toStdString()

class ReportHtml : public testing::Test
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
    QString html(ReportAudience audience = ReportAudience::Board)
    {
        auto bytes = renderReportHtml(*book.wb, book.current, options(audience));
        EXPECT_TRUE(bytes.ok()) << bytes.errorText().toStdString();
        return bytes.ok() ? QString::fromUtf8(bytes.value()) : QString();
    }
    // The text a reader sees: tags removed, entities decoded.
    static QString visibleText(QString html)
    {
        html.remove(QRegularExpression(
            QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
        html.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
        html.replace(QLatin1String("&lt;"), QLatin1String("<"));
        html.replace(QLatin1String("&gt;"), QLatin1String(">"));
        html.replace(QLatin1String("&quot;"), QLatin1String("\""));
        html.replace(QLatin1String("&#39;"), QLatin1String("'"));
        html.replace(QLatin1String("&amp;"), QLatin1String("&"));
        return html.simplified();
    }

    QTemporaryDir dir;
    ReportWorkbook book;
};

} // namespace

TEST_F(ReportHtml, SelfContainedWithTheChartAsAccessibleSvg)
{
    const QString page = html();
    EXPECT_TRUE(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_HAS(page, QStringLiteral("<html lang=\"en-GB\">"));
    EXPECT_HAS(page, QStringLiteral("<meta charset=\"utf-8\">"));
    EXPECT_HAS(page, QStringLiteral("@media print"));
    EXPECT_HAS(page,
        QStringLiteral(
            "<svg role=\"img\" aria-label=\"Chart of domain scores on a scale from 1 (Emerging) "
            "to 4 (Leading)."));
    EXPECT_HAS(page, QStringLiteral("<desc>"));
    // Nothing fetched from elsewhere, nothing executed.
    EXPECT_HAS_NOT(page, QStringLiteral("<script"));
    EXPECT_HAS_NOT(page, QStringLiteral("<link"));
    EXPECT_HAS_NOT(page, QStringLiteral("<img"));
    EXPECT_HAS_NOT(page, QStringLiteral("src="));

    // The chart is well-formed XML of its own.
    const qsizetype start = page.indexOf(QStringLiteral("<svg"));
    const qsizetype end = page.indexOf(QStringLiteral("</svg>"));
    ASSERT_GT(end, start);
    QXmlStreamReader xml(page.mid(start, end + 6 - start));
    while (!xml.atEnd())
        xml.readNext();
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();

    const QString text = visibleText(page);
    auto narrative = buildNarrative(*book.wb, book.current, options());
    ASSERT_TRUE(narrative.ok());
    EXPECT_HAS(text, narrative->overall.simplified());
    for (const DomainNarrative &d : narrative->domains) {
        EXPECT_HAS(text, d.title);
        for (const QString &p : d.paragraphs)
            EXPECT_HAS(text, p.simplified());
    }
    for (const QString &name : kTrustees)
        EXPECT_HAS(text, name);
    EXPECT_HAS(text, kTrusteeNote);
}

TEST_F(ReportHtml, HostileTextIsEscaped)
{
    const QString script = QStringLiteral("<script>alert(1)</script>");
    ASSERT_TRUE(book.wb->setTrustName(QStringLiteral("<b>Bold</b> & \"Partners\" Trust")).ok());
    const QString indicator = FrameworkLoader::builtIn().domains[0].indicators[1].fullId;
    ASSERT_TRUE(
        book.wb->setRating(book.current, book.trustees[1], indicator, RatingValue::of(3), script)
            .ok());
    ASSERT_TRUE(book.wb
                    ->setConsensus(book.current, indicator, RatingValue::of(3),
                        QStringLiteral("Rationale &amp; <b>x</b>"), Confidence::Strong)
                    .ok());
    ASSERT_TRUE(book.wb
                    ->addEvidence(book.current, indicator,
                        Evidence { 0, script, QStringLiteral("javascript:alert(2)"), {}, false })
                    .ok());
    const QString page = html();
    EXPECT_HAS_NOT(page, QStringLiteral("<script"));
    EXPECT_HAS_NOT(page, QStringLiteral("<b>"));
    EXPECT_HAS_NOT(page, QStringLiteral("href"));
    EXPECT_HAS(page, QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_HAS(page, QStringLiteral("Rationale &amp;amp; &lt;b&gt;x&lt;/b&gt;"));
    EXPECT_HAS(page, QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Partners&quot; Trust"));
    const QString text = visibleText(page);
    EXPECT_HAS(text, QStringLiteral("<b>Bold</b> & \"Partners\" Trust"));
    EXPECT_HAS(text, script);

    auto minutes = renderMinutesHtml(*book.wb, book.current, options());
    ASSERT_TRUE(minutes.ok());
    EXPECT_HAS_NOT(minutes.value(), QStringLiteral("<b>"));
    EXPECT_HAS(minutes.value(), QStringLiteral("&lt;b&gt;Bold&lt;/b&gt;"));
}

TEST_F(ReportHtml, PublicAudienceNamesNoTrusteeAndHidesConfidentialEvidence)
{
    const QString board = visibleText(html(ReportAudience::Board));
    EXPECT_HAS(board, kConfidentialEvidence);
    const QString page = html(ReportAudience::Public);
    const QString text = visibleText(page);
    for (const QString &name : kTrustees)
        EXPECT_HAS_NOT(page, name);
    EXPECT_HAS_NOT(text, kTrusteeNote);
    EXPECT_HAS_NOT(text, kConfidentialEvidence);
    EXPECT_HAS_NOT(text, QStringLiteral("Appendix"));
    EXPECT_HAS(text, QStringLiteral("Public report"));
    EXPECT_HAS(text, QStringLiteral("Termly performance report"));
    EXPECT_HAS(text, QStringLiteral("Trustees' spread"));

    auto minutes = renderMinutesText(*book.wb, book.current, options(ReportAudience::Public));
    ASSERT_TRUE(minutes.ok());
    for (const QString &name : kTrustees)
        EXPECT_HAS_NOT(minutes.value(), name);
}

TEST_F(ReportHtml, MinutesSayWhatTheBoardAgreedAndTheActions)
{
    auto text = renderMinutesText(*book.wb, book.current, options());
    ASSERT_TRUE(text.ok()) << text.errorText().toStdString();
    const QString &m = text.value();
    EXPECT_TRUE(m.startsWith(
        QStringLiteral("Draft minute: board self-assessment, 2025/26\nOakfield Learning Trust\n")));
    EXPECT_HAS(m,
        QStringLiteral(
            "1. The board considered its self-assessment for 2025/26 against Five domains of a "
            "strong trust, drawing on the individual ratings of 3 trustees, and compared it with "
            "2024/25."));
    EXPECT_HAS(m,
        QStringLiteral("(a) Expert governance: Established (score 3.0). Up from 2.0 in 2024/25. "
                       "Reason for the "
                       "change: The board recruited two trustees with education expertise."));
    EXPECT_HAS(m,
        QStringLiteral(
            "(c) Workforce resilience and wellbeing: provisionally Emerging (score 1.0); the board "
            "has yet to agree 1 of its 6 scored indicators. Down from 2.0 in 2024/25. Reason for "
            "the change: Staff turnover rose sharply in two schools."));
    // The built-in framework shows no equal-weighted overall level, in the minute either.
    EXPECT_FALSE(m.contains(QStringLiteral("Overall: "))) << m.toStdString();
    EXPECT_HAS(m,
        QStringLiteral("Commission a staff wellbeing survey. Owner: Tom Chen. Due: 31 January "
                       "2026. Overdue."));
    EXPECT_HAS(m,
        QStringLiteral(
            "Complete the skills audit. Owner: Jane Smith. Due: 1 July 2026. In progress."));
    EXPECT_HAS(m,
        QStringLiteral(
            "RESOLVED: that the board approves its self-assessment for 2025/26 and authorises the "
            "chair to sign it off on the board's behalf."));

    auto html = renderMinutesHtml(*book.wb, book.current, options());
    ASSERT_TRUE(html.ok());
    EXPECT_TRUE(html.value().startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_HAS(
        html.value(), QStringLiteral("<li>Commission a staff wellbeing survey. Owner: Tom Chen."));
    EXPECT_HAS(html.value(), QStringLiteral("<ol>"));

    ASSERT_TRUE(book.wb
                    ->finalise(book.current,
                        SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 12),
                            QStringLiteral("BM/26/03") })
                    .ok());
    auto final = renderMinutesText(*book.wb, book.current, options());
    ASSERT_TRUE(final.ok());
    EXPECT_HAS(final.value(),
        QStringLiteral(
            "Jane Smith, chair, signed off the self-assessment on behalf of the board on "
            "12 March 2026 (minute BM/26/03)."));
}
