#include "cli/CommandParser.h"

namespace strongtrust::cli {

CommandParser::CommandParser(QString command, const QString &description)
    : m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void CommandParser::addPositional(
    const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

int CommandParser::usageError(Console console, const QString &message) const
{
    console.err << QStringLiteral("strongtrust %1: ").arg(m_command) << message << u'\n'
                << tr("Try 'strongtrust %1 --help'.").arg(m_command) << u'\n';
    console.err.flush();
    return ExitUsage;
}

std::optional<int> CommandParser::parse(
    const QStringList &arguments, Console console, int minPositional, int maxPositional)
{
    // QCommandLineParser expects the program name first.
    QStringList args = arguments;
    args.prepend(QStringLiteral("strongtrust ") + m_command);
    if (!m_parser.parse(args))
        return usageError(console, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // helpText() names the program by argv[0]; show the command as typed.
        console.out << help;
        console.out.flush();
        return ExitSuccess;
    }
    const auto count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(console, tr("missing argument"));
    if (maxPositional >= 0 && count > maxPositional)
        return usageError(console,
            tr("unexpected argument \"%1\"")
                .arg(m_parser.positionalArguments().value(maxPositional)));
    return std::nullopt;
}

} // namespace strongtrust::cli
