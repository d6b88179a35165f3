#include "scoring/Scoring.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace strongtrust {

namespace {

// What one trustee gave one indicator, as stored in the rating grid. Level
// positions are >= 0; the rest are negative so one int per cell suffices.
constexpr int kNoRating = -3; // no row at all
constexpr int kUnrated = -2; // an explicit "unrated" row
constexpr int kNotApplicable = -1;

// Mean of whatever has a value, or empty: both domain and overall scores
// average only what could be scored, so an unrated part does not drag it to 0.
class MeanOfPresent
{
public:
    void add(const std::optional<double> &value)
    {
        if (!value)
            return;
        m_sum += *value;
        ++m_count;
    }
    int count() const { return m_count; }
    std::optional<double> mean() const
    {
        if (m_count == 0)
            return std::nullopt;
        return m_sum / m_count;
    }

private:
    double m_sum = 0;
    int m_count = 0;
};

// The trustees' spread on one indicator, from their level positions.
void scoreTrusteeLevels(const Scale &scale, const QList<int> &cells, IndicatorScore &out)
{
    out.distribution = QList<int>(scale.levels.size(), 0);
    int minIndex = -1;
    int maxIndex = -1;
    double sum = 0;
    for (int cell : cells) {
        if (cell == kNotApplicable) {
            ++out.notApplicableCount;
            continue;
        }
        if (cell < 0)
            continue;
        ++out.levelCount;
        ++out.distribution[cell];
        sum += scale.levels[cell].value;
        minIndex = minIndex < 0 ? cell : std::min(minIndex, cell);
        maxIndex = std::max(maxIndex, cell);
    }
    if (out.levelCount == 0)
        return;

    const double mean = sum / out.levelCount;
    // Two passes rather than sum of squares: no cancellation when levels are
    // large and close together, and exactly 0 when everyone agrees.
    double squares = 0;
    for (int cell : cells) {
        if (cell >= 0) {
            const double d = scale.levels[cell].value - mean;
            squares += d * d;
        }
    }
    out.mean = mean;
    out.min = scale.levels[minIndex].value;
    out.max = scale.levels[maxIndex].value;
    out.stdDev = std::sqrt(squares / out.levelCount);
    // By position, not value: "two levels apart" must mean the same on a
    // 0/0.5/1 scale as on a 1..4 one.
    out.disagreement = maxIndex - minIndex >= 2;
}

// The indicator's score: the board's agreed level when there is one, else
// the trustees' mean as a provisional figure.
void applyConsensus(const RatingValue &consensus, IndicatorScore &out)
{
    out.consensus = consensus;
    if (consensus.isLevel()) {
        out.basis = ScoreBasis::Consensus;
        out.score = consensus.level;
    } else if (consensus.isNotApplicable()) {
        out.basis = ScoreBasis::NotApplicable;
        out.score.reset();
    } else if (out.mean) {
        out.basis = ScoreBasis::TrusteeMean;
        out.score = out.mean;
    } else {
        out.basis = ScoreBasis::None;
        out.score.reset();
    }
}

// The domain's baseline standards: how many are met, and the cap of those
// not met. The cap is judged against the domain's level (the level nearest
// its uncapped score), not the raw mean: a score of 2.4 on a 1-4 scale is
// Developing, and a standard capping at Developing leaves it as it is.
void applyStandards(
    const Scale &scale, const Domain &domain, const AssessmentData &data, DomainScore &out)
{
    out.standardCount = int(domain.standards.size());
    const int levelIndex = out.uncappedScore ? nearestLevelIndex(scale, *out.uncappedScore) : -1;
    QList<const Standard *> below; // unmet, capping below the domain's level
    for (const Standard &standard : domain.standards) {
        // The first judgement of a standard, as AssessmentData::standardFor finds it.
        const StandardJudgement *j = data.standardFor(standard.fullId);
        const StandardResult result = j ? j->result : StandardResult::NotJudged;
        if (result == StandardResult::Met)
            ++out.standardsMet;
        if (result != StandardResult::NotMet)
            continue;
        ++out.standardsNotMet;
        if (levelIndex >= 0 && standard.capsAt && *standard.capsAt < scale.levels[levelIndex].value)
            below.append(&standard);
    }
    if (below.isEmpty())
        return;
    double cap = *below.first()->capsAt;
    for (const Standard *s : std::as_const(below))
        cap = std::min(cap, *s->capsAt);
    for (const Standard *s : std::as_const(below)) {
        if (*s->capsAt == cap)
            out.cappedBy.append(s->fullId);
    }
    out.cappedAt = cap;
    out.score = cap;
}

} // namespace

const IndicatorScore *AssessmentScores::find(const QString &fullId) const
{
    for (const IndicatorScore &s : indicators) {
        if (s.indicator == fullId)
            return &s;
    }
    return nullptr;
}

int AssessmentScores::ratingsGiven() const
{
    int given = 0;
    for (const IndicatorScore &s : indicators)
        given += std::max(0, raterCount - s.unratedCount);
    return given;
}

int AssessmentScores::ratingsExpected() const
{
    return raterCount * int(indicators.size());
}

