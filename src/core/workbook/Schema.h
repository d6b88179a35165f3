#pragma once

// Internal to the core: the workbook's tables and their forward migrations.
#include "util/Result.h"

#include <QSqlDatabase>

namespace strongtrust::schema {

// The schema version this build writes (PRAGMA user_version).
int currentVersion();

// Applies migration steps `from`+1 .. `to` in order. A new workbook is a
// migration from version 0. Runs inside the caller's transaction.
Status migrate(const QSqlDatabase &db, int from, int to);

} // namespace strongtrust::schema
