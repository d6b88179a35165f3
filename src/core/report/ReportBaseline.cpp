#include "report/ReportBaseline.h"

#include "report/BaselineFacts.h"
#include "report/MeasureWords.h"
#include "report/NarrativeParts.h"
#include "report/ReportText.h"

namespace strongtrust::report {

namespace {

Block block(Block::Kind kind, const QString &text)
{
    Block b;
    b.kind = kind;
    b.text = text;
    return b;
}

// The floor's first sentence: how the domain's standards were judged, those
// not met first.
QString tallySentence(const StandardTally &t)
{
    if (t.total == 1) {
        if (t.notMet == 1)
            return Tr::tr("This domain's one baseline standard is not met.");
        if (t.met == 1)
            return Tr::tr("The board judged this domain's one baseline standard met.");
        return Tr::tr("This domain's one baseline standard is not yet judged.");
    }
    if (t.met == t.total)
        return Tr::tr(
            "The board judged all %n of this domain's baseline standards met.", nullptr, t.total);
    if (t.notJudged == t.total)
        return Tr::tr(
            "None of this domain's %n baseline standards has been judged yet.", nullptr, t.total);
    if (t.notMet == t.total)
        return Tr::tr("None of this domain's %n baseline standards is met.", nullptr, t.total);
    QStringList parts;
    if (t.notMet > 0)
        parts.append(Tr::tr("%n (is|are) not met", nullptr, t.notMet));
    if (t.met > 0)
        parts.append(Tr::tr("%n (is|are) met", nullptr, t.met));
    if (t.notJudged > 0)
        parts.append(Tr::tr("%n (is|are) not yet judged", nullptr, t.notJudged));
    return Tr::tr("Of this domain's %1 baseline standards, %2.").arg(t.total).arg(joinAnd(parts));
}

QStringList evidenceLines(const ReportData &data, const StandardJudgement *j)
{
    QStringList lines;
    if (!j)
        return lines;
    for (const Evidence &e : j->evidence) {
        if (data.isPublic() && e.confidential)
            continue;
        QString line = e.title.simplified();
        if (e.date.isValid())
            line += QStringLiteral(", ") + formatDate(e.date);
        if (e.confidential)
            line += u' ' + Tr::tr("(confidential)");
        if (!e.ref.trimmed().isEmpty())
            line += QStringLiteral(" — ") + e.ref.trimmed();
        lines.append(Tr::tr("Evidence: %1").arg(line));
    }
    return lines;
}

Cell noteCell(const ReportData &data, const StandardJudgement *j)
{
    const QString note = j ? j->note.trimmed() : QString();
    return Cell { note.isEmpty() ? QStringLiteral("–") : note, evidenceLines(data, j) };
}

QString statusWord(ActionStatus s)
{
    switch (s) {
    case ActionStatus::Open:
        break;
    case ActionStatus::InProgress:
        return Tr::tr("in progress");
    case ActionStatus::Done:
        return Tr::tr("done");
    case ActionStatus::Dropped:
        return Tr::tr("dropped");
    }
    return Tr::tr("open");
}

// What the board is doing about a standard: its actions, one a line, each
// with owner (board only), due date, status and whether it is overdue.
Cell actionsCell(const ReportData &data, const StandardFact &f)
{
    if (f.actions.isEmpty())
        return Cell { Tr::tr("No action recorded."), {} };
    QStringList lines;
    for (const Action *a : f.actions) {
        QStringList parts;
        if (!data.isPublic() && !a->owner.trimmed().isEmpty())
            parts.append(a->owner.simplified());
        if (a->due.isValid())
            parts.append(Tr::tr("due %1").arg(formatDate(a->due)));
        parts.append(statusWord(a->status));
        if (narrative::isOverdue(*a, data.today))
            parts.append(Tr::tr("overdue"));
        lines.append(Tr::tr("%1 (%2)", "an action and its details")
                         .arg(quoted(a->text), parts.join(QStringLiteral(", "))));
    }
    return Cell { lines.join(u'\n'), {} };
}

Block unmetTable(const NarrativeContext &c, const QList<StandardFact> &unmet)
{
    Block table;
    table.kind = Block::Kind::Table;
    Table &t = table.table;
    t.headers = { Tr::tr("Standard not met"), Tr::tr("The board's note"),
        Tr::tr("What the board is doing") };
    t.widths = { 36, 34, 30 };
    for (const StandardFact &f : unmet) {
        QStringList notes;
        if (f.standard->capsAt)
            notes.append(Tr::tr("while it is not met, the domain's level cannot be above %1")
                             .arg(c.level(*f.standard->capsAt)));
        t.rows.append({ Cell { f.standard->text, notes, true }, noteCell(c.data, f.judgement),
            actionsCell(c.data, f) });
    }
    return table;
}

// Every standard met, and the board's notes on those not yet judged where it
// wrote any: the board report is the record of the floor the chair signs, so
// a standard met is listed even where the board noted nothing about it.
Block otherStandardsTable(const ReportData &data, const QList<StandardFact> &facts)
{
    Block table;
    table.kind = Block::Kind::Table;
    Table &t = table.table;
    t.headers = { Tr::tr("Other standards"), Tr::tr("Judgement"), Tr::tr("The board's note") };
    t.widths = { 44, 14, 42 };
    for (const StandardFact &f : facts) {
        if (f.result == StandardResult::NotMet || !f.judgement)
            continue;
        const Cell note = noteCell(data, f.judgement);
        if (f.result != StandardResult::Met && note.text == QStringLiteral("–")
            && note.notes.isEmpty())
            continue; // listed with the standards not yet judged
        t.rows.append({ Cell { f.standard->text, {} },
            Cell { f.result == StandardResult::Met ? Tr::tr("Met") : Tr::tr("Not yet judged"), {} },
            note });
    }
    return table;
}

Cell valueCell(const MeasureFact &f)
{
    if (!f.comparison.value)
        return Cell { Tr::tr("Not yet recorded"), {} };
    QStringList notes;
    if (f.value && f.value->asOf.isValid())
        notes.append(Tr::tr("as of %1").arg(formatDate(f.value->asOf)));
    if (f.value && !f.value->source.trimmed().isEmpty())
        notes.append(Tr::tr("source: %1").arg(f.value->source.simplified()));
    return Cell { measureValueText(*f.measure, *f.comparison.value), notes, true };
}

Cell targetCell(const MeasureFact &f)
{
    const MeasureComparison &c = f.comparison;
    const QString target = measureTargetText(*f.measure, c.target);
    QStringList notes;
    QString text;
    switch (c.standing) {
    case TargetStanding::NotRecorded:
        text = target.isEmpty() ? Tr::tr("no target set") : Tr::tr("target %1").arg(target);
        break;
    case TargetStanding::Within:
        text = targetStandingText(*f.measure, c);
        notes.append(Tr::tr("target %1").arg(target));
        break;
    case TargetStanding::NoTarget:
    case TargetStanding::Below:
    case TargetStanding::Above:
        text = targetStandingText(*f.measure, c);
        break;
    }
    if (c.ownTarget)
        notes.append(Tr::tr("the trust's own target"));
    return Cell { text, notes };
}

Cell movementCell(const MeasureFact &f, const QString &earlierPeriod)
{
    const MeasureComparison &c = f.comparison;
    QStringList notes;
    const QString verdict = measureVerdictText(*f.measure, c);
    if (!verdict.isEmpty())
        notes.append(verdict);
    if (c.earlier && (c.move == MeasureMove::Up || c.move == MeasureMove::Down))
        notes.append(Tr::tr("was %1").arg(measureValueText(*f.measure, *c.earlier)));
    const QString move = measureMoveText(*f.measure, c, earlierPeriod);
    return Cell { move.isEmpty() ? QStringLiteral("–") : move, notes };
}

} // namespace

void addDomainStandards(const ReportData &data, int domainIndex, ReportContent &out)
{
    const QList<StandardFact> facts = standardFacts(data, domainIndex);
    if (facts.isEmpty())
        return;
    const NarrativeContext c(data);
    const StandardTally t = tallyOf(facts);
    const QList<StandardFact> unmet = withResult(facts, StandardResult::NotMet);
    const QList<StandardFact> unjudged = withResult(facts, StandardResult::NotJudged);
    out.blocks.append(block(Block::Kind::Heading2, Tr::tr("Baseline standards")));
    out.blocks.append(block(Block::Kind::Paragraph, tallySentence(t)));
    if (!unmet.isEmpty()) {
        out.blocks.last().keepWithNext = true;
        out.blocks.append(unmetTable(c, unmet));
    }
    // Those still to be judged, one a line: a standard is a sentence, too
    // long to run several together.
    if (!unjudged.isEmpty()) {
        if (unjudged.size() < facts.size())
            out.blocks.append(block(Block::Kind::Paragraph, Tr::tr("Not yet judged:")));
        out.blocks.last().keepWithNext = true;
        Block list;
        list.kind = Block::Kind::Bullets;
        for (const StandardFact &f : unjudged)
            list.items.append(f.standard->text);
        out.blocks.append(list);
    }
    const Block notes = otherStandardsTable(data, facts);
    if (!notes.table.rows.isEmpty())
        out.blocks.append(notes);
}

void addDomainMeasures(const ReportData &data, int domainIndex, ReportContent &out)
{
    const QList<MeasureFact> facts = measureFacts(data, domainIndex);
    if (facts.isEmpty())
        return;
    const bool compared = data.compared();
    const QString earlier = compared ? data.comparison->info.period : QString();
    out.blocks.append(block(Block::Kind::Heading2, Tr::tr("Measures")));
    // Nothing recorded in any period: one sentence, not a table of dashes.
    bool anything = false;
    for (const MeasureFact &f : facts)
        anything = anything || f.comparison.value || f.comparison.earlier
            || recordedPoints(measureTrend(data, f)) > 0;
    if (!anything) {
        QStringList titles;
        for (const MeasureFact &f : facts)
            titles.append(f.measure->title);
        out.blocks.append(block(Block::Kind::Paragraph,
            facts.size() == 1
                ? Tr::tr("No value is recorded yet for this domain's one measure, %1.")
                      .arg(titles.first())
                : Tr::tr("No value is recorded yet for any of this domain's %n measures: %1.",
                    nullptr, int(facts.size()))
                      .arg(joinAnd(titles))));
        return;
    }
    Block table;
    table.kind = Block::Kind::Table;
    Table &t = table.table;
    t.headers = { Tr::tr("Measure"), Tr::tr("Value"), Tr::tr("Against its target") };
    t.widths = { 26, 15, 21 };
    if (compared) {
        t.headers.append(Tr::tr("Since %1").arg(earlier));
        t.widths.append(15);
    }
    t.headers.append(Tr::tr("The board's note"));
    t.widths.append(compared ? 23 : 38);
    QList<int> charted;
    for (const MeasureFact &f : facts) {
        QList<Cell> row;
        row.append(Cell { f.measure->title, {} });
        row.append(valueCell(f));
        row.append(targetCell(f));
        if (compared)
            row.append(movementCell(f, earlier));
        const QString note = f.value ? f.value->note.trimmed() : QString();
        row.append(Cell { note.isEmpty() ? QStringLiteral("–") : note, {} });
        t.rows.append(row);

        // A trend needs two periods: one value alone is in the table.
        TrendChartData trend = measureTrend(data, f);
        if (recordedPoints(trend) >= 2) {
            out.trends.append(trend);
            out.trendDescriptions.append(describeTrendChart(trend));
            charted.append(int(out.trends.size()) - 1);
        }
    }
    out.blocks.append(table);
    if (charted.isEmpty())
        return;
    out.blocks.append(block(Block::Kind::Note,
        Tr::tr("Each measure recorded in two periods or more, period by period to %1: the "
               "shaded band is the target that applies now; a gap is a period with no value.")
            .arg(data.current.info.period)));
    out.blocks.last().keepWithNext = true;
    // Two charts a row: small multiples, read side by side.
    for (qsizetype i = 0; i < charted.size(); i += 2) {
        Block row;
        row.kind = Block::Kind::Trends;
        row.trends = charted.mid(i, 2);
        out.blocks.append(row);
    }
}

} // namespace strongtrust::report