AssessmentScores scoreAssessment(
    const Framework &framework, const AssessmentData &data, const QList<qint64> &raters)
{
    AssessmentScores result;
    result.raterCount = int(raters.size());

    // Flat position of each domain's first indicator, so that the loader's
    // (domain, indicator) index maps straight into one list.
    QList<int> domainOffset;
    domainOffset.reserve(framework.domains.size());
    int indicatorTotal = 0;
    for (const Domain &domain : framework.domains) {
        domainOffset.append(indicatorTotal);
        indicatorTotal += int(domain.indicators.size());
    }
    const auto flatPosition = [&](const QString &fullId) {
        const auto it = framework.indicatorIndex.constFind(fullId);
        if (it == framework.indicatorIndex.cend())
            return -1;
        return domainOffset[it->first] + it->second;
    };

    // A grid of trustee slot × indicator holding the latest rating of each.
    // Raters get the first slots; anyone else who rated gets one on sight.
    QHash<qint64, int> slotOf;
    slotOf.reserve(raters.size());
    for (qint64 id : raters) {
        if (!slotOf.contains(id))
            slotOf.insert(id, int(slotOf.size()));
    }
    QList<int> grid(qsizetype(slotOf.size()) * indicatorTotal, kNoRating);

    for (const Rating &rating : data.ratings) {
        const int pos = flatPosition(rating.indicator);
        if (pos < 0)
            continue;
        int cell = kUnrated;
        if (rating.value.isLevel()) {
            cell = framework.scale.indexOf(rating.value.level);
            if (cell < 0)
                continue; // off the scale: storage refuses these, so never guess
        } else if (rating.value.isNotApplicable()) {
            cell = kNotApplicable;
        }
        auto slot = slotOf.constFind(rating.trusteeId);
        if (slot == slotOf.cend()) {
            slot = slotOf.insert(rating.trusteeId, int(slotOf.size()));
            grid.resize(grid.size() + indicatorTotal, kNoRating);
        }
        grid[qsizetype(*slot) * indicatorTotal + pos] = cell;
    }

    // First consensus row per indicator, matching AssessmentData::consensusFor.
    QList<RatingValue> consensus(indicatorTotal);
    QList<bool> consensusSeen(indicatorTotal, false);
    for (const Consensus &c : data.consensus) {
        const int pos = flatPosition(c.indicator);
        if (pos < 0 || consensusSeen[pos])
            continue;
        consensusSeen[pos] = true;
        // An agreed level off the scale cannot be shown or averaged honestly.
        if (c.value.isLevel() && framework.scale.indexOf(c.value.level) < 0)
            continue;
        consensus[pos] = c.value;
    }

    const int slotCount = int(slotOf.size());
    // Rater slots in the order of `raters`, duplicates included, so that
    // unrated counts agree with raterCount.
    QList<int> raterSlots;
    raterSlots.reserve(raters.size());
    for (qint64 id : raters)
        raterSlots.append(slotOf.value(id));

    result.indicators.reserve(indicatorTotal);
    result.domains.reserve(framework.domains.size());
    MeanOfPresent overall;
    QList<int> cells(slotCount);
    for (int d = 0; d < framework.domains.size(); ++d) {
        const Domain &domain = framework.domains[d];
        DomainScore domainScore;
        domainScore.domainId = domain.id;
        domainScore.indicatorCount = int(domain.indicators.size());
        MeanOfPresent domainMean;
        for (int i = 0; i < domain.indicators.size(); ++i) {
            const int pos = domainOffset[d] + i;
            IndicatorScore s;
            s.indicator = domain.indicators[i].fullId;
            s.domainIndex = d;
            s.indicatorIndex = i;
            for (int slot = 0; slot < slotCount; ++slot)
                cells[slot] = grid[qsizetype(slot) * indicatorTotal + pos];
            scoreTrusteeLevels(framework.scale, cells, s);
            for (int slot : raterSlots) {
                if (cells[slot] == kNoRating || cells[slot] == kUnrated)
                    ++s.unratedCount;
            }
            applyConsensus(consensus[pos], s);

            domainMean.add(s.score);
            if (!s.consensus.isUnrated())
                ++domainScore.consensusCount;
            if (s.basis == ScoreBasis::NotApplicable)
                ++domainScore.notApplicableCount;
            if (s.disagreement)
                ++domainScore.disagreementCount;
            result.indicators.append(std::move(s));
        }
        domainScore.uncappedScore = domainMean.mean();
        domainScore.score = domainScore.uncappedScore;
        domainScore.scoredCount = domainMean.count();
        applyStandards(framework.scale, domain, data, domainScore);
        overall.add(domainScore.score);
        result.domains.append(std::move(domainScore));
    }
    result.overall = overall.mean();
    return result;
}

int nearestLevelIndex(const Scale &scale, double score)
{
    if (scale.levels.isEmpty())
        return -1;
    int best = 0;
    double bestDistance = std::abs(scale.levels[0].value - score);
    for (int i = 1; i < scale.levels.size(); ++i) {
        const double distance = std::abs(scale.levels[i].value - score);
        // Strictly nearer only: levels ascend, so a tie keeps the lower one.
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace strongtrust
