#pragma once

// Internal to the report: a domain's baseline standards and measures
// (framework format version 2) as blocks, before its narrative: the floor
// first (standards not met, with the board's note and its actions; then how
// many are met and which are not yet judged), then the measures (a table
// and the trend charts). A domain with neither adds nothing.
#include "report/ReportContent.h"

namespace strongtrust::report {

void addDomainStandards(const ReportData &data, int domainIndex, ReportContent &out);
void addDomainMeasures(const ReportData &data, int domainIndex, ReportContent &out);

} // namespace strongtrust::report
