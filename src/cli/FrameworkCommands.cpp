#include "cli/FrameworkCommands.h"

#include "cli/CommandParser.h"
#include "framework/FrameworkLoader.h"

namespace strongtrust::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::cli::FrameworkCommands)
};

QString summaryLine(const Framework &fw)
{
    const QString counts = Tr::tr("%n domain(s)", nullptr, int(fw.domains.size()))
        + QLatin1String(", ") + Tr::tr("%n indicator(s)", nullptr, fw.indicatorCount())
        + QLatin1String(", ") + Tr::tr("%n level(s)", nullptr, int(fw.scale.levels.size()));
    return Tr::tr("%1 (%2%3): %4")
        .arg(fw.title, fw.id, fw.version.isEmpty() ? QString() : u' ' + fw.version, counts);
}

} // namespace

int frameworkCheck(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("framework check"),
        Tr::tr("Validate a framework file against the framework format."));
    cmd.addPositional(
        QStringLiteral("FILE"), Tr::tr("The framework file (JSON)."), QStringLiteral("FILE"));
    if (auto exit = cmd.parse(arguments, console, 1, 1))
        return *exit;

    const QString file = cmd.positionals().constFirst();
    const auto loaded = FrameworkLoader::loadFile(file);
    if (!loaded)
        return refuse(console, loaded.errorText());
    return done(console, Tr::tr("%1: valid: %2").arg(file, summaryLine(loaded.value())));
}

int frameworkShow(const QStringList &arguments, Console console)
{
    CommandParser cmd(QStringLiteral("framework show"),
        Tr::tr("Print a framework's domains and indicators with their full ids. "
               "With no FILE, the built-in framework."));
    cmd.addPositional(
        QStringLiteral("FILE"), Tr::tr("A framework file (JSON)."), QStringLiteral("[FILE]"));
    if (auto exit = cmd.parse(arguments, console, 0, 1))
        return *exit;

    const QStringList files = cmd.positionals();
    const auto loaded = files.isEmpty() ? Result<Framework>(FrameworkLoader::builtIn())
                                        : FrameworkLoader::loadFile(files.constFirst());
    if (!loaded)
        return refuse(console, loaded.errorText());
    const Framework &fw = loaded.value();
    QTextStream &out = console.out;
    out << summaryLine(fw) << u'\n';
    if (!fw.source.title.isEmpty()) {
        out << Tr::tr("Source: %1").arg(fw.source.title);
        if (!fw.source.publisher.isEmpty())
            out << QLatin1String(", ") << fw.source.publisher;
        if (fw.source.year > 0)
            out << QLatin1String(" (") << fw.source.year << u')';
        out << u'\n';
    }
    QStringList levels;
    for (const Level &l : fw.scale.levels)
        levels.append(formatLevelValue(l.value) + u' ' + l.label);
    out << Tr::tr("Scale: %1").arg(levels.join(QStringLiteral(", ")));
    if (fw.scale.allowNotApplicable)
        out << Tr::tr("; not applicable allowed");
    out << u'\n';

    int width = 0;
    for (const Domain &d : fw.domains) {
        for (const Indicator &i : d.indicators)
            width = std::max(width, int(i.fullId.size()));
    }
    for (const Domain &d : fw.domains) {
        out << u'\n' << d.id << QLatin1String("  ") << d.title << u'\n';
        for (const Indicator &i : d.indicators)
            out << QLatin1String("  ") << i.fullId.leftJustified(width) << QLatin1String("  ")
                << i.text << u'\n';
    }
    out.flush();
    return ExitSuccess;
}

} // namespace strongtrust::cli
