// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/callfilter.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace CallScope {

// A span of the calls' own dates, [fromMs, toMs): the dashboard's and the report's period.
struct StatisticsPeriod {
    qint64 fromMs = 0;
    qint64 toMs = 0;

    qint64 length() const { return toMs - fromMs; }
    // The span the figures' deltas compare with: this one, as many local days back as it touches. Shifting by
    // local days keeps a period of whole days on midnights across a change of daylight saving time, and
    // compares "today so far" with the same hours of yesterday rather than with the whole of it.
    StatisticsPeriod previous() const;
    bool operator==(const StatisticsPeriod &) const = default;
};

// The calls the statistics count: calls as StoreCounts counts them, that the filter matches, whose own date
// falls in the period (all of them without one). One WHERE clause and its bindings, shared by every query
// of the statistics and of the report, so that a number reads the same in both.
struct StatisticsScope {
    QString where; // "WHERE …", with the filter's positional bindings first
    QVariantList bindings;

    static StatisticsScope of(const CallFilter &filter, const std::optional<StatisticsPeriod> &period);
    // The call's own date: when it was created, else when it ended, else when it reached us.
    static QString callDateSql();
    // `raised_mask & bits != 0` for these outcomes.
    static QString raisedSql(qint64 bits);
    // The bits of the stop-contact flags (booleans of Severity::StopContact: the compliance events) and of the
    // hardship flags (the other booleans of the Bankruptcy & Hardship group).
    static qint64 stopContactBits();
    static qint64 hardshipBits();
    // A filter expression, in the filter language, that selects the calls of this scope with a stop-contact
    // flag (or a hardship flag): the window's "show those calls". The period is written on createdAt, the
    // only call date the language has: a call without a valid createdAt is left out.
    static QString stopContactFilter(const QString &filterText, const std::optional<StatisticsPeriod> &period);
    static QString hardshipFilter(const QString &filterText, const std::optional<StatisticsPeriod> &period);
};

} // namespace CallScope
