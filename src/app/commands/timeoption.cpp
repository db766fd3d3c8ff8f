// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "timeoption.h"

#include "commands/commandsupport.h"

namespace CallScope::Commands {

std::optional<TimeRange> timeOption(const QCommandLineParser &parser, const QCommandLineOption &option, QString *error)
{
    const QString value = parser.value(option);
    const std::optional<TimeRange> range = TimeRange::parse(value);
    if (!range)
        *error = tr("--%1 needs a date (YYYY-MM-DD) or an ISO 8601 date-time (2026-12-01T10:15:00Z), not \"%2\"")
                     .arg(option.names().constFirst(), value);
    return range;
}

} // namespace CallScope::Commands
