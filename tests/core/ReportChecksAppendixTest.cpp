// The board report's appendix of the checks before sign-off: in the blocks
// the writers share (every finding, word for word), in the PDF's text (the
// headings and what each finding is about) and not in the public report.
#include "ReportTestSupport.h"
#include "report/Narrative.h"
#include "report/ReportContent.h"
#include "report/ReportData.h"

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::test;

namespace {

const QDate kMeeting(2026, 3, 10);
const QDate kToday(2026, 3, 1);
const QString kCapitalPlan = QStringLiteral("Agree a capital plan");

#define EXPECT_HAS(text, needle)                                                                   \
    EXPECT_TRUE((text).contains(needle))                                                           \
        << "expected: " << QString(needle).toStdString() << "\n  in: " << (text).toStdString()
#define EXPECT_HAS_NOT(text, needle)                                                               \
    EXPECT_FALSE((text).contains(needle))                                                          \
        << "unexpected: " << QString(needle).toStdString() << "\n  in: " << (text).toStdString()

class ReportChecksAppendixTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto created = Workbook::create(dir.filePath(QStringLiteral("t.strongtrust")),
            QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        wb = std::move(created).value();
        const Framework &fw = FrameworkLoader::builtIn();
        first = fw.domains[0].indicators[0];
        second = fw.domains[0].indicators[1];
        jane = wb->addTrustee(QStringLiteral("Jane Smith"), QStringLiteral("Chair")).value();
        tom = wb->addTrustee(QStringLiteral("Tom Chen"), QStringLiteral("Vice-chair")).value();
        earlier = wb->createAssessment(QStringLiteral("2024/25"), {}, wb->defaultFrameworkKey())
                      .value();
        current = wb->createAssessment(QStringLiteral("2025/26"), {}, wb->defaultFrameworkKey())
                      .value();
        Action done;
        done.text = kCapitalPlan;
        done.status = ActionStatus::Done;
        ASSERT_TRUE(wb->addAction(earlier, done).ok());

        ASSERT_TRUE(wb->setMeetingDate(current, kMeeting).ok());
        for (const Domain &d : fw.domains)
            for (const Indicator &i : d.indicators)
                ASSERT_TRUE(wb->setRating(current, jane, i.fullId, RatingValue::of(2)).ok());
        // Agreed two levels above Jane's rating, strong, with no evidence or rationale.
        ASSERT_TRUE(
            wb->setConsensus(current, first.fullId, RatingValue::of(4), {}, Confidence::Strong)
                .ok());
        ASSERT_TRUE(wb->setConsensus(current, second.fullId, RatingValue::of(2),
                          QStringLiteral("As the trustees said."), Confidence::Moderate)
                        .ok());
        ASSERT_TRUE(
            wb->addEvidence(current, second.fullId,
                  Evidence { 0, QStringLiteral("Ofsted letter"), {}, QDate(2026, 4, 2), false })
                .ok());
        Action again;
        again.text = kCapitalPlan;
        again.indicator = second.fullId;
        again.owner = QStringLiteral("Finance director");
        again.due = QDate(2026, 1, 31);
        ASSERT_TRUE(wb->addAction(current, again).ok());
    }

    ReportOptions options(ReportAudience audience = ReportAudience::Board) const
    {
        ReportOptions o;
        o.audience = audience;
        o.today = kToday;
        return o;
    }

    // The appendix's blocks: from its heading to the next first-level heading.
    QList<report::Block> appendix(const ReportOptions &o)
    {
        auto data = loadReportData(*wb, current, o);
        EXPECT_TRUE(data.ok()) << data.errorText().toStdString();
        const report::ReportContent content
            = report::buildReportContent(data.value(), buildNarrative(data.value()));
        QList<report::Block> blocks;
        bool in = false;
        for (const report::Block &b : content.blocks) {
            if (b.kind == report::Block::Kind::Heading1)
                in = b.anchor == QLatin1String("checks");
            if (in)
                blocks.append(b);
        }
        return blocks;
    }

    // Every word of the blocks, cells and notes included.
    static QString words(const QList<report::Block> &blocks)
    {
        QStringList out;
        for (const report::Block &b : blocks) {
            out.append(b.text);
            out.append(b.table.headers);
            for (const auto &row : b.table.rows)
                for (const report::Cell &c : row)
                    out.append(c.text + u' ' + c.notes.join(u' '));
        }
        return out.join(u'\n');
    }

    QTemporaryDir dir;
    std::unique_ptr<Workbook> wb;
    Indicator first, second;
    qint64 jane = 0, tom = 0, earlier = 0, current = 0;
};

