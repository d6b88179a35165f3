#pragma once

#include "cli/Console.h"

#include <QStringList>

namespace strongtrust::cli {

// `strongtrust framework check FILE`
int frameworkCheck(const QStringList &arguments, Console console);
// `strongtrust framework show [FILE]`
int frameworkShow(const QStringList &arguments, Console console);

} // namespace strongtrust::cli
