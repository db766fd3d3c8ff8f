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

std::optional<PeriodOptions> periodOptions(const QCommandLineParser &parser, const QCommandLineOption &from, const QCommandLineOption &to,
                                           QString *error)
{
    PeriodOptions period;
    if (parser.isSet(from)) {
        const std::optional<TimeRange> range = timeOption(parser, from, error);
        if (!range)
            return std::nullopt;
        period.fromMs = range->fromMs;
    }
    if (parser.isSet(to)) {
        const std::optional<TimeRange> range = timeOption(parser, to, error);
        if (!range)
            return std::nullopt;
        period.untilMs = range->toMs;
    }
    if (period.fromMs && period.untilMs && *period.fromMs >= *period.untilMs) {
        *error = tr("--from %1 is after --to %2").arg(parser.value(from), parser.value(to));
        return std::nullopt;
    }
    return period;
}

} // namespace CallScope::Commands
