// The narrative's words, on small hand-made assessments: each case a clerk
// meets (nothing rated, one trustee, no earlier period, everything at one
// level, "not applicable", another framework) must read as plain English.
#include "report/Narrative.h"

#include "framework/FrameworkLoader.h"
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

Framework minimal()
{
    auto fw = FrameworkLoader::loadBytes(
        test::toBytes(test::minimalFramework()), QStringLiteral("minimal.json"));
    EXPECT_TRUE(fw.ok());
    return fw.value();
}

class NarrativeTest : public testing::Test
{
protected:
    void open(const Framework &fw = FrameworkLoader::builtIn())
    {
        auto created = Workbook::create(dir.filePath(QStringLiteral("t.strongtrust")),
            QStringLiteral("Oakfield Learning Trust"), fw);
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        wb = std::move(created).value();
        framework = fw;
    }
    qint64 period(const QString &p, qint64 frameworkKey = 0)
    {
        auto a = wb->createAssessment(p, QStringLiteral("Annual board self-assessment"),
            frameworkKey ? frameworkKey : wb->defaultFrameworkKey());
        EXPECT_TRUE(a.ok()) << a.errorText().toStdString();
        return a.ok() ? a.value() : 0;
    }
    qint64 trustee(const QString &name)
    {
        auto t = wb->addTrustee(name);
        EXPECT_TRUE(t.ok()) << t.errorText().toStdString();
        return t.ok() ? t.value() : 0;
    }
    void rate(qint64 a, qint64 t, const QString &indicator, RatingValue v, const QString &note = {})
    {
        const Status s = wb->setRating(a, t, indicator, v, note);
        ASSERT_TRUE(s.ok()) << s.errorText().toStdString();
    }
    void agree(qint64 a, const QString &indicator, RatingValue v,
        const QString &rationale = QStringLiteral("Agreed."))
    {
        const Status s = wb->setConsensus(a, indicator, v, rationale, Confidence::Moderate);
        ASSERT_TRUE(s.ok()) << s.errorText().toStdString();
    }
    // Every indicator of the framework agreed at `value`.
    void agreeAll(qint64 a, double value)
    {
        for (const Domain &d : framework.domains)
            for (const Indicator &i : d.indicators)
                agree(a, i.fullId, RatingValue::of(value));
    }
    Narrative narrative(qint64 a, ReportOptions options = {})
    {
        options.today = kToday;
        auto n = buildNarrative(*wb, a, options);
        EXPECT_TRUE(n.ok()) << n.errorText().toStdString();
        return n.ok() ? n.value() : Narrative {};
    }
    static QString all(const Narrative &n)
    {
        QString text = n.overall + u'\n';
        for (const DomainNarrative &d : n.domains)
            text += d.text + u'\n';
        return text + n.prioritiesIntro + u'\n' + n.priorities.join(u'\n');
    }

    QTemporaryDir dir;
    std::unique_ptr<Workbook> wb;
    Framework framework;
};

} // namespace

TEST_F(NarrativeTest, NothingRated)
{
    open();
    trustee(QStringLiteral("Jane Smith"));
    const qint64 a = period(QStringLiteral("2025/26"));
    const Narrative n = narrative(a);
    EXPECT_EQ(n.overall,
        QStringLiteral("No indicator has been scored yet in the 2025/26 assessment, so the board's "
                       "position cannot yet be summarised."));
    ASSERT_EQ(n.domains.size(), 5);
    EXPECT_EQ(n.domains[0].text,
        QStringLiteral("No indicator in Expert governance has been scored yet. "
                       "No action has been set for this domain."));
    EXPECT_FALSE(n.domains[0].score.has_value());
    EXPECT_TRUE(n.priorities.isEmpty());
    EXPECT_HAS(n.prioritiesIntro,
        QStringLiteral("Nothing has been scored yet, so no priorities can be drawn"));
}

