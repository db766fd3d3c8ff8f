// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/listeneroptions.h"

#include <QString>

namespace CallScope::Commands {

// `callscope --headless`: listens and stores until SIGINT or SIGTERM, which stop accepting and finish the
// writes in flight before it exits 0. Returns the exit status.
int runHeadless(const ListenerOptions &options, const QString &databasePath);

} // namespace CallScope::Commands
