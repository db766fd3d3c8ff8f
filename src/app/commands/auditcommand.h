// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace CallScope::Commands {

// `callscope audit --db PATH [--filter EXPR] [--from DATE] [--to DATE] --format csv|json [--out FILE]`:
// the review audit trail (AuditExport). `arguments` are the whole command line, the program first. It has
// a parser of its own, so that `audit --help` shows its options only. Returns the exit status.
int runAudit(const QStringList &arguments);

} // namespace CallScope::Commands