TEST_F(NarrativeTest, OneTrusteeAndNothingAgreed)
{
    open();
    const qint64 jane = trustee(QStringLiteral("Jane Smith"));
    const qint64 a = period(QStringLiteral("2025/26"));
    for (const Indicator &i : framework.domains[0].indicators)
        rate(a, jane, i.fullId, RatingValue::of(i.id == QLatin1String("intervention") ? 2 : 3));
    const Narrative n = narrative(a);
    // One trustee's ratings are never presented as the board's.
    EXPECT_HAS(n.overall,
        QStringLiteral("In 2025/26 the board has not yet agreed any rating, and only one trustee "
                       "has rated so far, on 6 of the 30 indicators: every score in this report "
                       "is that trustee's rating, not the board's."));
    EXPECT_HAS_NOT(all(n), QStringLiteral("the board assessed"));
    EXPECT_HAS_NOT(all(n), QStringLiteral("was assessed as"));
    EXPECT_HAS(n.overall,
        QStringLiteral("Quality of education, the framework's core domain, has no score yet."));
    EXPECT_HAS(n.overall,
        QStringLiteral(
            "Nothing has been scored yet in Workforce resilience and "
            "wellbeing, Efficiency and effectiveness and Public benefit and civic duty."));
    const QString &d = n.domains[0].text;
    EXPECT_HAS(d,
        QStringLiteral("One trustee's ratings so far put Expert governance at Established, a "
                       "provisional score of 2.8."));
    EXPECT_HAS(d, QStringLiteral("All 6 of its indicators were rated."));
    EXPECT_HAS(d, QStringLiteral("The board has not yet agreed a rating for any of them."));
    EXPECT_HAS(d,
        QStringLiteral("Only one trustee rated, so agreement between trustees cannot be judged."));
    EXPECT_HAS(d,
        QStringLiteral("Its weakest is Intervention in schools (Developing, provisional at 2.0)."));
    EXPECT_TRUE(n.domains[0].provisional);
}

TEST_F(NarrativeTest, FirstPeriodAndNoComparisonAsked)
{
    open();
    const qint64 a = period(QStringLiteral("2025/26"));
    agreeAll(a, 3);
    EXPECT_HAS(
        narrative(a).overall, QStringLiteral("There is no earlier assessment to compare with."));

    const qint64 b = period(QStringLiteral("2026/27"));
    agreeAll(b, 3);
    ReportOptions none;
    none.noComparison = true;
    const Narrative n = narrative(b, none);
    EXPECT_HAS(
        n.overall, QStringLiteral("This report makes no comparison with an earlier period."));
    EXPECT_HAS_NOT(all(n), QStringLiteral("2025/26"));
    EXPECT_TRUE(n.domains[0].change.isEmpty());
}

