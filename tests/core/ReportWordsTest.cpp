// Words that are true in every case: each test builds the assessment that
// once produced a wrong sentence, and asserts the sentence that matters and
// the absence of the wrong one (docs/report.md, "Words that are true").
#include "framework/FrameworkLoader.h"
#include "report/ChairSummary.h"
#include "report/Narrative.h"
#include "report/ReportContent.h"
#include "report/ReportData.h"
#include "support/TestSupport.h"
#include "workbook/Workbook.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

const QDate kToday(2026, 2, 1);

#define EXPECT_HAS(text, needle)                                                                   \
    EXPECT_TRUE((text).contains(needle))                                                           \
        << "expected: " << QString(needle).toStdString() << "\n  in: " << (text).toStdString()
#define EXPECT_HAS_NOT(text, needle)                                                               \
    EXPECT_FALSE((text).contains(needle))                                                          \
        << "unexpected: " << QString(needle).toStdString() << "\n  in: " << (text).toStdString()

class ReportWordsTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto created = Workbook::create(dir.filePath(QStringLiteral("t.strongtrust")),
            QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        wb = std::move(created).value();
    }
    const Framework &fw() const { return FrameworkLoader::builtIn(); }
    qint64 period(const QString &p)
    {
        auto a = wb->createAssessment(
            p, QStringLiteral("Annual board self-assessment"), wb->defaultFrameworkKey());
        EXPECT_TRUE(a.ok()) << a.errorText().toStdString();
        return a.ok() ? a.value() : 0;
    }
    qint64 trustee(const QString &name)
    {
        auto t = wb->addTrustee(name);
        EXPECT_TRUE(t.ok()) << t.errorText().toStdString();
        return t.ok() ? t.value() : 0;
    }
    void rate(qint64 a, qint64 t, const QString &indicator, RatingValue v)
    {
        const Status s = wb->setRating(a, t, indicator, v, {});
        ASSERT_TRUE(s.ok()) << s.errorText().toStdString();
    }
    void agree(qint64 a, const QString &indicator, RatingValue v,
        Confidence confidence = Confidence::Moderate)
    {
        const Status s = wb->setConsensus(a, indicator, v, QStringLiteral("Agreed."), confidence);
        ASSERT_TRUE(s.ok()) << s.errorText().toStdString();
    }
    void agreeAll(qint64 a, double value, Confidence confidence = Confidence::Moderate)
    {
        for (const Domain &d : fw().domains)
            for (const Indicator &i : d.indicators)
                agree(a, i.fullId, RatingValue::of(value), confidence);
    }
    ReportData data(qint64 a, ReportOptions options = {})
    {
        options.today = kToday;
        auto d = loadReportData(*wb, a, options);
        EXPECT_TRUE(d.ok()) << d.errorText().toStdString();
        return d.ok() ? d.value() : ReportData {};
    }
    Narrative narrative(qint64 a, ReportOptions options = {})
    {
        return buildNarrative(data(a, options));
    }
    static QString all(const Narrative &n)
    {
        QString text = n.overall + u'\n';
        for (const DomainNarrative &d : n.domains)
            text += d.text + u'\n';
        return text + n.prioritiesIntro + u'\n' + n.priorities.join(u'\n');
    }
    // The value of a cover fact, by its label.
    static QString coverFact(const report::ReportContent &content, const QString &label)
    {
        for (const report::Block &b : content.blocks) {
            if (b.kind != report::Block::Kind::KeyValues)
                continue;
            for (const auto &row : b.table.rows) {
                if (row.size() == 2 && row[0].text == label)
                    return row[1].text;
            }
        }
        return QStringLiteral("<no %1>").arg(label);
    }
    static const report::Table *tableAfter(
        const report::ReportContent &content, const QString &headingText)
    {
        bool seen = false;
        for (const report::Block &b : content.blocks) {
            if (b.text == headingText)
                seen = true;
            else if (seen && b.kind == report::Block::Kind::Table)
                return &b.table;
        }
        return nullptr;
    }

    QTemporaryDir dir;
    std::unique_ptr<Workbook> wb;
};

} // namespace

