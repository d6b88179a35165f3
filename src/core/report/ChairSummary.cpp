#include "report/ChairSummary.h"

#include "report/BaselineFacts.h"
#include "report/NarrativeParts.h"
#include "report/ReportText.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace strongtrust::report {

namespace {

// On one page a list names at most this many indicators, then says how many
// more there are and where they all are.
constexpr int kNamed = 4;

QString someIndicators(const NarrativeContext &c, const QStringList &ids, const QString &where)
{
    if (ids.size() <= kNamed)
        return c.indicatorNames(ids);
    QStringList names;
    for (const QString &id : ids.mid(0, kNamed - 1))
        names.append(c.indicatorName(id));
    const int others = int(ids.size()) - (kNamed - 1);
    return Tr::tr("%1 and %n other(s), all listed %2", nullptr, others)
        .arg(names.join(QStringLiteral(", ")), where);
}

QString trusteeName(const ReportData &data, qint64 id)
{
    for (const Trustee &t : data.trustees) {
        if (t.id == id)
            return t.name.simplified();
    }
    return {};
}

QString basisLine(const NarrativeContext &c)
{
    const Participation &p = c.participation;
    if (p.agreed == 0 && p.indicatorsRated == 0)
        return Tr::tr("Nothing has been rated yet: no trustee has rated and the board has agreed "
                      "no rating.");
    if (p.agreed == 0)
        return p.rated.size() <= 1
            ? Tr::tr("The board has agreed no rating yet: every score below is one trustee's "
                     "rating, not the board's.")
            : Tr::tr("The board has agreed no rating yet: every score below is provisional, from "
                     "trustees' ratings so far (%1 trustees, %2 of %3 indicators).")
                  .arg(p.rated.size())
                  .arg(p.indicatorsRated)
                  .arg(p.indicators);
    if (p.provisional == 0)
        return Tr::tr("The board agreed a rating for %1 of the %2 indicators; the scores below are "
                      "its own.")
            .arg(p.agreed)
            .arg(p.indicators);
    return Tr::tr("The board agreed a rating for %1 of the %2 indicators; %3 scores below are "
                  "provisional, from trustees' ratings so far.")
        .arg(p.agreed)
        .arg(p.indicators)
        .arg(p.provisional);
}

// The floor before the levels: the standards not met, named with their
// domain (and the cap they hold it at); where none is, the count of those
// met and still to be judged. (The decisions count both where some are not met.)
QString standardsLine(const NarrativeContext &c)
{
    const QList<StandardFact> facts = standardFacts(c.data, -1);
    if (facts.isEmpty())
        return {};
    const StandardTally t = tallyOf(facts);
    const QList<StandardFact> unmet = withResult(facts, StandardResult::NotMet);
    if (unmet.isEmpty()) {
        if (t.notJudged == 0)
            return t.total == 1 ? Tr::tr("The framework's one baseline standard is met.")
                                : Tr::tr("All %1 baseline standards are met.").arg(t.total);
        if (t.met == 0)
            return Tr::tr(
                "None of the %n baseline standards has been judged yet.", nullptr, t.total);
        return Tr::tr("No baseline standard is judged not met: %1 of %2 met, %3 not yet judged.")
            .arg(t.met)
            .arg(t.total)
            .arg(t.notJudged);
    }
    // Standards are sentences, longer than indicators' names: two at most on the page.
    constexpr qsizetype kNamedStandards = 2;
    QStringList items;
    for (qsizetype i = 0; i < unmet.size() && i < kNamedStandards; ++i) {
        const StandardFact &f = unmet[i];
        const QString &domain = c.fw.domains[f.domainIndex].title;
        const DomainScore &ds = c.scores.domains[f.domainIndex];
        items.append(f.capping && ds.cappedAt
                ? Tr::tr("%1 (%2, holding it at %3)")
                      .arg(c.standardName(*f.standard), domain, c.level(*ds.cappedAt))
                : Tr::tr("%1 (%2)").arg(c.standardName(*f.standard), domain));
    }
    if (unmet.size() > kNamedStandards)
        return Tr::tr("Not met: %1; and %n more, all listed in the domain sections.", nullptr,
            int(unmet.size() - kNamedStandards))
            .arg(items.join(QStringLiteral("; ")));
    return Tr::tr("Not met: %1.").arg(items.join(QStringLiteral("; ")));
}

Table domainTable(const NarrativeContext &c, const Narrative &narrative)
{
    Table t;
    t.compact = false;
    t.headers = { Tr::tr("Domain"), Tr::tr("Level"), Tr::tr("Score") };
    t.widths = { 44, 18, 10 };
    const bool compared = c.data.compared();
    if (compared) {
        t.headers.append(Tr::tr("Since %1").arg(c.previousPeriod));
        t.widths.append(13);
    }
    t.headers.append(Tr::tr("Agreed"));
    t.widths.append(15);
    if (!compared)
        t.widths[0] += 13;
    t.centredColumns = { 2, 3, 4 };
    for (int d : c.fw.summaryOrder()) {
        const DomainNarrative &dn = narrative.domains[d];
        const DomainScore &ds = c.scores.domains[d];
        int agreed = 0;
        for (const IndicatorScore &s : c.scores.indicators)
            agreed += s.domainIndex == d && !s.consensus.isUnrated() ? 1 : 0;
        QList<Cell> row;
        row.append(Cell { dn.title,
            c.fw.domains[d].core ? QStringList { Tr::tr("the framework's core domain") }
                                 : QStringList {},
            true });
        // The first finding names what caps a domain; the cell says that it is capped.
        QStringList levelNotes;
        if (dn.provisional)
            levelNotes.append(Tr::tr("provisional"));
        if (!dn.capNote.isEmpty())
            levelNotes.append(dn.capNote);
        row.append(Cell { dn.score ? dn.level : Tr::tr("Not scored"), levelNotes });
        row.append(Cell { dn.score ? c.num(*dn.score) : QStringLiteral("–"), {} });
        if (compared)
            row.append(Cell { dn.change.isEmpty() ? QStringLiteral("–") : dn.change, {} });
        row.append(Cell { Tr::tr("%1 of %2").arg(agreed).arg(ds.indicatorCount), {} });
        t.rows.append(row);
    }
    return t;
}

QString levelOf(const NarrativeContext &c, const IndicatorScore &s)
{
    return c.indicatorRating(s);
}

// The findings that matter most, each naming the indicator behind it, in
// order of what a chair must know first. At most five.
QStringList findings(const NarrativeContext &c)
{
    QStringList out;
    const QList<int> order = c.fw.summaryOrder();
    // The weakest indicator of each core domain.
    for (int d : order) {
        if (!c.fw.domains[d].core)
            break;
        const IndicatorScore *weakest = nullptr;
        for (const IndicatorScore &s : c.scores.indicators) {
            if (s.domainIndex == d && s.score && (!weakest || *s.score < *weakest->score))
                weakest = &s;
        }
        if (weakest && c.scores.domains[d].score)
            out.append(
                Tr::tr("%1, the core domain, stands at %2; its weakest indicator is %3 (%4).")
                    .arg(c.fw.domains[d].title, c.level(*c.scores.domains[d].score),
                        c.indicatorName(*weakest), levelOf(c, *weakest)));
    }
    // The lowest-rated indicators overall.
    std::optional<double> lowest;
    for (const IndicatorScore &s : c.scores.indicators) {
        if (s.score && (!lowest || *s.score < *lowest))
            lowest = s.score;
    }
    if (lowest && c.num(*lowest) != c.num(c.scale.maxValue())) {
        QStringList ids;
        for (const IndicatorScore &s : c.scores.indicators) {
            if (s.score && c.num(*s.score) == c.num(*lowest))
                ids.append(s.indicator);
        }
        out.append(ids.size() == 1 ? Tr::tr("The lowest-rated indicator is %1 (%2).")
                                         .arg(c.indicatorName(ids.first()), c.level(*lowest))
                                   : Tr::tr("The lowest-rated indicators, at %1 (%2), are %3.")
                                         .arg(c.level(*lowest), c.num(*lowest),
                                             someIndicators(c, ids, Tr::tr("under Priorities"))));
    }
    // The largest fall since the comparison period.
    const QList<IndicatorMove> moves = indicatorMoves(c.data);
    const IndicatorMove *fall = nullptr;
    for (const IndicatorMove &m : moves) {
        if (m.levels < 0 && (!fall || m.levels < fall->levels))
            fall = &m;
    }
    if (fall)
        out.append(Tr::tr("%1 fell from %2 to %3 since %4, the largest fall of any indicator.")
                       .arg(c.indicatorName(fall->indicator), c.level(fall->before),
                           c.level(fall->after), c.previousPeriod));
    // Where trustees were furthest apart.
    QStringList split;
    for (const IndicatorScore &s : c.scores.indicators) {
        if (s.disagreement)
            split.append(s.indicator);
    }
    if (!split.isEmpty())
        out.append(Tr::tr("Trustees' ratings were two levels or more apart on %1.")
                       .arg(someIndicators(c, split, Tr::tr("in the domain sections"))));
    // Confidence without evidence.
    const EvidenceState e = evidenceState(c.data);
    if (!e.uncitedStrong.isEmpty())
        out.append(Tr::tr("%1 is agreed with strong confidence but cites no evidence.")
                       .arg(someIndicators(c, e.uncitedStrong, Tr::tr("in the domain sections"))));
    while (out.size() > 5)
        out.removeLast();
    return out;
}

QString movedLine(const NarrativeContext &c)
{
    if (!c.data.compared())
        return {};
    QStringList up;
    QStringList down;
    for (const IndicatorMove &m : indicatorMoves(c.data))
        (m.levels > 0 ? up : down).append(m.indicator);
    if (up.isEmpty() && down.isEmpty())
        return Tr::tr("No indicator moved by a whole level or more since %1.")
            .arg(c.previousPeriod);
    const QString where = Tr::tr("in the table of indicators that moved");
    QStringList sentences;
    sentences.append(up.isEmpty()
            ? Tr::tr("No indicator rose by a whole level or more since %1.").arg(c.previousPeriod)
            : Tr::tr("Up a whole level or more since %1: %2.")
                  .arg(c.previousPeriod, someIndicators(c, up, where)));
    sentences.append(down.isEmpty()
            ? Tr::tr("None fell by a whole level or more.")
            : Tr::tr("Down a whole level or more: %1.").arg(someIndicators(c, down, where)));
    return sentences.join(u' ');
}

QString departuresLine(const NarrativeContext &c)
{
    const QList<Departure> list = departures(c.data);
    if (list.isEmpty())
        return Tr::tr("Every agreed rating is within a level of the trustees' median rating.");
    QStringList items;
    for (const Departure &d : list)
        items.append(Tr::tr("%1 (agreed %2, trustees' median %3)")
                         .arg(c.indicatorName(d.indicator), c.level(d.agreed),
                             formatLevelValue(std::round(d.median * 100) / 100)));
    if (items.size() > kNamed)
        return Tr::tr("%1 agreed ratings are a level or more from the trustees' median, each "
                      "marked in the domain sections.")
            .arg(items.size());
    return Tr::tr("A level or more from the trustees' median: %1.")
        .arg(items.join(QStringLiteral("; ")));
}

QString takingPartLine(const ReportData &data)
{
    const Participation p = participation(data);
    QStringList missing;
    for (qint64 id : p.notRated)
        missing.append(trusteeName(data, id));
    QString text;
    if (p.expected.isEmpty())
        text = Tr::tr("No trustee is listed to rate this assessment.");
    else
        text = Tr::tr("%1 of %n trustee(s) rated.", nullptr, int(p.expected.size()))
                   .arg(p.rated.size());
    if (!missing.isEmpty() && !data.isPublic())
        text += u' ' + Tr::tr("Not yet rated: %1.").arg(joinAnd(missing));
    return text;
}

QStringList decisions(const NarrativeContext &c, const Narrative &narrative)
{
    const AssessmentInfo &info = c.data.current.info;
    if (info.isFinal())
        return { Tr::tr("None: the board signed off this assessment on %1.")
                     .arg(formatDate(info.signOff.date)) };
    QStringList out;
    const Participation &p = c.participation;
    if (p.agreed == p.indicators)
        out.append(Tr::tr("Confirm the %1 agreed ratings.").arg(p.agreed));
    else
        out.append(Tr::tr("Confirm the %1 agreed ratings and agree the %2 still to be agreed.")
                       .arg(p.agreed)
                       .arg(p.indicators - p.agreed));
    // The floor in one line: a plan for each standard not met, a judgement of each still open.
    const StandardTally standards = tallyOf(standardFacts(c.data, -1));
    const QString plan = standards.notMet == 1
        ? Tr::tr("Agree how the trust will meet the standard not met")
        : Tr::tr(
            "Agree how the trust will meet the %n standards not met", nullptr, standards.notMet);
    if (standards.notMet > 0 && standards.notJudged > 0)
        out.append(Tr::tr("%1, and judge the %2 not yet judged.", "after a plan for standards")
                       .arg(plan)
                       .arg(standards.notJudged));
    else if (standards.notMet > 0)
        out.append(plan + u'.');
    else if (standards.notJudged > 0)
        out.append(standards.notJudged == 1
                ? Tr::tr("Judge the baseline standard not yet judged.")
                : Tr::tr("Judge the %n baseline standards not yet judged.", nullptr,
                    standards.notJudged));
    if (!narrative.priorities.isEmpty())
        out.append(Tr::tr("Agree the priorities listed in the summary."));
    int overdue = 0;
    for (const Action &a : c.data.current.data.actions)
        overdue += narrative::isOverdue(a, c.data.today) ? 1 : 0;
    if (overdue > 0)
        out.append(overdue == 1
                ? Tr::tr("Reset the overdue action: a new date, a new owner or closure.")
                : Tr::tr("Reset the %1 overdue actions: a new date, a new owner or closure.")
                      .arg(overdue));
    out.append(Tr::tr("Agree the date of the next assessment."));
    return out;
}

Block block(Block::Kind kind, const QString &text)
{
    Block b;
    b.kind = kind;
    b.text = text;
    return b;
}

} // namespace

