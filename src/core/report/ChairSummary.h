#pragma once

// Internal to the report: the one-page summary for the chair at the front of
// the board report. What a chair needs to act on, each part short enough that
// the page holds it (the full lists are in the sections after it).
#include "report/ReportContent.h"

namespace strongtrust::report {

// The summary's lines, decided from the data; written as blocks by addChairSummary.
struct ChairSummary {
    QString basis; // whose ratings these are
    // The baseline standards, those not met first: the first of the findings
    // (empty: the framework has none).
    QString standards;
    QString standsCaption; // the caption of the table of domains
    Table domains; // domain by domain, core domains first
    QStringList findings; // three to five, each naming the indicator (or standards) behind it
    QString moved; // what moved since the comparison period (empty: not compared)
    QString departures; // agreed ratings a level or more from the trustees' median
    QString evidence; // the state of the evidence
    QString takingPart; // who took part, and who has not rated
    QStringList decisions; // what the board is asked to decide
};

ChairSummary chairSummary(const ReportData &data, const Narrative &narrative);
// The evidence line alone: the sign-off checks add to it where they run.
QString chairEvidenceLine(const ReportData &data);
// Appends the summary as blocks: a page of its own (board report only).
void addChairSummary(const ReportData &data, const Narrative &narrative, ReportContent &out);

} // namespace strongtrust::report
