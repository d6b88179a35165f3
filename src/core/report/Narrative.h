#pragma once

#include "report/Report.h"
#include "report/ReportData.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace strongtrust {

class Workbook;

// One domain's paragraph, with the facts it states for tables to reuse.
struct DomainNarrative {
    QString domainId;
    QString title;
    std::optional<double> score; // the domain's score (capped); empty when nothing was scored
    QString level; // label of the level nearest the score, empty when not scored
    // Its indicators' mean before a baseline standard's cap: `score` when not capped.
    std::optional<double> uncappedScore;
    QString cap; // "capped at Developing while “…” is not met"; empty when not capped
    QString capNote; // "capped": for a narrow table cell whose page says why
    bool provisional = false; // some of its scores are trustees' means, not agreed ratings
    std::optional<double> previousScore; // in the comparison period, when compared and scored there
    QString change; // "up 0.4", "down 0.2", "no change"; empty when not compared
    QStringList paragraphs; // the narrative: position; how trustees rated; evidence and actions
    QString text; // the paragraphs as one
};

// The report's words, written once and shared by the PDF, the HTML and the minutes.
struct Narrative {
    QString overall; // where the trust stands, strongest and weakest, what changed
                     // (the board's own words may be paragraphs separated by blank lines)
    QList<DomainNarrative> domains; // in framework order
    QString prioritiesIntro; // the sentence before the list (or instead of it, when empty)
    QStringList priorities; // the lowest-scored indicators, then overdue actions
};

// Writes the narrative of an assessment. Deterministic: the same data (and
// `data.today`) give the same words. Nothing about a particular framework is
// assumed: levels, domains and scale come from the assessment's framework.
Narrative buildNarrative(const ReportData &data);
// The two pieces the board may replace with its own words, each callable alone:
// the summary paragraph (Narrative::overall) and one domain's paragraphs.
QString buildSummaryParagraph(const ReportData &data);
DomainNarrative buildDomainNarrative(const ReportData &data, int domainIndex);
Result<Narrative> buildNarrative(
    const Workbook &wb, qint64 assessmentId, const ReportOptions &options);

// Helpers the report writers share with the narrative.
namespace narrative {
// The label of the scale level nearest to a score, or "" for an empty scale.
QString levelLabel(const Scale &scale, double score);
// A score as the report shows it, to the scale's decimals.
QString score(const Scale &scale, double value);
// Whether an action is still to be done.
bool isOpen(const Action &action);
// Whether an open action's due date has passed.
bool isOverdue(const Action &action, const QDate &today);
// Whether an action belongs to a domain (by its domain, or its indicator's).
bool belongsTo(const Action &action, const Framework &fw, int domainIndex);
// Evidence the audience may see, for one indicator.
QList<Evidence> visibleEvidence(const ReportData &data, const Consensus *consensus);
} // namespace narrative

} // namespace strongtrust
