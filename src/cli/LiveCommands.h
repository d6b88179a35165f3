#pragma once

#include "cli/Console.h"

#include <QStringList>

namespace strongtrust::cli {

// `strongtrust live WORKBOOK --period P [--listen ADDR:PORT] [--links FILE.json]`
int liveRun(const QStringList &arguments, Console console);
// `strongtrust form WORKBOOK --period P --out DIR [--trustee NAME]...`
int formWrite(const QStringList &arguments, Console console);

} // namespace strongtrust::cli
