// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/outcomecatalogue.h"
#include "domain/timebuckets.h"
#include "storage/statisticsscope.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace CallScope {

// The headline figures of a period, as the dashboard and the report show them.
struct HeadlineFigures {
    qint64 calls = 0;
    qint64 rightParty = 0; // wasTheRightParty
    qint64 promiseToPay = 0; // promiseToPayDays reported
    qint64 plansAccepted = 0; // planAccepted
    qint64 promiseOrPlan = 0; // either of the two: the funnel's third stage
    qint64 paymentsMade = 0;
    qint64 paymentsFailed = 0;
    qint64 complianceEvents = 0; // calls raising any stop-contact flag
    qint64 firstMs = 0; // the earliest and latest own date among them (0 when there are no calls)
    qint64 lastMs = 0;

    double rate(qint64 part) const { return calls ? double(part) / double(calls) : 0.0; }
    // calls → right party → promise to pay or plan accepted → payment made. Each stage counts the calls that
    // reached it, not those that also passed the stages before: a payment taken on a first call has no
    // promise before it, and would otherwise vanish from the last stage.
    QList<qint64> funnel() const { return {calls, rightParty, promiseOrPlan, paymentsMade}; }
};

// One bucket of the time axis; buckets without calls are there too (the axis is continuous).
struct TimelineBucket {
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 calls = 0;
    qint64 rightParty = 0;
    qint64 promiseToPay = 0;
    qint64 paymentsMade = 0;
    qint64 stopContact = 0; // calls raising a stop-contact flag
    qint64 hardship = 0; // calls raising a hardship flag
};

// The rates of one agent or organization.
struct GroupRates {
    QString name;
    qint64 calls = 0;
    qint64 rightParty = 0;
    qint64 promiseToPay = 0;
    qint64 paymentsMade = 0;

    double rate(qint64 part) const { return calls ? double(part) / double(calls) : 0.0; }
};

// The queries behind those figures, each one pass over the scope (StatisticsScope) in SQLite. On failure
// they return false and say why in `error`.
namespace StatisticsQueries {
bool headline(const QSqlDatabase &db, const StatisticsScope &scope, HeadlineFigures *into, QString *error);
// The buckets of [fromMs, toMs), filled from the scope's calls.
bool timeline(const QSqlDatabase &db, const StatisticsScope &scope, TimeBucket bucket, qint64 fromMs, qint64 toMs,
              QList<TimelineBucket> *into, QString *error);
// By `keySql` (an expression over the calls table), the most calls first.
bool groupRates(const QSqlDatabase &db, const StatisticsScope &scope, const QString &keySql, QList<GroupRates> *into, QString *error);
// Every outcome raised at least once, the most raised first (then in catalogue order).
bool topOutcomes(const QSqlDatabase &db, const StatisticsScope &scope, QList<QPair<OutcomeId, qint64>> *into, QString *error);
} // namespace StatisticsQueries

} // namespace CallScope
