// strongtrust: one executable for the window and the headless commands.
#include "app/AppMain.h"
#include "cli/CommandLine.h"

#include <QStringList>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (strongtrust::cli::isHeadlessInvocation(arguments))
        return strongtrust::cli::runCommandLine(argc, argv);
    return strongtrust::app::runApplication(argc, argv);
}