QString chairEvidenceLine(const ReportData &data)
{
    const EvidenceState e = evidenceState(data);
    if (e.agreedLevels == 0)
        return Tr::tr("No rating is agreed yet, so no agreed rating can cite evidence.");
    QString text = e.distinctItems == 1
        ? Tr::tr("1 distinct item of evidence cited.")
        : Tr::tr("%1 distinct items of evidence cited.").arg(e.distinctItems);
    if (e.uncited.isEmpty())
        return text + u' ' + Tr::tr("Every agreed rating cites evidence.");
    text += u' '
        + (e.uncited.size() == 1
                ? Tr::tr("1 of %1 agreed ratings cites no evidence").arg(e.agreedLevels)
                : Tr::tr("%1 of %2 agreed ratings cite no evidence")
                      .arg(e.uncited.size())
                      .arg(e.agreedLevels));
    if (!e.uncitedStrong.isEmpty())
        text += e.uncitedStrong.size() == 1 && e.uncited.size() == 1
            ? Tr::tr(", marked strong confidence")
            : Tr::tr(", %1 of them marked strong confidence").arg(e.uncitedStrong.size());
    return text + u'.';
}

ChairSummary chairSummary(const ReportData &data, const Narrative &narrative)
{
    const NarrativeContext c(data);
    ChairSummary s;
    s.basis = basisLine(c);
    s.standards = standardsLine(c);
    s.domains = domainTable(c, narrative);
    // The floor leads what matters most: a standard not met matters before any level.
    // It takes the place of one of the others, which are in the summary
    // and the domain sections too, so that the page still holds them all.
    // Standards not met take two of their places, standards all met one.
    s.findings = findings(c);
    if (!s.standards.isEmpty()) {
        const bool unmet = tallyOf(standardFacts(data, -1)).notMet > 0;
        s.findings.prepend(s.standards);
        while (s.findings.size() > (unmet ? 3 : 4))
            s.findings.removeLast();
    }
    s.moved = movedLine(c);
    s.departures = departuresLine(c);
    s.evidence = chairEvidenceLine(data);
    s.takingPart = takingPartLine(data);
    s.decisions = decisions(c, narrative);
    return s;
}

