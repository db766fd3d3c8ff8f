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

} // namespace CallScope::Commands
