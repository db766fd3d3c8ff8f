// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/callfilter.h"

#include <QMetaType>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace CallScope {

// What a store holds, counted one way for the status bar, /healthz, the dashboard and the tests
// (docs/CONTRACT.md, GET /healthz). Each row of the calls table is one of:
// - a call: a call.completed envelope that parsed (valid or not), once however often it was delivered;
// - a rejected body: not JSON (answered 400), kept as received;
// - a refused attempt: answered 401 or 413, its body not kept;
// - an envelope of another event: a delivery (and a CSV row), not a call.
// `deliveries` counts every POST stored: duplicates, rejected bodies and refused attempts included.
struct StoreCounts {
    qint64 calls = 0;
    qint64 deliveries = 0;
    qint64 rejected = 0;
    qint64 refused = 0;

    friend bool operator==(const StoreCounts &, const StoreCounts &) = default;
    StoreCounts &operator+=(const StoreCounts &other);

    // What one stored delivery adds, by the rules of the SQL below: `newRow` when it made a row of the calls
    // table (it was no duplicate), with that row's refused_status, validation and event.
    void addDelivery(bool newRow, int refusedStatus, int validation, const QString &event);

    // The condition on a row of the calls table that makes it a call.
    static QString callCondition();
    // Over the whole store; cheap at any size (count(*) and the partial index of schema step 10).
    static std::optional<StoreCounts> read(const QSqlDatabase &db, QString *error);
    // Over the rows a filter matches, in one pass.
    static std::optional<StoreCounts> read(const QSqlDatabase &db, const CallFilter &filter, QString *error);
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::StoreCounts)
