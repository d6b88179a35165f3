#include "report/NarrativeFacts.h"

#include "report/Narrative.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace strongtrust::report {

namespace {

// A value's position on the scale, between the positions of the levels on
// either side: a level's own value is its position exactly, so "a whole
// level" means the same on any scale, evenly spaced or not.
double position(const Scale &scale, double value)
{
    const QList<Level> &levels = scale.levels;
    if (levels.isEmpty())
        return 0;
    if (value <= levels.first().value)
        return 0;
    for (int i = 1; i < levels.size(); ++i) {
        const double lo = levels[i - 1].value;
        const double hi = levels[i].value;
        if (value <= hi)
            return hi > lo ? (i - 1) + (value - lo) / (hi - lo) : i;
    }
    return levels.size() - 1;
}

double valueAt(const Scale &scale, double pos)
{
    const QList<Level> &levels = scale.levels;
    if (levels.isEmpty())
        return 0;
    const int below = std::clamp(int(std::floor(pos)), 0, int(levels.size()) - 1);
    const int above = std::min(below + 1, int(levels.size()) - 1);
    const double t = pos - below;
    return levels[below].value + t * (levels[above].value - levels[below].value);
}

constexpr double kEpsilon = 1e-9;

} // namespace

bool trusteesSayNotApplicable(const IndicatorScore &s)
{
    return s.levelCount == 0 && s.notApplicableCount > 0;
}

Participation participation(const ReportData &data)
{
    Participation p;
    p.expected = data.raters;
    QSet<qint64> gave;
    QSet<QString> ratedIndicators;
    for (const Rating &r : data.current.data.ratings) {
        if (r.value.isUnrated())
            continue;
        gave.insert(r.trusteeId);
        ratedIndicators.insert(r.indicator);
    }
    // In the workbook's order of trustees, so that lists read the same every time.
    for (const Trustee &t : data.trustees) {
        if (gave.contains(t.id))
            p.rated.append(t.id);
        else if (data.raters.contains(t.id))
            p.notRated.append(t.id);
    }
    for (const IndicatorScore &s : data.current.scores.indicators) {
        ++p.indicators;
        if (ratedIndicators.contains(s.indicator))
            ++p.indicatorsRated;
        if (!s.consensus.isUnrated())
            ++p.agreed;
        if (s.consensus.isLevel())
            ++p.agreedLevels;
        if (s.basis == ScoreBasis::TrusteeMean)
            ++p.provisional;
    }
    return p;
}

QList<IndicatorMove> indicatorMoves(const ReportData &data)
{
    QList<IndicatorMove> out;
    if (!data.compared())
        return out;
    const Scale &scale = data.current.framework.scale;
    for (const IndicatorScore &now : data.current.scores.indicators) {
        const IndicatorScore *then = data.comparison->scores.find(now.indicator);
        if (!now.score || !then || !then->score)
            continue;
        const double levels = position(scale, *now.score) - position(scale, *then->score);
        if (std::abs(levels) + kEpsilon < 1)
            continue;
        out.append(IndicatorMove {
            now.domainIndex, now.indicatorIndex, now.indicator, *then->score, *now.score, levels });
    }
    return out;
}

QList<Departure> departures(const ReportData &data)
{
    QList<Departure> out;
    const Scale &scale = data.current.framework.scale;
    QHash<QString, QList<double>> positions;
    for (const Rating &r : data.current.data.ratings) {
        if (r.value.isLevel())
            positions[r.indicator].append(position(scale, r.value.level));
    }
    for (const IndicatorScore &s : data.current.scores.indicators) {
        if (!s.consensus.isLevel())
            continue;
        QList<double> p = positions.value(s.indicator);
        if (p.size() < 2) // one trustee's rating is no "most trustees"
            continue;
        std::sort(p.begin(), p.end());
        const qsizetype n = p.size();
        const double median = n % 2 ? p[n / 2] : (p[n / 2 - 1] + p[n / 2]) / 2;
        if (std::abs(position(scale, s.consensus.level) - median) + kEpsilon < 1)
            continue;
        out.append(Departure { s.domainIndex, s.indicatorIndex, s.indicator, s.consensus.level,
            valueAt(scale, median), int(n) });
    }
    return out;
}

EvidenceState evidenceState(const ReportData &data)
{
    EvidenceState e;
    for (const IndicatorScore &s : data.current.scores.indicators) {
        if (!s.consensus.isLevel())
            continue;
        ++e.agreedLevels;
        const Consensus *c = data.current.data.consensusFor(s.indicator);
        if (!narrative::visibleEvidence(data, c).isEmpty())
            continue;
        e.uncited.append(s.indicator);
        if (c && c->confidence == Confidence::Strong)
            e.uncitedStrong.append(s.indicator);
    }
    e.distinctItems = int(evidenceItems(data, -1).size());
    return e;
}

QList<EvidenceItem> evidenceItems(const ReportData &data, int domainIndex)
{
    QList<EvidenceItem> out;
    QHash<QString, int> index; // identity -> position in out
    const Framework &fw = data.current.framework;
    for (int d = 0; d < fw.domains.size(); ++d) {
        if (domainIndex >= 0 && d != domainIndex)
            continue;
        for (const Indicator &ind : fw.domains[d].indicators) {
            for (const Evidence &e :
                narrative::visibleEvidence(data, data.current.data.consensusFor(ind.fullId))) {
                const QString title = e.title.simplified();
                const QString identity = title.toCaseFolded() + u'\x1f' + e.ref.trimmed() + u'\x1f'
                    + e.date.toString(Qt::ISODate);
                auto it = index.constFind(identity);
                if (it == index.cend()) {
                    it = index.insert(identity, int(out.size()));
                    out.append(EvidenceItem { title, e.confidential, {} });
                }
                EvidenceItem &item = out[*it];
                if (!item.indicators.contains(ind.fullId))
                    item.indicators.append(ind.fullId);
            }
        }
    }
    return out;
}

} // namespace strongtrust::report
