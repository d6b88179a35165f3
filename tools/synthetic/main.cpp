// strongtrust-synthetic: writes synthetic assessment documents (JSON) or a
// whole synthetic workbook, for trying the application and for benchmarks.
//   strongtrust-synthetic documents DIR [PERIODS TRUSTEES]
//   strongtrust-synthetic workbook FILE [PERIODS TRUSTEES]
#include "SyntheticWorkbook.h"
#include "framework/FrameworkLoader.h"
#include "util/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace strongtrust;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 3 && args.size() != 5) {
        err << "usage: strongtrust-synthetic (documents DIR | workbook FILE) [PERIODS TRUSTEES]\n";
        return 2;
    }
    synthetic::Spec spec;
    if (args.size() == 5) {
        spec.periods = args[3].toInt();
        spec.trustees = args[4].toInt();
    }
    const QString trust = QStringLiteral("Oakfield Learning Trust");
    const Framework &fw = FrameworkLoader::builtIn();
    if (args[1] == QLatin1String("documents")) {
        QDir().mkpath(args[2]);
        const auto docs = synthetic::documents(fw, trust, spec);
        for (int i = 0; i < docs.size(); ++i) {
            const QString file = QDir(args[2]).filePath(
                QStringLiteral("period-%1.json").arg(i + 1, 2, 10, QLatin1Char('0')));
            if (auto s = writeFileAtomically(file, docs[i]); !s) {
                err << s.errorText() << '\n';
                return 1;
            }
        }
        return 0;
    }
    if (args[1] == QLatin1String("workbook")) {
        auto wb = synthetic::buildWorkbook(args[2], trust, fw, spec);
        if (!wb) {
            err << wb.errorText() << '\n';
            return 1;
        }
        return 0;
    }
    err << "unknown mode " << args[1] << '\n';
    return 2;
}
