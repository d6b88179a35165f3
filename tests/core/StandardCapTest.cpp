// A baseline standard judged not met caps its domain's level: worked out by
// hand on a 1-4 scale, a 0-10 scale of five levels and a 0-1 scale of
// quarters, with the words the report gives the cap.
#include "BaselineTestSupport.h"
#include "report/Narrative.h"
#include "report/RadarChart.h"
#include "report/ReportData.h"
#include "scoring/Scoring.h"

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A copy: callers may score and look in one expression.
DomainScore domain(const AssessmentScores &scores, int index)
{
    return scores.domains[index];
}

// gov: a, b, c agreed at these levels; people (d) at 4; money (e) at 1.
AssessmentData agreed(double a, double b, double c)
{
    AssessmentData data;
    agree(data, s("gov.a"), a);
    agree(data, s("gov.b"), b);
    agree(data, s("gov.c"), c);
    agree(data, s("people.d"), 4);
    agree(data, s("money.e"), 1);
    return data;
}

} // namespace

TEST(StandardCap, AnUnmetStandardBelowTheLevelCapsTheDomainEverywhere)
{
    Framework fw = fourLevels();
    const QString safeguarding = addStandard(
        fw, s("gov"), s("safeguarding"), s("The board has a named safeguarding trustee."), 2);
    // 3, 3, 4: a mean of 3.33, nearest Secure (3); capped at Developing (2).
    AssessmentData data = agreed(3, 3, 4);
    judge(data, safeguarding, StandardResult::NotMet);
    const AssessmentScores scores = scoreAssessment(fw, data, {});
    const DomainScore &gov = domain(scores, 0);
    ASSERT_TRUE(gov.uncappedScore);
    EXPECT_NEAR(*gov.uncappedScore, 10.0 / 3, 1e-12);
    EXPECT_TRUE(gov.isCapped());
    EXPECT_EQ(gov.cappedAt, 2.0);
    EXPECT_EQ(gov.score, 2.0);
    EXPECT_EQ(gov.cappedBy, QStringList { safeguarding });
    EXPECT_EQ(gov.standardCount, 1);
    EXPECT_EQ(gov.standardsNotMet, 1);
    EXPECT_EQ(gov.standardsNotJudged(), 0);
    // The overall mean takes the capped score: (2 + 4 + 1) / 3.
    ASSERT_TRUE(scores.overall);
    EXPECT_NEAR(*scores.overall, 7.0 / 3, 1e-12);
    // Other domains are untouched.
    EXPECT_FALSE(domain(scores, 1).isCapped());
    EXPECT_EQ(domain(scores, 1).score, 4.0);
    EXPECT_EQ(domain(scores, 1).uncappedScore, 4.0);

    // The chart draws the capped score and says so under the domain's title.
    const RadarChartData chart = radarChartData(fw, scores, s("2025/26"));
    EXPECT_EQ(chart.series[0].values[0], 2.0);
    EXPECT_EQ(chart.axisNotes.value(0), s("capped at Developing"));
    EXPECT_EQ(chart.axisNotes.value(1), QString());
    EXPECT_TRUE(describeRadarChart(chart).contains(
        s("Governance — 2025/26: 2.0 (Developing); capped at Developing.")))
        << describeRadarChart(chart).toStdString();
}

TEST(StandardCap, MetAndUnjudgedStandardsCapNothing)
{
    Framework fw = fourLevels();
    const QString met = addStandard(fw, s("gov"), s("met"), s("Met standard."), 1);
    const QString unjudged = addStandard(fw, s("gov"), s("open"), s("Not judged standard."), 1);
    addStandard(fw, s("gov"), s("silent"), s("Nothing recorded."), 1);
    AssessmentData data = agreed(4, 4, 4);
    judge(data, met, StandardResult::Met);
    judge(data, unjudged, StandardResult::NotJudged);
    const DomainScore &gov = domain(scoreAssessment(fw, data, {}), 0);
    EXPECT_FALSE(gov.isCapped());
    EXPECT_EQ(gov.score, 4.0);
    EXPECT_TRUE(gov.cappedBy.isEmpty());
    EXPECT_EQ(gov.standardCount, 3);
    EXPECT_EQ(gov.standardsMet, 1);
    EXPECT_EQ(gov.standardsNotMet, 0);
    EXPECT_EQ(gov.standardsNotJudged(), 2);
}

