#include "history/AssessmentComparison.h"

#include "scoring/StoredScores.h"
#include "workbook/Workbook.h"

namespace strongtrust {

namespace {

using Scored = ScoredAssessment;

std::optional<Scored> scored(const Workbook &wb, qint64 assessmentId)
{
    auto s = scoreStoredAssessment(wb, assessmentId);
    if (!s)
        return std::nullopt;
    return std::move(s).value();
}

std::optional<double> domainScore(const Scored &s, const QString &domainId)
{
    const int index = s.framework.domainIndex(domainId);
    if (index < 0 || index >= s.scores.domains.size())
        return std::nullopt;
    return s.scores.domains[index].score;
}

} // namespace

QList<DomainChange> compareAssessments(const Workbook &wb, qint64 earlierId, qint64 laterId)
{
    QList<DomainChange> changes;
    const auto earlier = scored(wb, earlierId);
    const auto later = scored(wb, laterId);
    if (!earlier || !later)
        return changes;
    const bool sameScale = scalesComparable(earlier->framework.scale, later->framework.scale);
    auto add = [&](const Domain &d) {
        DomainChange c;
        c.domainId = d.id;
        c.title = d.title;
        c.earlier = domainScore(*earlier, d.id);
        c.later = domainScore(*later, d.id);
        c.comparable = sameScale && earlier->framework.domainIndex(d.id) >= 0
            && later->framework.domainIndex(d.id) >= 0;
        if (c.comparable && c.earlier && c.later) {
            c.difference = *c.later - *c.earlier;
            const Scale &scale = later->framework.scale;
            c.levelChange
                = nearestLevelIndex(scale, *c.later) - nearestLevelIndex(scale, *c.earlier);
        }
        changes.append(c);
    };
    for (const Domain &d : later->framework.domains)
        add(d);
    for (const Domain &d : earlier->framework.domains) {
        if (later->framework.domainIndex(d.id) < 0)
            add(d);
    }
    return changes;
}

QString DomainChange::movement() const
{
    if (!comparable)
        return AssessmentComparison::tr("not comparable");
    if (!difference)
        return AssessmentComparison::tr("not scored in both");
    if (levelChange && *levelChange > 0)
        return AssessmentComparison::tr("up %n level(s)", nullptr, *levelChange);
    if (levelChange && *levelChange < 0)
        return AssessmentComparison::tr("down %n level(s)", nullptr, -*levelChange);
    if (*difference > 0.005)
        return AssessmentComparison::tr("up, within the level");
    if (*difference < -0.005)
        return AssessmentComparison::tr("down, within the level");
    return AssessmentComparison::tr("no change");
}

} // namespace strongtrust
