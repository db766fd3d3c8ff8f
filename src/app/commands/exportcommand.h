// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace CallScope::Commands {

// `callscope export --db PATH --format csv|ndjson|json|har [--filter EXPR] [--mask] [--out FILE]`.
// `arguments`: the whole command line, the program first. Returns the exit status.
int runExport(const QStringList &arguments);

} // namespace CallScope::Commands
