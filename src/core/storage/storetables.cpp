// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "storetables.h"

#include "domain/deliveryanswer.h"

#include "storage/sqlsupport.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <span>

namespace CallScope::StoreTables {

namespace {

const QLatin1String kCallsTable("calls");
const QLatin1String kDeliveriesTable("deliveries");

// Each set's names are given against its column constants, so the list and the positions that read it
// cannot drift apart; a column left unnamed fails the build.
template<size_t N>
using Names = std::array<const char *, N>;

template<size_t N>
constexpr bool allNamed(const Names<N> &names)
{
    for (const char *name : names) {
        if (!name)
            return false;
    }
    return true;
}

constexpr auto kCallRow = [] {
    using namespace CallRowColumn;
    Names<Count> n{};
    n[Id] = "id";
    n[FirstReceivedMs] = "first_received_ms";
    n[LastReceivedMs] = "last_received_ms";
    n[CreatedMs] = "created_ms";
    n[EndedMs] = "ended_ms";
    n[DurationMs] = "duration_ms";
    n[Event] = "event";
    n[IdempotencyKey] = "idempotency_key";
    n[CallId] = "call_id";
    n[PhoneNumber] = "phone_number";
    n[FileNumber] = "file_number";
    n[OrganizationId] = "organization_id";
    n[OrganizationName] = "organization_name";
    n[AgentId] = "agent_id";
    n[AgentName] = "agent_name";
    n[Status] = "status";
    n[CreatedAt] = "created_at";
    n[EndedAt] = "ended_at";
    n[Outcomes] = "outcomes";
    n[RaisedMask] = "raised_mask";
    n[CallRowColumn::Severity] = "severity";
    n[CallRowColumn::Validation] = "validation";
    n[Conflict] = "conflict";
    n[KeyMismatch] = "key_mismatch";
    n[Deliveries] = "deliveries";
    n[CallRowColumn::ReviewState] = "review_state";
    n[PatternWarnings] = "pattern_warnings";
    n[RefusedStatus] = "refused_status";
    n[Refusal] = "refusal";
    n[MalformedMask] = "malformed_mask";
    n[ReviewedPattern] = "reviewed_pattern";
    return n;
}();
static_assert(allNamed(kCallRow));

constexpr auto kCallDetail = [] {
    using namespace CallDetailColumn;
    constexpr int First = CallRowColumn::Count; // after the row's columns
    Names<Count - First> n{};
    n[Summary - First] = "summary";
    n[RecordingUrl - First] = "recording_url";
    n[ReviewNote - First] = "review_note";
    n[Reviewer - First] = "reviewer";
    n[CallDetailColumn::Dispositions - First] = "dispositions";
    return n;
}();
static_assert(allNamed(kCallDetail));

constexpr auto kDelivery = [] {
    using namespace DeliveryColumn;
    Names<Count> n{};
    n[Id] = "id";
    n[ReceivedMs] = "received_ms";
    n[Method] = "method";
    n[Path] = "path";
    n[Query] = "query";
    n[Headers] = "headers";
    n[RemoteAddress] = "remote_address";
    n[Body] = "body";
    n[BodySize] = "body_size";
    n[AnswerStatus] = "answer_status";
    n[Answer] = "answer";
    n[WebhookId] = "webhook_id";
    n[DeliveryColumn::Validation] = "validation";
    n[Problems] = "problems";
    n[Duplicate] = "duplicate";
    n[Conflict] = "conflict";
    return n;
}();
static_assert(allNamed(kDelivery));

constexpr auto kRecorded = [] {
    using namespace RecordedColumn;
    constexpr int First = DeliveryColumn::ExchangeCount; // after the exchange
    Names<Count - First> n{};
    n[CallKey - First] = "call_key";
    n[Conflict - First] = "conflict";
    n[KeyMismatch - First] = "key_mismatch";
    return n;
}();
static_assert(allNamed(kRecorded));

constexpr auto kAudit = [] {
    using namespace AuditColumn;
    Names<Count> n{};
    n[AtMs] = "at_ms";
    n[Reviewer] = "reviewer";
    n[Field] = "field";
    n[OldValue] = "old_value";
    n[NewValue] = "new_value";
    n[Reason] = "reason";
    return n;
}();
static_assert(allNamed(kAudit));

// The columns a new call is made with (CallDeriver), by CallRowColumn and CallDetailColumn.
constexpr int kNewCall[] = {CallRowColumn::Id, CallRowColumn::FirstReceivedMs, CallRowColumn::LastReceivedMs, CallRowColumn::CreatedMs,
                            CallRowColumn::EndedMs, CallRowColumn::DurationMs, CallRowColumn::Event, CallRowColumn::IdempotencyKey,
                            CallRowColumn::CallId, CallRowColumn::PhoneNumber, CallRowColumn::FileNumber, CallRowColumn::OrganizationId,
                            CallRowColumn::OrganizationName, CallRowColumn::AgentId, CallRowColumn::AgentName, CallRowColumn::Status,
                            CallRowColumn::CreatedAt, CallRowColumn::EndedAt, CallRowColumn::Outcomes, CallRowColumn::RaisedMask,
                            CallRowColumn::Severity, CallRowColumn::Validation, CallRowColumn::RefusedStatus, CallRowColumn::Refusal,
                            CallRowColumn::MalformedMask, CallDetailColumn::Summary, CallDetailColumn::RecordingUrl};

const char *callColumnName(int column)
{
    return column < CallRowColumn::Count ? kCallRow[size_t(column)] : kCallDetail[size_t(column - CallRowColumn::Count)];
}

// In the order DeliveryStore::record() binds them.
constexpr Names<18> kDeliveryInsert = {"received_ms", "method", "path", "query", "headers", "remote_address", "body", "body_size",
                                       "webhook_id", "validation", "problems", "answer_status", "answer", "duplicate", "conflict",
                                       "call_key", "idempotency_key", "key_mismatch"};

constexpr auto kReplay = [] {
    using namespace ReplayColumn;
    Names<Count> n{};
    n[Body] = "d.body";
    n[Headers] = "d.headers";
    n[CallId] = "c.call_id";
    n[DeliveryId] = "d.id";
    return n;
}();
static_assert(allNamed(kReplay));

// Appends "a.x, a.y" (without `alias`: "x, y"); `skip` is read as NULL (a column an older store lacks).
void append(QString &list, std::span<const char *const> names, QLatin1String alias = {}, const char *skip = nullptr)
{
    for (const char *name : names) {
        if (!list.isEmpty())
            list += QLatin1String(", ");
        if (name == skip)
            list += QLatin1String("NULL");
        else if (alias.isEmpty())
            list += QLatin1String(name);
        else
            list += alias + QLatin1Char('.') + QLatin1String(name);
    }
}

QString columns(std::span<const char *const> names, QLatin1String alias = {}, const char *skip = nullptr)
{
    QString list;
    append(list, names, alias, skip);
    return list;
}

QString insertSql(QLatin1String table, std::span<const char *const> names)
{
    QString marks = QStringLiteral("?");
    for (size_t i = 1; i < names.size(); ++i)
        marks += QLatin1String(",?");
    return QLatin1String("INSERT INTO ") + table + QLatin1String(" (") + columns(names) + QLatin1String(") VALUES (") + marks + QLatin1Char(')');
}

qint64 msOrMinusOne(const QVariant &value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

} // namespace

QString deliveriesOfCalls(const QString &callCondition)
{
    return QLatin1String("call_ref IN (SELECT id FROM ") + kCallsTable + QLatin1String(" WHERE ") + callCondition + QLatin1Char(')');
}

QString callRowColumns(QLatin1String alias)
{
    return columns(kCallRow, alias);
}

QString callDetailColumns(QLatin1String alias)
{
    QString list = columns(kCallRow, alias);
    append(list, kCallDetail, alias);
    return list;
}

QString callDetailColumns(const QSqlDatabase &db)
{
    QSet<QString> present;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(calls)"))) {
        while (q.next())
            present.insert(q.value(1).toString());
    }
    QString list;
    const auto add = [&](std::span<const char *const> names) {
        for (const char *name : names) {
            if (!list.isEmpty())
                list += QLatin1String(", ");
            list += present.contains(QLatin1String(name)) ? QLatin1String(name) : QLatin1String("NULL");
        }
    };
    add(kCallRow);
    add(kCallDetail);
    return list;
}

QString deliveryColumns()
{
    return columns(kDelivery);
}

QString exchangeColumns()
{
    return columns(std::span(kDelivery).first(DeliveryColumn::ExchangeCount));
}

QString recordedColumns()
{
    QString list = exchangeColumns();
    append(list, kRecorded);
    return list;
}

QString auditColumns(QLatin1String alias, bool withReason)
{
    return columns(kAudit, alias, withReason ? nullptr : kAudit[AuditColumn::Reason]);
}

CallRow readCallRow(const QSqlQuery &q)
{
    using namespace CallRowColumn;
    const auto text = [&q](int c) { return q.value(c).toString(); };
    CallRow r;
    r.id = q.value(Id).toLongLong();
    r.firstReceivedMs = q.value(FirstReceivedMs).toLongLong();
    r.lastReceivedMs = q.value(LastReceivedMs).toLongLong();
    r.createdMs = msOrMinusOne(q.value(CreatedMs));
    r.endedMs = msOrMinusOne(q.value(EndedMs));
    r.durationMs = msOrMinusOne(q.value(DurationMs));
    r.event = text(Event);
    r.idempotencyKey = text(IdempotencyKey);
    r.callId = text(CallId);
    r.phoneNumber = text(PhoneNumber);
    r.fileNumber = text(FileNumber);
    r.organizationId = text(OrganizationId);
    r.organizationName = text(OrganizationName);
    r.agentId = text(AgentId);
    r.agentName = text(AgentName);
    r.status = text(Status);
    r.createdAt = text(CreatedAt);
    r.endedAt = text(EndedAt);
    r.outcomes = QJsonDocument::fromJson(text(Outcomes).toUtf8()).object();
    r.raisedMask = q.value(RaisedMask).toLongLong();
    r.severity = CallScope::Severity(q.value(CallRowColumn::Severity).toInt());
    r.validation = CallScope::Validation(q.value(CallRowColumn::Validation).toInt());
    r.conflict = q.value(Conflict).toBool();
    r.keyMismatch = q.value(KeyMismatch).toBool();
    r.deliveries = q.value(Deliveries).toInt();
    r.review = CallScope::ReviewState(q.value(CallRowColumn::ReviewState).toInt());
    r.patternWarnings = q.value(PatternWarnings).toInt();
    r.refusedStatus = q.value(RefusedStatus).toInt();
    r.refusal = text(Refusal);
    r.malformedMask = q.value(MalformedMask).toLongLong();
    const QVariant reviewedPattern = q.value(ReviewedPattern);
    r.reviewedPattern = reviewedPattern.isNull() ? -1 : reviewedPattern.toInt();
    return r;
}

CallDetail readCallDetail(const QSqlQuery &q)
{
    using namespace CallDetailColumn;
    CallDetail d;
    d.row = readCallRow(q);
    d.summary = q.value(Summary).toString();
    d.recordingUrl = q.value(RecordingUrl).toString();
    d.reviewNote = q.value(ReviewNote).toString();
    d.reviewer = q.value(Reviewer).toString();
    d.dispositions = dispositionsFromJson(q.value(CallDetailColumn::Dispositions).toString());
    return d;
}

DeliveryRecord readDelivery(const QSqlQuery &q)
{
    using namespace DeliveryColumn;
    DeliveryRecord r;
    r.id = q.value(Id).toLongLong();
    r.receivedMs = q.value(ReceivedMs).toLongLong();
    r.method = q.value(Method).toString();
    r.path = q.value(Path).toString();
    r.query = q.value(Query).toString();
    r.headers = headersFromJson(q.value(Headers).toString());
    r.remoteAddress = q.value(RemoteAddress).toString();
    const QVariant body = q.value(Body);
    r.bodyKept = !body.isNull();
    r.body = body.toByteArray();
    r.bodySize = q.value(BodySize).toLongLong();
    r.webhookId = q.value(WebhookId).toString();
    r.validation = CallScope::Validation(q.value(DeliveryColumn::Validation).toInt());
    r.problems = QJsonDocument::fromJson(q.value(Problems).toString().toUtf8()).array();
    r.answerStatus = q.value(AnswerStatus).toInt();
    r.answer = q.value(Answer).toString().toUtf8();
    r.duplicate = q.value(Duplicate).toBool();
    r.conflict = q.value(Conflict).toBool();
    // The answer the sender got: as stored, or rebuilt from the row (the store keeps the verdict).
    r.answer = DeliveryAnswer::ofStored(r.answerStatus, r.answer, r.body, r.problems, r.duplicate);
    return r;
}

ReviewAuditEntry readAuditEntry(const QSqlQuery &q)
{
    using namespace AuditColumn;
    return {q.value(AtMs).toLongLong(), q.value(Reviewer).toString(), q.value(Field).toString(), q.value(OldValue).toString(),
            q.value(NewValue).toString(), q.value(Reason).toString()};
}

QString firstTimestampSql()
{
    // SQLite's JSON functions; a body that is not JSON has none.
    return QStringLiteral("(SELECT CASE WHEN json_valid(body) THEN json_extract(body, '$.timestamp') END FROM deliveries "
                          "WHERE call_ref = calls.id ORDER BY id LIMIT 1)");
}

QString replaySql(const QString &callCondition)
{
    return QLatin1String("SELECT ") + columns(kReplay)
        + QLatin1String(" FROM deliveries d JOIN calls c ON c.id = d.call_ref WHERE d.body IS NOT NULL AND d.")
        + deliveriesOfCalls(callCondition) + QLatin1String(" ORDER BY d.id");
}

QString insertCallSql()
{
    std::array<const char *, std::size(kNewCall)> names{};
    std::transform(std::begin(kNewCall), std::end(kNewCall), names.begin(), callColumnName);
    return insertSql(kCallsTable, names);
}

void bindNewCall(QSqlQuery &q, const QVariantList &byColumn)
{
    Q_ASSERT(byColumn.size() == CallDetailColumn::Count);
    for (const int column : kNewCall)
        q.addBindValue(byColumn.at(column));
}

QString insertDeliverySql()
{
    return insertSql(kDeliveriesTable, kDeliveryInsert);
}

QString underivedSql()
{
    static_assert(UnderivedColumn::NewCall == 0 && UnderivedColumn::ReceivedMs == 4 && UnderivedColumn::Count == 5);
    return QStringLiteral("SELECT call_key IS NULL, CASE WHEN body IS NULL THEN answer_status ELSE 0 END, validation, "
                          "json_extract(CAST(body AS TEXT), '$.event'), received_ms FROM deliveries WHERE call_ref IS NULL ORDER BY id");
}

QString outcomeTextSql(QLatin1String key)
{
    const QString path = QLatin1String("'$.") + key + QLatin1Char('\'');
    return QLatin1String("iif(json_type(outcomes, ") + path + QLatin1String(") = 'text', json_extract(outcomes, ") + path + QLatin1String("), '')");
}

QString localDateSql(QLatin1String msColumn)
{
    return QLatin1String("date(") + msColumn + QLatin1String(" / 1000, 'unixepoch', 'localtime')");
}

} // namespace CallScope::StoreTables
