#include "scoring/Scoring.h"

#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <random>
#include <string>
#include <utility>

using namespace strongtrust;

namespace {

// Scale 0 / 0.5 / 1; alpha.one, alpha.two, beta.one.
Framework fractionalFramework()
{
    const auto r = FrameworkLoader::loadBytes(
        test::toBytes(test::minimalFramework()), QStringLiteral("minimal.json"));
    EXPECT_TRUE(r.ok()) << r.errorText().toStdString();
    return r.ok() ? r.value() : Framework {};
}

// Scale 1..4; gov has a, b, c; people has d; money has e.
Framework fourLevelFramework()
{
    const char *text = R"({
      "format": "strongtrust-framework",
      "formatVersion": 1,
      "id": "four-level",
      "version": "1",
      "title": "Four-level test framework",
      "scale": {
        "levels": [
          { "value": 1, "label": "Emerging" },
          { "value": 2, "label": "Developing" },
          { "value": 3, "label": "Secure" },
          { "value": 4, "label": "Strong" }
        ],
        "allowNotApplicable": true
      },
      "domains": [
        { "id": "gov", "title": "Governance",
          "indicators": [ { "id": "a", "text": "A" }, { "id": "b", "text": "B" },
                          { "id": "c", "text": "C" } ] },
        { "id": "people", "title": "People", "indicators": [ { "id": "d", "text": "D" } ] },
        { "id": "money", "title": "Money", "indicators": [ { "id": "e", "text": "E" } ] }
      ]
    })";
    const auto r = FrameworkLoader::loadBytes(QByteArray(text), QStringLiteral("four.json"));
    EXPECT_TRUE(r.ok()) << r.errorText().toStdString();
    return r.ok() ? r.value() : Framework {};
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void rate(AssessmentData &data, qint64 trustee, const char *indicator, RatingValue value)
{
    data.ratings.append(Rating { trustee, s(indicator), value, {} });
}

void agree(AssessmentData &data, const char *indicator, RatingValue value)
{
    Consensus c;
    c.indicator = s(indicator);
    c.value = value;
    data.consensus.append(c);
}

const IndicatorScore &indicator(const AssessmentScores &scores, const char *fullId)
{
    const IndicatorScore *found = scores.find(s(fullId));
    EXPECT_NE(found, nullptr) << fullId;
    static const IndicatorScore missing;
    return found ? *found : missing;
}

const QList<qint64> threeRaters { 1, 2, 3 };

} // namespace

TEST(Scoring, SpreadOfTrusteeLevelsIsMeanMinMaxAndPopulationDeviation)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    rate(data, 1, "gov.a", RatingValue::of(1));
    rate(data, 2, "gov.a", RatingValue::of(2));
    rate(data, 3, "gov.a", RatingValue::of(4));

    const AssessmentScores scores = scoreAssessment(fw, data, threeRaters);
    const IndicatorScore &a = indicator(scores, "gov.a");
    EXPECT_EQ(a.levelCount, 3);
    EXPECT_EQ(a.notApplicableCount, 0);
    EXPECT_EQ(a.unratedCount, 0);
    // mean = (1 + 2 + 4) / 3 = 7/3
    ASSERT_TRUE(a.mean);
    EXPECT_DOUBLE_EQ(*a.mean, 7.0 / 3.0);
    EXPECT_DOUBLE_EQ(*a.min, 1);
    EXPECT_DOUBLE_EQ(*a.max, 4);
    // deviations -4/3, -1/3, 5/3; squares 16/9 + 1/9 + 25/9 = 42/9; / 3 = 14/9
    ASSERT_TRUE(a.stdDev);
    EXPECT_DOUBLE_EQ(*a.stdDev, std::sqrt(14.0 / 9.0));
    EXPECT_EQ(a.distribution, (QList<int> { 1, 1, 0, 1 }));
    // positions 0 and 3: three steps apart
    EXPECT_TRUE(a.disagreement);
    // no consensus: the trustees' mean stands in, provisionally
    EXPECT_EQ(a.basis, ScoreBasis::TrusteeMean);
    EXPECT_TRUE(a.consensus.isUnrated());
    ASSERT_TRUE(a.score);
    EXPECT_DOUBLE_EQ(*a.score, 7.0 / 3.0);
}

