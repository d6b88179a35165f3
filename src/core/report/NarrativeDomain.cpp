// The narrative's paragraph per domain, and the board's priorities.
#include "report/NarrativeParts.h"
#include "report/ReportText.h"

#include <QSet>

#include <algorithm>

namespace strongtrust::report {

namespace {

QList<const IndicatorScore *> indicatorsOf(const NarrativeContext &c, int domainIndex)
{
    QList<const IndicatorScore *> out;
    for (const IndicatorScore &s : c.scores.indicators) {
        if (s.domainIndex == domainIndex)
            out.append(&s);
    }
    return out;
}

// Whose judgement the domain's score is: the board's where it agreed every
// scored indicator; otherwise trustees' ratings so far (one trustee's, where one rated).
// A domain a baseline standard caps: the cap and why, then what its
// indicators alone would give, on whose ratings — two findings, two sentences.
QString cappedSentences(
    const NarrativeContext &c, const Domain &domain, const DomainScore &ds, int agreedLevels)
{
    QStringList names;
    for (const QString &id : ds.cappedBy)
        names.append(c.standardName(id));
    const QString cap = (names.size() == 1 ? Tr::tr("%1 is capped at %2 while %3 is not met.")
                                           : Tr::tr("%1 is capped at %2 while %3 are not met."))
                            .arg(domain.title, c.level(*ds.cappedAt), joinAnd(names));
    const double uncapped = *ds.uncappedScore;
    QString indicators;
    if (agreedLevels == ds.scoredCount)
        indicators
            = Tr::tr("The board's agreed ratings of its indicators give a score of %1 (%2).");
    else if (agreedLevels == 0)
        indicators = c.participation.rated.size() <= 1
            ? Tr::tr("One trustee's ratings so far give its indicators a provisional score of %1 "
                     "(%2).")
            : Tr::tr(
                "Trustees' ratings so far give its indicators a provisional score of %1 (%2).");
    else
        indicators = Tr::tr("The board's agreed ratings and trustees' ratings so far give its "
                            "indicators a provisional score of %1 (%2).");
    return cap + u' ' + indicators.arg(c.num(uncapped), c.level(uncapped));
}

QString scoreSentence(
    const NarrativeContext &c, const Domain &domain, const DomainScore &ds, int agreedLevels)
{
    if (ds.cappedAt && ds.uncappedScore)
        return cappedSentences(c, domain, ds, agreedLevels);
    if (ds.score) {
        if (agreedLevels == ds.scoredCount)
            return Tr::tr("%1 was assessed as %2, with a score of %3.")
                .arg(domain.title, c.level(*ds.score), c.num(*ds.score));
        if (agreedLevels == 0)
            return (c.participation.rated.size() <= 1
                    ? Tr::tr(
                        "One trustee's ratings so far put %1 at %2, a provisional score of %3.")
                    : Tr::tr("Trustees' ratings so far put %1 at %2, a provisional score of %3."))
                .arg(domain.title, c.level(*ds.score), c.num(*ds.score));
        return Tr::tr("%1 stands at %2, with a provisional score of %3 from the board's agreed "
                      "ratings and trustees' ratings so far.")
            .arg(domain.title, c.level(*ds.score), c.num(*ds.score));
    }
    if (ds.indicatorCount > 0 && ds.notApplicableCount == ds.indicatorCount)
        return Tr::tr(
            "The board judged every indicator in %1 not applicable, so the domain has no score.")
            .arg(domain.title);
    QString text = Tr::tr("No indicator in %1 has been scored yet.").arg(domain.title);
    if (ds.notApplicableCount > 0)
        text += u' '
            + Tr::tr(
                "The board judged %n indicator(s) not applicable.", nullptr, ds.notApplicableCount);
    return text;
}

// Not applicable is counted as such, never as still to be rated: the board's
// judgement, or (before the board has agreed one) every rating trustee's.
QString coverageSentence(const DomainScore &ds, const QList<const IndicatorScore *> &inds)
{
    const int n = ds.indicatorCount;
    const int scored = ds.scoredCount;
    const int na = ds.notApplicableCount;
    int trusteesNa = 0;
    for (const IndicatorScore *s : inds)
        trusteesNa += s->basis == ScoreBasis::None && trusteesSayNotApplicable(*s) ? 1 : 0;
    const int unrated = std::max(0, n - scored - na - trusteesNa);
    QString text;
    if (scored == n)
        text = n == 1 ? Tr::tr("Its one indicator was rated")
                      : Tr::tr("All %1 of its indicators were rated").arg(n);
    else
        text = Tr::tr("Ratings were given for %1 of its %2 indicators").arg(scored).arg(n);
    if (na > 0)
        text += Tr::tr("; the board judged %n indicator(s) not applicable", nullptr, na);
    if (trusteesNa > 0)
        text += Tr::tr("; trustees judged %n indicator(s) not applicable, for the board to "
                       "confirm",
            nullptr, trusteesNa);
    if (unrated > 0)
        text += Tr::tr("; %n indicator(s) still to be rated", nullptr, unrated);
    return text + u'.';
}

QString consensusSentence(int scored, int agreed)
{
    const int provisional = scored - agreed;
    if (provisional == 0)
        return scored == 1 ? Tr::tr("The board agreed that rating.")
                           : Tr::tr("The board agreed a rating for each of them.");
    if (agreed == 0)
        return scored == 1 ? Tr::tr("The board has not yet agreed a rating for it.")
                           : Tr::tr("The board has not yet agreed a rating for any of them.");
    return Tr::tr(
        "The board agreed %1 of these ratings, leaving %n provisional.", nullptr, provisional)
        .arg(agreed);
}

QString changeSentence(
    const NarrativeContext &c, const Domain &domain, const DomainScore &ds, DomainNarrative &out)
{
    if (!c.data.compared())
        return {};
    if (!c.inPreviousFramework(domain.id))
        return Tr::tr("The framework assessed in %1 did not include this domain.")
            .arg(c.previousPeriod);
    const auto before = c.previousDomainScore(domain.id);
    out.previousScore = before;
    if (!before)
        return ds.score ? Tr::tr("It had no score in %1.").arg(c.previousPeriod)
                        : Tr::tr("It had no score in %1 either.").arg(c.previousPeriod);
    if (!ds.score)
        return Tr::tr("In %1 it was assessed as %2 (%3).")
            .arg(c.previousPeriod, c.level(*before), c.num(*before));
    out.change = c.changeWord(*before, *ds.score);
    const Movement m = c.movement(*before, *ds.score);
    if (m.direction == Movement::Same)
        return Tr::tr("Its score is unchanged from %1.").arg(c.previousPeriod);
    QString text;
    if (m.direction == Movement::Up)
        text = m.slight ? Tr::tr("This is slightly up from %1 in %2")
                        : Tr::tr("This is up from %1 in %2");
    else
        text = m.slight ? Tr::tr("This is slightly down from %1 in %2")
                        : Tr::tr("This is down from %1 in %2");
    text = text.arg(c.num(*before), c.previousPeriod);
    if (m.levelChange != 0)
        text += Tr::tr(", a move from %1 to %2").arg(c.level(*before), c.level(*ds.score));
    return text + u'.';
}

QString reasonSentence(const NarrativeContext &c, const Domain &domain)
{
    QString reason = c.data.current.data.changeReasons.value(domain.id).simplified();
    if (reason.isEmpty())
        return {};
    if (!reason.endsWith(u'.') && !reason.endsWith(u'!') && !reason.endsWith(u'?'))
        reason += u'.';
    return Tr::tr("The board's reason for the change: %1").arg(reason);
}

QString spreadSentence(
    const NarrativeContext &c, const QList<const IndicatorScore *> &inds, int scored)
{
    int withLevels = 0;
    int multi = 0;
    int identical = 0;
    QList<const IndicatorScore *> disagreed;
    for (const IndicatorScore *s : inds) {
        if (s->levelCount >= 1)
            ++withLevels;
        if (s->levelCount < 2)
            continue;
        ++multi;
        if (s->min == s->max)
            ++identical;
        if (s->disagreement)
            disagreed.append(s);
    }
    if (withLevels == 0)
        return scored > 0 ? Tr::tr("No individual trustee ratings were recorded for this domain.")
                          : QString();
    if (multi == 0)
        return c.scores.raterCount <= 1
            ? Tr::tr("Only one trustee rated, so agreement between trustees cannot be judged.")
            : Tr::tr(
                "No indicator was rated by more than one trustee, so agreement between trustees "
                "cannot be judged.");
    const int d = int(disagreed.size());
    if (d == 0) {
        if (identical == multi)
            return multi == withLevels
                ? Tr::tr("Trustees were agreed on every indicator.")
                : Tr::tr(
                    "Trustees were agreed on every indicator that more than one of them rated.");
        return Tr::tr("Trustees' ratings were within one level of each other on every indicator.");
    }
    QStringList names;
    for (const IndicatorScore *s : disagreed)
        names.append(c.indicatorName(*s));
    if (d == 1)
        return Tr::tr("Trustees' ratings differed by two levels or more on one indicator, %1.")
            .arg(names.first());
    if (d <= 3)
        return Tr::tr(
            "Trustees' ratings differed by two levels or more on %n indicator(s): %1.", nullptr, d)
            .arg(joinAnd(names));
    if (d == multi)
        return Tr::tr("Trustees' ratings differed by two levels or more on every one of the %1 "
                      "indicators they rated.")
            .arg(d);
    return Tr::tr(
        "Trustees' ratings differed by two levels or more on %1 of the %2 indicators they rated.")
        .arg(d)
        .arg(multi);
}

QString extremesSentence(const NarrativeContext &c, const QList<const IndicatorScore *> &inds)
{
    QList<const IndicatorScore *> scored;
    for (const IndicatorScore *s : inds) {
        if (s->score)
            scored.append(s);
    }
    if (scored.size() < 2)
        return {};
    double hi = *scored.first()->score;
    double lo = hi;
    for (const IndicatorScore *s : std::as_const(scored)) {
        hi = std::max(hi, *s->score);
        lo = std::min(lo, *s->score);
    }
    if (c.num(hi) == c.num(lo))
        return Tr::tr("Every rated indicator was assessed at %1.").arg(c.level(hi));
    QList<const IndicatorScore *> top;
    QList<const IndicatorScore *> bottom;
    for (const IndicatorScore *s : std::as_const(scored)) {
        if (c.num(*s->score) == c.num(hi))
            top.append(s);
        if (c.num(*s->score) == c.num(lo))
            bottom.append(s);
    }
    auto names = [&](const QList<const IndicatorScore *> &list) {
        QStringList out;
        for (const IndicatorScore *s : list)
            out.append(c.indicatorName(*s));
        return joinAnd(out);
    };
    // One finding a sentence: the strongest, then the weakest.
    QString strongest;
    if (top.size() == 1)
        strongest = Tr::tr("Its strongest indicator is %1 (%2).")
                        .arg(names(top), c.indicatorRating(*top.first()));
    else if (top.size() <= 3)
        strongest = Tr::tr("Its strongest indicators are %1 (%2).")
                        .arg(names(top), c.indicatorRating(*top.first()));
    else
        strongest = Tr::tr(
            "%n indicator(s) (shares|share) the highest rating (%1).", nullptr, int(top.size()))
                        .arg(c.indicatorRating(*top.first()));
    QString weakest;
    if (bottom.size() == 1)
        weakest = Tr::tr("Its weakest is %1 (%2).")
                      .arg(names(bottom), c.indicatorRating(*bottom.first()));
    else if (bottom.size() <= 3)
        weakest = Tr::tr("Its weakest are %1 (%2).")
                      .arg(names(bottom), c.indicatorRating(*bottom.first()));
    else
        weakest = Tr::tr(
            "%n indicator(s) (shares|share) the lowest rating (%1).", nullptr, int(bottom.size()))
                      .arg(c.indicatorRating(*bottom.first()));
    return strongest + u' ' + weakest;
}

// Evidence is counted as distinct items, not citations: one set of minutes
// cited for six indicators is one item, cited six times.
QString evidenceSentence(const NarrativeContext &c, int domainIndex, int scored)
{
    const QList<EvidenceItem> items = evidenceItems(c.data, domainIndex);
    if (items.isEmpty())
        return scored > 0 ? Tr::tr("No evidence was cited.") : QString();
    QStringList titles;
    QSet<QString> indicators;
    for (const EvidenceItem &item : items) {
        titles.append(item.confidential ? Tr::tr("%1 (confidential)").arg(item.title) : item.title);
        for (const QString &id : item.indicators)
            indicators.insert(id);
    }
    constexpr int kListed = 6;
    QString list;
    if (titles.size() <= kListed)
        list = titles.join(QStringLiteral("; "));
    else
        list = titles.mid(0, kListed - 1).join(QStringLiteral("; "))
            + Tr::tr("; and %1 others, listed in the table below")
                  .arg(titles.size() - (kListed - 1));
    if (items.size() == 1)
        return indicators.size() == 1
            ? Tr::tr("The board cited one item of evidence, %1.").arg(list)
            : Tr::tr("The board cited one item of evidence, %1, for %2 indicators.")
                  .arg(list)
                  .arg(indicators.size());
    return Tr::tr("The board cited %n item(s) of evidence: %1.", nullptr, int(items.size()))
        .arg(list);
}

QString actionsSentence(const NarrativeContext &c, int domainIndex)
{
    QList<const Action *> all;
    QList<const Action *> open;
    for (const Action &a : c.data.current.data.actions) {
        if (!narrative::belongsTo(a, c.fw, domainIndex))
            continue;
        all.append(&a);
        if (narrative::isOpen(a))
            open.append(&a);
    }
    if (all.isEmpty())
        return Tr::tr("No action has been set for this domain.");
    if (open.isEmpty())
        return Tr::tr("No action remains open.");
    constexpr int kListed = 4;
    QStringList items;
    for (int i = 0; i < open.size() && i < kListed; ++i) {
        const QString details = actionDetails(c.data, *open[i], true);
        items.append(
            details.isEmpty() ? quoted(open[i]->text) : quoted(open[i]->text) + u' ' + details);
    }
    QString list = items.join(QStringLiteral("; "));
    if (open.size() > kListed)
        list += Tr::tr("; and %n more", nullptr, int(open.size()) - kListed);
    return Tr::tr("The board has %n open action(s): %1.", nullptr, int(open.size())).arg(list);
}

} // namespace

QString actionDetails(const ReportData &data, const Action &action, bool withOverdue)
{
    QStringList parts;
    if (!data.isPublic() && !action.owner.trimmed().isEmpty())
        parts.append(action.owner.simplified());
    if (action.due.isValid())
        parts.append(Tr::tr("due %1").arg(formatDate(action.due)));
    if (withOverdue && narrative::isOverdue(action, data.today))
        parts.append(Tr::tr("overdue"));
    if (parts.isEmpty())
        return {};
    return u'(' + parts.join(QStringLiteral(", ")) + u')';
}

DomainNarrative domainNarrative(const NarrativeContext &c, int domainIndex)
{
    const Domain &domain = c.fw.domains[domainIndex];
    const DomainScore &ds = c.scores.domains[domainIndex];
    const QList<const IndicatorScore *> inds = indicatorsOf(c, domainIndex);
    int agreed = 0; // agreed levels: the scores that are the board's own
    for (const IndicatorScore *s : inds)
        agreed += s->basis == ScoreBasis::Consensus ? 1 : 0;

    DomainNarrative out;
    out.domainId = domain.id;
    out.title = domain.title;
    out.score = ds.score;
    if (ds.score)
        out.level = c.level(*ds.score);
    out.uncappedScore = ds.uncappedScore;
    out.cap = c.capClause(ds);
    out.capNote = c.capNote(ds);
    out.provisional = ds.scoredCount > agreed;

    // Three paragraphs: where the domain stands; how trustees rated its
    // indicators; what the board relied on and will do.
    QStringList position { scoreSentence(c, domain, ds, agreed) };
    if (ds.scoredCount > 0) {
        position.append(coverageSentence(ds, inds));
        position.append(consensusSentence(ds.scoredCount, agreed));
    }
    const QList<QStringList> paragraphs {
        position + QStringList { changeSentence(c, domain, ds, out), reasonSentence(c, domain) },
        { spreadSentence(c, inds, ds.scoredCount), extremesSentence(c, inds) },
        { evidenceSentence(c, domainIndex, ds.scoredCount), actionsSentence(c, domainIndex) },
    };
    for (const QStringList &sentences : paragraphs) {
        QStringList present;
        for (const QString &s : sentences) {
            if (!s.isEmpty())
                present.append(s);
        }
        if (!present.isEmpty())
            out.paragraphs.append(present.join(u' '));
    }
    out.text = out.paragraphs.join(u' ');
    return out;
}

void writePriorities(const NarrativeContext &c, Narrative &out)
{
    QList<const IndicatorScore *> scored;
    for (const IndicatorScore &s : c.scores.indicators) {
        if (s.score)
            scored.append(&s);
    }
    const double top = c.scale.maxValue();
    QList<const IndicatorScore *> below;
    for (const IndicatorScore *s : std::as_const(scored)) {
        if (c.num(*s->score) != c.num(top))
            below.append(s);
    }
    std::stable_sort(below.begin(), below.end(),
        [](const IndicatorScore *a, const IndicatorScore *b) { return *a->score < *b->score; });
    // When every scored indicator has the same score, none stands out.
    bool allSame = true;
    for (const IndicatorScore *s : std::as_const(scored))
        allSame = allSame && c.num(*s->score) == c.num(*scored.first()->score);
    if (allSame)
        below.clear();
    // The indicators at the lowest level present, then the next level's while
    // the list stays at three or fewer: whole levels, so that no indicator is
    // left out while one rated higher is listed. Past eight, the lowest five
    // come one a line and the others together in one line: nothing is dropped.
    QList<const IndicatorScore *> lowest;
    for (qsizetype i = 0; i < below.size();) {
        qsizetype end = i;
        while (end < below.size() && c.level(*below[end]->score) == c.level(*below[i]->score))
            ++end;
        const qsizetype group = end - i;
        if (!lowest.isEmpty() && lowest.size() + group > 3)
            break;
        for (qsizetype k = i; k < end; ++k)
            lowest.append(below[k]);
        i = end;
    }
    constexpr qsizetype kOneALine = 8;
    constexpr qsizetype kFirst = 5;
    const qsizetype listed = lowest.size() > kOneALine ? kFirst : lowest.size();
    for (qsizetype i = 0; i < listed; ++i) {
        const IndicatorScore *s = lowest[i];
        out.priorities.append(Tr::tr("%1: %2, assessed as %3.")
                                  .arg(c.fw.domains[s->domainIndex].title, c.indicatorName(*s),
                                      c.indicatorRating(*s)));
    }
    if (listed < lowest.size()) {
        QStringList rest;
        for (qsizetype i = listed; i < lowest.size(); ++i)
            rest.append(lowest[i]->indicator);
        out.priorities.append(Tr::tr("Also at %1, the other %2 of the %3 lowest-rated indicators: "
                                     "%4.")
                                  .arg(c.level(*lowest.last()->score))
                                  .arg(rest.size())
                                  .arg(lowest.size())
                                  .arg(c.indicatorNames(rest)));
    }

    QList<const Action *> overdue;
    for (const Action &a : c.data.current.data.actions) {
        if (narrative::isOverdue(a, c.data.today))
            overdue.append(&a);
    }
    std::stable_sort(overdue.begin(), overdue.end(),
        [](const Action *a, const Action *b) { return a->due < b->due; });
    // Overdue actions in one line, however many: they are one finding.
    if (overdue.size() == 1) {
        const Action *a = overdue.first();
        const int days = int(a->due.daysTo(c.data.today));
        const QString details = actionDetails(c.data, *a, false);
        out.priorities.append(
            Tr::tr("Overdue action: %1, %n day(s) overdue.", nullptr, days)
                .arg(details.isEmpty() ? quoted(a->text) : quoted(a->text) + u' ' + details));
    } else if (overdue.size() > 1) {
        QStringList items;
        for (const Action *a : std::as_const(overdue)) {
            const int days = int(a->due.daysTo(c.data.today));
            QStringList parts;
            if (!c.data.isPublic() && !a->owner.trimmed().isEmpty())
                parts.append(a->owner.simplified());
            parts.append(Tr::tr("%n day(s) overdue", nullptr, days));
            items.append(
                quoted(a->text) + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')');
        }
        out.priorities.append(
            Tr::tr("%n action(s) (is|are) overdue: %1.", nullptr, int(overdue.size()))
                .arg(items.join(QStringLiteral("; "))));
    }

    const QString topLabel = c.scale.levels.isEmpty() ? QString() : c.scale.levels.last().label;
    if (scored.isEmpty())
        out.prioritiesIntro = overdue.isEmpty()
            ? Tr::tr("Nothing has been scored yet, so no priorities can be drawn from the ratings; "
                     "no action is overdue.")
            : Tr::tr("Nothing has been scored yet; the overdue actions come first:");
    else if (lowest.isEmpty() && allSame && c.num(*scored.first()->score) != c.num(top))
        out.prioritiesIntro = overdue.isEmpty()
            ? Tr::tr("Every scored indicator was assessed at %1, so none stands out as a priority; "
                     "no action is overdue.")
                  .arg(c.level(*scored.first()->score))
            : Tr::tr("Every scored indicator was assessed at %1, so none stands out as a priority; "
                     "the priorities are the overdue actions:")
                  .arg(c.level(*scored.first()->score));
    else if (lowest.isEmpty())
        out.prioritiesIntro = overdue.isEmpty()
            ? Tr::tr("Every scored indicator is at the top level, %1, and no action is overdue.")
                  .arg(topLabel)
            : Tr::tr("Every scored indicator is at the top level, %1; the priorities are the "
                     "overdue actions:")
                  .arg(topLabel);
    else
        out.prioritiesIntro = overdue.isEmpty()
            ? Tr::tr(
                "The board's priorities are its lowest-scored indicators (no action is overdue):")
            : Tr::tr(
                "The board's priorities are its lowest-scored indicators and its overdue actions:");
}

} // namespace strongtrust::report
