// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace CallScope::Commands {

// `callscope report --db PATH [--filter EXPR] [--from DATE] [--to DATE] [--mask] [--page-size a4|letter]
// [--title TEXT] --out FILE.pdf`: the client report as a PDF (ReportWriter). Needs a QGuiApplication (main
// makes one, offscreen). Returns the exit status.
int runReport(const QStringList &arguments);

} // namespace CallScope::Commands
