// The narrative's summary paragraph: where the trust stands, on whose
// ratings, and what moved since the comparison period. It says "the board"
// only of ratings the board agreed; trustees' ratings are named as such.
#include "report/BaselineFacts.h"
#include "report/NarrativeParts.h"
#include "report/ReportText.h"

#include <cmath>

namespace strongtrust::report {

namespace {

QString scaleText(const NarrativeContext &c)
{
    return Tr::tr("on a scale from %1 (%2) to %3 (%4)")
        .arg(formatLevelValue(c.scale.minValue()), c.scale.levels.first().label,
            formatLevelValue(c.scale.maxValue()), c.scale.levels.last().label);
}

int scoredDomains(const NarrativeContext &c)
{
    int scored = 0;
    for (const DomainScore &d : c.scores.domains)
        scored += d.score ? 1 : 0;
    return scored;
}

// "across its 5 domains", "in Expert governance, the only one of its 5 domains rated so far"
QString acrossDomains(const NarrativeContext &c)
{
    const int n = int(c.fw.domains.size());
    const int scored = scoredDomains(c);
    if (n == 1)
        return Tr::tr("in its one domain");
    if (scored == 1) {
        int only = 0;
        while (!c.scores.domains[only].score)
            ++only;
        return Tr::tr("in %1, the only one of its %2 domains rated so far")
            .arg(c.fw.domains[only].title)
            .arg(n);
    }
    return scored == n ? Tr::tr("across its %1 domains").arg(n)
                       : Tr::tr("across the %1 of its %2 domains rated so far").arg(scored).arg(n);
}

// Whose ratings the scores are: said once, before anything is said about them.
QString basisSentence(const NarrativeContext &c)
{
    const Participation &p = c.participation;
    const QString &period = c.data.current.info.period;
    const int raters = int(p.rated.size());
    if (p.agreed == 0) {
        if (raters <= 1)
            return Tr::tr("In %1 the board has not yet agreed any rating, and only one trustee has "
                          "rated so far, on %2 of the %3 indicators: every score in this report is "
                          "that trustee's rating, not the board's.")
                .arg(period)
                .arg(p.indicatorsRated)
                .arg(p.indicators);
        return Tr::tr("In %1 the board has not yet agreed any rating: every score in this report "
                      "is provisional, from trustees' ratings so far (%2 trustees, on %3 of the %4 "
                      "indicators).")
            .arg(period)
            .arg(raters)
            .arg(p.indicatorsRated)
            .arg(p.indicators);
    }
    if (p.provisional == 0)
        return Tr::tr("In %1 the board agreed a rating for %2 of the %3 indicators.")
            .arg(period)
            .arg(p.agreed)
            .arg(p.indicators);
    return (p.provisional == 1
            ? Tr::tr("In %1 the board agreed a rating for %2 of the %3 indicators; 1 more rests on "
                     "trustees' ratings so far and is provisional.")
            : Tr::tr("In %1 the board agreed a rating for %2 of the %3 indicators; %4 more rest on "
                     "trustees' ratings so far and are provisional."))
        .arg(period)
        .arg(p.agreed)
        .arg(p.indicators)
        .arg(p.provisional);
}

// The one overall level, for frameworks that headline one.
QString overallSentence(const NarrativeContext &c)
{
    const QString level = c.level(*c.scores.overall);
    const QString score = c.num(*c.scores.overall);
    const QString mean = scoredDomains(c) == 1 ? Tr::tr("a score") : Tr::tr("a mean score");
    const Participation &p = c.participation;
    if (p.agreed > 0 && p.provisional == 0)
        return Tr::tr("In %1 the board assessed %2 as %3 overall, with %4 of %5 %6 %7.")
            .arg(c.data.current.info.period, c.data.trustName, level, mean, score, acrossDomains(c),
                scaleText(c));
    if (p.agreed == 0)
        return (p.rated.size() <= 1
                ? Tr::tr("That trustee's ratings put %1 at %2 overall, with %3 of %4 %5 %6.")
                : Tr::tr("Trustees' ratings so far put %1 at %2 overall, with %3 of %4 %5 %6."))
            .arg(c.data.trustName, level, mean, score, acrossDomains(c), scaleText(c));
    return Tr::tr("On the agreed and provisional scores together, %1 stands at %2 overall, with "
                  "%3 of %4 %5 %6.")
        .arg(c.data.trustName, level, mean, score, acrossDomains(c), scaleText(c));
}

// Where the framework marks core domains (and shows no overall level), each
// comes first, in a sentence of its own.
QString coreSentence(const NarrativeContext &c, int d)
{
    const DomainScore &ds = c.scores.domains[d];
    const QString &title = c.fw.domains[d].title;
    if (!ds.score && ds.indicatorCount > 0 && ds.notApplicableCount == ds.indicatorCount)
        return Tr::tr("The board judged every indicator of %1, the framework's core domain, not "
                      "applicable.")
            .arg(title);
    if (!ds.score)
        return Tr::tr("%1, the framework's core domain, has no score yet.").arg(title);
    if (ds.cappedAt)
        return Tr::tr("%1, the framework's core domain, is %2 (%3).")
            .arg(title, c.capClause(ds), c.num(*ds.score));
    int agreed = 0;
    for (const IndicatorScore &s : c.scores.indicators)
        agreed += s.domainIndex == d && s.basis == ScoreBasis::Consensus ? 1 : 0;
    if (agreed == ds.scoredCount)
        return Tr::tr("The board assessed %1, the framework's core domain, as %2 (%3).")
            .arg(title, c.level(*ds.score), c.num(*ds.score));
    return Tr::tr("%1, the framework's core domain, stands at %2, with a provisional score of %3.")
        .arg(title, c.level(*ds.score), c.num(*ds.score));
}

// The floor, said once for the whole framework: how many standards are not
// met, and in which domains; or that all are met, or how many are still to
// be judged. Empty for a framework without standards.
QString standardsSentence(const NarrativeContext &c)
{
    const QList<StandardFact> facts = standardFacts(c.data, -1);
    if (facts.isEmpty())
        return {};
    const StandardTally t = tallyOf(facts);
    if (t.notMet > 0) {
        QList<int> where;
        for (const StandardFact &f : facts) {
            if (f.result == StandardResult::NotMet && !where.contains(f.domainIndex))
                where.append(f.domainIndex);
        }
        QStringList titles;
        for (int d : std::as_const(where))
            titles.append(c.fw.domains[d].title);
        if (t.total == 1)
            return Tr::tr("The framework's one baseline standard, in %1, is not met.")
                .arg(titles.first());
        return Tr::tr("%n of the %1 baseline standards (is|are) not met, in %2.", nullptr, t.notMet)
            .arg(QString::number(t.total), joinAnd(titles));
    }
    if (t.notJudged == 0)
        return t.total == 1
            ? Tr::tr("The board judged the framework's one baseline standard met.")
            : Tr::tr("The board judged all %n baseline standards met.", nullptr, t.total);
    if (t.met == 0)
        return t.total == 1
            ? Tr::tr("The framework's one baseline standard has not been judged yet.")
            : Tr::tr("None of the %n baseline standards has been judged yet.", nullptr, t.total);
    return Tr::tr("The board judged %1 of the %2 baseline standards met; %n standard(s) still to "
                  "be judged.",
        nullptr, t.notJudged)
        .arg(t.met)
        .arg(t.total);
}

// One sentence a capped domain: its cap and why (a core domain's own sentence says it already).
QStringList capSentences(const NarrativeContext &c, bool skipCore)
{
    QStringList out;
    for (int d : c.fw.summaryOrder()) {
        const DomainScore &ds = c.scores.domains[d];
        if (!ds.cappedAt || (skipCore && c.fw.domains[d].core))
            continue;
        out.append(Tr::tr("%1 is %2.").arg(c.fw.domains[d].title, c.capClause(ds)));
    }
    return out;
}

// The domains (by index) with the highest or lowest score, as shown, among `among`.
QList<int> extremeDomains(const NarrativeContext &c, const QList<int> &among, bool highest)
{
    QList<int> out;
    std::optional<double> best;
    for (int d : among) {
        const double s = *c.scores.domains[d].score;
        if (!best || (highest ? s > *best : s < *best)) {
            if (!best || c.num(s) != c.num(*best))
                out.clear();
            best = s;
        }
        if (c.num(s) == c.num(*best) && !out.contains(d))
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

QString strongestWeakest(const NarrativeContext &c, bool skipCore)
{
    QList<int> scored;
    for (int d = 0; d < c.scores.domains.size(); ++d) {
        if (c.scores.domains[d].score && !(skipCore && c.fw.domains[d].core))
            scored.append(d);
    }
    if (scored.size() < 2)
        return {};
    const bool everyDomain = scored.size() == c.scores.domains.size();
    const QList<int> top = extremeDomains(c, scored, true);
    const QList<int> bottom = extremeDomains(c, scored, false);
    const double hi = *c.scores.domains[top.first()].score;
    const double lo = *c.scores.domains[bottom.first()].score;
    if (c.num(hi) == c.num(lo)) {
        if (skipCore)
            return Tr::tr("The other rated domains share the same score, %1 (%2).")
                .arg(c.num(hi), c.level(hi));
        return everyDomain ? Tr::tr("Every domain was assessed at the same score, %1 (%2).")
                                 .arg(c.num(hi), c.level(hi))
                           : Tr::tr("Every rated domain was assessed at the same score, %1 (%2).")
                                 .arg(c.num(hi), c.level(hi));
    }
    if (c.level(hi) == c.level(lo)) {
        return (skipCore ? Tr::tr("The other rated domains are nearest to %1; the strongest is %2 "
                                  "(%3) and the weakest %4 (%5).")
                         : Tr::tr("Every rated domain is nearest to %1; the strongest is %2 (%3) "
                                  "and the weakest %4 (%5)."))
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
        if (!c.scores.domains[d].score && !c.fw.domains[d].core)
            none.append(d);
    }
    if (none.isEmpty())
        return {};
    return Tr::tr("Nothing has been scored yet in %1.").arg(domainList(c, none));
}

QString comparisonState(const NarrativeContext &c)
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
    return {};
}

QString overallScoreChange(const NarrativeContext &c)
{
    const auto before = c.data.comparison->scores.overall;
    const auto now = c.scores.overall;
    if (!before || !now)
        return {};
    const Movement m = c.movement(*before, *now);
    const QString from = QStringLiteral("%1 (%2)").arg(c.num(*before), c.level(*before));
    const QString to = QStringLiteral("%1 (%2)").arg(c.num(*now), c.level(*now));
    if (m.direction == Movement::Same)
        return Tr::tr("Compared with %1, the overall score is unchanged at %2.")
            .arg(c.previousPeriod, to);
    if (m.direction == Movement::Up)
        return (m.slight
                ? Tr::tr("Compared with %1, the overall score rose slightly, from %2 to %3.")
                : Tr::tr("Compared with %1, the overall score rose from %2 to %3."))
            .arg(c.previousPeriod, from, to);
    return (m.slight ? Tr::tr("Compared with %1, the overall score fell slightly, from %2 to %3.")
                     : Tr::tr("Compared with %1, the overall score fell from %2 to %3."))
        .arg(c.previousPeriod, from, to);
}

QString domainChanges(const NarrativeContext &c)
{
    QList<int> up;
    QList<int> down;
    QList<int> same;
    for (int i = 0; i < c.fw.domains.size(); ++i) {
        const QString &id = c.fw.domains[i].id;
        if (!c.inPreviousFramework(id))
            continue;
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
        return Tr::tr("Since %1, %2.").arg(c.previousPeriod, joinAnd(parts));
    }
    if (same.isEmpty())
        return {};
    return same.size() == c.fw.domains.size()
        ? Tr::tr("Every domain kept the score it had in %1.").arg(c.previousPeriod)
        : Tr::tr("Every domain scored in both periods kept the score it had in %1.")
              .arg(c.previousPeriod);
}

// Indicators named in a sentence: all of them up to four, otherwise a count
// and where the full list is, so that nothing is dropped without saying so.
QString movedIndicators(const NarrativeContext &c, const QList<IndicatorMove> &moves)
{
    constexpr int kNamed = 4;
    if (moves.size() > kNamed)
        return Tr::tr("listed in the table of indicators that moved");
    QStringList ids;
    for (const IndicatorMove &m : moves)
        ids.append(m.indicator);
    return c.indicatorNames(ids);
}

} // namespace

// Averages hide movement: a domain can rise while some of its indicators fall.
QStringList indicatorMovementSentences(const NarrativeContext &c)
{
    if (!c.data.compared())
        return {};
    QList<IndicatorMove> up;
    QList<IndicatorMove> down;
    int fellTwo = 0;
    for (const IndicatorMove &m : indicatorMoves(c.data)) {
        if (m.levels > 0) {
            up.append(m);
        } else {
            down.append(m);
            fellTwo += m.levels <= -2 + 1e-9 ? 1 : 0;
        }
    }
    if (up.isEmpty() && down.isEmpty())
        return {
            Tr::tr("No indicator moved by a whole level or more since %1.").arg(c.previousPeriod)
        };
    QStringList out;
    if (!up.isEmpty())
        out.append(Tr::tr(
            "%n indicator(s) rose by a whole level or more since %1: %2.", nullptr, int(up.size()))
                       .arg(c.previousPeriod, movedIndicators(c, up)));
    if (!down.isEmpty()) {
        QString text = Tr::tr(
            "%n indicator(s) fell by a whole level or more since %1", nullptr, int(down.size()))
                           .arg(c.previousPeriod);
        if (fellTwo > 0)
            text += down.size() == 1 ? Tr::tr(", by two levels or more")
                                     : Tr::tr(", %1 of them by two levels or more").arg(fellTwo);
        out.append(text + QStringLiteral(": ") + movedIndicators(c, down) + u'.');
    } else {
        out.append(Tr::tr("No indicator fell by a whole level or more."));
    }
    return out;
}

QString summaryParagraph(const NarrativeContext &c)
{
    if (c.fw.domains.isEmpty())
        return Tr::tr("The framework of this assessment has no domains.");
    if (!c.scores.overall) {
        QString text = Tr::tr(
            "No indicator has been scored yet in the %1 assessment, so the board's position "
            "cannot yet be summarised.")
                           .arg(c.data.current.info.period);
        if (c.data.compared() && c.data.comparison->scores.overall && c.fw.showOverall)
            text += u' '
                + Tr::tr("In %1 the trust stood at %2 overall (%3).")
                      .arg(c.previousPeriod, c.level(*c.data.comparison->scores.overall),
                          c.num(*c.data.comparison->scores.overall));
        return text;
    }
    QStringList sentences;
    const bool fullyAgreed = c.participation.agreed > 0 && c.participation.provisional == 0;
    // A framework that headlines one level, with every score agreed, opens
    // with it; otherwise the report first says whose ratings these are.
    if (!(c.fw.showOverall && fullyAgreed))
        sentences.append(basisSentence(c));
    bool skipCore = false;
    if (c.fw.showOverall) {
        sentences.append(overallSentence(c));
    } else {
        for (int d : c.fw.summaryOrder()) {
            if (!c.fw.domains[d].core)
                break;
            sentences.append(coreSentence(c, d));
            skipCore = true;
        }
    }
    sentences.append(standardsSentence(c));
    sentences.append(capSentences(c, skipCore));
    sentences.append(strongestWeakest(c, skipCore));
    sentences.append(unratedDomains(c));
    const QString state = comparisonState(c);
    if (!state.isEmpty()) {
        sentences.append(state);
    } else if (!c.data.comparison->scores.overall) {
        sentences.append(Tr::tr("Nothing was scored in %1, so no change can be described.")
                             .arg(c.previousPeriod));
    } else {
        if (c.fw.showOverall)
            sentences.append(overallScoreChange(c));
        sentences.append(domainChanges(c));
        sentences.append(indicatorMovementSentences(c));
        QList<int> added;
        for (int i = 0; i < c.fw.domains.size(); ++i) {
            if (!c.inPreviousFramework(c.fw.domains[i].id))
                added.append(i);
        }
        if (!added.isEmpty())
            sentences.append(Tr::tr("The framework assessed in %1 did not include %2.")
                                 .arg(c.previousPeriod, domainList(c, added)));
    }
    sentences.removeAll(QString());
    return sentences.join(u' ');
}

} // namespace strongtrust::report
