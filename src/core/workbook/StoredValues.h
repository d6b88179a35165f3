#pragma once

// Internal to the core: how the workbook's columns hold a rating value, and
// how the audit trail writes one (raw: "3", "na", or empty for unrated).
#include "workbook/AssessmentData.h"

#include <QVariant>

namespace strongtrust::stored {

QString kindOf(const RatingValue &v); // "level", "na", "unrated"
QVariant levelOf(const RatingValue &v); // the level, or NULL
RatingValue valueFrom(const QVariant &kind, const QVariant &level);
QString auditValue(const RatingValue &v);
QVariant optionalId(qint64 id); // NULL for 0

} // namespace strongtrust::stored
