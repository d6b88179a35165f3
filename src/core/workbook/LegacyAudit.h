#pragma once

// Internal to the core: schema step 4's conversion of the audit trail that
// earlier versions wrote (display names as keys, words of the interface
// language as values) into stable ids and raw values.
#include "util/Result.h"

#include <QSqlDatabase>

namespace strongtrust::legacyaudit {

// Runs inside the migration's transaction.
Status convert(const QSqlDatabase &db);

// A level as earlier versions wrote it ("3 Established", "not applicable" in
// the language of the day, or empty) as the raw value the trail now stores
// ("3", "na", or empty).
QString rawLevel(const QString &written);

} // namespace strongtrust::legacyaudit
