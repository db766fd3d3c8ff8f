// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "timebuckets.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace CallScope {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::TimeBuckets)
};

constexpr qint64 DayMs = 24 * 3600 * 1000;

qint64 next(TimeBucket bucket, qint64 startMs)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs);
    switch (bucket) {
    case TimeBucket::Hour:
        return startMs + 3600 * 1000; // an hour is an hour, whatever the clock on the wall says
    case TimeBucket::Day:
        return start.date().addDays(1).startOfDay().toMSecsSinceEpoch();
    case TimeBucket::Week:
        return start.date().addDays(7).startOfDay().toMSecsSinceEpoch();
    }
    return startMs + DayMs;
}

} // namespace

TimeBucket TimeBuckets::forSpan(qint64 spanMs)
{
    if (spanMs <= 2 * DayMs)
        return TimeBucket::Hour;
    return spanMs <= 62 * DayMs ? TimeBucket::Day : TimeBucket::Week;
}

qint64 TimeBuckets::floor(TimeBucket bucket, qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    switch (bucket) {
    case TimeBucket::Hour: {
        // The local hour: in zones offset by half or quarter hours, it does not start on a UTC hour.
        const QTime time = t.time();
        return ms - (qint64(time.minute()) * 60 + time.second()) * 1000 - time.msec();
    }
    case TimeBucket::Day:
        return t.date().startOfDay().toMSecsSinceEpoch();
    case TimeBucket::Week:
        return t.date().addDays(1 - t.date().dayOfWeek()).startOfDay().toMSecsSinceEpoch();
    }
    return ms;
}

QList<qint64> TimeBuckets::edges(TimeBucket bucket, qint64 fromMs, qint64 toMs)
{
    QList<qint64> e;
    if (toMs <= fromMs)
        return e;
    for (qint64 start = floor(bucket, fromMs); start < toMs; start = next(bucket, start))
        e.append(start);
    e.append(next(bucket, e.constLast()));
    return e;
}

QString TimeBuckets::label(TimeBucket bucket, qint64 startMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(startMs);
    const QLocale locale;
    if (bucket == TimeBucket::Hour)
        return locale.toString(t.time(), QStringLiteral("HH:mm"));
    return locale.toString(t.date(), QStringLiteral("MMM d"));
}

QString TimeBuckets::name(TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Hour:
        return Text::tr("hour");
    case TimeBucket::Day:
        return Text::tr("day");
    case TimeBucket::Week:
        return Text::tr("week");
    }
    return {};
}

} // namespace CallScope
