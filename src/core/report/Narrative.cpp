#include "report/Narrative.h"

#include "report/BaselineFacts.h"
#include "report/BoardWords.h"
#include "report/NarrativeParts.h"
#include "report/ReportText.h"
#include "workbook/Workbook.h"

#include <QRegularExpression>

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
    if (it != fw.indicatorIndex.cend())
        return it->first == domainIndex;
    // An action may name a baseline standard in place of an indicator.
    return report::domainOfStandard(fw, action.indicator) == domainIndex;
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
    participation = report::participation(d);
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
    return indicatorName(s.indicator);
}

QString NarrativeContext::indicatorName(const QString &fullId) const
{
    const Indicator *ind = fw.findIndicator(fullId);
    if (!ind)
        return Tr::tr("an indicator this framework no longer has");
    return ind->shortTitle.isEmpty() ? quoted(ind->text) : ind->shortTitle;
}

QString NarrativeContext::indicatorNames(const QStringList &fullIds) const
{
    QStringList names;
    for (const QString &id : fullIds)
        names.append(indicatorName(id));
    return joinAnd(names);
}

QString NarrativeContext::indicatorRating(const IndicatorScore &s) const
{
    if (!s.score)
        return {};
    if (s.basis == ScoreBasis::TrusteeMean)
        return Tr::tr("%1, provisional at %2").arg(level(*s.score), num(*s.score));
    return level(*s.score);
}

// A standard's statement runs on into how it is met ("… across the trust: a
// trustee leads on …"); in running prose it is named by its short title or,
// where the framework gives none, by the duty itself, up to its first colon
// or semicolon, and quoted whole where it has neither.
QString NarrativeContext::standardName(const Standard &standard) const
{
    if (!standard.shortTitle.isEmpty())
        return standard.shortTitle;
    const QString text = standard.text.simplified();
    static const QRegularExpression detail(QStringLiteral("[:;]"));
    const qsizetype cut = text.indexOf(detail);
    return quoted(cut > 0 ? text.left(cut) : text);
}

QString NarrativeContext::standardName(const QString &fullId) const
{
    const Standard *standard = fw.findStandard(fullId);
    return standard ? standardName(*standard) : Tr::tr("a standard this framework no longer has");
}

QString NarrativeContext::capClause(const DomainScore &ds) const
{
    if (!ds.cappedAt)
        return {};
    QStringList names;
    for (const QString &id : ds.cappedBy)
        names.append(standardName(id));
    return (names.size() == 1 ? Tr::tr("capped at %1 while %2 is not met")
                              : Tr::tr("capped at %1 while %2 are not met"))
        .arg(level(*ds.cappedAt), joinAnd(names));
}

QString NarrativeContext::capNote(const DomainScore &ds) const
{
    if (!ds.cappedAt)
        return {};
    return Tr::tr("capped");
}

} // namespace report

Narrative buildNarrative(const ReportData &data)
{
    const NarrativeContext c(data);
    Narrative n;
    n.overall = summaryParagraph(c);
    for (int d = 0; d < c.fw.domains.size(); ++d)
        n.domains.append(domainNarrative(c, d));
    writePriorities(c, n);
    // Last, so that what the board wrote stands wherever the report is read.
    report::applyBoardWords(data.current.data.narrative, n);
    return n;
}

QString buildSummaryParagraph(const ReportData &data)
{
    return summaryParagraph(NarrativeContext(data));
}

DomainNarrative buildDomainNarrative(const ReportData &data, int domainIndex)
{
    const NarrativeContext c(data);
    if (domainIndex < 0 || domainIndex >= c.fw.domains.size())
        return {};
    return domainNarrative(c, domainIndex);
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
