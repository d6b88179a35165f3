#pragma once

#include "framework/Framework.h"
#include "workbook/AssessmentData.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace strongtrust {

// Where an indicator's score comes from.
enum class ScoreBasis {
    None, // nothing rated: no score
    Consensus, // the board's agreed level (when set, it is the score)
    TrusteeMean, // no consensus yet: the mean of trustees' levels (provisional)
    NotApplicable, // the board agreed the indicator does not apply: no score
};

struct IndicatorScore {
    QString indicator; // full id
    int domainIndex = 0;
    int indicatorIndex = 0;

    // Trustees' ratings: how many gave a level, "not applicable", or nothing.
    int levelCount = 0;
    int notApplicableCount = 0;
    int unratedCount = 0; // raters with no level and no "not applicable"
    // Over the trustees' levels (values, not positions); empty with no levels.
    std::optional<double> mean;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> stdDev; // population standard deviation
    // Trustees' levels span two or more steps of the scale (by position).
    bool disagreement = false;
    // How many trustees chose each level, by position.
    QList<int> distribution;

    RatingValue consensus; // Unrated when the board has not agreed one
    ScoreBasis basis = ScoreBasis::None;
    std::optional<double> score;
};

struct DomainScore {
    QString domainId;
    // The domain's score as every view, chart, overall mean and comparison
    // uses it: the mean of its indicators' scores, unless a baseline standard
    // that is not met caps the domain (below), when it is the cap's level
    // value. Empty when no indicator has a score.
    std::optional<double> score;
    // The mean of its indicators' scores before any cap; equal to `score`
    // when the domain is not capped.
    std::optional<double> uncappedScore;
    // The cap (framework-format.md, version 2): the domain's level is the
    // scale level nearest its uncapped score (ties go to the lower level);
    // where a standard judged not met has a `capsAt` below that level's
    // value, the domain's score becomes that `capsAt`, the lowest one where
    // several are below. Empty when nothing caps the domain. A standard not
    // yet judged caps nothing.
    std::optional<double> cappedAt;
    // Full ids of the unmet standards whose `capsAt` is `cappedAt` (those
    // holding the domain there), in framework order; empty when not capped.
    QStringList cappedBy;
    // The domain's baseline standards, by the board's judgement.
    int standardCount = 0;
    int standardsMet = 0;
    int standardsNotMet = 0;
    int indicatorCount = 0;
    int scoredCount = 0; // indicators with a score
    int consensusCount = 0; // indicators with an agreed level or "not applicable"
    int notApplicableCount = 0; // indicators the board agreed do not apply
    int disagreementCount = 0;

    bool isCapped() const { return cappedAt.has_value(); }
    int standardsNotJudged() const { return standardCount - standardsMet - standardsNotMet; }
};

struct AssessmentScores {
    QList<IndicatorScore> indicators; // in framework order
    QList<DomainScore> domains; // in framework order
    // Mean of the domains' scores (capped where a standard caps them); empty
    // when no domain has one.
    std::optional<double> overall;
    int raterCount = 0;

    const IndicatorScore *find(const QString &fullId) const;
    // Ratings given (level or "not applicable") out of raters × indicators.
    int ratingsGiven() const;
    int ratingsExpected() const;
};

// Scores an assessment against its framework. `raters` are the trustees
// expected to rate (unrated counts are computed against them); ratings by
// anyone else are still counted. Ratings of indicators, and judgements of
// standards, that the framework does not have are ignored.
AssessmentScores scoreAssessment(
    const Framework &framework, const AssessmentData &data, const QList<qint64> &raters);

// Position of the scale level nearest to a score (ties go to the lower level).
int nearestLevelIndex(const Scale &scale, double score);

} // namespace strongtrust
