// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace CallScope::Commands {

// `callscope replay --db PATH --to URL [--filter EXPR] [--rate N] [--token T] [--secret whsec_…]`.
// `arguments`: the whole command line, the program first. Returns the exit status.
int runReplay(const QStringList &arguments);

} // namespace CallScope::Commands
