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

// Writes `text` and a line end on stderr, flushed: ExitRefused.
int refuse(Console console, const QString &text);

// Writes `text` and a line end on stdout, flushed: ExitSuccess.
int done(Console console, const QString &text);

} // namespace strongtrust::cli
