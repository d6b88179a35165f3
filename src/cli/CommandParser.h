#pragma once

#include "cli/Console.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace strongtrust::cli {

// The shared front of every command: --help, argument count, unknown options.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::cli::CommandParser)

public:
    // `command` is how the command is typed ("framework check"); `positionals`
    // is the usage text of its arguments ("FILE", "[FILE]").
    CommandParser(QString command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addPositional(const QString &name, const QString &description, const QString &syntax);

    // nullopt when the command should go on; otherwise the exit status to
    // return at once (help printed: 0; usage error printed: 2).
    std::optional<int> parse(
        const QStringList &arguments, Console console, int minPositional, int maxPositional);

    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList positionals() const { return m_parser.positionalArguments(); }
    int usageError(Console console, const QString &message) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};

} // namespace strongtrust::cli