TEST_F(NarrativeTest, EverythingAtTheSameLevel)
{
    open();
    const qint64 a = period(QStringLiteral("2025/26"));
    agreeAll(a, 3);
    const Narrative n = narrative(a);
    // The built-in framework headlines no overall level: its core domain comes first.
    EXPECT_EQ(n.overall,
        QStringLiteral("In 2025/26 the board agreed a rating for 30 of the 30 indicators. The "
                       "board assessed Quality of education, the framework's core domain, as "
                       "Established (3.0). None of the 37 baseline standards has been judged "
                       "yet. The other rated domains share the same score, 3.0 (Established). "
                       "There is no earlier assessment to compare with."));
    EXPECT_HAS_NOT(n.overall, QStringLiteral("overall"));
    EXPECT_HAS_NOT(n.overall, QStringLiteral("strongest"));
    for (const DomainNarrative &d : n.domains) {
        EXPECT_HAS(d.text, QStringLiteral("Every rated indicator was assessed at Established."));
        EXPECT_HAS(d.text, QStringLiteral("The board agreed a rating for each of them."));
        EXPECT_HAS(
            d.text, QStringLiteral("No individual trustee ratings were recorded for this domain."));
        EXPECT_HAS(d.text, QStringLiteral("No evidence was cited."));
    }
    EXPECT_TRUE(n.priorities.isEmpty());
    EXPECT_EQ(n.prioritiesIntro,
        QStringLiteral("Every scored indicator was assessed at Established, so none stands out "
                       "as a priority; no action is overdue."));

    const qint64 b = period(QStringLiteral("2026/27"));
    agreeAll(b, 4);
    const Narrative top = narrative(b);
    EXPECT_EQ(top.prioritiesIntro,
        QStringLiteral("Every scored indicator is at the top level, Leading, and no action is "
                       "overdue."));
    EXPECT_HAS_NOT(top.overall, QStringLiteral("overall score"));
    EXPECT_HAS(top.overall,
        QStringLiteral("30 indicators rose by a whole level or more since 2025/26: listed in the "
                       "table of indicators that moved."));
    EXPECT_HAS(top.overall, QStringLiteral("No indicator fell by a whole level or more."));
    EXPECT_HAS(top.overall,
        QStringLiteral(
            "Since 2025/26, Expert governance, Quality of education, Workforce resilience "
            "and wellbeing, Efficiency and effectiveness and Public benefit and civic "
            "duty improved."));
}

TEST_F(NarrativeTest, NotApplicableIndicators)
{
    open();
    const qint64 a = period(QStringLiteral("2025/26"));
    const Domain &gov = framework.domains[0];
    for (int i = 0; i < gov.indicators.size(); ++i)
        agree(a, gov.indicators[i].fullId,
            i == 0 ? RatingValue::notApplicable() : RatingValue::of(2));
    for (const Indicator &i : framework.domains[1].indicators)
        agree(a, i.fullId, RatingValue::notApplicable());
    const Narrative n = narrative(a);
    EXPECT_HAS(n.domains[0].text,
        QStringLiteral("Ratings were given for 5 of its 6 indicators; the board judged 1 "
                       "indicator not applicable."));
    EXPECT_EQ(n.domains[1].text,
        QStringLiteral("The board judged every indicator in Quality of education not "
                       "applicable, so the domain has no score. No action has been set for "
                       "this domain."));
    EXPECT_HAS(n.overall,
        QStringLiteral("The board judged every indicator of Quality of education, the "
                       "framework's core domain, not applicable."));
    EXPECT_HAS(n.overall, QStringLiteral("Nothing has been scored yet in Workforce resilience"));
    EXPECT_HAS_NOT(all(n), QStringLiteral("still to be rated"));
}

TEST_F(NarrativeTest, AnotherFrameworkAndScale)
{
    open(minimal());
    const qint64 jane = trustee(QStringLiteral("Jane Smith"));
    const qint64 tom = trustee(QStringLiteral("Tom Chen"));
    const qint64 a = period(QStringLiteral("2025/26"));
    rate(a, jane, QStringLiteral("alpha.one"), RatingValue::of(1));
    rate(a, tom, QStringLiteral("alpha.one"), RatingValue::of(0));
    rate(a, jane, QStringLiteral("alpha.two"), RatingValue::of(0.5));
    rate(a, tom, QStringLiteral("alpha.two"), RatingValue::of(0.5));
    agree(a, QStringLiteral("alpha.one"), RatingValue::of(1));
    agree(a, QStringLiteral("alpha.two"), RatingValue::of(0.5));
    agree(a, QStringLiteral("beta.one"), RatingValue::of(0));
    const Narrative n = narrative(a);
    const QString text = all(n);
    EXPECT_HAS(n.overall,
        QStringLiteral(
            "as Middle overall, with a mean score of 0.38 across its 2 domains on a scale "
            "from 0 (Low) to 1 (High)."));
    EXPECT_HAS(n.overall,
        QStringLiteral(
            "The strongest domain is Alpha (Middle, 0.75); the weakest is Beta (Low, 0.00)."));
    EXPECT_HAS(
        n.domains[0].text, QStringLiteral("Alpha was assessed as Middle, with a score of 0.75."));
    EXPECT_HAS(n.domains[0].text,
        QStringLiteral("Trustees' ratings differed by two levels or more on one indicator, "
                       "\u201cAlpha one\u201d."));
    EXPECT_HAS(n.domains[0].text,
        QStringLiteral("Its strongest indicator is \u201cAlpha one\u201d (High). Its weakest "
                       "is \u201cAlpha two\u201d (Middle)."));
    EXPECT_HAS(n.domains[1].text, QStringLiteral("Its one indicator was rated."));
    EXPECT_HAS(n.domains[1].text, QStringLiteral("The board agreed that rating."));
    ASSERT_EQ(n.priorities.size(), 2);
    EXPECT_EQ(n.priorities[0], QStringLiteral("Beta: \u201cBeta one\u201d, assessed as Low."));
    for (const char *cst : { "Emerging", "Developing", "Established", "Leading", "governance" })
        EXPECT_HAS_NOT(text, QLatin1String(cst));
}

