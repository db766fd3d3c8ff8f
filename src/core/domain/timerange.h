// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace CallScope {

// A time as a person writes it, and the span it covers: the filter language's time values and the
// --from/--to of the audit command read it the same way. A date (2026-01-31) is that whole local day; a
// date-time covers the precision it was written to (10:30 a minute, 10:30:15 a second, 10:30:15.250 a
// millisecond), in local time unless it names a zone (Z, +02:00); today and yesterday are days too.
struct TimeRange {
    qint64 fromMs = 0; // the first millisecond covered
    qint64 toMs = 0; // the first millisecond after it

    // Nothing when `text` is none of these. `now` sets what today means.
    static std::optional<TimeRange> parse(QStringView text, const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace CallScope
