// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "statisticsfigures.h"

#include "storage/sqlsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace CallScope::StatisticsQueries {

namespace {

qint64 bit(OutcomeId id)
{
    return qint64(1) << int(id);
}

QString countRaised(qint64 bits)
{
    return QLatin1String("coalesce(sum(") + StatisticsScope::raisedSql(bits) + QLatin1String("), 0)");
}

bool run(QSqlQuery &q, const QString &sql, const StatisticsScope &scope, QString *error)
{
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, scope.bindings);
    if (q.exec())
        return true;
    *error = sqlProblem(q.lastError());
    return false;
}

// The per-call sums every breakdown shares: calls, right party, promise to pay, payments made.
QString outcomeSums()
{
    return QLatin1String("count(*), ") + countRaised(bit(OutcomeId::WasTheRightParty)) + QLatin1String(", ")
        + countRaised(bit(OutcomeId::PromiseToPayDays)) + QLatin1String(", ") + countRaised(bit(OutcomeId::PaymentMade));
}

} // namespace

bool headline(const QSqlDatabase &db, const StatisticsScope &scope, HeadlineFigures *into, QString *error)
{
    QSqlQuery q(db);
    const QString sql = QLatin1String("SELECT ") + outcomeSums() + QLatin1String(", ") + countRaised(bit(OutcomeId::PlanAccepted))
        + QLatin1String(", ") + countRaised(bit(OutcomeId::PromiseToPayDays) | bit(OutcomeId::PlanAccepted)) + QLatin1String(", ")
        + countRaised(bit(OutcomeId::PaymentFailed)) + QLatin1String(", ") + countRaised(StatisticsScope::stopContactBits())
        + QLatin1String(", coalesce(min(") + StatisticsScope::callDateSql() + QLatin1String("), 0), coalesce(max(")
        + StatisticsScope::callDateSql() + QLatin1String("), 0) FROM calls") + scope.where;
    if (!run(q, sql, scope, error) || !q.next())
        return false;
    HeadlineFigures &h = *into;
    int c = 0;
    for (qint64 *field : {&h.calls, &h.rightParty, &h.promiseToPay, &h.paymentsMade, &h.plansAccepted, &h.promiseOrPlan,
                          &h.paymentsFailed, &h.complianceEvents, &h.firstMs, &h.lastMs})
        *field = q.value(c++).toLongLong();
    return true;
}

bool timeline(const QSqlDatabase &db, const StatisticsScope &scope, TimeBucket bucket, qint64 fromMs, qint64 toMs,
              QList<TimelineBucket> *into, QString *error)
{
    const QList<qint64> edges = TimeBuckets::edges(bucket, fromMs, toMs);
    into->clear();
    for (qsizetype i = 0; i + 1 < edges.size(); ++i)
        into->append(TimelineBucket{.startMs = edges[i], .endMs = edges[i + 1]});
    if (into->isEmpty())
        return true;
    // SQLite groups by the quarter hour (every zone's offset from UTC is a whole number of quarter hours, so
    // no quarter straddles a local bucket's edge) and Qt puts each quarter in its local bucket: the local time
    // is Qt's, daylight saving time included, and the rows stay few (4 an hour at most).
    constexpr qint64 QuarterMs = 15 * 60 * 1000;
    QSqlQuery q(db);
    const QString sql = QLatin1String("SELECT ") + StatisticsScope::callDateSql() + QLatin1String(" / ") + QString::number(QuarterMs)
        + QLatin1String(" AS quarter, ") + outcomeSums() + QLatin1String(", ") + countRaised(StatisticsScope::stopContactBits())
        + QLatin1String(", ") + countRaised(StatisticsScope::hardshipBits()) + QLatin1String(" FROM calls") + scope.where
        + QLatin1String(" GROUP BY quarter");
    if (!run(q, sql, scope, error))
        return false;
    while (q.next()) {
        const qint64 ms = q.value(0).toLongLong() * QuarterMs;
        const auto at = std::upper_bound(edges.cbegin(), edges.cend(), ms);
        const qsizetype index = (at - edges.cbegin()) - 1;
        if (index < 0 || index >= into->size())
            continue; // outside the axis (no period: the axis spans every call, so never)
        TimelineBucket &b = (*into)[index];
        b.calls += q.value(1).toLongLong();
        b.rightParty += q.value(2).toLongLong();
        b.promiseToPay += q.value(3).toLongLong();
        b.paymentsMade += q.value(4).toLongLong();
        b.stopContact += q.value(5).toLongLong();
        b.hardship += q.value(6).toLongLong();
    }
    return true;
}

bool groupRates(const QSqlDatabase &db, const StatisticsScope &scope, const QString &keySql, QList<GroupRates> *into, QString *error)
{
    QSqlQuery q(db);
    const QString sql = QLatin1String("SELECT ") + keySql + QLatin1String(" AS k, ") + outcomeSums() + QLatin1String(" FROM calls")
        + scope.where + QLatin1String(" GROUP BY k ORDER BY 2 DESC, k");
    if (!run(q, sql, scope, error))
        return false;
    into->clear();
    while (q.next())
        into->append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong()});
    return true;
}

bool topOutcomes(const QSqlDatabase &db, const StatisticsScope &scope, QList<QPair<OutcomeId, qint64>> *into, QString *error)
{
    QString sql = QStringLiteral("SELECT 0");
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes())
        sql += QLatin1String(", ") + countRaised(bit(info.id));
    QSqlQuery q(db);
    if (!run(q, sql + QLatin1String(" FROM calls") + scope.where, scope, error) || !q.next())
        return false;
    into->clear();
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (const qint64 n = q.value(int(info.id) + 1).toLongLong())
            into->append({info.id, n});
    }
    std::stable_sort(into->begin(), into->end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return true;
}

} // namespace CallScope::StatisticsQueries
