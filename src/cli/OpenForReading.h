#pragma once

#include "util/Result.h"
#include "workbook/Workbook.h"

#include <memory>

namespace strongtrust::cli {

// Opens a workbook for a command that only reads it (list, export, report).
// It is opened as the window would: a workbook from an older version is
// upgraded (after its backup) when the file can be written, and one that
// cannot be written, or is in use, is read as it is.
Result<std::unique_ptr<Workbook>> openForReading(const QString &path);

} // namespace strongtrust::cli
