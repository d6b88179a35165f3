#include "cli/ArchiveCommands.h"

#include "archive/ArchiveBundle.h"
#include "cli/CommandParser.h"
#include "framework/FrameworkLoader.h"
#include "workbook/Workbook.h"

#include <QDir>

namespace strongtrust::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::cli::ArchiveCommands)
};

QCommandLineOption periodOption()
{
    return QCommandLineOption(QStringLiteral("period"),
        Tr::tr("The assessment's period, e.g. 2025/26."), QStringLiteral("P"));
}

void addWorkbook(CommandParser &cmd)
{
    cmd.addPositional(
        QStringLiteral("WORKBOOK"), Tr::tr("The workbook."), QStringLiteral("WORKBOOK"));
}

// The named options, each required: a usage error naming the first missing.
std::optional<int> requireOptions(
    CommandParser &cmd, Console console, const QStringList &options, const QStringList &syntax)
{
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (!cmd.parser().isSet(options[i]) || cmd.value(options[i]).trimmed().isEmpty())
            return cmd.usageError(
                console, Tr::tr("--%1 %2 is required").arg(options[i], syntax[i]));
    }
    return std::nullopt;
}

// The workbook for writing: refused when it is read-only.
Result<std::unique_ptr<Workbook>> openForWriting(const QString &path)
{
    auto wb = Workbook::open(path);
    if (wb && wb.value()->isReadOnly())
        return Diagnostic { wb.value()->path(), 0, 0, {},
            Tr::tr("the workbook is read-only (%1); nothing was changed")
                .arg(wb.value()->readOnlyReason()) };
    return wb;
}

// `--framework`: a framework file, or the word "built-in" for this version's
// built-in framework (a file of that name is given as ./built-in).
Result<Framework> chosenFramework(const QString &value)
{
    if (value == QLatin1String("built-in"))
        return FrameworkLoader::builtIn();
    return FrameworkLoader::loadFile(value);
}

std::optional<AssessmentInfo> findPeriod(
    const Workbook &wb, const QString &period, Console console, int &exit)
{
    auto a = wb.assessmentForPeriod(period);
    if (!a)
        exit = refuse(
            console, Tr::tr("%1: no assessment for the period \"%2\"").arg(wb.path(), period));
    return a;
}

} // namespace

int periodStart(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("start"),
        Tr::tr("Start the next period from the last: the same framework (unless --framework "
               "names another), no ratings, and the last period's open and in-progress actions "
               "and the trust's own measure targets carried forward. On a workbook with no "
               "period yet, the first assessment, on the workbook's framework."));
    addWorkbook(cmd);
    cmd.parser().addOption(periodOption());
    cmd.parser().addOption({ QStringLiteral("from"),
        Tr::tr("The period to start from (default: the latest)."), QStringLiteral("P0") });
    cmd.parser().addOption({ QStringLiteral("title"),
        Tr::tr("The new assessment's title (default: the previous one's)."),
        QStringLiteral("TEXT") });
    cmd.parser().addOption({ QStringLiteral("framework"),
        Tr::tr("Start the period on another framework: a framework file, or \"built-in\" "
               "for this version's built-in framework (default: the framework of the period "
               "it starts from). Earlier periods keep their own."),
        QStringLiteral("FILE|built-in") });
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    if (auto exit
        = requireOptions(cmd, console, { QStringLiteral("period") }, { QStringLiteral("P") }))
        return *exit;
    std::optional<Framework> framework;
    if (cmd.parser().isSet(QStringLiteral("framework"))) {
        if (cmd.value(QStringLiteral("framework")).trimmed().isEmpty())
            return cmd.usageError(console,
                Tr::tr("--framework needs a framework file, or \"built-in\" for the built-in "
                       "framework"));
        auto chosen = chosenFramework(cmd.value(QStringLiteral("framework")));
        if (!chosen)
            return refuse(console, chosen.errorText());
        framework = std::move(chosen).value();
    }
    auto opened = openForWriting(cmd.positionals().constFirst());
    if (!opened)
        return refuse(console, opened.errorText());
    Workbook &wb = *opened.value();
    const QString period = cmd.value(QStringLiteral("period")).trimmed();
    if (wb.assessmentForPeriod(period))
        return refuse(console,
            Tr::tr("%1: there is already an assessment for the period \"%2\"; nothing was changed")
                .arg(wb.path(), period));
    const QList<AssessmentInfo> all = wb.assessments();
    if (all.isEmpty()) {
        // The first assessment: on the workbook's own framework, nothing to carry.
        if (cmd.parser().isSet(QStringLiteral("from")))
            return refuse(console,
                Tr::tr("%1: there is no period \"%2\" to start from: the workbook has no "
                       "assessment yet (leave out --from to start the first)")
                    .arg(wb.path(), cmd.value(QStringLiteral("from"))));
        auto created = wb.startFirstPeriod(
            period, cmd.value(QStringLiteral("title")), framework ? &*framework : nullptr);
        if (!created)
            return refuse(console, created.errorText());
        const qint64 frameworkKey = wb.assessment(created.value())->frameworkKey;
        const auto fw = wb.framework(frameworkKey);
        return done(console,
            Tr::tr("Started %1, the workbook's first assessment, on %2.")
                .arg(period, fw ? QStringLiteral("%1 %2").arg(fw->id, fw->version) : QString()));
    }
    std::optional<AssessmentInfo> from;
    if (cmd.parser().isSet(QStringLiteral("from"))) {
        int exit = ExitSuccess;
        from = findPeriod(wb, cmd.value(QStringLiteral("from")), console, exit);
        if (!from)
            return exit;
    } else {
        from = all.constLast();
    }
    const QString title = cmd.parser().isSet(QStringLiteral("title"))
        ? cmd.value(QStringLiteral("title"))
        : from->title;
    auto started = framework ? wb.startPeriodOn(from->id, period, title, *framework)
                             : wb.startPeriodFrom(from->id, period, title);
    if (!started)
        return refuse(console, started.errorText());
    const auto data = wb.loadAssessment(started.value());
    const int carried = data ? int(data->actions.size()) : 0;
    const int targets = data ? int(data->measures.size()) : 0;
    QString what = Tr::tr("%n open action(s) carried forward", nullptr, carried);
    if (targets > 0)
        what = Tr::tr("%1, and the trust's own target(s) for %n measure(s)", nullptr, targets)
                   .arg(what);
    if (!framework)
        return done(console, Tr::tr("Started %1 from %2: %3.").arg(period, from->period, what));
    return done(console,
        Tr::tr("Started %1 from %2, on %3 %4: %5.")
            .arg(period, from->period, framework->id, framework->version, what));
}

