#include "cli/Console.h"

#include <cstdio>

namespace strongtrust::cli {

Console standardConsole()
{
    static QTextStream out(stdout);
    static QTextStream err(stderr);
    return Console{out, err};
}

} // namespace strongtrust::cli
