#pragma once

#include "cli/Console.h"

#include <QStringList>

namespace strongtrust::cli {

// `strongtrust new WORKBOOK --trust NAME [--framework FILE]`
int workbookNew(const QStringList &arguments, Console console);
// `strongtrust import WORKBOOK FILE.json...`
int workbookImport(const QStringList &arguments, Console console);
// `strongtrust export WORKBOOK --period P (--json OUT | --csv OUT)`
int workbookExport(const QStringList &arguments, Console console);
// `strongtrust list WORKBOOK`
int workbookList(const QStringList &arguments, Console console);

} // namespace strongtrust::cli
