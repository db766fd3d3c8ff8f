// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/timerange.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace CallScope::Commands {

// --from DATE or --to DATE (audit, report): the span it names (a date: that whole local day), or nothing
// and why not in `error`.
std::optional<TimeRange> timeOption(const QCommandLineParser &parser, const QCommandLineOption &option, QString *error);

// --from and --to together: from the start of --from's span to the end of --to's, each end unset when its
// option is; or nothing and why not in `error` (a bad date, or --from after --to).
struct PeriodOptions {
    std::optional<qint64> fromMs;
    std::optional<qint64> untilMs;
};
std::optional<PeriodOptions> periodOptions(const QCommandLineParser &parser, const QCommandLineOption &from, const QCommandLineOption &to,
                                           QString *error);

} // namespace CallScope::Commands
