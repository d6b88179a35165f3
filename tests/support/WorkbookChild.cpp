// A second process for workbook tests: holds a workbook open, so that the
// test can check what another process sees.
//   workbook_child hold PATH   open for writing, print "ready", wait for stdin to close
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || args[1] != QLatin1String("hold"))
        return 2;
    auto wb = strongtrust::Workbook::open(args[2]);
    QTextStream out(stdout);
    if (!wb) {
        out << "error " << wb.errorText() << Qt::endl;
        return 1;
    }
    out << (wb.value()->isReadOnly() ? "read-only" : "ready") << Qt::endl;
    std::string line;
    std::getline(std::cin, line);
    return 0;
}