TEST(StandardCap, ACapAtOrAboveTheLevelLeavesTheScore)
{
    Framework fw = fourLevels();
    const QString atLevel = addStandard(fw, s("gov"), s("at"), s("At the level."), 3);
    const QString above = addStandard(fw, s("gov"), s("above"), s("Above it."), 4);
    const QString none = addStandard(fw, s("gov"), s("none"), s("Caps nothing."));
    AssessmentData data = agreed(3, 3, 4); // 3.33: Secure
    judge(data, atLevel, StandardResult::NotMet);
    judge(data, above, StandardResult::NotMet);
    judge(data, none, StandardResult::NotMet);
    const DomainScore &gov = domain(scoreAssessment(fw, data, {}), 0);
    EXPECT_FALSE(gov.isCapped());
    EXPECT_NEAR(*gov.score, 10.0 / 3, 1e-12);
    EXPECT_EQ(gov.standardsNotMet, 3);
}

TEST(StandardCap, TheLevelIsTheNearestLevelWithTiesToTheLowerOne)
{
    Framework fw = fourLevels();
    const QString cap = addStandard(fw, s("gov"), s("cap"), s("Caps at Developing."), 2);
    // 2, 3 and not applicable: 2.5, half-way, which is Developing (the lower level).
    AssessmentData data;
    agree(data, s("gov.a"), 2);
    agree(data, s("gov.b"), 3);
    Consensus na;
    na.indicator = s("gov.c");
    na.value = RatingValue::notApplicable();
    data.consensus.append(na);
    judge(data, cap, StandardResult::NotMet);
    const DomainScore &tie = domain(scoreAssessment(fw, data, {}), 0);
    EXPECT_FALSE(tie.isCapped());
    EXPECT_EQ(tie.score, 2.5);

    // 2, 3, 3: 2.67, nearest Secure: capped at Developing.
    data.consensus.last().value = RatingValue::of(3);
    const DomainScore &above = domain(scoreAssessment(fw, data, {}), 0);
    EXPECT_TRUE(above.isCapped());
    EXPECT_EQ(above.score, 2.0);
    EXPECT_NEAR(*above.uncappedScore, 8.0 / 3, 1e-12);
}

TEST(StandardCap, TheLowestCapWinsAndNamesEveryStandardHoldingIt)
{
    Framework fw = fourLevels();
    const QString two = addStandard(fw, s("gov"), s("two"), s("Caps at 2."), 2);
    const QString oneA = addStandard(fw, s("gov"), s("one-a"), s("Caps at 1."), 1);
    const QString met = addStandard(fw, s("gov"), s("met"), s("Met, caps at 1."), 1);
    const QString oneB = addStandard(fw, s("gov"), s("one-b"), s("Also caps at 1."), 1);
    AssessmentData data = agreed(4, 4, 4);
    judge(data, two, StandardResult::NotMet);
    judge(data, oneA, StandardResult::NotMet);
    judge(data, met, StandardResult::Met);
    judge(data, oneB, StandardResult::NotMet);
    const DomainScore &gov = domain(scoreAssessment(fw, data, {}), 0);
    EXPECT_EQ(gov.cappedAt, 1.0);
    EXPECT_EQ(gov.score, 1.0);
    EXPECT_EQ(gov.uncappedScore, 4.0);
    EXPECT_EQ(gov.cappedBy, (QStringList { oneA, oneB }));
    EXPECT_EQ(gov.standardsNotMet, 3);
    EXPECT_EQ(gov.standardsMet, 1);
}

TEST(StandardCap, NothingScoredNothingCapped)
{
    Framework fw = fourLevels();
    const QString cap = addStandard(fw, s("gov"), s("cap"), s("Caps."), 1);
    AssessmentData data;
    judge(data, cap, StandardResult::NotMet);
    // A judgement of a standard the framework lacks, and a second one of
    // `cap` saying met: the first judgement of a standard stands.
    judge(data, s("gov.elsewhere"), StandardResult::NotMet);
    judge(data, cap, StandardResult::Met);
    const DomainScore &gov = domain(scoreAssessment(fw, data, {}), 0);
    EXPECT_FALSE(gov.score);
    EXPECT_FALSE(gov.uncappedScore);
    EXPECT_FALSE(gov.isCapped());
    EXPECT_EQ(gov.standardCount, 1);
    EXPECT_EQ(gov.standardsNotMet, 1);
    EXPECT_EQ(gov.standardsMet, 0);
}