TEST_F(ReportChecksAppendixTest, ListsEveryFindingInTheBoardReport)
{
    const QList<report::Block> blocks = appendix(options());
    ASSERT_FALSE(blocks.isEmpty());
    EXPECT_EQ(blocks.first().text, QStringLiteral("Appendix: checks before sign-off"));
    EXPECT_TRUE(blocks.first().pageBreakBefore);
    const QString text = words(blocks);
    EXPECT_HAS(text, QStringLiteral("overdue actions are judged on 10 March 2026"));
    EXPECT_HAS(text, QStringLiteral("Agreed ratings citing no evidence (1)"));
    EXPECT_HAS(text, QStringLiteral("1 of them marked strong confidence."));
    EXPECT_HAS(text,
        QStringLiteral("Agreed Leading (4) with strong confidence, but no evidence is cited."));
    EXPECT_HAS(text,
        QStringLiteral("Agreed ratings a level or more from the trustees' median, with no "
                       "rationale (1)"));
    EXPECT_HAS(text, QStringLiteral("the trustees' median is Developing (2)"));
    EXPECT_HAS(text, QStringLiteral("Evidence dated after the meeting (1)"));
    EXPECT_HAS(text,
        QStringLiteral("“Ofsted letter” is dated 2 April 2026, after the board's meeting on 10 "
                       "March 2026."));
    EXPECT_HAS(text, QStringLiteral("Actions repeated after being marked done (1)"));
    EXPECT_HAS(text, QStringLiteral("The same action was marked done in 2024/25."));
    EXPECT_HAS(text, QStringLiteral("Overdue actions (1)"));
    EXPECT_HAS(text, QStringLiteral("Due 31 January 2026 and still open on 10 March 2026."));
    EXPECT_HAS(text, QStringLiteral("Trustees who have not rated every indicator (1)"));
    EXPECT_HAS(text, QStringLiteral("Tom Chen"));
    EXPECT_HAS(text, QStringLiteral("Vice-chair"));
    EXPECT_HAS_NOT(text, QStringLiteral("Jane Smith")); // she rated every indicator
    EXPECT_HAS(text, first.text.simplified());
    EXPECT_HAS(text, QStringLiteral("Indicator: ") + second.text.simplified()); // the action's
}

TEST_F(ReportChecksAppendixTest, InThePdfBeforeTheTrusteesRatings)
{
    const QString path = writeReportPdf(dir, *wb, current, options(), QStringLiteral("checks.pdf"));
    const QString text = pdfText(path);
    const auto at = text.indexOf(QStringLiteral("Appendix: checks before sign-off"));
    ASSERT_GE(at, 0) << text.right(3000).toStdString();
    EXPECT_LT(at, text.indexOf(QStringLiteral("Appendix: trustees' individual ratings")));
    const QString tail = text.mid(at);
    for (const QString &heading : { QStringLiteral("Agreed ratings citing no evidence (1)"),
             QStringLiteral("Evidence dated after the meeting (1)"),
             QStringLiteral("Actions repeated after being marked done (1)"),
             QStringLiteral("Overdue actions (1)"),
             QStringLiteral("Trustees who have not rated every indicator (1)") })
        EXPECT_HAS(tail, heading);
    EXPECT_HAS(tail, kCapitalPlan);
    EXPECT_HAS(tail, QStringLiteral("Tom Chen"));
    EXPECT_HAS(tail, QStringLiteral("Has not rated any of the"));
}

TEST_F(ReportChecksAppendixTest, NotInThePublicReport)
{
    EXPECT_TRUE(appendix(options(ReportAudience::Public)).isEmpty());
    const QString path = writeReportPdf(
        dir, *wb, current, options(ReportAudience::Public), QStringLiteral("public.pdf"));
    EXPECT_HAS_NOT(pdfText(path), QStringLiteral("checks before sign-off"));
}

TEST_F(ReportChecksAppendixTest, InTheHtmlReport)
{
    auto html = renderReportHtml(*wb, current, options());
    ASSERT_TRUE(html.ok()) << html.errorText().toStdString();
    const QString page = QString::fromUtf8(html.value());
    EXPECT_HAS(page, QStringLiteral("Appendix: checks before sign-off"));
    EXPECT_HAS(page, QStringLiteral("Overdue actions (1)"));
}

TEST_F(ReportChecksAppendixTest, SaysSoWhenNothingIsFound)
{
    // A period with nothing agreed, no actions and both trustees rating everything.
    const qint64 clean
        = wb->createAssessment(QStringLiteral("2026/27"), {}, wb->defaultFrameworkKey()).value();
    for (const Domain &d : FrameworkLoader::builtIn().domains)
        for (const Indicator &i : d.indicators)
            for (const qint64 t : { jane, tom })
                ASSERT_TRUE(wb->setRating(clean, t, i.fullId, RatingValue::of(3)).ok());
    current = clean;
    const QString text = words(appendix(options()));
    EXPECT_HAS(
        text, QStringLiteral("None of the checks before sign-off found anything to look at"));
    EXPECT_HAS_NOT(text, QStringLiteral("(1)"));
}

} // namespace