int periodFinalise(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("finalise"),
        Tr::tr("Sign off an assessment and lock it: afterwards it cannot change (corrections are "
               "amendments). A domain that moved a whole level or more since the previous period "
               "needs the board's reason first."));
    addWorkbook(cmd);
    cmd.parser().addOption(periodOption());
    cmd.parser().addOption(
        { QStringLiteral("chair"), Tr::tr("The chair who signs off."), QStringLiteral("NAME") });
    cmd.parser().addOption({ QStringLiteral("date"), Tr::tr("The date of the sign-off."),
        QStringLiteral("YYYY-MM-DD") });
    cmd.parser().addOption(
        { QStringLiteral("minute"), Tr::tr("The minute recording it."), QStringLiteral("REF") });
    cmd.parser().addOption({ QStringLiteral("reason"),
        Tr::tr("The board's reason for a domain's change since the previous period "
               "(repeat for each domain), recorded with the sign-off."),
        QStringLiteral("DOMAIN=TEXT") });
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    if (auto exit = requireOptions(cmd, console,
            { QStringLiteral("period"), QStringLiteral("chair"), QStringLiteral("date") },
            { QStringLiteral("P"), QStringLiteral("NAME"), QStringLiteral("YYYY-MM-DD") }))
        return *exit;
    const QString dateText = cmd.value(QStringLiteral("date")).trimmed();
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (dateText.size() != 10 || !date.isValid())
        return cmd.usageError(
            console, Tr::tr("--date: \"%1\" is not a date of the form YYYY-MM-DD").arg(dateText));
    QList<std::pair<QString, QString>> reasons;
    for (const QString &r : cmd.parser().values(QStringLiteral("reason"))) {
        const qsizetype eq = r.indexOf(u'=');
        if (eq <= 0 || r.mid(eq + 1).trimmed().isEmpty())
            return cmd.usageError(console, Tr::tr("--reason: \"%1\" is not DOMAIN=TEXT").arg(r));
        reasons.append({ r.left(eq).trimmed(), r.mid(eq + 1).trimmed() });
    }

    auto opened = openForWriting(cmd.positionals().constFirst());
    if (!opened)
        return refuse(console, opened.errorText());
    Workbook &wb = *opened.value();
    int exit = ExitSuccess;
    const auto a = findPeriod(wb, cmd.value(QStringLiteral("period")), console, exit);
    if (!a)
        return exit;
    const SignOff signOff { cmd.value(QStringLiteral("chair")).simplified(), date,
        cmd.value(QStringLiteral("minute")).simplified() };
    // The reasons and the sign-off go in together, or not at all.
    const Status s = wb.transaction([&]() -> Status {
        for (const auto &[domain, reason] : reasons) {
            if (auto r = wb.setChangeReason(a->id, domain, reason); !r)
                return r;
        }
        return wb.finalise(a->id, signOff);
    });
    if (!s) {
        const QList<QString> unexplained = wb.domainsNeedingReason(a->id);
        QString hint;
        if (!unexplained.isEmpty() && !a->isFinal())
            hint = u'\n'
                + Tr::tr("Record the board's reasons with --reason DOMAIN=TEXT (e.g. --reason "
                         "\"%1=...\"), "
                         "or in the window; nothing was changed.")
                      .arg(unexplained.constFirst());
        return refuse(console, s.errorText() + hint);
    }
    return done(console,
        Tr::tr("Finalised %1: signed off by %2 on %3%4. It can no longer change; corrections are "
               "amendments.")
            .arg(a->period, signOff.chair, date.toString(Qt::ISODate),
                signOff.minuteRef.isEmpty() ? QString()
                                            : Tr::tr(" (minute %1)").arg(signOff.minuteRef)));
}