TEST(Scoring, DisagreementCountsScalePositionsNotValues)
{
    const Framework fw = fractionalFramework();
    AssessmentData data;
    // 0 and 1 are only 1 apart in value but at positions 0 and 2: two steps.
    rate(data, 1, "alpha.one", RatingValue::of(0));
    rate(data, 2, "alpha.one", RatingValue::of(1));
    // 0 and 0.5 are neighbouring levels: one step.
    rate(data, 1, "alpha.two", RatingValue::of(0));
    rate(data, 2, "alpha.two", RatingValue::of(0.5));

    const AssessmentScores scores = scoreAssessment(fw, data, { 1, 2 });
    EXPECT_TRUE(indicator(scores, "alpha.one").disagreement);
    EXPECT_FALSE(indicator(scores, "alpha.two").disagreement);
    EXPECT_EQ(indicator(scores, "alpha.one").distribution, (QList<int> { 1, 0, 1 }));
    EXPECT_EQ(scores.domains[0].disagreementCount, 1);
    EXPECT_EQ(scores.domains[1].disagreementCount, 0);
}

TEST(Scoring, AdjacentLevelsOnFourLevelScaleAreNotADisagreement)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    rate(data, 1, "gov.a", RatingValue::of(2));
    rate(data, 2, "gov.a", RatingValue::of(3));
    rate(data, 3, "gov.a", RatingValue::of(3));
    rate(data, 1, "gov.b", RatingValue::of(2));
    rate(data, 2, "gov.b", RatingValue::of(4));

    const AssessmentScores scores = scoreAssessment(fw, data, threeRaters);
    EXPECT_FALSE(indicator(scores, "gov.a").disagreement);
    EXPECT_TRUE(indicator(scores, "gov.b").disagreement);
}

TEST(Scoring, ConsensusLevelIsTheScoreWhateverTheTrusteesSaid)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    rate(data, 1, "gov.a", RatingValue::of(1));
    rate(data, 2, "gov.a", RatingValue::of(2));
    agree(data, "gov.a", RatingValue::of(4));

    const AssessmentScores scores = scoreAssessment(fw, data, threeRaters);
    const IndicatorScore &a = indicator(scores, "gov.a");
    EXPECT_EQ(a.basis, ScoreBasis::Consensus);
    EXPECT_EQ(a.consensus, RatingValue::of(4));
    ASSERT_TRUE(a.score);
    EXPECT_DOUBLE_EQ(*a.score, 4);
    // the trustees' own spread is still reported: (1 + 2) / 2
    EXPECT_DOUBLE_EQ(*a.mean, 1.5);
    EXPECT_EQ(scores.domains[0].consensusCount, 1);
    // only gov.a is scored in gov
    EXPECT_DOUBLE_EQ(*scores.domains[0].score, 4);
}

TEST(Scoring, ConsensusWithoutAnyTrusteeRatingsStillScores)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    agree(data, "people.d", RatingValue::of(3));

    const AssessmentScores scores = scoreAssessment(fw, data, threeRaters);
    const IndicatorScore &d = indicator(scores, "people.d");
    EXPECT_EQ(d.basis, ScoreBasis::Consensus);
    EXPECT_DOUBLE_EQ(*d.score, 3);
    EXPECT_FALSE(d.mean);
    EXPECT_EQ(d.unratedCount, 3);
}

TEST(Scoring, ConsensusNotApplicableRemovesIndicatorFromDomainMean)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    rate(data, 1, "gov.a", RatingValue::of(4));
    rate(data, 1, "gov.b", RatingValue::of(2));
    rate(data, 1, "gov.c", RatingValue::of(1));
    agree(data, "gov.c", RatingValue::notApplicable());

    const AssessmentScores scores = scoreAssessment(fw, data, { 1 });
    const IndicatorScore &c = indicator(scores, "gov.c");
    EXPECT_EQ(c.basis, ScoreBasis::NotApplicable);
    EXPECT_TRUE(c.consensus.isNotApplicable());
    EXPECT_FALSE(c.score);
    // the trustee's own level is still shown
    EXPECT_DOUBLE_EQ(*c.mean, 1);

    const DomainScore &gov = scores.domains[0];
    EXPECT_EQ(gov.indicatorCount, 3);
    EXPECT_EQ(gov.scoredCount, 2);
    EXPECT_EQ(gov.notApplicableCount, 1);
    EXPECT_EQ(gov.consensusCount, 1);
    // (4 + 2) / 2 = 3, not (4 + 2 + 1) / 3
    EXPECT_DOUBLE_EQ(*gov.score, 3);
}