TEST_F(NarrativeTest, HowFarTrusteesAgreed)
{
    open();
    const qint64 a = period(QStringLiteral("2025/26"));
    const qint64 t1 = trustee(QStringLiteral("A One"));
    const qint64 t2 = trustee(QStringLiteral("B Two"));
    const qint64 t3 = trustee(QStringLiteral("C Three"));
    // Governance: everyone the same. Education: within one level. Workforce: two apart on two
    // indicators.
    for (const Indicator &i : framework.domains[0].indicators)
        for (qint64 t : { t1, t2, t3 })
            rate(a, t, i.fullId, RatingValue::of(3));
    for (const Indicator &i : framework.domains[1].indicators) {
        rate(a, t1, i.fullId, RatingValue::of(2));
        rate(a, t2, i.fullId, RatingValue::of(3));
        rate(a, t3, i.fullId, RatingValue::of(3));
    }
    const QList<Indicator> &workforce = framework.domains[2].indicators;
    for (int i = 0; i < workforce.size(); ++i) {
        rate(a, t1, workforce[i].fullId, RatingValue::of(i < 2 ? 1 : 2));
        rate(a, t2, workforce[i].fullId, RatingValue::of(i < 2 ? 3 : 2));
    }
    const Narrative n = narrative(a);
    EXPECT_HAS(n.domains[0].text, QStringLiteral("Trustees were agreed on every indicator."));
    EXPECT_HAS(n.domains[1].text,
        QStringLiteral(
            "Trustees' ratings were within one level of each other on every indicator."));
    EXPECT_HAS(n.domains[2].text,
        QStringLiteral("Trustees' ratings differed by two levels or more on 2 indicators: A good "
                       "employer and Recruitment and retention."));
}

