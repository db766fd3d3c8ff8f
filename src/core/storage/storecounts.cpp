// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "storecounts.h"

#include "domain/validationproblem.h"
#include "storage/sqlsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CallScope {

namespace {

static_assert(int(Validation::Rejected) == 3, "the SQL below spells Validation::Rejected as 3");
const QLatin1String kCall("refused_status = 0 AND validation != 3 AND event = 'call.completed'");
const QLatin1String kRejected("refused_status = 0 AND validation = 3");
const QLatin1String kRefused("refused_status != 0");
// The rows that are not calls, spelled exactly as the WHERE of the partial index calls_not_calls (schema
// step 10), so that SQLite reads that index: they are few, and the calls are count(*) less them.
const QLatin1String kNotCall("refused_status != 0 OR validation = 3 OR event IS NOT 'call.completed'");

std::optional<StoreCounts> run(QSqlQuery &q, QString *error)
{
    if (!q.exec() || !q.next()) {
        *error = sqlProblem(q.lastError());
        return std::nullopt;
    }
    StoreCounts c;
    c.calls = q.value(0).toLongLong();
    c.deliveries = q.value(1).toLongLong();
    c.rejected = q.value(2).toLongLong();
    c.refused = q.value(3).toLongLong();
    return c;
}

} // namespace

StoreCounts &StoreCounts::operator+=(const StoreCounts &other)
{
    calls += other.calls;
    deliveries += other.deliveries;
    rejected += other.rejected;
    refused += other.refused;
    return *this;
}

void StoreCounts::addDelivery(bool newRow, int refusedStatus, int validation, const QString &event)
{
    ++deliveries;
    if (!newRow)
        return;
    if (refusedStatus != 0)
        ++refused;
    else if (validation == int(Validation::Rejected))
        ++rejected;
    else if (event == QLatin1String("call.completed"))
        ++calls;
}

QString StoreCounts::callCondition()
{
    return QLatin1Char('(') + kCall + QLatin1Char(')');
}

std::optional<StoreCounts> StoreCounts::read(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QLatin1String("SELECT (SELECT count(*) FROM calls) - count(*), (SELECT count(*) FROM deliveries), "
                            "coalesce(sum(") + kRejected + QLatin1String("), 0), coalesce(sum(") + kRefused
              + QLatin1String("), 0) FROM calls WHERE ") + kNotCall);
    return run(q, error);
}

std::optional<StoreCounts> StoreCounts::read(const QSqlDatabase &db, const CallFilter &asked, QString *error)
{
    if (asked.matchesEverything())
        return read(db, error);
    const CallFilter filter = filterForStore(db, asked);
    QSqlQuery q(db);
    q.prepare(QLatin1String("SELECT coalesce(sum(") + kCall + QLatin1String("), 0), coalesce(sum(deliveries), 0), coalesce(sum(")
              + kRejected + QLatin1String("), 0), coalesce(sum(") + kRefused + QLatin1String("), 0) FROM calls WHERE (")
              + filter.sql() + QLatin1Char(')'));
    bindAll(q, filter.bindings());
    return run(q, error);
}

} // namespace CallScope