TEST(StandardCap, ZeroToTenScaleOfFiveLevels)
{
    Framework fw = scaledFramework({ { 0, s("None") }, { 2.5, s("Low") }, { 5, s("Mid") },
        { 7.5, s("High") }, { 10, s("Full") } });
    const QString mid = addStandard(fw, s("gov"), s("mid"), s("Caps at Mid."), 5);
    const QString high = addStandard(fw, s("people"), s("high"), s("Caps at High."), 7.5);
    AssessmentData data;
    // gov: 10, 7.5 and 7.5: 8.33, nearest High (7.5); capped at Mid (5).
    agree(data, s("gov.a"), 10);
    agree(data, s("gov.b"), 7.5);
    agree(data, s("gov.c"), 7.5);
    // people: 10, nearest Full; capped at High.
    agree(data, s("people.d"), 10);
    agree(data, s("money.e"), 2.5);
    judge(data, mid, StandardResult::NotMet);
    judge(data, high, StandardResult::NotMet);
    const AssessmentScores scores = scoreAssessment(fw, data, {});
    EXPECT_EQ(domain(scores, 0).score, 5.0);
    EXPECT_NEAR(*domain(scores, 0).uncappedScore, 25.0 / 3, 1e-12);
    EXPECT_EQ(domain(scores, 1).score, 7.5);
    EXPECT_EQ(domain(scores, 1).uncappedScore, 10.0);
    // (5 + 7.5 + 2.5) / 3
    EXPECT_NEAR(*scores.overall, 5.0, 1e-12);

    // 10 and 7.5 (c not applicable): 8.75, half-way between High and Full:
    // High, the lower, which a cap at High leaves as it is.
    data.consensus[2].value = RatingValue::notApplicable();
    data.standards[0].result = StandardResult::Met;
    const Framework fw2 = [&] {
        Framework f = fw;
        addStandard(f, s("gov"), s("at-high"), s("Caps at High."), 7.5);
        return f;
    }();
    judge(data, s("gov.at-high"), StandardResult::NotMet);
    const DomainScore &gov = domain(scoreAssessment(fw2, data, {}), 0);
    EXPECT_FALSE(gov.isCapped());
    EXPECT_EQ(gov.score, 8.75);
}

TEST(StandardCap, QuarterScaleFromZeroToOne)
{
    Framework fw = scaledFramework({ { 0, s("Absent") }, { 0.25, s("Starting") },
        { 0.5, s("Partial") }, { 0.75, s("Mostly") }, { 1, s("Complete") } });
    const QString quarter = addStandard(fw, s("gov"), s("quarter"), s("Caps at Starting."), 0.25);
    const QString half = addStandard(fw, s("gov"), s("half"), s("Caps at Partial."), 0.5);
    AssessmentData data;
    // 0.5, 0.5, 0.75: 0.583, nearest Partial (0.5).
    agree(data, s("gov.a"), 0.5);
    agree(data, s("gov.b"), 0.5);
    agree(data, s("gov.c"), 0.75);
    judge(data, half, StandardResult::NotMet);
    const DomainScore &atHalf = domain(scoreAssessment(fw, data, {}), 0);
    EXPECT_FALSE(atHalf.isCapped()) << "Partial is not above a cap at Partial";
    EXPECT_NEAR(*atHalf.score, 1.75 / 3, 1e-12);

    judge(data, quarter, StandardResult::NotMet);
    const DomainScore &capped = domain(scoreAssessment(fw, data, {}), 0);
    EXPECT_EQ(capped.cappedAt, 0.25);
    EXPECT_EQ(capped.score, 0.25);
    EXPECT_EQ(capped.cappedBy, QStringList { quarter });
}

namespace {

ReportData reportOf(const Framework &fw, const AssessmentData &data)
{
    ReportData r;
    r.trustName = s("Oakfield Learning Trust");
    r.current.framework = fw;
    r.current.data = data;
    r.current.info.period = s("2025/26");
    r.current.data.info = r.current.info;
    r.current.scores = scoreAssessment(fw, data, {});
    r.comparisonState = ComparisonState::NoEarlierPeriod;
    r.today = QDate(2026, 3, 1);
    return r;
}

} // namespace

