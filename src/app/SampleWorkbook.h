#pragma once

#include "util/Result.h"
#include "workbook/Workbook.h"

#include <memory>

namespace strongtrust::app {

// The sample workbook that ships with the application: a fictional trust with
// two periods of ratings, notes, evidence and actions, so a new user sees the
// product working at once. Created at `path` (which must not exist).
Result<std::unique_ptr<Workbook>> createSampleWorkbook(const QString &path);

} // namespace strongtrust::app