TEST_F(ReportWordsTest, TrusteesRatingsSoFarAreNotTheBoardsJudgement)
{
    const qint64 a = period(QStringLiteral("2025/26"));
    QList<qint64> ts { trustee(QStringLiteral("A One")), trustee(QStringLiteral("B Two")),
        trustee(QStringLiteral("C Three")) };
    for (const Indicator &i : fw().domains[0].indicators)
        for (qint64 t : ts)
            rate(a, t, i.fullId, RatingValue::of(3));
    const Narrative n = narrative(a);
    EXPECT_HAS(n.overall,
        QStringLiteral("In 2025/26 the board has not yet agreed any rating: every score in this "
                       "report is provisional, from trustees' ratings so far (3 trustees, on 6 of "
                       "the 30 indicators)."));
    EXPECT_HAS(n.domains[0].text,
        QStringLiteral("Trustees' ratings so far put Expert governance at Established, a "
                       "provisional score of 3.0."));
    EXPECT_HAS_NOT(all(n), QStringLiteral("the board assessed"));
    EXPECT_HAS_NOT(all(n), QStringLiteral("was assessed as"));

    // Once the board agrees some, the domain says it rests on both.
    agree(a, fw().domains[0].indicators[0].fullId, RatingValue::of(3));
    const Narrative mixed = narrative(a);
    EXPECT_HAS(mixed.domains[0].text,
        QStringLiteral("Expert governance stands at Established, with a provisional score of 3.0 "
                       "from the board's agreed ratings and trustees' ratings so far."));
    EXPECT_HAS(mixed.overall,
        QStringLiteral("In 2025/26 the board agreed a rating for 1 of the 30 indicators; 5 more "
                       "rest on trustees' ratings so far and are provisional."));
}

TEST_F(ReportWordsTest, AFrameworkThatShowsAnOverallLevelSaysWhoseItIs)
{
    auto minimal = FrameworkLoader::loadBytes(
        test::toBytes(test::minimalFramework()), QStringLiteral("minimal.json"));
    ASSERT_TRUE(minimal.ok());
    ASSERT_TRUE(minimal.value().showOverall); // the default
    auto key = wb->storeFramework(minimal.value());
    ASSERT_TRUE(key.ok());
    auto a = wb->createAssessment(QStringLiteral("2025/26"), {}, key.value());
    ASSERT_TRUE(a.ok());
    const qint64 t = trustee(QStringLiteral("Jane Smith"));
    rate(a.value(), t, QStringLiteral("alpha.one"), RatingValue::of(1));
    const Narrative n = narrative(a.value());
    EXPECT_HAS(n.overall, QStringLiteral("That trustee's ratings put Oakfield Learning Trust at "));
    EXPECT_HAS_NOT(n.overall, QStringLiteral("the board assessed"));
}

TEST_F(ReportWordsTest, NotApplicableIsNeverStillToBeRated)
{
    const qint64 a = period(QStringLiteral("2025/26"));
    const QList<Indicator> &civic = fw().domains[4].indicators; // five indicators
    ASSERT_EQ(civic.size(), 5);
    for (int i = 0; i < 4; ++i)
        agree(a, civic[i].fullId, RatingValue::of(3));
    agree(a, civic[4].fullId, RatingValue::notApplicable());
    const Narrative n = narrative(a);
    EXPECT_HAS(n.domains[4].text,
        QStringLiteral("Ratings were given for 4 of its 5 indicators; the board judged 1 "
                       "indicator not applicable."));
    EXPECT_HAS_NOT(n.domains[4].text, QStringLiteral("still to be rated"));

    // Trustees all said "not applicable" and the board has not yet agreed.
    const qint64 b = period(QStringLiteral("2026/27"));
    const qint64 t1 = trustee(QStringLiteral("A One"));
    const qint64 t2 = trustee(QStringLiteral("B Two"));
    for (int i = 0; i < 4; ++i)
        agree(b, civic[i].fullId, RatingValue::of(3));
    rate(b, t1, civic[4].fullId, RatingValue::notApplicable());
    rate(b, t2, civic[4].fullId, RatingValue::notApplicable());
    const QString text = narrative(b).domains[4].text;
    EXPECT_HAS(text,
        QStringLiteral("Ratings were given for 4 of its 5 indicators; trustees judged 1 indicator "
                       "not applicable, for the board to confirm."));
    EXPECT_HAS_NOT(text, QStringLiteral("still to be rated"));
}

TEST_F(ReportWordsTest, CoverAndTablesSayNothingUntrue)
{
    const qint64 a = period(QStringLiteral("2025/26"));
    trustee(QStringLiteral("A One"));
    trustee(QStringLiteral("B Two"));
    const ReportData d = data(a);
    const report::ReportContent content = report::buildReportContent(d, buildNarrative(d));
    EXPECT_EQ(coverFact(content, QStringLiteral("Trustees who rated")),
        QStringLiteral("None yet, of 2 expected"));
    EXPECT_EQ(coverFact(content, QStringLiteral("Comparison")),
        QStringLiteral("Not made: there is no earlier assessment"));
    EXPECT_EQ(
        coverFact(content, QStringLiteral("Compared with")), QStringLiteral("<no Compared with>"));
    EXPECT_EQ(coverFact(content, QStringLiteral("Trustees rating")),
        QStringLiteral("<no Trustees rating>"));
    const report::Table *glance = tableAfter(content, QStringLiteral("Domains at a glance"));
    ASSERT_NE(glance, nullptr);
    ASSERT_EQ(glance->headers.last(), QStringLiteral("Trustees differ"));
    for (const auto &row : glance->rows)
        EXPECT_EQ(row.last().text, QStringLiteral("–")); // nothing compared, so no "0"
}