TEST(Scoring, TrusteeNotApplicableAndUnratedAreCountedApart)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    const QList<qint64> raters { 1, 2, 3, 4 };
    rate(data, 1, "gov.a", RatingValue::of(3));
    rate(data, 2, "gov.a", RatingValue::notApplicable());
    rate(data, 3, "gov.a", RatingValue::unrated()); // an explicit empty row
    // trustee 4 has no row at all

    const AssessmentScores scores = scoreAssessment(fw, data, raters);
    const IndicatorScore &a = indicator(scores, "gov.a");
    EXPECT_EQ(a.levelCount, 1);
    EXPECT_EQ(a.notApplicableCount, 1);
    EXPECT_EQ(a.unratedCount, 2);
    // "not applicable" from a trustee is not a level: the mean is of 3 alone
    EXPECT_DOUBLE_EQ(*a.mean, 3);
    EXPECT_DOUBLE_EQ(*a.stdDev, 0);
    EXPECT_EQ(a.distribution, (QList<int> { 0, 0, 1, 0 }));
}

TEST(Scoring, OnlyNotApplicableFromTrusteesLeavesNoScore)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    rate(data, 1, "gov.a", RatingValue::notApplicable());

    const AssessmentScores scores = scoreAssessment(fw, data, { 1 });
    const IndicatorScore &a = indicator(scores, "gov.a");
    EXPECT_EQ(a.basis, ScoreBasis::None);
    EXPECT_FALSE(a.score);
    EXPECT_FALSE(a.mean);
    // a trustee's "not applicable" is not the board's
    EXPECT_EQ(scores.domains[0].notApplicableCount, 0);
}

TEST(Scoring, NoRatingsAtAllGivesNoScoresAnywhere)
{
    const Framework fw = fourLevelFramework();
    const AssessmentScores scores = scoreAssessment(fw, AssessmentData {}, threeRaters);

    ASSERT_EQ(scores.indicators.size(), 5);
    for (const IndicatorScore &i : scores.indicators) {
        EXPECT_EQ(i.basis, ScoreBasis::None) << i.indicator.toStdString();
        EXPECT_FALSE(i.score);
        EXPECT_FALSE(i.mean);
        EXPECT_FALSE(i.min);
        EXPECT_FALSE(i.max);
        EXPECT_FALSE(i.stdDev);
        EXPECT_FALSE(i.disagreement);
        EXPECT_EQ(i.levelCount, 0);
        EXPECT_EQ(i.unratedCount, 3);
        EXPECT_EQ(i.distribution, (QList<int> { 0, 0, 0, 0 }));
    }
    ASSERT_EQ(scores.domains.size(), 3);
    for (const DomainScore &d : scores.domains) {
        EXPECT_FALSE(d.score);
        EXPECT_EQ(d.scoredCount, 0);
        EXPECT_EQ(d.consensusCount, 0);
    }
    EXPECT_FALSE(scores.overall);
    EXPECT_EQ(scores.raterCount, 3);
    EXPECT_EQ(scores.ratingsGiven(), 0);
    EXPECT_EQ(scores.ratingsExpected(), 15);
}

TEST(Scoring, NoRatersAndNoRatingsIsEmptyButWellFormed)
{
    const Framework fw = fractionalFramework();
    const AssessmentScores scores = scoreAssessment(fw, AssessmentData {}, {});
    EXPECT_EQ(scores.indicators.size(), 3);
    EXPECT_EQ(scores.raterCount, 0);
    EXPECT_EQ(scores.ratingsGiven(), 0);
    EXPECT_EQ(scores.ratingsExpected(), 0);
    EXPECT_FALSE(scores.overall);
}