TEST(StandardCapWords, TheDomainSaysItIsCappedAndWhatItsIndicatorsGive)
{
    Framework fw = fourLevels();
    const QString safeguarding
        = addStandard(fw, s("gov"), s("safeguarding"), s("Safeguarding duties are met."), 2);
    AssessmentData data = agreed(3, 3, 4);
    judge(data, safeguarding, StandardResult::NotMet);
    const ReportData report = reportOf(fw, data);
    const DomainNarrative gov = buildDomainNarrative(report, 0);
    EXPECT_EQ(gov.level, s("Developing"));
    EXPECT_EQ(gov.score, 2.0);
    ASSERT_FALSE(gov.paragraphs.isEmpty());
    EXPECT_TRUE(gov.paragraphs[0].startsWith(
        s("Governance is capped at Developing while “Safeguarding duties are met” is not met. "
          "The board's agreed ratings of its indicators give a score of 3.3 (Secure).")))
        << gov.paragraphs[0].toStdString();
    EXPECT_EQ(gov.cap, s("capped at Developing while “Safeguarding duties are met” is not met"));

    // The summary counts the standards and names the cap.
    const QString summary = buildSummaryParagraph(report);
    EXPECT_TRUE(summary.contains(s("The framework's one baseline standard, in Governance, is not "
                                   "met. Governance is capped at Developing while “Safeguarding "
                                   "duties are met” is not met.")))
        << summary.toStdString();
}

TEST(StandardCapWords, SeveralStandardsHoldingTheCapAreNamedTogether)
{
    Framework fw = fourLevels();
    const QString a = addStandard(fw, s("gov"), s("a-duty"), s("Duty A."), 1);
    const QString b = addStandard(fw, s("gov"), s("b-duty"), s("Duty B."), 1);
    AssessmentData data = agreed(3, 3, 3);
    data.consensus.removeLast(); // money unscored
    judge(data, a, StandardResult::NotMet);
    judge(data, b, StandardResult::NotMet);
    const DomainNarrative gov = buildDomainNarrative(reportOf(fw, data), 0);
    EXPECT_TRUE(gov.paragraphs[0].startsWith(
        s("Governance is capped at Emerging while “Duty A” and “Duty B” are not met.")))
        << gov.paragraphs[0].toStdString();
}

TEST(StandardCapWords, AShortTitleNamesTheStandardInProse)
{
    Framework fw = fourLevels();
    const QString safeguarding = addStandard(fw, s("gov"), s("safeguarding"),
        s("Every school's safeguarding arrangements meet the statutory guidance, with a lead, "
          "a policy, training and filtering, and concerns acted on and recorded."),
        2);
    domainOf(fw, s("gov")).standards[0].shortTitle = s("Safeguarding in every school");
    AssessmentData data = agreed(3, 3, 4);
    judge(data, safeguarding, StandardResult::NotMet);
    const ReportData report = reportOf(fw, data);
    const DomainNarrative gov = buildDomainNarrative(report, 0);
    EXPECT_EQ(gov.cap, s("capped at Developing while Safeguarding in every school is not met"));
    const QString summary = buildSummaryParagraph(report);
    EXPECT_TRUE(summary.contains(
        s("Governance is capped at Developing while Safeguarding in every school is not met.")))
        << summary.toStdString();
    EXPECT_FALSE(summary.contains(s("statutory guidance"))) << "the statement stays in tables";
}

TEST(StandardCapWords, AnUncappedDomainReadsAsBefore)
{
    Framework fw = fourLevels();
    const QString met = addStandard(fw, s("gov"), s("met"), s("Met duty."), 1);
    AssessmentData data = agreed(3, 3, 3);
    judge(data, met, StandardResult::Met);
    const DomainNarrative gov = buildDomainNarrative(reportOf(fw, data), 0);
    EXPECT_TRUE(gov.paragraphs[0].startsWith(s("Governance was assessed as Secure, with a score "
                                               "of 3.0.")))
        << gov.paragraphs[0].toStdString();
    EXPECT_TRUE(gov.cap.isEmpty());
}
