// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/callrecord.h"

#include <QLatin1String>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace CallScope {

// The store's tables as today's code reads and writes them: the columns of each kind of row in the order a
// SELECT lists them, the decoding of such a row, and the statements and expressions that are SQLite's own.
// The store, the reader, statistics, the exports and the sender ask here, so that a column is added or
// renamed in one place, and a store on another engine replaces this module. A row is read by the names
// below (q.value(CallRowColumn::Status)), never by a bare position.
// The migrations (storemigrations.cpp) keep their own frozen SQL: a released step never changes when
// today's columns do.

// A call as the table shows it (CallRow), in the order of StoreTables::callRowColumns().
namespace CallRowColumn {
enum : int {
    Id,
    FirstReceivedMs,
    LastReceivedMs,
    CreatedMs,
    EndedMs,
    DurationMs,
    Event,
    IdempotencyKey,
    CallId,
    PhoneNumber,
    FileNumber,
    OrganizationId,
    OrganizationName,
    AgentId,
    AgentName,
    Status,
    CreatedAt,
    EndedAt,
    Outcomes,
    RaisedMask,
    Severity,
    Validation,
    Conflict,
    KeyMismatch,
    Deliveries,
    ReviewState,
    PatternWarnings,
    RefusedStatus,
    Refusal,
    MalformedMask,
    ReviewedPattern,
    Count
};
} // namespace CallRowColumn

// A call in full (CallDetail): its row's columns, then these.
namespace CallDetailColumn {
enum : int { Summary = CallRowColumn::Count, RecordingUrl, ReviewNote, Reviewer, Dispositions, Count };
} // namespace CallDetailColumn

// A delivery (DeliveryRecord). The first ExchangeCount columns are its exchange, the request and the answer
// it got: what an export and derivation read.
namespace DeliveryColumn {
enum : int {
    Id,
    ReceivedMs,
    Method,
    Path,
    Query,
    Headers,
    RemoteAddress,
    Body, // NULL: not kept (a refused attempt, or over the size limit)
    BodySize,
    AnswerStatus,
    Answer,
    ExchangeCount,
    WebhookId = ExchangeCount,
    Validation,
    Problems,
    Duplicate,
    Conflict,
    Count
};
} // namespace DeliveryColumn

// A recorded delivery as derivation reads it back: its exchange, then these.
namespace RecordedColumn {
enum : int {
    CallKey = DeliveryColumn::ExchangeCount, // the call it repeats; NULL for a call's first delivery
    Conflict,
    KeyMismatch,
    Count
};
} // namespace RecordedColumn

// One line of a call's review audit trail (ReviewAuditEntry).
namespace AuditColumn {
enum : int { AtMs, Reviewer, Field, OldValue, NewValue, Reason, Count };
} // namespace AuditColumn

// A stored body to send again, with what labels it.
namespace ReplayColumn {
enum : int { Body, Headers, CallId, DeliveryId, Count };
} // namespace ReplayColumn

// A recorded delivery not yet derived, as the store counts it (StoreTables::underivedSql()).
namespace UnderivedColumn {
enum : int {
    NewCall, // whether it makes a row of its own
    RefusedStatus, // its answer's status when its body was not kept, else 0
    Validation,
    Event, // the body's "event"
    ReceivedMs,
    Count
};
} // namespace UnderivedColumn

namespace StoreTables {

// "call_ref IN (SELECT id FROM calls WHERE condition)": the deliveries of the calls a condition on the calls
// table selects (the condition's column names are that table's).
QString deliveriesOfCalls(const QString &callCondition);

// The SELECT lists ("id, first_received_ms, …"), each column prefixed with `alias` and a dot when given.
QString callRowColumns(QLatin1String alias = {});
QString callDetailColumns(QLatin1String alias = {});
// The same for a store read as it is (an export never upgrades): a column that a later schema step added
// and this store lacks reads as NULL, as it would have been before that step.
QString callDetailColumns(const QSqlDatabase &db);
QString deliveryColumns();
QString exchangeColumns();
QString recordedColumns();
// Before schema step 11 the audit lines have no reason: it is read as NULL.
QString auditColumns(QLatin1String alias = {}, bool withReason = true);

// The decodings of those rows, from the query's current row.
CallRow readCallRow(const QSqlQuery &q);
// The call's own fields; its deliveries, audit trail and parsed body are read apart.
CallDetail readCallDetail(const QSqlQuery &q);
DeliveryRecord readDelivery(const QSqlQuery &q);
ReviewAuditEntry readAuditEntry(const QSqlQuery &q);

// The timestamp the sender put in a call's first delivery, as sent: an expression over the calls table.
QString firstTimestampSql();
// The bodies of the calls a condition selects, oldest first, in ReplayColumn's order.
QString replaySql(const QString &callCondition);

// A new call's row: bindNewCall() binds the values of the columns a call is made with, from a list of
// CallDetailColumn::Count values by CallRowColumn and CallDetailColumn (the other columns keep their
// defaults: one delivery, unreviewed, no warnings).
QString insertCallSql();
void bindNewCall(QSqlQuery &q, const QVariantList &byColumn);
// A delivery's record, bound in the order DeliveryStore::record() binds it.
QString insertDeliverySql();
// The recorded deliveries not yet derived, oldest first, in UnderivedColumn's order.
QString underivedSql();

// Expressions over the calls table, for statistics: an outcome's value when it is text ('' otherwise), and
// the local date ("2026-03-01") of a time in ms.
QString outcomeTextSql(QLatin1String key);
QString localDateSql(QLatin1String msColumn);

} // namespace StoreTables

} // namespace CallScope
