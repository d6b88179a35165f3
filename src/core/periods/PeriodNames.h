#pragma once

#include "workbook/AssessmentData.h"

#include <QDate>
#include <QString>

namespace strongtrust {

// A text as part of a file name: "2025/26" becomes "2025-26", and every other
// character that some file system refuses (\ : * ? " < > | and control
// characters) becomes "-" too.
QString fileNamePart(const QString &text);

// The period a new assessment is suggested for: the academic year after the
// latest period when that reads as one ("2025/26" → "2026/27"); with no
// period yet, the academic year `today` falls in (it starts in September);
// otherwise nothing (the board labels its own periods).
QString suggestedNextPeriod(const QList<AssessmentInfo> &periods, const QDate &today);

// Evidence dated more than twelve months before `reference` (the meeting, or
// today before a meeting date is set) may no longer be true.
bool isEvidenceStale(const QDate &evidenceDate, const QDate &reference);

} // namespace strongtrust
