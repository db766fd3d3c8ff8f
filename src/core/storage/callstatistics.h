// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/callfilter.h"
#include "storage/statisticsfigures.h"
#include "storage/statisticsscope.h"
#include "storage/storecounts.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace CallScope {

// The dashboard's numbers over the calls a filter matches, computed in SQLite (one pass for the totals,
// one per breakdown), never by walking rows in the window. Calls as StoreCounts counts them: rejected
// bodies, refused attempts and other events are in `counts` alone, never in the rates or breakdowns.
// With a period, everything but `counts` is over the calls whose own date falls in it (StatisticsScope); the
// report (report/) draws from the same figures, so the dashboard and the PDF never disagree.
struct CallStatistics {
    StoreCounts counts; // over the rows the filter matches, whatever the period
    qint64 calls = 0;
    qint64 rightParty = 0; // wasTheRightParty
    qint64 promiseToPay = 0; // promiseToPayDays reported
    qint64 paymentsMade = 0;
    qint64 paymentsFailed = 0;
    qint64 spanish = 0;
    qint64 totalDurationMs = 0;
    QList<QPair<QString, qint64>> planTypes; // plan_type -> calls, in the catalogue's order
    QList<QPair<QString, qint64>> complianceFlags; // stop-contact key -> calls raising it
    QList<qint64> durationBuckets; // calls per minute of duration: 0-1, 1-2, …, 14-15, 15+
    QList<QPair<QString, qint64>> byDay; // "2026-03-01" (local) -> calls
    QList<QPair<QString, qint64>> byOrganization;
    QList<QPair<QString, qint64>> byAgent;

    // The report's and the dashboard's figures.
    std::optional<StatisticsPeriod> period;
    HeadlineFigures headline;
    std::optional<HeadlineFigures> previous; // the period of the same length before; only with a period
    TimeBucket bucket = TimeBucket::Day; // chosen from the period, or from the calls' span without one
    QList<TimelineBucket> timeline;
    QList<GroupRates> agentRates; // the most calls first
    QList<GroupRates> organizationRates;
    QList<QPair<OutcomeId, qint64>> topOutcomes; // every raised outcome, the most raised first

    double rate(qint64 part) const { return calls ? double(part) / double(calls) : 0.0; }
    qint64 averageDurationMs() const { return calls ? totalDurationMs / calls : 0; }

    static constexpr int DurationBucketCount = 16;
    // Reads them through a connection of the caller's thread.
    static std::optional<CallStatistics> compute(const QSqlDatabase &db, const CallFilter &filter, QString *error)
    {
        return compute(db, filter, std::nullopt, error);
    }
    static std::optional<CallStatistics> compute(const QSqlDatabase &db, const CallFilter &filter, const std::optional<StatisticsPeriod> &period,
                                                 QString *error);

    // The SQL keys the agent and organization breakdowns group by (a name, else the id).
    static QString agentKeySql();
    static QString organizationKeySql();
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::CallStatistics)
