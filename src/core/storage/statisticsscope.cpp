// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "statisticsscope.h"

#include "domain/outcomecatalogue.h"
#include "storage/storecounts.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace CallScope {

StatisticsPeriod StatisticsPeriod::previous() const
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(std::max(fromMs, toMs - 1)).date();
    const qint64 days = std::max<qint64>(1, from.date().daysTo(lastDay) + 1);
    return {from.addDays(-days).toMSecsSinceEpoch(), to.addDays(-days).toMSecsSinceEpoch()};
}

namespace {

qint64 bitsWhere(bool (*pick)(const OutcomeInfo &))
{
    qint64 bits = 0;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (info.type == OutcomeType::Boolean && pick(info))
            bits |= qint64(1) << int(info.id);
    }
    return bits;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

// "(filter) (a or b) createdAt >= … createdAt < …": terms side by side are ANDed.
QString flagFilter(const QString &filterText, const std::optional<StatisticsPeriod> &period, qint64 bits)
{
    QStringList keys;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (bits & (qint64(1) << int(info.id)))
            keys.append(QString(info.key));
    }
    QStringList terms;
    if (!filterText.trimmed().isEmpty())
        terms.append(QLatin1Char('(') + filterText.trimmed() + QLatin1Char(')'));
    terms.append(QLatin1Char('(') + keys.join(QLatin1String(" or ")) + QLatin1Char(')'));
    if (period) {
        terms.append(QLatin1String("createdAt >= ") + isoUtc(period->fromMs));
        terms.append(QLatin1String("createdAt < ") + isoUtc(period->toMs));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

StatisticsScope StatisticsScope::of(const CallFilter &filter, const std::optional<StatisticsPeriod> &period)
{
    StatisticsScope s;
    s.where = QLatin1String(" WHERE ") + StoreCounts::callCondition() + QLatin1String(" AND (") + filter.sql() + QLatin1Char(')');
    s.bindings = filter.bindings();
    if (period) {
        s.where += QLatin1String(" AND ") + callDateSql() + QLatin1String(" >= ? AND ") + callDateSql() + QLatin1String(" < ?");
        s.bindings << period->fromMs << period->toMs;
    }
    return s;
}

QString StatisticsScope::callDateSql()
{
    return QStringLiteral("coalesce(created_ms, ended_ms, first_received_ms)");
}

QString StatisticsScope::raisedSql(qint64 bits)
{
    return QLatin1String("((raised_mask & ") + QString::number(bits) + QLatin1String(") != 0)");
}

qint64 StatisticsScope::stopContactBits()
{
    return bitsWhere([](const OutcomeInfo &info) { return info.severity == Severity::StopContact; });
}

qint64 StatisticsScope::hardshipBits()
{
    return bitsWhere([](const OutcomeInfo &info) { return info.group == OutcomeGroup::BankruptcyAndHardship && info.severity != Severity::StopContact; });
}

QString StatisticsScope::stopContactFilter(const QString &filterText, const std::optional<StatisticsPeriod> &period)
{
    return flagFilter(filterText, period, stopContactBits());
}

QString StatisticsScope::hardshipFilter(const QString &filterText, const std::optional<StatisticsPeriod> &period)
{
    return flagFilter(filterText, period, hardshipBits());
}

} // namespace CallScope
