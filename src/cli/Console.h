#pragma once

#include <QTextStream>

namespace strongtrust::cli {

// Where a command writes: its report on stdout, problems on stderr.
struct Console {
    QTextStream &out;
    QTextStream &err;
};

// The process's standard streams.
Console standardConsole();

// Exit statuses of cli.md.
enum ExitCode : int { ExitSuccess = 0, ExitRefused = 1, ExitUsage = 2 };

} // namespace strongtrust::cli
