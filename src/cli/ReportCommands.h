#pragma once

#include "cli/Console.h"

#include <QStringList>

namespace strongtrust::cli {

// `strongtrust report WORKBOOK --period P (--pdf OUT | --html OUT | --minutes OUT)
//  [--compare P2] [--audience board|public]`
int reportWrite(const QStringList &arguments, Console console);

} // namespace strongtrust::cli
