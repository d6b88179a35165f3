#pragma once

// Internal to the narrative: what its parts share. Not for the surfaces.
#include "report/Narrative.h"
#include "report/NarrativeFacts.h"

#include <QCoreApplication>

namespace strongtrust::report {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Report)
};

// How a score moved between two periods, judged on the scores as shown.
struct Movement {
    enum Direction { Same, Up, Down };
    Direction direction = Same;
    bool slight = false; // less than a quarter of a step of the scale, within one level
    int levelChange = 0; // positions of the nearest levels, later minus earlier
};

// The facts every part of the narrative reads, computed once.
struct NarrativeContext {
    explicit NarrativeContext(const ReportData &data);

    const ReportData &data;
    const Framework &fw;
    const Scale &scale;
    const AssessmentScores &scores;
    int decimals = 1;
    double step = 1; // the mean distance between neighbouring levels
    QString previousPeriod; // the comparison's period, when there is one
    Participation participation; // whose ratings the scores rest on

    QString num(double value) const; // a score as shown
    QString level(double value) const; // nearest level label
    std::optional<double> previousDomainScore(const QString &domainId) const;
    bool inPreviousFramework(const QString &domainId) const;
    Movement movement(double before, double after) const;
    QString changeWord(double before, double after) const; // "up 0.4"
    // An indicator in running prose: its short title, or its statement in quotes
    // where the framework gives no short title; never its id.
    QString indicatorName(const IndicatorScore &s) const;
    QString indicatorName(const QString &fullId) const;
    // Several indicators named in one sentence: "A, B and C".
    QString indicatorNames(const QStringList &fullIds) const;
    QString indicatorRating(
        const IndicatorScore &s) const; // "Established", or provisional with the mean
    // A baseline standard in running prose: its statement (up to a first colon
    // or semicolon, where the detail of how it is met begins) in quotes.
    QString standardName(const Standard &standard) const;
    QString standardName(const QString &fullId) const;
    // Why a domain's level is what it is when a standard caps it: "capped at
    // Developing while “…” is not met"; empty when nothing caps it.
    QString capClause(const DomainScore &ds) const;
    // The same, for a narrow table cell whose page says why: "capped".
    QString capNote(const DomainScore &ds) const;
};

QString summaryParagraph(const NarrativeContext &c);
// "2 indicators rose by a whole level or more since 2024/25: A and B." and the
// same of those that fell; empty when not compared.
QStringList indicatorMovementSentences(const NarrativeContext &c);
DomainNarrative domainNarrative(const NarrativeContext &c, int domainIndex);
void writePriorities(const NarrativeContext &c, Narrative &out);
// "(Jane Smith, due 1 July 2026, overdue)": the owner only for the board.
QString actionDetails(const ReportData &data, const Action &action, bool withOverdue);

} // namespace strongtrust::report
