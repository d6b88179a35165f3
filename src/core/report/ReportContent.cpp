#include "report/ReportContent.h"

#include "report/BaselineFacts.h"
#include "report/BoardWords.h"
#include "report/ChairSummary.h"
#include "report/NarrativeParts.h"
#include "report/ReportBaseline.h"
#include "report/ReportChecksAppendix.h"
#include "report/ReportText.h"
#include "workbook/Labels.h"

#include <QSet>

#include <cmath>

namespace strongtrust::report {

namespace {

Block heading(
    Block::Kind kind, const QString &text, const QString &anchor = {}, bool pageBreak = false)
{
    Block b;
    b.kind = kind;
    b.text = text;
    b.anchor = anchor;
    b.pageBreakBefore = pageBreak;
    return b;
}

Block paragraph(const QString &text, Block::Kind kind = Block::Kind::Paragraph)
{
    Block b;
    b.kind = kind;
    b.text = text;
    return b;
}

Block keyValues(const QList<std::pair<QString, QString>> &pairs)
{
    Block b;
    b.kind = Block::Kind::KeyValues;
    b.table.widths = { 28, 72 };
    for (const auto &[key, value] : pairs)
        b.table.rows.append({ Cell { key, {}, true }, Cell { value, {}, false } });
    return b;
}

QString levelWithValue(const Scale &scale, double value)
{
    const int index = scale.indexOf(value);
    const QString label
        = index >= 0 ? scale.levels[index].label : narrative::levelLabel(scale, value);
    return Tr::tr("%1 (%2)").arg(label, formatLevelValue(value));
}

QString confidenceText(Confidence c)
{
    switch (c) {
    case Confidence::Limited:
        return Tr::tr("confidence: limited");
    case Confidence::Moderate:
        return Tr::tr("confidence: moderate");
    case Confidence::Strong:
        return Tr::tr("confidence: strong");
    case Confidence::Unstated:
        break;
    }
    return {};
}

QString actionStatusText(ActionStatus s)
{
    return Labels::actionStatus(s);
}

QString comparisonText(const ReportData &data)
{
    switch (data.comparisonState) {
    case ComparisonState::Available:
        return data.comparison->info.period;
    case ComparisonState::NoEarlierPeriod:
        return Tr::tr("Not made: there is no earlier assessment");
    case ComparisonState::NotRequested:
        return Tr::tr("Not made: none was asked for");
    case ComparisonState::Incomparable:
        return Tr::tr("Not made: %1 used a different scale").arg(data.comparison->info.period);
    }
    return {};
}

QString statusText(const ReportData &data)
{
    const AssessmentInfo &info = data.current.info;
    if (!info.isFinal())
        return Tr::tr("Draft: not yet signed off by the board");
    const SignOff &s = info.signOff;
    QString text = data.isPublic() || s.chair.trimmed().isEmpty()
        ? Tr::tr("Final: signed off by the chair on %1").arg(formatDate(s.date))
        : Tr::tr("Final: signed off by %1, chair, on %2")
              .arg(s.chair.simplified(), formatDate(s.date));
    if (!s.minuteRef.trimmed().isEmpty())
        text += Tr::tr(" (minute %1)").arg(s.minuteRef.simplified());
    return text;
}

QString reportTitle(const ReportData &data)
{
    const QString title = data.current.info.title.simplified();
    return title.isEmpty() ? Tr::tr("Board self-assessment") : title;
}

void addCover(const ReportData &data, ReportContent &out)
{
    const AssessmentInfo &info = data.current.info;
    out.blocks.append(paragraph(data.trustName, Block::Kind::CoverTrust));
    out.blocks.append(paragraph(reportTitle(data), Block::Kind::CoverTitle));
    out.blocks.append(paragraph(Tr::tr("%1, %2").arg(data.current.framework.title, info.period),
        Block::Kind::CoverSubtitle));
    if (!info.isFinal())
        out.blocks.append(
            paragraph(Tr::tr("DRAFT: for discussion; not yet agreed and signed off by the board"),
                Block::Kind::DraftMark));
    QList<std::pair<QString, QString>> facts;
    facts.append({ Tr::tr("Period"), info.period });
    facts.append(
        { data.compared() ? Tr::tr("Compared with") : Tr::tr("Comparison"), comparisonText(data) });
    facts.append({ Tr::tr("Framework"),
        QStringLiteral("%1 (%2 %3)")
            .arg(data.current.framework.title, data.current.framework.id,
                data.current.framework.version) });
    facts.append({ Tr::tr("Status"), statusText(data) });
    if (info.meetingDate.isValid())
        facts.append({ Tr::tr("Board meeting"), formatDate(info.meetingDate) });
    facts.append({ Tr::tr("Report date"), formatDate(data.today) });
    // Who rated, out of those expected to: never the expected count alone.
    const Participation taking = participation(data);
    facts.append({ Tr::tr("Trustees who rated"),
        taking.rated.isEmpty()
            ? Tr::tr("None yet, of %1 expected").arg(taking.expected.size())
            : Tr::tr("%1 of %2").arg(taking.rated.size()).arg(taking.expected.size()) });
    facts.append({ Tr::tr("Prepared for"),
        data.isPublic()
            ? Tr::tr("Publication: the board's agreed ratings, the spread of trustees' ratings and "
                     "the narrative, without trustees' names or individual ratings")
            : Tr::tr("The board: includes trustees' names, individual ratings and notes") });
    out.blocks.append(keyValues(facts));
}

void addMovements(const ReportData &data, ReportContent &out);

// Under a capped domain's title: why, and what its indicators alone give.
QStringList capNotes(const Scale &scale, const DomainNarrative &dn)
{
    if (dn.cap.isEmpty() || !dn.uncappedScore)
        return {};
    return { Tr::tr("%1; its indicators' score is %2")
                 .arg(capitalised(dn.cap), narrative::score(scale, *dn.uncappedScore)) };
}

void addSummary(const ReportData &data, const Narrative &narrative, ReportContent &out)
{
    const Framework &fw = data.current.framework;
    out.blocks.append(
        heading(Block::Kind::Heading1, Tr::tr("Summary"), QStringLiteral("summary"), true));
    for (const QString &text : paragraphsOf(narrative.overall))
        out.blocks.append(paragraph(text));

    const bool compared = data.compared();
    out.charts.append(radarChartData(fw, data.current.scores, data.current.info.period,
        compared ? &data.comparison->framework : nullptr,
        compared ? &data.comparison->scores : nullptr,
        compared ? data.comparison->info.period : QString()));
    out.chartDescriptions.append(describeRadarChart(out.charts.last()));
    Block chart;
    chart.kind = Block::Kind::Chart;
    chart.chart = int(out.charts.size()) - 1;
    out.blocks.append(chart);
    out.blocks.append(paragraph(out.charts.last().series.size() > 1
            ? Tr::tr("Domain scores: %1 as the filled shape, %2 as the dashed outline.")
                  .arg(data.current.info.period, data.comparison->info.period)
            : Tr::tr("Domain scores, %1.").arg(data.current.info.period),
        Block::Kind::Note));

    out.blocks.append(heading(Block::Kind::Heading2, Tr::tr("Domains at a glance")));
    Block glance;
    glance.kind = Block::Kind::Table;
    Table &t = glance.table;
    t.headers = { Tr::tr("Domain"), Tr::tr("Level"), Tr::tr("Score") };
    t.widths = { 36, 16, 9 };
    if (compared) {
        t.headers.append(Tr::tr("Since %1").arg(data.comparison->info.period));
        t.widths.append(14);
    }
    t.headers.append({ Tr::tr("Indicators scored"), Tr::tr("Trustees differ") });
    t.widths.append({ 12, 13 });
    if (!compared)
        t.widths[0] += 14;
    t.centredColumns = { 2, 3, 4, 5 };
    for (int d = 0; d < narrative.domains.size(); ++d) {
        const DomainNarrative &dn = narrative.domains[d];
        const DomainScore &ds = data.current.scores.domains[d];
        QList<Cell> row;
        // A cap's why goes under the domain, where the widest column has room for it.
        row.append(Cell { dn.title, capNotes(fw.scale, dn), true });
        QStringList levelNotes;
        if (dn.provisional)
            levelNotes.append(Tr::tr("provisional"));
        if (!dn.capNote.isEmpty())
            levelNotes.append(dn.capNote);
        row.append(Cell { dn.score ? dn.level : Tr::tr("Not scored"), levelNotes });
        row.append(
            Cell { dn.score ? narrative::score(fw.scale, *dn.score) : QStringLiteral("–"), {} });
        if (compared) {
            QStringList notes;
            if (dn.previousScore)
                notes.append(Tr::tr("was %1").arg(narrative::score(fw.scale, *dn.previousScore)));
            row.append(Cell { dn.change.isEmpty() ? QStringLiteral("–") : dn.change, notes });
        }
        row.append(Cell { QStringLiteral("%1/%2").arg(ds.scoredCount).arg(ds.indicatorCount), {} });
        // "0" only where trustees' ratings were compared at all.
        bool judged = false;
        for (const IndicatorScore &s : data.current.scores.indicators)
            judged = judged || (s.domainIndex == d && s.levelCount >= 2);
        row.append(
            Cell { judged ? QString::number(ds.disagreementCount) : QStringLiteral("–"), {} });
        t.rows.append(row);
    }
    out.blocks.append(glance);
    addMovements(data, out);

    out.blocks.append(heading(Block::Kind::Heading2, Tr::tr("Priorities")));
    out.blocks.append(paragraph(narrative.prioritiesIntro));
    if (!narrative.priorities.isEmpty()) {
        out.blocks.last().keepWithNext = true;
        Block list;
        list.kind = Block::Kind::Bullets;
        list.items = narrative.priorities;
        out.blocks.append(list);
    }
}

// Every indicator that moved a whole level or more, up and down: the list the
// summaries point to, with the full statements.
void addMovements(const ReportData &data, ReportContent &out)
{
    if (!data.compared())
        return;
    const QList<IndicatorMove> moves = indicatorMoves(data);
    const Framework &fw = data.current.framework;
    const QString before = data.comparison->info.period;
    out.blocks.append(heading(Block::Kind::Heading2, Tr::tr("Indicators that moved")));
    if (moves.isEmpty()) {
        out.blocks.append(
            paragraph(Tr::tr("No indicator moved by a whole level or more since %1.").arg(before)));
        return;
    }
    out.blocks.append(paragraph(
        Tr::tr("Indicators whose score moved by a whole level or more since %1, up and down.")
            .arg(before)));
    out.blocks.last().keepWithNext = true;
    Block table;
    table.kind = Block::Kind::Table;
    Table &t = table.table;
    t.headers = { Tr::tr("Indicator"), Tr::tr("Domain"), before, data.current.info.period,
        Tr::tr("Moved") };
    t.widths = { 46, 20, 12, 12, 10 };
    t.centredColumns = { 2, 3, 4 };
    for (const IndicatorMove &m : moves) {
        const Indicator &ind = fw.domains[m.domainIndex].indicators[m.indicatorIndex];
        const int whole = int(std::trunc(std::abs(m.levels) + 1e-9));
        t.rows.append({ Cell { ind.text, {} }, Cell { fw.domains[m.domainIndex].title, {} },
            Cell { narrative::score(fw.scale, m.before),
                { narrative::levelLabel(fw.scale, m.before) } },
            Cell {
                narrative::score(fw.scale, m.after), { narrative::levelLabel(fw.scale, m.after) } },
            Cell { m.levels > 0 ? Tr::tr("up %n level(s)", nullptr, whole)
                                : Tr::tr("down %n level(s)", nullptr, whole),
                {} } });
    }
    out.blocks.append(table);
}

Cell agreedCell(const ReportData &data, const IndicatorScore &s, const Consensus *consensus)
{
    const Scale &scale = data.current.framework.scale;
    Cell cell;
    if (s.consensus.isLevel()) {
        cell.text = levelWithValue(scale, s.consensus.level);
    } else if (s.consensus.isNotApplicable()) {
        cell.text = Tr::tr("Not applicable");
    } else {
        cell.text = Tr::tr("Not yet agreed");
        if (s.mean)
            cell.notes.append(
                Tr::tr("provisional: trustees' mean %1 (%2)")
                    .arg(narrative::score(scale, *s.mean), narrative::levelLabel(scale, *s.mean)));
    }
    if (consensus && !s.consensus.isUnrated()) {
        const QString confidence = confidenceText(consensus->confidence);
        if (!confidence.isEmpty())
            cell.notes.append(confidence);
    }
    return cell;
}

Cell spreadCell(const ReportData &data, const IndicatorScore &s, const QList<Departure> &departs)
{
    const Scale &scale = data.current.framework.scale;
    Cell cell;
    if (s.levelCount == 0 || !s.min || !s.max) {
        cell.text = Tr::tr("No ratings");
    } else if (*s.min == *s.max) {
        cell.text = formatLevelValue(*s.min);
        cell.notes.append(s.levelCount == 1
                ? Tr::tr("%1, one rating").arg(narrative::levelLabel(scale, *s.min))
                : Tr::tr("all %1").arg(narrative::levelLabel(scale, *s.min)));
    } else {
        cell.text = QStringLiteral("%1–%2").arg(formatLevelValue(*s.min), formatLevelValue(*s.max));
        cell.notes.append(
            Tr::tr("%1 to %2")
                .arg(narrative::levelLabel(scale, *s.min), narrative::levelLabel(scale, *s.max)));
    }
    if (s.levelCount > 1)
        cell.notes.append(Tr::tr("n = %1").arg(s.levelCount));
    if (s.notApplicableCount > 0)
        cell.notes.append(Tr::tr("%n said not applicable", nullptr, s.notApplicableCount));
    if (s.unratedCount > 0)
        cell.notes.append(Tr::tr("%n not rated", nullptr, s.unratedCount));
    if (s.disagreement)
        cell.notes.append(Tr::tr("differ by two levels or more"));
    for (const Departure &d : departs) {
        if (d.indicator == s.indicator)
            cell.notes.append(Tr::tr("agreed rating a level or more from the median (%1)")
                                  .arg(formatLevelValue(std::round(d.median * 100) / 100)));
    }
    return cell;
}

Cell evidenceCell(const ReportData &data, const Consensus *consensus)
{
    Cell cell;
    QStringList lines;
    for (const Evidence &e : narrative::visibleEvidence(data, consensus)) {
        QString line = e.title.simplified();
        if (e.date.isValid())
            line += QStringLiteral(", ") + formatDate(e.date);
        if (e.confidential)
            line += u' ' + Tr::tr("(confidential)");
        if (!e.ref.trimmed().isEmpty())
            line += QStringLiteral(" — ") + e.ref.trimmed();
        lines.append(line);
    }
    cell.text = lines.isEmpty() ? QStringLiteral("–") : lines.join(u'\n');
    return cell;
}

void addDomains(const ReportData &data, const Narrative &narrative, ReportContent &out)
{
    const Framework &fw = data.current.framework;
    const QList<Departure> departs = departures(data);
    for (int d = 0; d < fw.domains.size(); ++d) {
        const Domain &domain = fw.domains[d];
        out.blocks.append(heading(
            Block::Kind::Heading1, domain.title, QStringLiteral("domain-%1").arg(d + 1), true));
        if (!domain.summary.trimmed().isEmpty())
            out.blocks.append(paragraph(domain.summary, Block::Kind::Lead));
        // The floor first, then the figures, then the maturity narrative.
        addDomainStandards(data, d, out);
        addDomainMeasures(data, d, out);
        if (!domain.standards.isEmpty() || !domain.measures.isEmpty())
            out.blocks.append(heading(Block::Kind::Heading2, Tr::tr("Maturity")));
        for (const QString &text : narrative.domains[d].paragraphs)
            out.blocks.append(paragraph(text));

        Block table;
        table.kind = Block::Kind::Table;
        Table &t = table.table;
        t.headers = { Tr::tr("Indicator"), Tr::tr("Agreed rating"), Tr::tr("Trustees' spread"),
            Tr::tr("Rationale"), Tr::tr("Evidence") };
        t.widths = { 27, 14, 15, 26, 18 };
        for (const IndicatorScore &s : data.current.scores.indicators) {
            if (s.domainIndex != d)
                continue;
            const Indicator &ind = domain.indicators[s.indicatorIndex];
            const Consensus *consensus = data.current.data.consensusFor(ind.fullId);
            QList<Cell> row;
            row.append(Cell { ind.text, {} });
            row.append(agreedCell(data, s, consensus));
            row.append(spreadCell(data, s, departs));
            const QString rationale = consensus ? consensus->rationale.trimmed() : QString();
            row.append(Cell { rationale.isEmpty() ? QStringLiteral("–") : rationale, {} });
            row.append(evidenceCell(data, consensus));
            t.rows.append(row);
        }
        out.blocks.append(heading(Block::Kind::Heading2, Tr::tr("Indicators")));
        out.blocks.append(table);
    }
}

QString domainOfAction(const Framework &fw, const Action &a)
{
    int index = fw.domainIndex(a.domain);
    if (index < 0) {
        const auto it = fw.indicatorIndex.constFind(a.indicator);
        index = it != fw.indicatorIndex.cend() ? it->first : domainOfStandard(fw, a.indicator);
    }
    return index >= 0 ? fw.domains[index].title : QStringLiteral("–");
}

void addActions(const ReportData &data, ReportContent &out)
{
    const QList<Action> &actions = data.current.data.actions;
    out.blocks.append(
        heading(Block::Kind::Heading1, Tr::tr("Actions"), QStringLiteral("actions"), true));
    if (actions.isEmpty()) {
        out.blocks.append(paragraph(Tr::tr("No actions were recorded for this period.")));
        return;
    }
    int open = 0;
    int overdue = 0;
    for (const Action &a : actions) {
        open += narrative::isOpen(a) ? 1 : 0;
        overdue += narrative::isOverdue(a, data.today) ? 1 : 0;
    }
    QString summary
        = Tr::tr("The board recorded %n action(s) for this period.", nullptr, int(actions.size()))
        + u' ';
    summary += overdue > 0 ? Tr::tr("Still open: %1; overdue on %2: %3.")
                                 .arg(open)
                                 .arg(formatDate(data.today))
                                 .arg(overdue)
                           : Tr::tr("Still open: %1; none is overdue.").arg(open);
    out.blocks.append(paragraph(summary));

    Block table;
    table.kind = Block::Kind::Table;
    Table &t = table.table;
    const bool owners = !data.isPublic();
    t.headers = { Tr::tr("Action"), Tr::tr("Domain") };
    t.widths = { 44, 20 };
    if (owners) {
        t.headers.append(Tr::tr("Owner"));
        t.widths.append(14);
    } else {
        t.widths[0] += 14;
    }
    t.headers.append({ Tr::tr("Due"), Tr::tr("Status") });
    t.widths.append({ 11, 11 });
    for (const Action &a : actions) {
        QList<Cell> row;
        row.append(Cell { a.text.trimmed(),
            a.carriedFrom ? QStringList { Tr::tr("carried forward from an earlier period") }
                          : QStringList {} });
        row.append(Cell { domainOfAction(data.current.framework, a), {} });
        if (owners)
            row.append(Cell {
                a.owner.trimmed().isEmpty() ? QStringLiteral("–") : a.owner.simplified(), {} });
        row.append(Cell { a.due.isValid() ? formatDate(a.due) : QStringLiteral("–"), {} });
        row.append(Cell { actionStatusText(a.status),
            narrative::isOverdue(a, data.today) ? QStringList { Tr::tr("overdue") }
                                                : QStringList {} });
        t.rows.append(row);
    }
    out.blocks.append(table);
}

void addSignOff(const ReportData &data, ReportContent &out)
{
    const AssessmentInfo &info = data.current.info;
    out.blocks.append(
        heading(Block::Kind::Heading1, Tr::tr("Sign-off"), QStringLiteral("sign-off")));
    if (info.isFinal()) {
        const SignOff &s = info.signOff;
        out.blocks.append(paragraph(
            Tr::tr("The chair signed off this self-assessment on behalf of the board on %1. "
                   "It is final and can no longer be changed.")
                .arg(formatDate(s.date))));
        QList<std::pair<QString, QString>> facts;
        if (!data.isPublic())
            facts.append({ Tr::tr("Chair"), s.chair.simplified() });
        facts.append({ Tr::tr("Date"), formatDate(s.date) });
        if (!s.minuteRef.trimmed().isEmpty())
            facts.append({ Tr::tr("Minute"), s.minuteRef.simplified() });
        out.blocks.append(keyValues(facts));
        return;
    }
    out.blocks.append(
        paragraph(Tr::tr("This report is a draft. It becomes final when the chair signs off the "
                         "self-assessment on behalf of the board.")));
    const QString line = QStringLiteral("________________________________");
    out.blocks.append(keyValues({ { Tr::tr("Chair"), line }, { Tr::tr("Signature"), line },
        { Tr::tr("Date"), line }, { Tr::tr("Minute"), line } }));
}

void addAppendix(const ReportData &data, ReportContent &out)
{
    const Framework &fw = data.current.framework;
    const QSet<qint64> raterIds(data.raters.cbegin(), data.raters.cend());
    QList<Trustee> raters;
    for (const Trustee &t : data.trustees) {
        if (raterIds.contains(t.id))
            raters.append(t);
    }
    out.blocks.append(heading(Block::Kind::Heading1,
        Tr::tr("Appendix: trustees' individual ratings"), QStringLiteral("appendix"), true));
    if (raters.isEmpty()) {
        out.blocks.append(paragraph(Tr::tr("No trustee rated this assessment.")));
        return;
    }
    QStringList levels;
    for (const Level &l : fw.scale.levels)
        levels.append(Tr::tr("%1 %2").arg(formatLevelValue(l.value), l.label));
    out.blocks.append(paragraph(
        Tr::tr("Each trustee's own rating of each indicator, before the board agreed its "
               "rating. The numbers are the scale's levels: %1; \"n/a\" is not applicable and "
               "a dash means not rated. Trustees are numbered as in this list.")
            .arg(levels.join(QStringLiteral(", ")))));
    Block key;
    key.kind = Block::Kind::Table;
    key.table.headers = { Tr::tr("No."), Tr::tr("Trustee"), Tr::tr("Role") };
    key.table.widths = { 8, 52, 40 };
    key.table.centredColumns = { 0 };
    QHash<qint64, int> column;
    for (int i = 0; i < raters.size(); ++i) {
        column.insert(raters[i].id, i);
        key.table.rows.append({ Cell { QString::number(i + 1), {} },
            Cell { raters[i].name.simplified(), {} }, Cell { raters[i].role.simplified(), {} } });
    }
    out.blocks.append(key);

    // index of each rating: (indicator, trustee column)
    QHash<QString, QList<const Rating *>> byIndicator;
    for (const Rating &r : data.current.data.ratings)
        byIndicator[r.indicator].append(&r);

    const int n = int(raters.size());
    const double each = std::min(7.0, 62.0 / n);
    for (const Domain &domain : fw.domains) {
        out.blocks.append(heading(Block::Kind::Heading2, domain.title));
        Block grid;
        grid.kind = Block::Kind::Table;
        grid.table.compact = true;
        grid.table.headers.append(Tr::tr("Indicator"));
        grid.table.widths.append(100 - each * n);
        for (int i = 0; i < n; ++i) {
            grid.table.headers.append(QString::number(i + 1));
            grid.table.widths.append(each);
            grid.table.centredColumns.append(i + 1);
        }
        QList<std::pair<QString, QStringList>> notes; // indicator text, "Name (no. n): note"
        for (const Indicator &ind : domain.indicators) {
            QList<Cell> row(n + 1);
            row[0] = Cell { ind.text, {} };
            for (int i = 1; i <= n; ++i)
                row[i] = Cell { QStringLiteral("–"), {} };
            QStringList indicatorNotes;
            for (const Rating *r : byIndicator.value(ind.fullId)) {
                const auto col = column.constFind(r->trusteeId);
                if (col == column.cend())
                    continue;
                if (r->value.isLevel())
                    row[*col + 1].text = formatLevelValue(r->value.level);
                else if (r->value.isNotApplicable())
                    row[*col + 1].text = Tr::tr("n/a");
                if (!r->note.trimmed().isEmpty())
                    indicatorNotes.append(Tr::tr("%1 (no. %2): %3")
                                              .arg(raters[*col].name.simplified(),
                                                  QString::number(*col + 1), r->note.trimmed()));
            }
            if (!indicatorNotes.isEmpty())
                notes.append({ ind.text, indicatorNotes });
            grid.table.rows.append(row);
        }
        out.blocks.append(grid);
        if (!notes.isEmpty()) {
            out.blocks.append(
                heading(Block::Kind::Heading3, Tr::tr("Trustees' notes on %1").arg(domain.title)));
            for (const auto &[indicator, lines] : std::as_const(notes)) {
                out.blocks.append(paragraph(indicator, Block::Kind::Note));
                out.blocks.last().keepWithNext = true;
                for (const QString &line : lines)
                    out.blocks.append(paragraph(line, Block::Kind::Small));
            }
        }
    }
}

} // namespace

ReportContent buildReportContent(const ReportData &data, const Narrative &narrative)
{
    ReportContent out;
    const AssessmentInfo &info = data.current.info;
    out.trustName = data.trustName;
    out.title = Tr::tr("%1 %2").arg(reportTitle(data), info.period);
    out.headerLeft = data.trustName;
    out.headerRight = out.title;
    out.footerLeft = data.isPublic() ? Tr::tr("Public report")
                                     : Tr::tr("Board report: contains trustees' names and ratings");
    out.draft = !info.isFinal();
    out.draftMark = Tr::tr("DRAFT");
    addCover(data, out);
    if (!data.isPublic())
        addChairSummary(data, narrative, out);
    addSummary(data, narrative, out);
    addDomains(data, narrative, out);
    addActions(data, out);
    addSignOff(data, out);
    if (!data.isPublic()) {
        addChecksAppendix(data, out);
        addAppendix(data, out);
    }
    return out;
}

} // namespace strongtrust::report
