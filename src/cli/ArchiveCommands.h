#pragma once

#include "cli/Console.h"

#include <QStringList>

namespace strongtrust::cli {

// The clerk's year on the command line: start a period, sign it off, correct
// it by amendment, archive it and check the archive.

// `strongtrust start WORKBOOK --period P [--from P0] [--title TEXT]`
int periodStart(const QStringList &arguments, Console console);
// `strongtrust finalise WORKBOOK --period P --chair NAME --date YYYY-MM-DD [--minute REF] [--reason
// DOMAIN=TEXT]...`
int periodFinalise(const QStringList &arguments, Console console);
// `strongtrust amend WORKBOOK --period P --text TEXT`
int periodAmend(const QStringList &arguments, Console console);
// `strongtrust archive WORKBOOK --period P --out DIR`
int archiveWrite(const QStringList &arguments, Console console);
// `strongtrust verify DIR`
int archiveVerify(const QStringList &arguments, Console console);

} // namespace strongtrust::cli
