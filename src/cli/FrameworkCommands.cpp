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
    QStringList counts { Tr::tr("%n domain(s)", nullptr, int(fw.domains.size())),
        Tr::tr("%n indicator(s)", nullptr, fw.indicatorCount()) };
    // Format version 1 has neither, so saying "0" of each would only puzzle.
    if (fw.formatVersion >= 2)
        counts << Tr::tr("%n standard(s)", nullptr, fw.standardCount())
               << Tr::tr("%n measure(s)", nullptr, fw.measureCount());
    counts << Tr::tr("%n level(s)", nullptr, int(fw.scale.levels.size()));
    return Tr::tr("%1 (%2%3): %4")
        .arg(fw.title, fw.id, fw.version.isEmpty() ? QString() : u' ' + fw.version,
            counts.join(QStringLiteral(", ")));
}

// How a measure is read: "%, higher is better, target at least 95".
QString measureTerms(const Measure &m)
{
    QStringList terms;
    if (!m.unit.isEmpty())
        terms << m.unit;
    switch (m.better) {
    case MeasureDirection::Higher:
        terms << Tr::tr("higher is better");
        break;
    case MeasureDirection::Lower:
        terms << Tr::tr("lower is better");
        break;
    case MeasureDirection::Range:
        terms << Tr::tr("best within the target");
        break;
    }
    const MeasureTarget &t = m.target;
    if (t.min && t.max)
        terms << Tr::tr("target %1 to %2").arg(formatLevelValue(*t.min), formatLevelValue(*t.max));
    else if (t.min)
        terms << Tr::tr("target at least %1").arg(formatLevelValue(*t.min));
    else if (t.max)
        terms << Tr::tr("target at most %1").arg(formatLevelValue(*t.max));
    return terms.join(QStringLiteral(", "));
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
        Tr::tr("Print a framework's domains, indicators, standards and measures with their "
               "full ids. With no FILE, the built-in framework."));
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
        for (const Standard &s : d.standards)
            width = std::max(width, int(s.fullId.size()));
        for (const Measure &m : d.measures)
            width = std::max(width, int(m.fullId.size()));
    }
    const auto line = [&](const QString &fullId, const QString &text) {
        out << QLatin1String("  ") << fullId.leftJustified(width) << QLatin1String("  ") << text
            << u'\n';
    };
    for (const Domain &d : fw.domains) {
        out << u'\n' << d.id << QLatin1String("  ") << d.title << u'\n';
        for (const Indicator &i : d.indicators)
            line(i.fullId, i.text);
        if (!d.standards.isEmpty())
            out << QLatin1String("  ") << Tr::tr("Standards:") << u'\n';
        for (const Standard &s : d.standards) {
            line(s.fullId,
                s.capsAt ? Tr::tr("%1 (while not met, caps the domain at %2)")
                               .arg(s.text, fw.scale.levels[fw.scale.indexOf(*s.capsAt)].label)
                         : s.text);
        }
        if (!d.measures.isEmpty())
            out << QLatin1String("  ") << Tr::tr("Measures:") << u'\n';
        for (const Measure &m : d.measures)
            line(m.fullId, QStringLiteral("%1 (%2)").arg(m.title, measureTerms(m)));
    }
    out.flush();
    return ExitSuccess;
}

} // namespace strongtrust::cli