TEST(Scoring, OneTrusteeHasZeroDeviation)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    rate(data, 7, "money.e", RatingValue::of(2));

    const AssessmentScores scores = scoreAssessment(fw, data, { 7 });
    const IndicatorScore &e = indicator(scores, "money.e");
    EXPECT_EQ(e.levelCount, 1);
    EXPECT_EQ(e.unratedCount, 0);
    EXPECT_DOUBLE_EQ(*e.mean, 2);
    EXPECT_DOUBLE_EQ(*e.min, 2);
    EXPECT_DOUBLE_EQ(*e.max, 2);
    EXPECT_EQ(*e.stdDev, 0.0);
    EXPECT_FALSE(e.disagreement);
    EXPECT_DOUBLE_EQ(*scores.overall, 2);
}

TEST(Scoring, AllTrusteesAgreeingGivesZeroDeviationAndNoDisagreement)
{
    const Framework fw = fractionalFramework();
    AssessmentData data;
    for (qint64 t = 1; t <= 5; ++t)
        rate(data, t, "beta.one", RatingValue::of(0.5));

    const AssessmentScores scores = scoreAssessment(fw, data, { 1, 2, 3, 4, 5 });
    const IndicatorScore &b = indicator(scores, "beta.one");
    EXPECT_EQ(b.levelCount, 5);
    EXPECT_DOUBLE_EQ(*b.mean, 0.5);
    EXPECT_EQ(*b.stdDev, 0.0);
    EXPECT_FALSE(b.disagreement);
    EXPECT_EQ(b.distribution, (QList<int> { 0, 5, 0 }));
}

TEST(Scoring, RatingsOfUnknownIndicatorsOrOffScaleLevelsAreIgnored)
{
    const Framework fw = fractionalFramework();
    AssessmentData data;
    rate(data, 1, "alpha.one", RatingValue::of(1));
    rate(data, 1, "alpha.three", RatingValue::of(0)); // no such indicator
    rate(data, 1, "gamma.one", RatingValue::of(0)); // no such domain
    rate(data, 1, "one", RatingValue::of(0)); // not a full id
    rate(data, 2, "alpha.one", RatingValue::of(0.25)); // not on the scale
    agree(data, "alpha.three", RatingValue::of(1));
    agree(data, "alpha.two", RatingValue::of(0.75)); // not on the scale: no consensus

    const AssessmentScores scores = scoreAssessment(fw, data, { 1, 2 });
    ASSERT_EQ(scores.indicators.size(), 3);
    EXPECT_EQ(scores.find(s("alpha.three")), nullptr);
    const IndicatorScore &one = indicator(scores, "alpha.one");
    EXPECT_EQ(one.levelCount, 1);
    EXPECT_EQ(one.unratedCount, 1); // trustee 2's off-scale level counts as nothing
    EXPECT_DOUBLE_EQ(*one.mean, 1);
    const IndicatorScore &two = indicator(scores, "alpha.two");
    EXPECT_EQ(two.basis, ScoreBasis::None);
    EXPECT_TRUE(two.consensus.isUnrated());
    EXPECT_EQ(scores.domains[0].consensusCount, 0);
    // beta untouched
    EXPECT_EQ(indicator(scores, "beta.one").levelCount, 0);
}

TEST(Scoring, RatingsByTrusteesOutsideRatersStillCountButAreNotExpected)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    rate(data, 1, "gov.a", RatingValue::of(1));
    rate(data, 99, "gov.a", RatingValue::of(3)); // e.g. a retired trustee's rating

    const AssessmentScores scores = scoreAssessment(fw, data, { 1, 2 });
    const IndicatorScore &a = indicator(scores, "gov.a");
    EXPECT_EQ(a.levelCount, 2);
    EXPECT_EQ(a.unratedCount, 1); // trustee 2
    // (1 + 3) / 2
    EXPECT_DOUBLE_EQ(*a.mean, 2);
    EXPECT_EQ(a.distribution, (QList<int> { 1, 0, 1, 0 }));
    EXPECT_TRUE(a.disagreement);
}

TEST(Scoring, LastRatingOfATrusteeForAnIndicatorWins)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    rate(data, 1, "gov.a", RatingValue::of(1));
    rate(data, 2, "gov.a", RatingValue::of(2));
    rate(data, 1, "gov.a", RatingValue::of(2));

    const AssessmentScores scores = scoreAssessment(fw, data, { 1, 2 });
    const IndicatorScore &a = indicator(scores, "gov.a");
    EXPECT_EQ(a.levelCount, 2);
    EXPECT_DOUBLE_EQ(*a.mean, 2);
    EXPECT_EQ(a.distribution, (QList<int> { 0, 2, 0, 0 }));
}

