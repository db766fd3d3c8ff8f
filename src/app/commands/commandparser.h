// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace CallScope::Commands {

// One command's parser: its own options only, a description that ends with an example, and --help
// (docs/CONTRACT.md: "Each command's --help shows that command's options only").
class CommandParser final
{
public:
    enum class Files { None, Some };
    CommandParser(const QString &command, const QString &description, const QString &example, Files files = Files::None);

    QCommandLineParser &parser() { return m_parser; }
    // Parses the whole command line (the program, the command, then its arguments). --help prints the
    // command's usage and exits 0. Returns the exit status of a usage error, or nothing when the command
    // may go on.
    std::optional<int> parse(const QStringList &arguments);
    // The FILE arguments after the command.
    QStringList files() const { return m_parser.positionalArguments().mid(1); }

private:
    QString m_command;
    Files m_files;
    QCommandLineParser m_parser;
};

} // namespace CallScope::Commands
