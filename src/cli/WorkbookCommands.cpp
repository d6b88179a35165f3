#include "cli/WorkbookCommands.h"

#include "cli/CommandParser.h"
#include "cli/OpenForReading.h"
#include "exchange/AssessmentExporter.h"
#include "exchange/AssessmentImporter.h"
#include "exchange/MeasuresCsv.h"
#include "framework/FrameworkLoader.h"
#include "scoring/Scoring.h"
#include "scoring/StoredScores.h"
#include "util/AtomicFile.h"
#include "workbook/Workbook.h"

namespace strongtrust::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::cli::WorkbookCommands)
};

QCommandLineOption periodOption()
{
    return QCommandLineOption(QStringLiteral("period"),
        Tr::tr("The assessment's period, e.g. 2025/26."), QStringLiteral("P"));
}

} // namespace

int workbookNew(const QStringList &arguments, Console console)
{
    CommandParser cmd(
        QStringLiteral("new"), Tr::tr("Create a workbook for a trust. Never overwrites a file."));
    cmd.addPositional(QStringLiteral("WORKBOOK"),
        Tr::tr("The workbook file to create (*.strongtrust)."), QStringLiteral("WORKBOOK"));
    cmd.parser().addOption(
        { QStringLiteral("trust"), Tr::tr("The trust's name."), QStringLiteral("NAME") });
    cmd.parser().addOption({ QStringLiteral("framework"),
        Tr::tr("A framework file to assess against (default: the built-in framework)."),
        QStringLiteral("FILE") });
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    const QString trust = cmd.value(QStringLiteral("trust"));
    if (trust.trimmed().isEmpty())
        return cmd.usageError(console, Tr::tr("--trust NAME is required"));

    Result<Framework> framework = FrameworkLoader::builtIn();
    if (cmd.parser().isSet(QStringLiteral("framework"))) {
        framework = FrameworkLoader::loadFile(cmd.value(QStringLiteral("framework")));
        if (!framework)
            return refuse(console, framework.errorText());
    }
    const QString path = cmd.positionals().constFirst();
    auto wb = Workbook::create(path, trust, framework.value());
    if (!wb)
        return refuse(console, wb.errorText());
    return done(console,
        Tr::tr("Created %1 for %2, assessing against %3 (%4 %5).")
            .arg(path, wb.value()->trustName(), framework->title, framework->id,
                framework->version));
}

// `import WORKBOOK --period P --measures FILE.csv`: measures' values from a
// spreadsheet, all or nothing.
int importMeasures(Workbook &wb, const QString &period, const QString &file, Console console)
{
    const auto assessment = wb.assessmentForPeriod(period);
    if (!assessment)
        return refuse(
            console, Tr::tr("%1: no assessment for the period \"%2\"").arg(wb.path(), period));
    auto summary = importMeasuresCsvFile(wb, assessment->id, file);
    if (!summary) {
        console.err << summary.errorText() << u'\n'
                    << Tr::tr("%1: not imported; the workbook is unchanged by it").arg(file)
                    << u'\n';
        console.err.flush();
        return ExitRefused;
    }
    return done(console,
        Tr::tr("%1: imported into %2: %3, %4")
            .arg(file, summary->period, Tr::tr("%n measure(s)", nullptr, summary->rows),
                Tr::tr("%n changed", nullptr, summary->changed)));
}