int periodAmend(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("amend"),
        Tr::tr("Record a correction to a final assessment. The signed record is not changed: the "
               "amendment is kept, dated and attributed, in its audit trail."));
    addWorkbook(cmd);
    cmd.parser().addOption(periodOption());
    cmd.parser().addOption({ QStringLiteral("text"),
        Tr::tr("The amendment, as the board agreed it."), QStringLiteral("TEXT") });
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    if (auto exit
        = requireOptions(cmd, console, { QStringLiteral("period"), QStringLiteral("text") },
            { QStringLiteral("P"), QStringLiteral("TEXT") }))
        return *exit;
    auto opened = openForWriting(cmd.positionals().constFirst());
    if (!opened)
        return refuse(console, opened.errorText());
    Workbook &wb = *opened.value();
    int exit = ExitSuccess;
    const auto a = findPeriod(wb, cmd.value(QStringLiteral("period")), console, exit);
    if (!a)
        return exit;
    if (auto s = wb.addAmendment(a->id, cmd.value(QStringLiteral("text"))); !s)
        return refuse(console, s.errorText());
    return done(console,
        Tr::tr("Recorded an amendment to %1; the signed record is unchanged.").arg(a->period));
}

int archiveWrite(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("archive"),
        Tr::tr("Write the archive bundle of a final assessment into a new or empty folder: the "
               "report (PDF), the assessment (JSON), its framework, its audit trail (CSV) and a "
               "manifest with each file's size and SHA-256."));
    addWorkbook(cmd);
    cmd.parser().addOption(periodOption());
    cmd.parser().addOption({ QStringLiteral("out"), Tr::tr("The bundle's folder (new, or empty)."),
        QStringLiteral("DIR") });
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    if (auto exit
        = requireOptions(cmd, console, { QStringLiteral("period"), QStringLiteral("out") },
            { QStringLiteral("P"), QStringLiteral("DIR") }))
        return *exit;
    // Archiving reads the workbook; it never changes it.
    auto opened = Workbook::open(cmd.positionals().constFirst(), Workbook::OpenOptions { true });
    if (!opened)
        return refuse(console, opened.errorText());
    const Workbook &wb = *opened.value();
    int exit = ExitSuccess;
    const auto a = findPeriod(wb, cmd.value(QStringLiteral("period")), console, exit);
    if (!a)
        return exit;
    auto written = writeArchiveBundle(wb, a->id, cmd.value(QStringLiteral("out")));
    if (!written)
        return refuse(console, written.errorText());
    const QStringList files = QDir(written.value()).entryList(QDir::Files, QDir::Name);
    return done(console,
        Tr::tr("Wrote the archive of %1 to %2: %3")
            .arg(a->period, written.value(), files.join(QStringLiteral(", "))));
}

int archiveVerify(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("verify"),
        Tr::tr("Check an archive bundle against its manifest: every file missing, added or altered "
               "is named, one a line."));
    cmd.addPositional(
        QStringLiteral("DIR"), Tr::tr("The archive bundle's folder."), QStringLiteral("DIR"));
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    const QString dir = cmd.positionals().constFirst();
    auto report = verifyArchiveBundle(dir);
    if (!report)
        return refuse(console, report.errorText());
    if (!report->intact()) {
        const QString prefix = QDir::cleanPath(dir) + u'/';
        for (const QString &line : report->problemLines())
            console.err << prefix << line << u'\n';
        console.err << Tr::tr("%1: the archive is not as it was written (%n problem(s))", nullptr,
            int(report->problems.size()))
                           .arg(QDir::cleanPath(dir))
                    << u'\n';
        console.err.flush();
        return ExitRefused;
    }
    return done(console,
        Tr::tr("%1: intact: %n file(s) as the manifest lists them (%2, %3, archived %4)", nullptr,
            report->fileCount)
            .arg(QDir::cleanPath(dir), report->trust, report->period, report->createdAt));
}

} // namespace strongtrust::cli