TEST_F(ReportWordsTest, PrioritiesAreWholeLevelsNeverCutSilently)
{
    const qint64 a = period(QStringLiteral("2025/26"));
    agreeAll(a, 3);
    // Ten indicators at Emerging (workforce's six and four of efficiency's), two at Developing.
    for (const Indicator &i : fw().domains[2].indicators)
        agree(a, i.fullId, RatingValue::of(1));
    for (int i = 0; i < 4; ++i)
        agree(a, fw().domains[3].indicators[i].fullId, RatingValue::of(1));
    agree(a, fw().domains[3].indicators[4].fullId, RatingValue::of(2));
    agree(a, fw().domains[3].indicators[5].fullId, RatingValue::of(2));
    const Narrative n = narrative(a);
    ASSERT_EQ(n.priorities.size(), 6);
    EXPECT_EQ(n.priorities[5],
        QStringLiteral("Also at Emerging, the other 5 of the 10 lowest-rated indicators: "
                       "Career pathways, Value for money, Central functions, Reinvestment in "
                       "education and Curriculum-led planning."));
    EXPECT_HAS_NOT(n.priorities.join(u'\n'), QStringLiteral("Developing"));

    // Seven at Emerging: all seven listed, one a line.
    agree(a, fw().domains[3].indicators[1].fullId, RatingValue::of(2));
    agree(a, fw().domains[3].indicators[2].fullId, RatingValue::of(2));
    agree(a, fw().domains[3].indicators[3].fullId, RatingValue::of(2));
    const Narrative seven = narrative(a);
    EXPECT_EQ(seven.priorities.size(), 7);
    EXPECT_HAS_NOT(seven.priorities.join(u'\n'), QStringLiteral("Also at"));
}

TEST_F(ReportWordsTest, EvidenceIsCountedAsDistinctItems)
{
    const qint64 a = period(QStringLiteral("2025/26"));
    agreeAll(a, 3);
    for (const Indicator &i : fw().domains[0].indicators)
        ASSERT_TRUE(
            wb->addEvidence(a, i.fullId,
                  Evidence { 0, QStringLiteral("Board minutes"), {}, QDate(2025, 12, 1), false })
                .ok());
    const QString text = narrative(a).domains[0].text;
    EXPECT_HAS(text,
        QStringLiteral("The board cited one item of evidence, Board minutes, for 6 indicators."));
    EXPECT_HAS_NOT(text, QStringLiteral("6 pieces"));
    EXPECT_HAS_NOT(text, QStringLiteral("6 items"));
}

TEST_F(ReportWordsTest, IndicatorsThatFellAreNamedWhenEveryDomainImproved)
{
    const qint64 before = period(QStringLiteral("2024/25"));
    agreeAll(before, 2);
    const qint64 now = period(QStringLiteral("2025/26"));
    agreeAll(now, 3);
    agree(now, QStringLiteral("governance.board-expertise"), RatingValue::of(1));
    agree(now, QStringLiteral("education.curriculum"), RatingValue::of(1));
    const ReportData d = data(now);
    const Narrative n = buildNarrative(d);
    EXPECT_HAS(n.overall, QStringLiteral("improved."));
    EXPECT_HAS(n.overall,
        QStringLiteral("2 indicators fell by a whole level or more since 2024/25: Board expertise "
                       "and Curriculum."));
    EXPECT_HAS_NOT(n.overall, QStringLiteral("No indicator fell"));
    // ... and the summary section lists every mover with its full statement.
    const report::ReportContent content = report::buildReportContent(d, n);
    const report::Table *moved = tableAfter(content, QStringLiteral("Indicators that moved"));
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->rows.size(), 30);
    bool found = false;
    for (const auto &row : moved->rows)
        found = found
            || (row[0].text == fw().findIndicator(QStringLiteral("education.curriculum"))->text
                && row[4].text == QStringLiteral("down 1 level"));
    EXPECT_TRUE(found);
}