void addChairSummary(const ReportData &data, const Narrative &narrative, ReportContent &out)
{
    const ChairSummary s = chairSummary(data, narrative);
    Block title = block(Block::Kind::Heading1, Tr::tr("Summary for the chair"));
    title.anchor = QStringLiteral("chair-summary");
    title.pageBreakBefore = true;
    out.blocks.append(title);
    out.blocks.append(block(Block::Kind::Paragraph, s.basis));

    auto section
        = [&](const QString &heading) { out.blocks.append(block(Block::Kind::Heading3, heading)); };
    section(Tr::tr("Where the trust stands"));
    Block table;
    table.kind = Block::Kind::Table;
    table.table = s.domains;
    out.blocks.append(table);
    if (!s.findings.isEmpty()) {
        section(Tr::tr("What matters most"));
        Block list;
        list.kind = Block::Kind::Bullets;
        list.items = s.findings;
        out.blocks.append(list);
    }
    if (!s.moved.isEmpty()) {
        section(Tr::tr("What moved since %1").arg(data.comparison->info.period));
        out.blocks.append(block(Block::Kind::Paragraph, s.moved));
    }
    section(Tr::tr("The board's ratings and the trustees'"));
    out.blocks.append(block(Block::Kind::Paragraph, s.departures));
    section(Tr::tr("Evidence"));
    out.blocks.append(block(Block::Kind::Paragraph, s.evidence));
    section(Tr::tr("Who took part"));
    out.blocks.append(block(Block::Kind::Paragraph, s.takingPart));
    section(Tr::tr("Decisions for the board"));
    Block asks;
    asks.kind = Block::Kind::Bullets;
    asks.items = s.decisions;
    out.blocks.append(asks);
}

} // namespace strongtrust::report