int workbookImport(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("import"),
        Tr::tr("Import assessment documents (returns, exports, archives) into a workbook, "
               "or measures' values from a CSV file (--period P --measures FILE.csv). "
               "Each file is imported whole or not at all."));
    cmd.addPositional(
        QStringLiteral("WORKBOOK"), Tr::tr("The workbook."), QStringLiteral("WORKBOOK"));
    cmd.addPositional(QStringLiteral("FILE"), Tr::tr("Interchange documents (JSON)."),
        QStringLiteral("FILE.json..."));
    cmd.parser().addOption(periodOption());
    cmd.parser().addOption({ QStringLiteral("measures"),
        Tr::tr("Import measures' values into the period's assessment from FILE (CSV with the "
               "columns measure, value, asOf, source and optionally note)."),
        QStringLiteral("FILE.csv") });
    if (auto exit = cmd.parse(arguments, console, 1, -1))
        return *exit;
    const bool measures = cmd.parser().isSet(QStringLiteral("measures"));
    if (measures && cmd.positionals().size() > 1)
        return cmd.usageError(console,
            Tr::tr("--measures imports one CSV file; import JSON documents in a command of "
                   "their own"));
    if (!measures && cmd.positionals().size() < 2)
        return cmd.usageError(
            console, Tr::tr("missing argument: the documents to import, or --measures FILE.csv"));
    if (measures != cmd.parser().isSet(QStringLiteral("period")))
        return cmd.usageError(console,
            measures ? Tr::tr("--measures FILE.csv needs --period P")
                     : Tr::tr("--period P goes with --measures FILE.csv"));
    const QStringList files = cmd.positionals().mid(1);
    auto wb = Workbook::open(cmd.positionals().constFirst());
    if (!wb)
        return refuse(console, wb.errorText());
    if (wb.value()->isReadOnly())
        return refuse(console,
            Tr::tr("%1: cannot import: %2").arg(wb.value()->path(), wb.value()->readOnlyReason()));
    if (measures)
        return importMeasures(*wb.value(), cmd.value(QStringLiteral("period")),
            cmd.value(QStringLiteral("measures")), console);

    int refused = 0;
    for (const QString &file : files) {
        auto summary = importAssessmentFile(*wb.value(), file);
        if (!summary) {
            ++refused;
            console.err << summary.errorText() << u'\n'
                        << Tr::tr("%1: not imported; the workbook is unchanged by it").arg(file)
                        << u'\n';
            continue;
        }
        const ImportSummary &s = summary.value();
        // Standards and measures only where the document has them: a
        // version 1 document reports as it always did.
        QString baseline;
        if (s.standards > 0)
            baseline += QStringLiteral(", ") + Tr::tr("%n standard(s)", nullptr, s.standards);
        if (s.measures > 0)
            baseline += QStringLiteral(", ") + Tr::tr("%n measure(s)", nullptr, s.measures);
        console.out << Tr::tr("%1: imported into %2%3: %4, %5, %6, %7%8")
                           .arg(file, s.period,
                               s.createdAssessment ? Tr::tr(" (new assessment)") : QString(),
                               Tr::tr("%n rating(s)", nullptr, s.ratings),
                               Tr::tr("%n consensus rating(s)", nullptr, s.consensus),
                               Tr::tr("%n action(s)", nullptr, s.actions) + baseline,
                               Tr::tr("%n trustee(s) added", nullptr, s.trusteesAdded),
                               s.finalised ? Tr::tr("; restored as final") : QString())
                    << u'\n';
    }
    console.out.flush();
    console.err.flush();
    return refused ? ExitRefused : ExitSuccess;
}

int workbookExport(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("export"),
        Tr::tr("Export one assessment as an interchange document (JSON), a "
               "table of indicators (CSV) or a table of its measures (CSV)."));
    cmd.addPositional(
        QStringLiteral("WORKBOOK"), Tr::tr("The workbook."), QStringLiteral("WORKBOOK"));
    cmd.parser().addOption(periodOption());
    cmd.parser().addOption({ QStringLiteral("json"),
        Tr::tr("Write the interchange document to OUT."), QStringLiteral("OUT") });
    cmd.parser().addOption({ QStringLiteral("csv"), Tr::tr("Write the indicator table to OUT."),
        QStringLiteral("OUT") });
    cmd.parser().addOption({ QStringLiteral("measures"),
        Tr::tr("Write the measures' values to OUT (CSV, in the form import --measures reads)."),
        QStringLiteral("OUT") });
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    const bool json = cmd.parser().isSet(QStringLiteral("json"));
    const bool csv = cmd.parser().isSet(QStringLiteral("csv"));
    const bool measures = cmd.parser().isSet(QStringLiteral("measures"));
    if (!cmd.parser().isSet(QStringLiteral("period")))
        return cmd.usageError(console, Tr::tr("--period P is required"));
    if (int(json) + int(csv) + int(measures) != 1)
        return cmd.usageError(
            console, Tr::tr("give exactly one of --json OUT, --csv OUT and --measures OUT"));

    auto wb = openForReading(cmd.positionals().constFirst());
    if (!wb)
        return refuse(console, wb.errorText());
    const QString period = cmd.value(QStringLiteral("period"));
    const auto assessment = wb.value()->assessmentForPeriod(period);
    if (!assessment)
        return refuse(console,
            Tr::tr("%1: no assessment for the period \"%2\"").arg(wb.value()->path(), period));
    auto bytes = json ? exportAssessmentJson(*wb.value(), assessment->id)
        : measures    ? exportMeasuresCsv(*wb.value(), assessment->id)
                      : exportAssessmentCsv(*wb.value(), assessment->id);
    if (!bytes)
        return refuse(console, bytes.errorText());
    const QString option = json ? QStringLiteral("json")
        : measures              ? QStringLiteral("measures")
                                : QStringLiteral("csv");
    const QString out = cmd.value(option);
    if (auto written = writeFileAtomically(out, bytes.value()); !written)
        return refuse(console, written.errorText());
    return done(console,
        Tr::tr("Wrote %1 (%2, %3)")
            .arg(out, period,
                json           ? QStringLiteral("JSON")
                    : measures ? Tr::tr("measures, CSV")
                               : QStringLiteral("CSV")));
}

