#pragma once

// Internal to the core: how the workbook's columns hold a rating value, and
// how the audit trail writes one (raw: "3", "na", or empty for unrated); the
// same for the other values that need more than a plain column.
#include "workbook/AssessmentData.h"

#include <QVariant>

#include <optional>

namespace strongtrust::stored {

QString kindOf(const RatingValue &v); // "level", "na", "unrated"
QVariant levelOf(const RatingValue &v); // the level, or NULL
RatingValue valueFrom(const QVariant &kind, const QVariant &level);
QString auditValue(const RatingValue &v);
QVariant optionalId(qint64 id); // NULL for 0

// An optional number column (a measure's value, a target's bound): NULL for
// none; and back. The audit trail writes it as JSON would ("8.4"), or empty.
QVariant optionalNumber(const std::optional<double> &v);
std::optional<double> numberFrom(const QVariant &v);
QString auditNumber(const std::optional<double> &v);

// A note as the workbook keeps it: line breaks as '\n', the ends trimmed, so
// that the same words from a file with CRLF line ends compare equal.
QString noteText(const QString &text);

} // namespace strongtrust::stored
