#pragma once

// Internal to the report: the board report's appendix of the checks before
// sign-off (periods/SignOffChecks.h), so that the chair sees what the clerk
// was asked to look at, and what remains.
#include "report/ReportContent.h"

namespace strongtrust::report {

void addChecksAppendix(const ReportData &data, ReportContent &out);

} // namespace strongtrust::report
