// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace CallScope {

// A call's duration as every view writes it: "4:05", "1:02:03". A negative `ms` stands for a duration
// that was missing or not a whole number of milliseconds, zero or more: it reads "invalid", never 0:00.
QString durationText(qint64 ms);

} // namespace CallScope
