// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace CallScope::Commands {

// `callscope send --to URL [--speed F] [--rate N] [--token T] [--secret whsec_…] FILE...` and
// `callscope send --to URL --synthetic N`. `arguments`: the whole command line, the program first.
// Returns the exit status.
int runSend(const QStringList &arguments);

} // namespace CallScope::Commands