TEST_F(NarrativeTest, ChangeSinceTheComparisonAndTheBoardsReason)
{
    open();
    const qint64 before = period(QStringLiteral("2024/25"));
    agreeAll(before, 2);
    const qint64 now = period(QStringLiteral("2025/26"));
    agreeAll(now, 2);
    for (const Indicator &i : framework.domains[0].indicators)
        agree(now, i.fullId, RatingValue::of(3));
    agree(now, framework.domains[1].indicators[0].fullId, RatingValue::of(1));
    ASSERT_TRUE(wb->setChangeReason(now, QStringLiteral("governance"),
                      QStringLiteral("The board completed its skills "
                                     "audit and recruited two trustees"))
                    .ok());
    const Narrative n = narrative(now);
    EXPECT_HAS_NOT(n.overall, QStringLiteral("overall score"));
    // Indicator by indicator, up and down, as well as by domain.
    EXPECT_HAS(n.overall,
        QStringLiteral("6 indicators rose by a whole level or more since 2024/25: listed in the "
                       "table of indicators that moved."));
    EXPECT_HAS(n.overall,
        QStringLiteral("1 indicator fell by a whole level or more since 2024/25: School "
                       "improvement model."));
    EXPECT_HAS(n.overall,
        QStringLiteral(
            "Since 2024/25, Expert governance improved, Quality of education declined and 3 "
            "domains stayed the same."));
    EXPECT_HAS(n.domains[0].text,
        QStringLiteral("This is up from 2.0 in 2024/25, a move from Developing to Established."));
    EXPECT_HAS(n.domains[0].text,
        QStringLiteral("The board's reason for the change: The board completed its skills "
                       "audit and recruited two trustees."));
    EXPECT_EQ(n.domains[0].change, QStringLiteral("up 1.0"));
    EXPECT_EQ(n.domains[0].previousScore, 2.0);
    EXPECT_HAS(n.domains[1].text, QStringLiteral("This is slightly down from 2.0 in 2024/25."));
    EXPECT_HAS(n.domains[2].text, QStringLiteral("Its score is unchanged from 2024/25."));
    EXPECT_EQ(n.domains[2].change, QStringLiteral("no change"));

    // An explicit comparison period, and one that does not exist.
    ReportOptions options;
    options.comparePeriod = QStringLiteral("2024/25");
    EXPECT_EQ(narrative(now, options).overall, n.overall);
    options.comparePeriod = QStringLiteral("2019/20");
    options.today = kToday;
    auto refused = buildNarrative(*wb, now, options);
    ASSERT_FALSE(refused.ok());
    EXPECT_HAS(refused.errorText(), QStringLiteral("no assessment for the period \"2019/20\""));
}

TEST_F(NarrativeTest, IncomparableScaleIsNotCompared)
{
    open();
    auto otherKey = wb->storeFramework(minimal());
    ASSERT_TRUE(otherKey.ok());
    const qint64 before = period(QStringLiteral("2024/25"), otherKey.value());
    agree(before, QStringLiteral("alpha.one"), RatingValue::of(1));
    const qint64 now = period(QStringLiteral("2025/26"));
    agreeAll(now, 2);
    const Narrative n = narrative(now);
    EXPECT_HAS(n.overall,
        QStringLiteral(
            "No comparison is made with 2024/25, which was assessed against Test framework "
            "on a different scale."));
    EXPECT_HAS_NOT(n.domains[0].text, QStringLiteral("2024/25"));
}

TEST_F(NarrativeTest, EvidenceAndConfidentiality)
{
    open();
    const qint64 a = period(QStringLiteral("2025/26"));
    agreeAll(a, 3);
    const QString ind = framework.domains[0].indicators[0].fullId;
    ASSERT_TRUE(wb->addEvidence(a, ind,
                      Evidence { 0, QStringLiteral("Termly performance report"), {},
                          QDate(2026, 1, 10), false })
                    .ok());
    ASSERT_TRUE(wb->addEvidence(a, ind,
                      Evidence { 0, QStringLiteral("Safeguarding case review"), {}, {}, true })
                    .ok());
    const Narrative board = narrative(a);
    EXPECT_HAS(board.domains[0].text,
        QStringLiteral("The board cited 2 items of evidence: Termly performance report; "
                       "Safeguarding case review (confidential)."));
    ReportOptions pub;
    pub.audience = ReportAudience::Public;
    const Narrative open = narrative(a, pub);
    EXPECT_HAS(open.domains[0].text,
        QStringLiteral("The board cited one item of evidence, Termly performance report."));
    EXPECT_HAS_NOT(all(open), QStringLiteral("Safeguarding"));
}

