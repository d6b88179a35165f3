#include "report/Narrative.h"

#include "report/BoardWords.h"
#include "report/NarrativeParts.h"
#include "report/ReportText.h"
#include "workbook/Workbook.h"

#include <algorithm>
#include <cmath>

namespace strongtrust {

using namespace report;

namespace narrative {

QString levelLabel(const Scale &scale, double value)
{
    const int index = nearestLevelIndex(scale, value);
    return index < 0 ? QString() : scale.levels[index].label;
}

QString score(const Scale &scale, double value)
{
    QList<double> values;
    for (const Level &l : scale.levels)
        values.append(l.value);
    return formatScore(value, scoreDecimals(values));
}

bool isOpen(const Action &action)
{
    return action.status == ActionStatus::Open || action.status == ActionStatus::InProgress;
}

bool isOverdue(const Action &action, const QDate &today)
{
    return isOpen(action) && action.due.isValid() && action.due < today;
}

bool belongsTo(const Action &action, const Framework &fw, int domainIndex)
{
    if (domainIndex < 0 || domainIndex >= fw.domains.size())
        return false;
    if (!action.domain.isEmpty())
        return action.domain == fw.domains[domainIndex].id;
    const auto it = fw.indicatorIndex.constFind(action.indicator);
    return it != fw.indicatorIndex.cend() && it->first == domainIndex;
}

QList<Evidence> visibleEvidence(const ReportData &data, const Consensus *consensus)
{
    QList<Evidence> out;
    if (!consensus)
        return out;
    for (const Evidence &e : consensus->evidence) {
        if (!(data.isPublic() && e.confidential))
            out.append(e);
    }
    return out;
}

} // namespace narrative

namespace report {

NarrativeContext::NarrativeContext(const ReportData &d)
    : data(d), fw(d.current.framework), scale(d.current.framework.scale), scores(d.current.scores)
{
    QList<double> values;
    for (const Level &l : scale.levels)
        values.append(l.value);
    decimals = scoreDecimals(values);
    step = scale.levels.size() > 1
        ? (scale.maxValue() - scale.minValue()) / (scale.levels.size() - 1)
        : 1.0;
    if (step <= 0)
        step = 1.0;
    if (d.comparison)
        previousPeriod = d.comparison->info.period;
}

QString NarrativeContext::num(double value) const
{
    return formatScore(value, decimals);
}

QString NarrativeContext::level(double value) const
{
    return narrative::levelLabel(scale, value);
}

std::optional<double> NarrativeContext::previousDomainScore(const QString &domainId) const
{
    if (!data.compared())
        return std::nullopt;
    const int index = data.comparison->framework.domainIndex(domainId);
    if (index < 0 || index >= data.comparison->scores.domains.size())
        return std::nullopt;
    return data.comparison->scores.domains[index].score;
}

bool NarrativeContext::inPreviousFramework(const QString &domainId) const
{
    return data.compared() && data.comparison->framework.domainIndex(domainId) >= 0;
}

Movement NarrativeContext::movement(double before, double after) const
{
    Movement m;
    if (num(before) == num(after))
        return m;
    m.direction = after > before ? Movement::Up : Movement::Down;
    m.levelChange = nearestLevelIndex(scale, after) - nearestLevelIndex(scale, before);
    // "Slightly" only for a move within a level: crossing one is news.
    m.slight = m.levelChange == 0 && std::abs(after - before) < 0.25 * step;
    return m;
}

QString NarrativeContext::changeWord(double before, double after) const
{
    const Movement m = movement(before, after);
    if (m.direction == Movement::Same)
        return Tr::tr("no change");
    const QString amount = num(std::abs(after - before));
    return m.direction == Movement::Up ? Tr::tr("up %1").arg(amount)
                                       : Tr::tr("down %1").arg(amount);
}

QString NarrativeContext::indicatorName(const IndicatorScore &s) const
{
    const Indicator *ind = fw.findIndicator(s.indicator);
    return quoted(ind ? ind->text : s.indicator);
}

QString NarrativeContext::indicatorRating(const IndicatorScore &s) const
{
    if (!s.score)
        return {};
    if (s.basis == ScoreBasis::TrusteeMean)
        return Tr::tr("%1, provisional at %2").arg(level(*s.score), num(*s.score));
    return level(*s.score);
}

} // namespace report

namespace {

QString overallPosition(const NarrativeContext &c)
{
    const int n = int(c.fw.domains.size());
    int scored = 0;
    for (const DomainScore &d : c.scores.domains)
        scored += d.score ? 1 : 0;
    const QString scaleText
        = Tr::tr("on a scale from %1 (%2) to %3 (%4)")
              .arg(formatLevelValue(c.scale.minValue()), c.scale.levels.first().label,
                  formatLevelValue(c.scale.maxValue()), c.scale.levels.last().label);
    const QString &period = c.data.current.info.period;
    const QString level = c.level(*c.scores.overall);
    const QString score = c.num(*c.scores.overall);
    if (n == 1)
        return Tr::tr(
            "In %1 the board assessed %2 as %3 overall, with a score of %4 in its one domain %5.")
            .arg(period, c.data.trustName, level, score, scaleText);
    if (scored == 1) {
        int only = 0;
        while (!c.scores.domains[only].score)
            ++only;
        return Tr::tr("In %1 the board assessed %2 as %3 overall, with a score of %4 in %5, the "
                      "only one of its %6 "
                      "domains rated so far, %7.")
            .arg(period, c.data.trustName, level, score, c.fw.domains[only].title,
                QString::number(n), scaleText);
    }
    const QString across = scored == n
        ? Tr::tr("across its %1 domains").arg(n)
        : Tr::tr("across the %1 of its %2 domains rated so far").arg(scored).arg(n);
    return Tr::tr("In %1 the board assessed %2 as %3 overall, with a mean score of %4 %5 %6.")
        .arg(period, c.data.trustName, level, score, across, scaleText);
}

QString provisionalSentence(const NarrativeContext &c)
{
    int scored = 0;
    int provisional = 0;
    for (const IndicatorScore &s : c.scores.indicators) {
        if (!s.score)
            continue;
        ++scored;
        if (s.basis == ScoreBasis::TrusteeMean)
            ++provisional;
    }
    if (provisional == 0)
        return {};
    if (provisional == scored)
        return Tr::tr("The board has not yet agreed any rating, so every score in this report is "
                      "provisional: "
                      "the mean of trustees' individual ratings.");
    return Tr::tr("The board has yet to agree a rating for %1 of the %2 scored indicators; until "
                  "it does, the "
                  "mean of trustees' individual ratings stands as a provisional score.")
        .arg(provisional)
        .arg(scored);
}

// The domains (by index) with the highest or lowest score, as shown.
QList<int> extremeDomains(const NarrativeContext &c, bool highest)
{
    QList<int> out;
    std::optional<QString> best;
    double bestValue = 0;
    for (int d = 0; d < c.scores.domains.size(); ++d) {
        const auto &s = c.scores.domains[d].score;
        if (!s)
            continue;
        if (!best || (highest ? *s > bestValue : *s < bestValue)) {
            if (!best || c.num(*s) != *best)
                out.clear();
            best = c.num(*s);
            bestValue = *s;
        }
        if (c.num(*s) == *best && !out.contains(d))
            out.append(d);
    }
    return out;
}

QString domainList(const NarrativeContext &c, const QList<int> &indices)
{
    QStringList titles;
    for (int i : indices)
        titles.append(c.fw.domains[i].title);
    return joinAnd(titles);
}

QString strongestWeakest(const NarrativeContext &c)
{
    QList<int> scored;
    for (int d = 0; d < c.scores.domains.size(); ++d) {
        if (c.scores.domains[d].score)
            scored.append(d);
    }
    if (scored.size() < 2)
        return {};
    const QList<int> top = extremeDomains(c, true);
    const QList<int> bottom = extremeDomains(c, false);
    const double hi = *c.scores.domains[top.first()].score;
    const double lo = *c.scores.domains[bottom.first()].score;
    if (c.num(hi) == c.num(lo)) {
        return scored.size() == c.scores.domains.size()
            ? Tr::tr("Every domain was assessed at the same score, %1 (%2).")
                  .arg(c.num(hi), c.level(hi))
            : Tr::tr("Every rated domain was assessed at the same score, %1 (%2).")
                  .arg(c.num(hi), c.level(hi));
    }
    if (c.level(hi) == c.level(lo)) {
        return Tr::tr("Every rated domain is nearest to %1; the strongest is %2 (%3) and the "
                      "weakest %4 (%5).")
            .arg(c.level(hi), domainList(c, top), c.num(hi), domainList(c, bottom), c.num(lo));
    }
    const QString strongest = top.size() == 1 ? Tr::tr("The strongest domain is %1 (%2, %3)")
                                              : Tr::tr("The strongest domains are %1 (%2, %3)");
    const QString weakest = bottom.size() == 1 ? Tr::tr("the weakest is %1 (%2, %3).")
                                               : Tr::tr("the weakest are %1 (%2, %3).");
    return strongest.arg(domainList(c, top), c.level(hi), c.num(hi)) + QStringLiteral("; ")
        + weakest.arg(domainList(c, bottom), c.level(lo), c.num(lo));
}

QString unratedDomains(const NarrativeContext &c)
{
    QList<int> none;
    for (int d = 0; d < c.scores.domains.size(); ++d) {
        if (!c.scores.domains[d].score)
            none.append(d);
    }
    if (none.isEmpty())
        return {};
    return Tr::tr("Nothing has been scored yet in %1.").arg(domainList(c, none));
}

QString overallChange(const NarrativeContext &c)
{
    const ReportData &d = c.data;
    switch (d.comparisonState) {
    case ComparisonState::NoEarlierPeriod:
        return Tr::tr("There is no earlier assessment to compare with.");
    case ComparisonState::NotRequested:
        return Tr::tr("This report makes no comparison with an earlier period.");
    case ComparisonState::Incomparable:
        return Tr::tr(
            "No comparison is made with %1, which was assessed against %2 on a different scale.")
            .arg(d.comparison->info.period, d.comparison->framework.title);
    case ComparisonState::Available:
        break;
    }
    QStringList sentences;
    const auto before = d.comparison->scores.overall;
    const auto now = c.scores.overall;
    if (!before) {
        sentences.append(Tr::tr("Nothing was scored in %1, so no change can be described.")
                             .arg(c.previousPeriod));
        return sentences.join(u' ');
    }
    if (now) {
        const Movement m = c.movement(*before, *now);
        const QString from = QStringLiteral("%1 (%2)").arg(c.num(*before), c.level(*before));
        const QString to = QStringLiteral("%1 (%2)").arg(c.num(*now), c.level(*now));
        if (m.direction == Movement::Same)
            sentences.append(Tr::tr("Compared with %1, the overall score is unchanged at %2.")
                                 .arg(c.previousPeriod, to));
        else if (m.direction == Movement::Up)
            sentences.append((m.slight
                    ? Tr::tr("Compared with %1, the overall score rose slightly, from %2 to %3.")
                    : Tr::tr("Compared with %1, the overall score rose from %2 to %3."))
                                 .arg(c.previousPeriod, from, to));
        else
            sentences.append((m.slight
                    ? Tr::tr("Compared with %1, the overall score fell slightly, from %2 to %3.")
                    : Tr::tr("Compared with %1, the overall score fell from %2 to %3."))
                                 .arg(c.previousPeriod, from, to));
    }

    QList<int> up;
    QList<int> down;
    QList<int> same;
    QList<int> added;
    for (int i = 0; i < c.fw.domains.size(); ++i) {
        const QString &id = c.fw.domains[i].id;
        if (!c.inPreviousFramework(id)) {
            added.append(i);
            continue;
        }
        const auto then = c.previousDomainScore(id);
        const auto current = c.scores.domains[i].score;
        if (!then || !current)
            continue;
        switch (c.movement(*then, *current).direction) {
        case Movement::Up:
            up.append(i);
            break;
        case Movement::Down:
            down.append(i);
            break;
        case Movement::Same:
            same.append(i);
            break;
        }
    }
    if (!up.isEmpty() || !down.isEmpty()) {
        QStringList parts;
        if (!up.isEmpty())
            parts.append(Tr::tr("%1 improved").arg(domainList(c, up)));
        if (!down.isEmpty())
            parts.append(Tr::tr("%1 declined").arg(domainList(c, down)));
        if (!same.isEmpty())
            parts.append(
                up.size() + down.size() + same.size() == c.fw.domains.size() && same.size() == 1
                    ? Tr::tr("the other domain was unchanged")
                    : Tr::tr("%n domain(s) stayed the same", nullptr, int(same.size())));
        sentences.append(Tr::tr("Since %1, %2.").arg(c.previousPeriod, joinAnd(parts)));
    } else if (!same.isEmpty()) {
        sentences.append(same.size() == c.fw.domains.size()
                ? Tr::tr("Every domain kept the score it had in %1.").arg(c.previousPeriod)
                : Tr::tr("Every domain scored in both periods kept the score it had in %1.")
                      .arg(c.previousPeriod));
    }
    if (!added.isEmpty())
        sentences.append(Tr::tr("The framework assessed in %1 did not include %2.")
                             .arg(c.previousPeriod, domainList(c, added)));
    return sentences.join(u' ');
}

QString overallParagraph(const NarrativeContext &c)
{
    if (c.fw.domains.isEmpty())
        return Tr::tr("The framework of this assessment has no domains.");
    if (!c.scores.overall) {
        QString text = Tr::tr(
            "No indicator has been scored yet in the %1 assessment, so the board's position "
            "cannot yet be summarised.")
                           .arg(c.data.current.info.period);
        if (c.data.compared() && c.data.comparison->scores.overall)
            text += u' '
                + Tr::tr("In %1 the board assessed the trust as %2 overall (%3).")
                      .arg(c.previousPeriod, c.level(*c.data.comparison->scores.overall),
                          c.num(*c.data.comparison->scores.overall));
        return text;
    }
    QStringList sentences { overallPosition(c) };
    for (const QString &s :
        { provisionalSentence(c), strongestWeakest(c), unratedDomains(c), overallChange(c) }) {
        if (!s.isEmpty())
            sentences.append(s);
    }
    return sentences.join(u' ');
}

} // namespace

Narrative buildNarrative(const ReportData &data)
{
    const NarrativeContext c(data);
    Narrative n;
    n.overall = overallParagraph(c);
    for (int d = 0; d < c.fw.domains.size(); ++d)
        n.domains.append(domainNarrative(c, d));
    writePriorities(c, n);
    // Last, so that what the board wrote stands wherever the report is read.
    report::applyBoardWords(data.current.data.narrative, n);
    return n;
}

Result<Narrative> buildNarrative(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options)
{
    auto data = loadReportData(wb, assessmentId, options);
    if (!data)
        return data.errors();
    return buildNarrative(data.value());
}

} // namespace strongtrust
