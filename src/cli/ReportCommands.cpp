#include "cli/ReportCommands.h"

#include "cli/CommandParser.h"
#include "cli/OpenForReading.h"
#include "report/Report.h"
#include "report/ReportDocument.h"
#include "report/ReportOdt.h"
#include "util/AtomicFile.h"
#include "workbook/Workbook.h"

#include <QFileInfo>

namespace strongtrust::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::cli::ReportCommands)
};

bool isHtmlName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

} // namespace

int reportWrite(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("report"),
        Tr::tr("Write the narrative report of one assessment as PDF, HTML or OpenDocument Text "
               "(to edit in a word processor), or the clerk's draft minute (plain text, or HTML "
               "when OUT ends in .html). The report compares with the "
               "previous period unless --compare names another."));
    cmd.addPositional(
        QStringLiteral("WORKBOOK"), Tr::tr("The workbook."), QStringLiteral("WORKBOOK"));
    cmd.parser().addOption({ QStringLiteral("period"),
        Tr::tr("The assessment's period, e.g. 2025/26."), QStringLiteral("P") });
    cmd.parser().addOption({ QStringLiteral("pdf"), Tr::tr("Write the report as PDF to OUT."),
        QStringLiteral("OUT") });
    cmd.parser().addOption({ QStringLiteral("html"), Tr::tr("Write the report as HTML to OUT."),
        QStringLiteral("OUT") });
    cmd.parser().addOption({ QStringLiteral("odt"),
        Tr::tr("Write the report as OpenDocument Text (.odt) to OUT."), QStringLiteral("OUT") });
    cmd.parser().addOption({ QStringLiteral("minutes"), Tr::tr("Write the draft minute to OUT."),
        QStringLiteral("OUT") });
    cmd.parser().addOption({ QStringLiteral("compare"),
        Tr::tr("The period to compare with (default: the previous one)."), QStringLiteral("P2") });
    cmd.parser().addOption({ QStringLiteral("audience"),
        Tr::tr("board (everything) or public (no trustees' names or individual ratings; "
               "default: board)."),
        QStringLiteral("AUDIENCE") });
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;
    if (!cmd.parser().isSet(QStringLiteral("period")))
        return cmd.usageError(console, Tr::tr("--period P is required"));
    const QStringList outputs { QStringLiteral("pdf"), QStringLiteral("html"),
        QStringLiteral("odt"), QStringLiteral("minutes") };
    QString kind;
    for (const QString &o : outputs) {
        if (!cmd.parser().isSet(o))
            continue;
        if (!kind.isEmpty())
            return cmd.usageError(console,
                Tr::tr("give exactly one of --pdf OUT, --html OUT, --odt OUT and --minutes OUT"));
        kind = o;
    }
    if (kind.isEmpty())
        return cmd.usageError(console,
            Tr::tr("give exactly one of --pdf OUT, --html OUT, --odt OUT and --minutes OUT"));
    ReportOptions options;
    if (cmd.parser().isSet(QStringLiteral("audience"))) {
        const QString audience = cmd.value(QStringLiteral("audience")).trimmed().toLower();
        if (audience == QLatin1String("public"))
            options.audience = ReportAudience::Public;
        else if (audience != QLatin1String("board"))
            return cmd.usageError(console,
                Tr::tr("--audience must be board or public, not \"%1\"")
                    .arg(cmd.value(QStringLiteral("audience"))));
    }
    if (cmd.parser().isSet(QStringLiteral("compare"))) {
        options.comparePeriod = cmd.value(QStringLiteral("compare")).trimmed();
        if (options.comparePeriod.isEmpty())
            return cmd.usageError(console, Tr::tr("--compare needs a period"));
    }
    const QString out = cmd.value(kind);
    if (out.isEmpty())
        return cmd.usageError(console, Tr::tr("--%1 needs a file name").arg(kind));

    auto opened = openForReading(cmd.positionals().constFirst());
    if (!opened)
        return refuse(console, opened.errorText());
    const Workbook &wb = *opened.value();
    const QString period = cmd.value(QStringLiteral("period"));
    const auto assessment = wb.assessmentForPeriod(period);
    if (!assessment)
        return refuse(
            console, Tr::tr("%1: no assessment for the period \"%2\"").arg(wb.path(), period));

    QByteArray bytes;
    QString what;
    if (kind == QLatin1String("pdf")) {
        auto doc = ReportDocument::build(wb, assessment->id, options);
        if (!doc)
            return refuse(console, doc.errorText());
        auto pdf = doc.value()->toPdf();
        if (!pdf)
            return refuse(console, pdf.errorText());
        bytes = pdf.value();
        what = Tr::tr("PDF, %n page(s)", nullptr, doc.value()->pageCount());
    } else if (kind == QLatin1String("html")) {
        auto html = renderReportHtml(wb, assessment->id, options);
        if (!html)
            return refuse(console, html.errorText());
        bytes = html.value();
        what = QStringLiteral("HTML");
    } else if (kind == QLatin1String("odt")) {
        auto odt = renderReportOdt(wb, assessment->id, options);
        if (!odt)
            return refuse(console, odt.errorText());
        bytes = odt.value();
        what = Tr::tr("OpenDocument Text");
    } else {
        const bool html = isHtmlName(out);
        auto minutes = html ? renderMinutesHtml(wb, assessment->id, options)
                            : renderMinutesText(wb, assessment->id, options);
        if (!minutes)
            return refuse(console, minutes.errorText());
        bytes = minutes.value().toUtf8();
        what = html ? Tr::tr("draft minute, HTML") : Tr::tr("draft minute, text");
    }
    if (auto written = writeFileAtomically(out, bytes); !written)
        return refuse(console, written.errorText());
    return done(console,
        Tr::tr("Wrote %1 (%2, %3, for %4)")
            .arg(out, period, what,
                options.audience == ReportAudience::Public ? Tr::tr("the public")
                                                           : Tr::tr("the board")));
}

} // namespace strongtrust::cli
