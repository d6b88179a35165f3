#pragma once

#include <QStringList>

namespace strongtrust::cli {

// True when the arguments ask for a headless command (or --help/--version)
// rather than the window.
bool isHeadlessInvocation(const QStringList &arguments);

// Runs a headless command and returns the process exit status. Creates the
// application object itself: no display is needed.
int runCommandLine(int &argc, char **argv);

} // namespace strongtrust::cli
