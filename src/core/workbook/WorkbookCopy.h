#pragma once

#include "util/Result.h"

namespace strongtrust {

class Workbook;

// Writes a consistent copy of the workbook to `path` (File ▸ Save a Copy):
// built under a temporary name, owner-only, renamed into place; never
// overwrites. The open workbook stays the one being edited.
Status saveWorkbookCopy(const Workbook &workbook, const QString &path);

} // namespace strongtrust
