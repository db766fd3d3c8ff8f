// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callstatistics.h"

#include "domain/outcomecatalogue.h"
#include "storage/sqlsupport.h"
#include "storage/storetables.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CallScope {

namespace {

QString bit(OutcomeId id)
{
    return QString::number(qint64(1) << int(id));
}

bool run(QSqlQuery &q, const QString &sql, const StatisticsScope &scope, QString *error)
{
    q.prepare(sql);
    bindAll(q, scope.bindings);
    if (q.exec())
        return true;
    *error = sqlProblem(q.lastError());
    return false;
}

} // namespace

QString CallStatistics::agentKeySql()
{
    return QStringLiteral("coalesce(nullif(agent_name, ''), agent_id, '(no agent)')");
}

QString CallStatistics::organizationKeySql()
{
    return QStringLiteral("coalesce(nullif(organization_name, ''), organization_id, '(no organization)')");
}

std::optional<CallStatistics> CallStatistics::compute(const QSqlDatabase &db, const CallFilter &filter, const std::optional<StatisticsPeriod> &period,
                                                      QString *error)
{
    CallStatistics s;
    s.period = period;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto counts = StoreCounts::read(db, filter, error);
    if (!counts)
        return std::nullopt;
    s.counts = *counts;
    const StatisticsScope scope = StatisticsScope::of(filter, period);
    const QString where = QLatin1String(" FROM calls") + scope.where;
    // The totals, and each compliance flag's count, in one pass.
    QString totals = QLatin1String("SELECT count(*), ")
        + QLatin1String("coalesce(sum((raised_mask & %1) != 0), 0), ").arg(bit(OutcomeId::WasTheRightParty))
        + QLatin1String("coalesce(sum((raised_mask & %1) != 0), 0), ").arg(bit(OutcomeId::PromiseToPayDays))
        + QLatin1String("coalesce(sum((raised_mask & %1) != 0), 0), ").arg(bit(OutcomeId::PaymentMade))
        + QLatin1String("coalesce(sum((raised_mask & %1) != 0), 0), ").arg(bit(OutcomeId::PaymentFailed))
        + QLatin1String("coalesce(sum((raised_mask & %1) != 0), 0), ").arg(bit(OutcomeId::SpanishCall))
        + QLatin1String("coalesce(sum(duration_ms), 0)");
    QList<const OutcomeInfo *> flags;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (info.severity == Severity::StopContact && info.type == OutcomeType::Boolean) {
            flags.append(&info);
            totals += QLatin1String(", coalesce(sum((raised_mask & %1) != 0), 0)").arg(bit(info.id));
        }
    }
    if (!run(q, totals + where, scope, error) || !q.next())
        return std::nullopt;
    int c = 0;
    s.calls = q.value(c++).toLongLong();
    s.rightParty = q.value(c++).toLongLong();
    s.promiseToPay = q.value(c++).toLongLong();
    s.paymentsMade = q.value(c++).toLongLong();
    s.paymentsFailed = q.value(c++).toLongLong();
    s.spanish = q.value(c++).toLongLong();
    s.totalDurationMs = q.value(c++).toLongLong();
    for (const OutcomeInfo *info : flags)
        s.complianceFlags.append({QString(info->key), q.value(c++).toLongLong()});
    q.finish();

    const auto breakdown = [&](const QString &key, QList<QPair<QString, qint64>> &into, const QString &order) {
        if (!run(q, QLatin1String("SELECT ") + key + QLatin1String(" AS k, count(*)") + where + QLatin1String(" GROUP BY k ORDER BY ") + order, scope, error))
            return false;
        while (q.next())
            into.append({q.value(0).toString(), q.value(1).toLongLong()});
        q.finish();
        return true;
    };
    const bool ok = breakdown(StoreTables::outcomeTextSql(OutcomeCatalogue::at(OutcomeId::PlanType).key), s.planTypes, QStringLiteral("2 DESC"))
        && breakdown(StoreTables::localDateSql(QLatin1String("first_received_ms")), s.byDay, QStringLiteral("k"))
        && breakdown(QStringLiteral("coalesce(nullif(organization_name, ''), organization_id)"), s.byOrganization, QStringLiteral("2 DESC"))
        && breakdown(agentKeySql(), s.byAgent, QStringLiteral("2 DESC"));
    if (!ok)
        return std::nullopt;
    s.planTypes.removeIf([](const auto &p) { return p.first.isEmpty(); }); // calls without a plan
    s.durationBuckets.fill(0, DurationBucketCount);
    QList<QPair<QString, qint64>> minutes;
    if (!breakdown(QStringLiteral("min(duration_ms / 60000, %1)").arg(DurationBucketCount - 1), minutes, QStringLiteral("k")))
        return std::nullopt;
    for (const auto &[minute, count] : minutes)
        s.durationBuckets[qBound(0, minute.toInt(), DurationBucketCount - 1)] += count;

    if (!StatisticsQueries::headline(db, scope, &s.headline, error))
        return std::nullopt;
    if (period) {
        HeadlineFigures before;
        if (!StatisticsQueries::headline(db, StatisticsScope::of(filter, period->previous()), &before, error))
            return std::nullopt;
        s.previous = before;
    }
    // The axis spans the period, or without one the calls' own dates, first to last.
    const qint64 fromMs = period ? period->fromMs : s.headline.firstMs;
    const qint64 toMs = period ? period->toMs : (s.headline.calls ? s.headline.lastMs + 1 : fromMs);
    s.bucket = TimeBuckets::forSpan(toMs - fromMs);
    if (!StatisticsQueries::timeline(db, scope, s.bucket, fromMs, toMs, &s.timeline, error)
        || !StatisticsQueries::groupRates(db, scope, agentKeySql(), &s.agentRates, error)
        || !StatisticsQueries::groupRates(db, scope, organizationKeySql(), &s.organizationRates, error)
        || !StatisticsQueries::topOutcomes(db, scope, &s.topOutcomes, error))
        return std::nullopt;
    return s;
}

} // namespace CallScope
