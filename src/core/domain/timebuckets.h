// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace CallScope {

// The time axis of the statistics' charts: a bucket size chosen from the span shown, and the buckets'
// starts in local time (a day is a local day, 23 or 25 hours across a change of daylight saving time; a
// week starts on Monday).
enum class TimeBucket { Hour, Day, Week };

class TimeBuckets final
{
public:
    TimeBuckets() = delete;

    // Hour up to 2 days, day up to 62 days (two months read day by day), week beyond.
    static TimeBucket forSpan(qint64 spanMs);
    // The local start of the bucket that holds `ms`.
    static qint64 floor(TimeBucket bucket, qint64 ms);
    // The start of every bucket that [fromMs, toMs) touches, then the end of the last: n buckets, n + 1
    // values. Empty when toMs <= fromMs.
    static QList<qint64> edges(TimeBucket bucket, qint64 fromMs, qint64 toMs);
    // A bucket's label: "14:00", "Mar 3", "Mar 2" (the week's Monday), in the default locale.
    static QString label(TimeBucket bucket, qint64 startMs);
    // "hour", "day", "week" (translated), for captions.
    static QString name(TimeBucket bucket);
};

} // namespace CallScope
