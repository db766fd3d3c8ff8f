// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/storecounts.h"

#include <QString>

namespace CallScope {

// The store's counts as the status bar and the dashboard say them, and what each one counts.
QString countsText(const StoreCounts &counts);
QString countsToolTip();

} // namespace CallScope