TEST(Scoring, DomainMeanIsOverScoredIndicatorsOnly)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    // gov.a: levels 1 and 4 -> mean 2.5 (provisional), three steps apart
    rate(data, 1, "gov.a", RatingValue::of(1));
    rate(data, 2, "gov.a", RatingValue::of(4));
    // gov.b: consensus 2
    agree(data, "gov.b", RatingValue::of(2));
    // gov.c: nothing

    const AssessmentScores scores = scoreAssessment(fw, data, { 1, 2 });
    const DomainScore &gov = scores.domains[0];
    EXPECT_EQ(gov.domainId, s("gov"));
    EXPECT_EQ(gov.indicatorCount, 3);
    EXPECT_EQ(gov.scoredCount, 2);
    EXPECT_EQ(gov.consensusCount, 1);
    EXPECT_EQ(gov.disagreementCount, 1);
    // (2.5 + 2) / 2 = 2.25; gov.c is left out rather than counted as 0
    ASSERT_TRUE(gov.score);
    EXPECT_DOUBLE_EQ(*gov.score, 2.25);
}

TEST(Scoring, OverallIsMeanOfDomainScoresNotOfIndicators)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    agree(data, "gov.a", RatingValue::of(4));
    agree(data, "gov.b", RatingValue::of(4));
    agree(data, "gov.c", RatingValue::of(1));
    agree(data, "people.d", RatingValue::of(2));
    // money.e unscored: money has no score and is left out of the overall

    const AssessmentScores scores = scoreAssessment(fw, data, {});
    // gov = (4 + 4 + 1) / 3 = 3; people = 2
    EXPECT_DOUBLE_EQ(*scores.domains[0].score, 3);
    EXPECT_DOUBLE_EQ(*scores.domains[1].score, 2);
    EXPECT_FALSE(scores.domains[2].score);
    // overall = (3 + 2) / 2 = 2.5, not the indicator mean (4+4+1+2)/4 = 2.75
    ASSERT_TRUE(scores.overall);
    EXPECT_DOUBLE_EQ(*scores.overall, 2.5);
}

