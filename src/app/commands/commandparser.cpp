// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "commandparser.h"

#include "commands/commandsupport.h"

namespace CallScope::Commands {

CommandParser::CommandParser(const QString &command, const QString &description, const QString &example, Files files)
    : m_command(command)
    , m_files(files)
{
    m_parser.setApplicationDescription(description + QLatin1String("\n\n") + tr("Example:") + QLatin1String("\n  ") + example);
    // Not addHelpOption(): its --help-all would list Qt's own options, which no command takes.
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Displays this help.")));
    m_parser.addPositionalArgument(command, tr("The command."), command);
    if (files == Files::Some)
        m_parser.addPositionalArgument(QStringLiteral("FILE"), tr("ndjson, json (one envelope or an array) or HAR files."), QStringLiteral("FILE..."));
}

std::optional<int> CommandParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(0);
    if (m_files == Files::None && m_parser.positionalArguments().size() > 1)
        return usageError(m_parser, tr("%1 takes no other arguments: \"%2\"").arg(m_command, files().join(QLatin1Char(' '))));
    return std::nullopt;
}

} // namespace CallScope::Commands