int workbookList(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("list"),
        Tr::tr("List a workbook's assessments: period, status, raters and "
               "how complete the ratings are."));
    cmd.addPositional(
        QStringLiteral("WORKBOOK"), Tr::tr("The workbook."), QStringLiteral("WORKBOOK"));
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    auto opened = openForReading(cmd.positionals().constFirst());
    if (!opened)
        return refuse(console, opened.errorText());
    const Workbook &wb = *opened.value();

    QTextStream &out = console.out;
    out << wb.trustName() << u'\n';
    const QList<Trustee> trustees = wb.trustees();
    int active = 0;
    for (const Trustee &t : trustees)
        active += t.retired ? 0 : 1;
    out << Tr::tr("%n trustee(s)", nullptr, int(trustees.size()));
    if (active != trustees.size())
        out << Tr::tr(" (%1 retired)").arg(trustees.size() - active);
    out << u'\n';
    const QList<AssessmentInfo> assessments = wb.assessments();
    if (assessments.isEmpty()) {
        out << Tr::tr("No assessments yet.") << u'\n';
        out.flush();
        return ExitSuccess;
    }
    const QStringList header { Tr::tr("period"), Tr::tr("status"), Tr::tr("framework"),
        Tr::tr("raters"), Tr::tr("ratings"), Tr::tr("agreed"), Tr::tr("sign-off"),
        Tr::tr("title") };
    QList<QStringList> rows;
    for (const AssessmentInfo &a : assessments) {
        const auto scored = scoreStoredAssessment(wb, a.id);
        if (!scored)
            return refuse(console, scored.errorText());
        const AssessmentScores &scores = scored.value().scores;
        int agreed = 0;
        for (const DomainScore &d : scores.domains)
            agreed += d.consensusCount;
        const int expected = scores.ratingsExpected();
        const QString ratings = expected == 0
            ? QStringLiteral("0/0")
            : QStringLiteral("%1/%2 %3%")
                  .arg(scores.ratingsGiven())
                  .arg(expected)
                  .arg(qRound(100.0 * scores.ratingsGiven() / expected));
        // Final: who signed, when. Draft: what still stands in the way of signing.
        QString signOff;
        if (a.isFinal()) {
            signOff = a.signOff.date.toString(Qt::ISODate) + u' ' + a.signOff.chair;
        } else if (const QList<QString> unexplained = wb.domainsNeedingReason(a.id);
                   !unexplained.isEmpty()) {
            signOff = Tr::tr("reasons needed: %1").arg(QStringList(unexplained).join(u','));
        }
        rows.append({ a.period, a.isFinal() ? Tr::tr("final") : Tr::tr("draft"),
            a.frameworkId + u' ' + a.frameworkVersion, QString::number(scores.raterCount), ratings,
            QStringLiteral("%1/%2").arg(agreed).arg(scored.value().framework.indicatorCount()),
            signOff, a.title });
    }
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        int w = int(header[c].size());
        for (const QStringList &r : rows)
            w = std::max(w, int(r[c].size()));
        widths.append(w);
    }
    auto printRow = [&](const QStringList &r) {
        QString line;
        for (int c = 0; c < r.size(); ++c)
            line += (c + 1 < r.size() ? r[c].leftJustified(widths[c] + 2) : r[c]);
        out << line.trimmed() << u'\n';
    };
    printRow(header);
    for (const QStringList &r : rows)
        printRow(r);
    out.flush();
    return ExitSuccess;
}

} // namespace strongtrust::cli
