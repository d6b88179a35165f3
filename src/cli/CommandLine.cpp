#include "cli/CommandLine.h"

#include "Version.h"
#include "cli/ArchiveCommands.h"
#include "cli/Console.h"
#include "cli/FrameworkCommands.h"
#include "cli/LiveCommands.h"
#include "cli/ReportCommands.h"
#include "cli/WorkbookCommands.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <memory>

namespace strongtrust::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::cli::CommandLine)
};

struct Command {
    QStringList words; // as typed: {"framework", "check"}
    const char *synopsis; // arguments, for the overview
    const char *summary; // translated at print time
    int (*run)(const QStringList &arguments, Console console);
    bool paints; // needs fonts and a paint device (QGuiApplication, offscreen)
};

const QList<Command> &commands()
{
    static const QList<Command> table = {
        { { QStringLiteral("framework"), QStringLiteral("check") }, "FILE",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine", "Validate a framework file"),
            &frameworkCheck, false },
        { { QStringLiteral("framework"), QStringLiteral("show") }, "[FILE]",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine",
                "Print domains, indicators, standards and measures (built-in framework by "
                "default)"),
            &frameworkShow, false },
        { { QStringLiteral("new") }, "WORKBOOK --trust NAME [--framework FILE]",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine", "Create a workbook"), &workbookNew,
            false },
        { { QStringLiteral("import") }, "WORKBOOK (FILE.json... | --period P --measures FILE.csv)",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine",
                "Import assessment documents, or measures' values, each all or nothing"),
            &workbookImport, false },
        { { QStringLiteral("export") },
            "WORKBOOK --period P (--json OUT | --csv OUT | --measures OUT)",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine", "Export one assessment"),
            &workbookExport, false },
        { { QStringLiteral("list") }, "WORKBOOK",
            QT_TRANSLATE_NOOP(
                "strongtrust::cli::CommandLine", "Periods, status, raters and completeness"),
            &workbookList, false },
        { { QStringLiteral("report") },
            "WORKBOOK --period P (--pdf|--html|--odt|--minutes OUT) [OPTIONS]",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine",
                "Write the narrative report (PDF, HTML, ODT) or the draft minute"),
            &reportWrite, true },
        { { QStringLiteral("start") }, "WORKBOOK --period P [--from P0] [--title TEXT]",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine",
                "Start a period: the next from the last, carrying forward open actions, or the "
                "first"),
            &periodStart, false },
        { { QStringLiteral("finalise") },
            "WORKBOOK --period P --chair NAME --date YYYY-MM-DD [--minute REF]",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine", "Sign off and lock an assessment"),
            &periodFinalise, false },
        { { QStringLiteral("amend") }, "WORKBOOK --period P --text TEXT",
            QT_TRANSLATE_NOOP(
                "strongtrust::cli::CommandLine", "Record an amendment to a final assessment"),
            &periodAmend, false },
        { { QStringLiteral("archive") }, "WORKBOOK --period P --out DIR",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine",
                "Write the archive bundle of a final assessment (report, data, manifest)"),
            &archiveWrite, true },
        { { QStringLiteral("form") }, "WORKBOOK --period P --out DIR [--trustee NAME]...",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine",
                "Write each trustee a return form: one HTML file to rate in, no network needed"),
            &formWrite, false },
        { { QStringLiteral("live") },
            "WORKBOOK --period P [--listen ADDR:PORT] [--links FILE.json]",
            QT_TRANSLATE_NOOP("strongtrust::cli::CommandLine",
                "Run a live rating session without a window: trustees rate on their own devices"),
            &liveRun, false },
        { { QStringLiteral("verify") }, "DIR",
            QT_TRANSLATE_NOOP(
                "strongtrust::cli::CommandLine", "Check an archive bundle against its manifest"),
            &archiveVerify, false },
    };
    return table;
}

// The command the arguments name, or nullptr; `consumed` is how many words it took.
const Command *findCommand(const QStringList &args, int &consumed)
{
    for (const Command &c : commands()) {
        if (args.size() > c.words.size() && args.mid(1, c.words.size()) == c.words) {
            consumed = int(c.words.size());
            return &c;
        }
    }
    return nullptr;
}

bool isCommandWord(const QString &word)
{
    for (const Command &c : commands()) {
        if (c.words.constFirst() == word)
            return true;
    }
    return false;
}

QString versionText()
{
    return QStringLiteral("strongtrust %1 (%2)")
        .arg(QLatin1String(kVersion), QLatin1String(kGitRevision));
}

QString overview()
{
    QString text;
    text += Tr::tr("Usage: strongtrust [WORKBOOK]\n"
                   "       strongtrust COMMAND [ARGUMENTS] [OPTIONS]\n\n"
                   "Self-assessment of a school trust against the five domains of a strong trust.\n"
                   "With no command, opens the window (on WORKBOOK, if one is named).\n\n"
                   "Commands:\n");
    int width = 0;
    QStringList heads;
    for (const Command &c : commands()) {
        heads.append(c.words.join(u' ') + u' ' + QLatin1String(c.synopsis));
        width = std::max(width, int(heads.last().size()));
    }
    for (int i = 0; i < commands().size(); ++i)
        text += QStringLiteral("  %1  %2\n")
                    .arg(heads[i].leftJustified(width),
                        QCoreApplication::translate(
                            "strongtrust::cli::CommandLine", commands()[i].summary));
    text += Tr::tr("\nOptions:\n"
                   "  -h, --help     Show this help\n"
                   "  -v, --version  Show the version\n\n"
                   "'strongtrust COMMAND --help' shows a command's arguments and options.\n"
                   "Exit status: 0 success, 1 input refused (nothing changed), 2 usage error.\n");
    return text;
}

} // namespace

bool isHeadlessInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first.startsWith(u'-'))
        return true; // --help, --version, or a usage error to report headless
    if (isCommandWord(first))
        return true;
    // A word that is neither a command nor a file is a mistyped command, not a
    // workbook to open: report it without needing a display.
    return !QFileInfo::exists(first) && !first.contains(u'/') && !first.contains(u'.');
}

int runCommandLine(int &argc, char **argv)
{
    // Commands that paint (reports) get a GUI application on the offscreen
    // platform, so that they still need no display.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    int consumed = 0;
    const Command *command = findCommand(args, consumed);

    std::unique_ptr<QCoreApplication> app;
    if (command && command->paints) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Run from cron or as root there is no session folder, and Qt would
        // warn about it on stderr of a clerk's script: give it a private one.
        static QTemporaryDir runtime;
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid()) {
            QFile::setPermissions(
                runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("strongtrust"));
    QCoreApplication::setOrganizationName(QStringLiteral("strongtrust"));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));
    installTranslations();

    Console console = standardConsole();
    if (command)
        return command->run(args.mid(1 + consumed), console);

    const QString first = args.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        console.out << overview();
        console.out.flush();
        return ExitSuccess;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        console.out << versionText() << u'\n';
        console.out.flush();
        return ExitSuccess;
    }
    if (isCommandWord(first))
        console.err << Tr::tr("strongtrust %1: missing or unknown subcommand").arg(first) << u'\n';
    else if (first.startsWith(u'-'))
        console.err << Tr::tr("strongtrust: unknown option \"%1\"").arg(first) << u'\n';
    else
        console.err << Tr::tr("strongtrust: unknown command \"%1\"").arg(first) << u'\n';
    console.err << Tr::tr("Try 'strongtrust --help'.") << u'\n';
    console.err.flush();
    return ExitUsage;
}

} // namespace strongtrust::cli