TEST_F(ReportWordsTest, ShortTitlesInProseFullStatementsInTables)
{
    const qint64 a = period(QStringLiteral("2025/26"));
    agreeAll(a, 3);
    agree(a, QStringLiteral("governance.strategic-direction"), RatingValue::of(1));
    const ReportData d = data(a);
    const Narrative n = buildNarrative(d);
    const QString prose = all(n);
    const Indicator *ind = fw().findIndicator(QStringLiteral("governance.strategic-direction"));
    EXPECT_HAS(prose, QStringLiteral("Strategic direction"));
    EXPECT_HAS_NOT(prose, QStringLiteral("governance.strategic-direction"));
    EXPECT_HAS_NOT(prose, ind->text.left(40));
    const report::ReportContent content = report::buildReportContent(d, n);
    bool inTable = false;
    for (const report::Block &b : content.blocks)
        for (const auto &row : b.table.rows)
            inTable = inTable || (!row.isEmpty() && row[0].text == ind->text);
    EXPECT_TRUE(inTable);
}

TEST_F(ReportWordsTest, OverdueActionsAreOneLine)
{
    const qint64 a = period(QStringLiteral("2025/26"));
    agreeAll(a, 3);
    for (int i = 1; i <= 5; ++i) {
        Action late;
        late.domain = QStringLiteral("governance");
        late.text = QStringLiteral("Action number %1").arg(i);
        late.owner = QStringLiteral("Jane Smith");
        late.due = QDate(2026, 1, i);
        ASSERT_TRUE(wb->addAction(a, late).ok());
    }
    const Narrative n = narrative(a);
    ASSERT_EQ(n.priorities.size(), 1);
    EXPECT_HAS(n.priorities[0],
        QStringLiteral("5 actions are overdue: \u201cAction number 1\u201d (Jane Smith, 31 days "
                       "overdue); \u201cAction number 2\u201d (Jane Smith, 30 days overdue);"));
    EXPECT_HAS_NOT(n.priorities[0], QStringLiteral("Overdue action:"));
}

TEST_F(ReportWordsTest, ChairSummaryStatesWhatTheChairActsOn)
{
    const qint64 before = period(QStringLiteral("2024/25"));
    agreeAll(before, 2);
    const qint64 now = period(QStringLiteral("2025/26"));
    const qint64 t1 = trustee(QStringLiteral("Jane Smith"));
    const qint64 t2 = trustee(QStringLiteral("Tom Chen"));
    trustee(QStringLiteral("Priya Ahmed")); // never rates
    agreeAll(now, 3, Confidence::Strong);
    // Trustees said Emerging where the board agreed Leading.
    const QString expertise = QStringLiteral("governance.board-expertise");
    agree(now, expertise, RatingValue::of(4), Confidence::Strong);
    rate(now, t1, expertise, RatingValue::of(1));
    rate(now, t2, expertise, RatingValue::of(2));
    ASSERT_TRUE(wb->addEvidence(now, expertise,
                      Evidence { 0, QStringLiteral("Skills audit"), {}, QDate(2025, 11, 1), false })
                    .ok());
    agree(now, QStringLiteral("education.curriculum"), RatingValue::of(1));

    const ReportData d = data(now);
    const report::ChairSummary s = report::chairSummary(d, buildNarrative(d));
    // Core domain first.
    ASSERT_FALSE(s.domains.rows.isEmpty());
    EXPECT_EQ(s.domains.rows.first().first().text, QStringLiteral("Quality of education"));
    EXPECT_EQ(s.departures,
        QStringLiteral("A level or more from the trustees' median: Board expertise (agreed "
                       "Leading, trustees' median 1.5)."));
    EXPECT_EQ(s.evidence,
        QStringLiteral("1 distinct item of evidence cited. 29 of 30 agreed ratings cite no "
                       "evidence, 28 of them marked strong confidence."));
    EXPECT_EQ(s.takingPart, QStringLiteral("2 of 3 trustees rated. Not yet rated: Priya Ahmed."));
    EXPECT_HAS(s.moved, QStringLiteral("Down a whole level or more: Curriculum."));
    EXPECT_HAS(s.findings.join(u'\n'),
        QStringLiteral("Quality of education, the core domain, stands at Established; its weakest "
                       "indicator is Curriculum (Emerging)."));
    EXPECT_GE(s.findings.size(), 3);
    EXPECT_LE(s.findings.size(), 5);
    EXPECT_EQ(s.decisions.last(), QStringLiteral("Agree the date of the next assessment."));
    EXPECT_EQ(s.decisions.first(), QStringLiteral("Confirm the 30 agreed ratings."));
}