TEST(Scoring, IndicatorsAndDomainsComeInFrameworkOrder)
{
    const Framework fw = fourLevelFramework();
    AssessmentData data;
    rate(data, 1, "money.e", RatingValue::of(1));
    rate(data, 1, "gov.c", RatingValue::of(1));

    const AssessmentScores scores = scoreAssessment(fw, data, { 1 });
    const QStringList expected { s("gov.a"), s("gov.b"), s("gov.c"), s("people.d"), s("money.e") };
    ASSERT_EQ(scores.indicators.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(scores.indicators[i].indicator, expected[i]);
    EXPECT_EQ(scores.indicators[2].domainIndex, 0);
    EXPECT_EQ(scores.indicators[2].indicatorIndex, 2);
    EXPECT_EQ(scores.indicators[4].domainIndex, 2);
    EXPECT_EQ(scores.indicators[4].indicatorIndex, 0);
    ASSERT_EQ(scores.domains.size(), 3);
    EXPECT_EQ(scores.domains[2].domainId, s("money"));
}

TEST(Scoring, SameIndicatorIdInDifferentDomainsIsKeptApart)
{
    // alpha.one and beta.one share the indicator id "one".
    const Framework fw = fractionalFramework();
    AssessmentData data;
    rate(data, 1, "alpha.one", RatingValue::of(0));
    rate(data, 1, "beta.one", RatingValue::of(1));

    const AssessmentScores scores = scoreAssessment(fw, data, { 1 });
    EXPECT_DOUBLE_EQ(*indicator(scores, "alpha.one").mean, 0);
    EXPECT_DOUBLE_EQ(*indicator(scores, "beta.one").mean, 1);
    // alpha = 0 (alpha.two unscored), beta = 1; overall (0 + 1) / 2
    EXPECT_DOUBLE_EQ(*scores.overall, 0.5);
}

TEST(Scoring, RatingsGivenCountsLevelsAndNotApplicableFromRaters)
{
    const Framework fw = fractionalFramework();
    AssessmentData data;
    rate(data, 1, "alpha.one", RatingValue::of(0));
    rate(data, 2, "alpha.one", RatingValue::notApplicable());
    rate(data, 3, "alpha.one", RatingValue::unrated());
    rate(data, 1, "beta.one", RatingValue::of(1));
    rate(data, 42, "beta.one", RatingValue::of(1)); // not a rater: not counted here

    const AssessmentScores scores = scoreAssessment(fw, data, threeRaters);
    // alpha.one: 2 of 3; alpha.two: 0 of 3; beta.one: 1 of 3
    EXPECT_EQ(scores.ratingsGiven(), 3);
    // 3 raters x 3 indicators
    EXPECT_EQ(scores.ratingsExpected(), 9);
}

TEST(Scoring, FindReturnsTheIndicatorOrNull)
{
    const Framework fw = fractionalFramework();
    const AssessmentScores scores = scoreAssessment(fw, AssessmentData {}, {});
    const IndicatorScore *two = scores.find(s("alpha.two"));
    ASSERT_NE(two, nullptr);
    EXPECT_EQ(two, &scores.indicators[1]);
    EXPECT_EQ(scores.find(s("beta.two")), nullptr);
    EXPECT_EQ(scores.find(QString()), nullptr);
}

TEST(Scoring, NearestLevelIndexPicksClosestAndLowerOnTie)
{
    const Framework four = fourLevelFramework();
    EXPECT_EQ(nearestLevelIndex(four.scale, 1), 0);
    EXPECT_EQ(nearestLevelIndex(four.scale, 2.4), 1);
    EXPECT_EQ(nearestLevelIndex(four.scale, 2.6), 2);
    EXPECT_EQ(nearestLevelIndex(four.scale, 7.0 / 3.0), 1);
    // exactly halfway between 2 and 3: the lower
    EXPECT_EQ(nearestLevelIndex(four.scale, 2.5), 1);
    // beyond either end: the end
    EXPECT_EQ(nearestLevelIndex(four.scale, -10), 0);
    EXPECT_EQ(nearestLevelIndex(four.scale, 10), 3);

    const Framework fractional = fractionalFramework();
    // halfway between 0 and 0.5, and between 0.5 and 1
    EXPECT_EQ(nearestLevelIndex(fractional.scale, 0.25), 0);
    EXPECT_EQ(nearestLevelIndex(fractional.scale, 0.75), 1);
    EXPECT_EQ(nearestLevelIndex(fractional.scale, 0.8), 2);

    EXPECT_EQ(nearestLevelIndex(Scale {}, 1), -1);
}

namespace {

// Six trustees on the four-level framework, with every kind of cell: levels,
// "not applicable", no rating, and agreed levels of each kind.
AssessmentData mixedAssessment()
{
    AssessmentData data;
    // gov.a: 1 2 2 3 4 4, no consensus
    const double a[] = { 1, 2, 2, 3, 4, 4 };
    for (qint64 t = 1; t <= 6; ++t)
        rate(data, t, "gov.a", RatingValue::of(a[t - 1]));
    // gov.b: 3 3 3 4, trustee 5 not applicable, trustee 6 nothing; agreed 3
    for (qint64 t = 1; t <= 3; ++t)
        rate(data, t, "gov.b", RatingValue::of(3));
    rate(data, 4, "gov.b", RatingValue::of(4));
    rate(data, 5, "gov.b", RatingValue::notApplicable());
    agree(data, "gov.b", RatingValue::of(3));
    // gov.c: trustee 1 gives 2, the rest not applicable; agreed not applicable
    rate(data, 1, "gov.c", RatingValue::of(2));
    for (qint64 t = 2; t <= 6; ++t)
        rate(data, t, "gov.c", RatingValue::notApplicable());
    agree(data, "gov.c", RatingValue::notApplicable());
    // people.d: 2 2 from trustees 1 and 2; agreed 4
    rate(data, 1, "people.d", RatingValue::of(2));
    rate(data, 2, "people.d", RatingValue::of(2));
    agree(data, "people.d", RatingValue::of(4));
    // money.e: nothing at all
    return data;
}

const QList<qint64> sixRaters { 1, 2, 3, 4, 5, 6 };

// The scores of mixedAssessment(), worked out by hand.
void expectMixedScores(const AssessmentScores &scores, const std::string &context)
{
    SCOPED_TRACE(context);
    const IndicatorScore &a = indicator(scores, "gov.a");
    EXPECT_EQ(a.levelCount, 6);
    EXPECT_EQ(a.notApplicableCount, 0);
    EXPECT_EQ(a.unratedCount, 0);
    ASSERT_TRUE(a.mean && a.min && a.max && a.stdDev && a.score);
    EXPECT_DOUBLE_EQ(*a.mean, 16.0 / 6.0); // (1+2+2+3+4+4)/6
    EXPECT_EQ(*a.min, 1);
    EXPECT_EQ(*a.max, 4);
    // deviations -5/3 -2/3 -2/3 1/3 4/3 4/3: squares 25+4+4+1+16+16 = 66/9, over 6
    EXPECT_DOUBLE_EQ(*a.stdDev, std::sqrt(66.0 / 9.0 / 6.0));
    EXPECT_EQ(a.distribution, (QList<int> { 1, 2, 1, 2 }));
    EXPECT_TRUE(a.disagreement);
    EXPECT_EQ(a.basis, ScoreBasis::TrusteeMean);
    EXPECT_DOUBLE_EQ(*a.score, 16.0 / 6.0);

    const IndicatorScore &b = indicator(scores, "gov.b");
    EXPECT_EQ(b.levelCount, 4);
    EXPECT_EQ(b.notApplicableCount, 1);
    EXPECT_EQ(b.unratedCount, 1);
    ASSERT_TRUE(b.mean && b.stdDev && b.score);
    EXPECT_DOUBLE_EQ(*b.mean, 13.0 / 4.0);
    // deviations -1/4 -1/4 -1/4 3/4: squares (1+1+1+9)/16 = 12/16, over 4
    EXPECT_DOUBLE_EQ(*b.stdDev, std::sqrt(12.0 / 16.0 / 4.0));
    EXPECT_EQ(b.distribution, (QList<int> { 0, 0, 3, 1 }));
    EXPECT_FALSE(b.disagreement);
    EXPECT_EQ(b.basis, ScoreBasis::Consensus);
    EXPECT_EQ(*b.score, 3);

    const IndicatorScore &c = indicator(scores, "gov.c");
    EXPECT_EQ(c.levelCount, 1);
    EXPECT_EQ(c.notApplicableCount, 5);
    EXPECT_EQ(c.unratedCount, 0);
    EXPECT_EQ(c.distribution, (QList<int> { 0, 1, 0, 0 }));
    EXPECT_EQ(c.basis, ScoreBasis::NotApplicable);
    EXPECT_FALSE(c.score);

    const IndicatorScore &d = indicator(scores, "people.d");
    EXPECT_EQ(d.levelCount, 2);
    EXPECT_EQ(d.unratedCount, 4);
    ASSERT_TRUE(d.mean && d.stdDev && d.score);
    EXPECT_EQ(*d.mean, 2);
    EXPECT_EQ(*d.stdDev, 0);
    EXPECT_EQ(d.basis, ScoreBasis::Consensus);
    EXPECT_EQ(*d.score, 4);

    const IndicatorScore &e = indicator(scores, "money.e");
    EXPECT_EQ(e.levelCount, 0);
    EXPECT_EQ(e.unratedCount, 6);
    EXPECT_EQ(e.distribution, (QList<int> { 0, 0, 0, 0 }));
    EXPECT_FALSE(e.mean);
    EXPECT_EQ(e.basis, ScoreBasis::None);
    EXPECT_FALSE(e.score);

    ASSERT_EQ(scores.domains.size(), 3);
    // gov: mean of a (16/6) and b (3); c does not apply
    EXPECT_EQ(scores.domains[0].domainId, s("gov"));
    ASSERT_TRUE(scores.domains[0].score);
    EXPECT_DOUBLE_EQ(*scores.domains[0].score, (16.0 / 6.0 + 3.0) / 2.0);
    EXPECT_EQ(scores.domains[0].scoredCount, 2);
    EXPECT_EQ(scores.domains[0].consensusCount, 2);
    EXPECT_EQ(scores.domains[0].notApplicableCount, 1);
    EXPECT_EQ(scores.domains[0].disagreementCount, 1);
    EXPECT_EQ(scores.domains[1].domainId, s("people"));
    ASSERT_TRUE(scores.domains[1].score);
    EXPECT_EQ(*scores.domains[1].score, 4);
    EXPECT_EQ(scores.domains[2].domainId, s("money"));
    EXPECT_FALSE(scores.domains[2].score);
    // overall: mean of gov and people; money has no score
    ASSERT_TRUE(scores.overall);
    EXPECT_DOUBLE_EQ(*scores.overall, ((16.0 / 6.0 + 3.0) / 2.0 + 4.0) / 2.0);
    // given: 6 + 5 + 6 + 2 + 0 of 6 raters x 5 indicators
    EXPECT_EQ(scores.ratingsGiven(), 19);
    EXPECT_EQ(scores.ratingsExpected(), 30);
}

} // namespace

TEST(Scoring, MixedAssessmentScoresAsWorkedOutByHand)
{
    expectMixedScores(
        scoreAssessment(fourLevelFramework(), mixedAssessment(), sixRaters), "in order");
}

// Ratings, agreed ratings and raters come from the workbook in whatever order
// it keeps them: the scores must not depend on it.
TEST(Scoring, ScoresDoNotDependOnTheOrderOfRatings)
{
    const Framework fw = fourLevelFramework();
    const AssessmentData ordered = mixedAssessment();
    const AssessmentScores reference = scoreAssessment(fw, ordered, sixRaters);
    std::mt19937 random(20261201); // fixed: the same orders every run
    for (int round = 0; round < 25; ++round) {
        AssessmentData shuffled = ordered;
        std::shuffle(shuffled.ratings.begin(), shuffled.ratings.end(), random);
        std::shuffle(shuffled.consensus.begin(), shuffled.consensus.end(), random);
        QList<qint64> raters = sixRaters;
        std::shuffle(raters.begin(), raters.end(), random);
        const AssessmentScores scores = scoreAssessment(fw, shuffled, raters);
        const std::string context = "shuffle " + std::to_string(round);
        expectMixedScores(scores, context);
        ASSERT_EQ(scores.indicators.size(), reference.indicators.size());
        for (int i = 0; i < scores.indicators.size(); ++i) {
            const IndicatorScore &got = scores.indicators[i];
            const IndicatorScore &want = reference.indicators[i];
            SCOPED_TRACE(context + ", " + want.indicator.toStdString());
            EXPECT_EQ(got.indicator, want.indicator);
            EXPECT_EQ(got.levelCount, want.levelCount);
            EXPECT_EQ(got.notApplicableCount, want.notApplicableCount);
            EXPECT_EQ(got.unratedCount, want.unratedCount);
            EXPECT_EQ(got.distribution, want.distribution);
            EXPECT_EQ(got.disagreement, want.disagreement);
            EXPECT_EQ(got.basis, want.basis);
            for (const auto &[g, w] : { std::pair { got.mean, want.mean },
                     std::pair { got.min, want.min }, std::pair { got.max, want.max },
                     std::pair { got.stdDev, want.stdDev }, std::pair { got.score, want.score } }) {
                ASSERT_EQ(g.has_value(), w.has_value());
                if (g) {
                    EXPECT_DOUBLE_EQ(*g, *w);
                }
            }
        }
        ASSERT_EQ(scores.domains.size(), reference.domains.size());
        for (int d = 0; d < scores.domains.size(); ++d) {
            SCOPED_TRACE(context + ", domain " + reference.domains[d].domainId.toStdString());
            ASSERT_EQ(scores.domains[d].score.has_value(), reference.domains[d].score.has_value());
            if (scores.domains[d].score) {
                EXPECT_DOUBLE_EQ(*scores.domains[d].score, *reference.domains[d].score);
            }
            EXPECT_EQ(scores.domains[d].scoredCount, reference.domains[d].scoredCount);
            EXPECT_EQ(scores.domains[d].consensusCount, reference.domains[d].consensusCount);
            EXPECT_EQ(scores.domains[d].disagreementCount, reference.domains[d].disagreementCount);
        }
        ASSERT_TRUE(scores.overall && reference.overall);
        EXPECT_DOUBLE_EQ(*scores.overall, *reference.overall);
    }
}
