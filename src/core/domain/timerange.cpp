// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "timerange.h"

namespace CallScope {

std::optional<TimeRange> TimeRange::parse(QStringView text, const QDateTime &now)
{
    const auto day = [](QDate d) {
        return TimeRange{d.startOfDay().toMSecsSinceEpoch(), d.addDays(1).startOfDay().toMSecsSinceEpoch()};
    };
    if (text.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0)
        return day(now.date());
    if (text.compare(QLatin1String("yesterday"), Qt::CaseInsensitive) == 0)
        return day(now.date().addDays(-1));
    const QString v = text.toString();
    const QDate date = QDate::fromString(v, Qt::ISODate);
    if (date.isValid() && v.size() == 10)
        return day(date);
    const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    // The precision the value was written to: 10:30 covers a minute, 10:30:15 a second.
    const qsizetype timeStart = v.indexOf(QLatin1Char('T')) + 1;
    const QStringView time = QStringView(v).mid(timeStart);
    const qint64 precision = time.contains(QLatin1Char('.')) ? 1 : time.count(QLatin1Char(':')) >= 2 ? 1000 : 60000;
    return TimeRange{t.toMSecsSinceEpoch(), t.toMSecsSinceEpoch() + precision};
}

} // namespace CallScope
