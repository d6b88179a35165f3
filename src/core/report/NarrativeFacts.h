#pragma once

// Internal to the report: facts about an assessment that several parts of the
// report state (the chair's summary, the narrative, the tables), computed once
// so that they agree. Plain values: no words here.
#include "report/ReportData.h"

#include <QList>
#include <QString>

namespace strongtrust::report {

// One indicator whose score moved a whole level or more since the comparison period.
struct IndicatorMove {
    int domainIndex = 0;
    int indicatorIndex = 0;
    QString indicator; // full id
    double before = 0;
    double after = 0;
    double levels = 0; // signed, in steps of the scale (positions where both are levels)
};

// An agreed rating a level or more from the median of the trustees' own ratings.
struct Departure {
    int domainIndex = 0;
    int indicatorIndex = 0;
    QString indicator;
    double agreed = 0; // the agreed level's value
    double median = 0; // the trustees' median, as a value of the scale
    int trustees = 0; // how many trustees gave a level
};

// Whose ratings the report rests on.
struct Participation {
    QList<qint64> expected; // trustees expected to rate (the assessment's raters)
    QList<qint64> rated; // those of them, and anyone else, who gave at least one rating
    QList<qint64> notRated; // expected but gave none
    int indicators = 0; // indicators of the framework
    int indicatorsRated = 0; // with at least one trustee's level or "not applicable"
    int agreed = 0; // indicators with an agreed level or "not applicable"
    int agreedLevels = 0; // indicators with an agreed level
    int provisional = 0; // scored on trustees' ratings only
};

// How well the agreed ratings are evidenced, as the audience sees the evidence.
struct EvidenceState {
    int agreedLevels = 0; // agreed ratings (levels) in all
    QList<QString> uncited; // full ids of agreed levels that cite no evidence
    QList<QString> uncitedStrong; // those of them marked strong confidence
    int distinctItems = 0; // distinct items of evidence cited, however often
};

// Distinct items of evidence: the same title, reference and date are one item,
// cited by however many indicators.
struct EvidenceItem {
    QString title; // simplified
    bool confidential = false;
    QList<QString> indicators; // the full ids citing it, in framework order
};

Participation participation(const ReportData &data);
// Indicators that moved a whole level or more, in framework order; empty when not compared.
QList<IndicatorMove> indicatorMoves(const ReportData &data);
QList<Departure> departures(const ReportData &data);
EvidenceState evidenceState(const ReportData &data);
// The distinct items cited for the indicators of one domain (-1: every domain).
QList<EvidenceItem> evidenceItems(const ReportData &data, int domainIndex);
// Whether every trustee who rated the indicator said "not applicable" (and at least one did).
bool trusteesSayNotApplicable(const IndicatorScore &s);

} // namespace strongtrust::report