TEST_F(NarrativeTest, ActionsAndOverduePriorities)
{
    open();
    const qint64 a = period(QStringLiteral("2025/26"));
    agreeAll(a, 3);
    agree(a, framework.domains[3].indicators[1].fullId, RatingValue::of(1));
    Action late;
    late.domain = QStringLiteral("governance");
    late.text = QStringLiteral("Commission an external review of governance");
    late.owner = QStringLiteral("Jane Smith");
    late.due = QDate(2026, 1, 1);
    ASSERT_TRUE(wb->addAction(a, late).ok());
    Action soon = late;
    soon.text = QStringLiteral("Report on the skills audit");
    soon.due = QDate(2026, 6, 30);
    soon.status = ActionStatus::InProgress;
    ASSERT_TRUE(wb->addAction(a, soon).ok());
    Action done = late;
    done.domain = QStringLiteral("civic");
    done.status = ActionStatus::Done;
    ASSERT_TRUE(wb->addAction(a, done).ok());

    const Narrative n = narrative(a);
    EXPECT_HAS(n.domains[0].text,
        QStringLiteral("The board has 2 open actions: \u201cCommission an external review of "
                       "governance\u201d (Jane Smith, due 1 January 2026, overdue); \u201cReport "
                       "on the skills audit\u201d (Jane Smith, due 30 June 2026)."));
    EXPECT_HAS(n.domains[4].text, QStringLiteral("No action remains open."));
    EXPECT_HAS(n.domains[1].text, QStringLiteral("No action has been set for this domain."));
    EXPECT_EQ(n.prioritiesIntro,
        QStringLiteral(
            "The board's priorities are its lowest-scored indicators and its overdue actions:"));
    ASSERT_EQ(n.priorities.size(), 2);
    EXPECT_EQ(n.priorities[0],
        QStringLiteral("Efficiency and effectiveness: Central functions, assessed as Emerging."));
    EXPECT_EQ(n.priorities[1],
        QStringLiteral("Overdue action: \u201cCommission an external review of governance\u201d "
                       "(Jane Smith, due 1 January 2026), 31 days overdue."));

    ReportOptions pub;
    pub.audience = ReportAudience::Public;
    const Narrative open = narrative(a, pub);
    EXPECT_HAS_NOT(all(open), QStringLiteral("Jane Smith"));
    EXPECT_EQ(open.priorities[1],
        QStringLiteral("Overdue action: \u201cCommission an external review of governance\u201d "
                       "(due 1 January 2026), 31 days overdue."));
}

TEST_F(NarrativeTest, StrongestAndWeakestDomains)
{
    open();
    const qint64 a = period(QStringLiteral("2025/26"));
    agreeAll(a, 3);
    for (const Indicator &i : framework.domains[4].indicators)
        agree(a, i.fullId, RatingValue::of(4));
    for (const Indicator &i : framework.domains[2].indicators)
        agree(a, i.fullId, RatingValue::of(1));
    const Narrative n = narrative(a);
    EXPECT_HAS(n.overall,
        QStringLiteral(
            "The strongest domain is Public benefit and civic duty (Leading, 4.0); the weakest "
            "is Workforce resilience and wellbeing (Emerging, 1.0)."));
    ASSERT_EQ(n.priorities.size(), 6); // every indicator at the lowest level, up to eight
    for (const QString &p : n.priorities)
        EXPECT_HAS(p, QStringLiteral("Workforce resilience and wellbeing: "));
}

TEST_F(NarrativeTest, SameDataSameWords)
{
    open();
    const qint64 t = trustee(QStringLiteral("Jane Smith"));
    const qint64 a = period(QStringLiteral("2025/26"));
    for (const Domain &d : framework.domains)
        for (int i = 0; i < d.indicators.size(); ++i)
            rate(a, t, d.indicators[i].fullId, RatingValue::of(1 + (i % 4)));
    const Narrative first = narrative(a);
    const Narrative second = narrative(a);
    EXPECT_EQ(all(first), all(second));
    EXPECT_FALSE(first.overall.isEmpty());
}
