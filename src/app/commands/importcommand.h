// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace CallScope::Commands {

// `callscope import --db PATH FILE...`: every file read before anything is written, then one
// transaction. `arguments`: the whole command line, the program first. Returns the exit status.
int runImport(const QStringList &arguments);

} // namespace CallScope::Commands
