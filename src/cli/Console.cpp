#include "cli/Console.h"

#include <cstdio>

namespace strongtrust::cli {

Console standardConsole()
{
    static QTextStream out(stdout);
    static QTextStream err(stderr);
    return Console { out, err };
}

int refuse(Console console, const QString &text)
{
    console.err << text << u'\n';
    console.err.flush();
    return ExitRefused;
}

int done(Console console, const QString &text)
{
    console.out << text << u'\n';
    console.out.flush();
    return ExitSuccess;
}

} // namespace strongtrust::cli
