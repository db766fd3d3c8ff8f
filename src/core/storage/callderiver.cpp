// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callderiver.h"

#include "domain/calleventparser.h"
#include "domain/deliveryanswer.h"
#include "storage/deliverystore.h"
#include "storage/newcallrow.h"
#include "storage/patternrevisor.h"
#include "storage/sqlsupport.h"
#include "storage/storetables.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QVariant>

Q_LOGGING_CATEGORY(lcDeriver, "callscope.store.derive", QtWarningMsg)

namespace CallScope {

namespace {

QVariant textOrNull(const std::optional<QString> &s)
{
    return s ? QVariant(*s) : QVariant();
}

QVariant msOrNull(const Timestamp &t)
{
    return t.value.isValid() ? QVariant(t.value.toMSecsSinceEpoch()) : QVariant();
}

// Why an attempt was refused, as its stored answer told the sender ({"status":"rejected","error":…}): the
// store keeps the text of these answers (DeliveryAnswer::storesText).
QString answerError(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer).object().value(QLatin1String("error")).toString();
}

} // namespace

CallDeriver::CallDeriver(const QSqlDatabase &db)
    : m_db(db)
{
}

CallDeriver::~CallDeriver() = default;

bool CallDeriver::prepare(QString *error)
{
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_underived, QStringLiteral("SELECT id FROM deliveries WHERE call_ref IS NULL ORDER BY id LIMIT ?")},
        {&m_load, QLatin1String("SELECT ") + StoreTables::recordedColumns() + QLatin1String(" FROM deliveries WHERE id = ?")},
        // The call's id is its first delivery's (RecordedDelivery::receipt.callRowId): every call made
        // before schema 13 has an id below every delivery recorded since.
        {&m_insertCall, StoreTables::insertCallSql()},
        {&m_updateCall, QStringLiteral("UPDATE calls SET deliveries = deliveries + 1, last_received_ms = max(last_received_ms, ?), "
                                       "conflict = conflict | ?, key_mismatch = key_mismatch | ? WHERE id = ?")},
        {&m_link, QStringLiteral("UPDATE deliveries SET call_ref = ? WHERE id = ? AND call_ref IS NULL")},
        {&m_callByKey, QStringLiteral("SELECT id FROM calls WHERE idempotency_key = ?")},
        // The sender was answered "accepted": a row that keeps no answer text gets it, since its verdict
        // columns now say duplicate (DeliveryAnswer::ofStored would say so).
        {&m_markDuplicate, QStringLiteral("UPDATE deliveries SET call_key = ?, duplicate = 1, answer = CASE answer WHEN '' THEN ? ELSE answer END "
                                          "WHERE id = ?")},
    };
    for (const auto &[query, sql] : statements) {
        *query = QSqlQuery(m_db);
        if (!query->prepare(sql)) {
            *error = sqlProblem(query->lastError());
            return false;
        }
    }
    m_patterns = std::make_unique<PatternRevisor>(m_db);
    return m_patterns->prepare(error);
}

std::optional<QList<qint64>> CallDeriver::underived(int limit, QString *error)
{
    m_underived.addBindValue(limit);
    if (!execLogged(m_underived, lcDeriver(), error))
        return std::nullopt;
    QList<qint64> ids;
    while (m_underived.next())
        ids.append(m_underived.value(0).toLongLong());
    m_underived.finish();
    return ids;
}

std::optional<RecordedDelivery> CallDeriver::load(qint64 deliveryId, QString *error)
{
    QSqlQuery &q = m_load;
    q.addBindValue(deliveryId);
    if (!execLogged(q, lcDeriver(), error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("delivery %1 is not in the store").arg(deliveryId);
        return std::nullopt;
    }
    using namespace RecordedColumn;
    using namespace DeliveryColumn;
    RecordedDelivery r;
    IncomingDelivery &d = r.delivery;
    StoreReceipt &receipt = r.receipt;
    receipt.deliveryId = q.value(Id).toLongLong();
    const bool newCall = q.value(CallKey).isNull();
    receipt.callRowId = newCall ? receipt.deliveryId : q.value(CallKey).toLongLong();
    d.receivedMs = q.value(ReceivedMs).toLongLong();
    d.method = q.value(Method).toString().toLatin1();
    d.path = q.value(Path).toString().toLatin1();
    d.query = q.value(Query).toString().toLatin1();
    d.headers = headersFromJson(q.value(Headers).toString()); // redacted as stored
    d.remoteAddress = q.value(RemoteAddress).toString();
    const QVariant body = q.value(Body);
    d.bodySize = q.value(BodySize).toLongLong();
    const int status = q.value(AnswerStatus).toInt();
    const QByteArray answer = q.value(Answer).toString().toUtf8();
    receipt.verdict = newCall ? DeliveryVerdict::Accepted
                              : q.value(RecordedColumn::Conflict).toBool() ? DeliveryVerdict::Conflict : DeliveryVerdict::Duplicate;
    r.keyMismatch = q.value(KeyMismatch).toBool();
    q.finish();
    if (body.isNull()) {
        // An attempt kept without its body: refused (401) or over the limit (413), as its answer says.
        const QString reason = answerError(answer);
        d.tooLarge = status == 413;
        d.refusal = !reason.isEmpty() || d.tooLarge ? reason : QStringLiteral("refused");
    } else {
        d.parsed = CallEventParser::parse(body.toByteArray());
        d.strict = status == 422;
    }
    DeliveryStore::prepare(d);
    return r;
}

std::optional<StoreReceipt> CallDeriver::derive(const RecordedDelivery &recorded, bool withRow, QString *error)
{
    const IncomingDelivery &d = recorded.delivery;
    const CallEvent &e = d.parsed.event;
    const IncomingDelivery::Derived &x = d.derived;
    StoreReceipt out = recorded.receipt;
    out.raisedMask = x.raisedMask;
    const int refusedStatus = d.keepsBody() ? 0 : DeliveryAnswer::statusOf(d);
    const QString refusal = d.keepsBody() ? QString() : DeliveryAnswer::basisOf(d).error;

    if (out.newCall()) {
        QSqlQuery &q = m_insertCall;
        const QString outcomes = d.keepsBody() ? QString::fromUtf8(QJsonDocument(storedOutcomes(e)).toJson(QJsonDocument::Compact)) : QStringLiteral("{}");
        using namespace CallRowColumn;
        using CallDetailColumn::Summary, CallDetailColumn::RecordingUrl;
        QVariantList v(CallDetailColumn::Count);
        v[Id] = out.callRowId;
        v[IdempotencyKey] = e.idempotencyKey.isEmpty() ? QVariant() : QVariant(e.idempotencyKey);
        v[Event] = e.event;
        v[CallId] = e.callId;
        v[PhoneNumber] = e.phoneNumber;
        v[FileNumber] = textOrNull(e.fileNumber);
        v[OrganizationId] = e.organization.id;
        v[OrganizationName] = e.organization.name;
        v[AgentId] = e.agent ? QVariant(e.agent->id) : QVariant();
        v[AgentName] = e.agent ? QVariant(e.agent->name) : QVariant();
        v[Status] = e.status;
        v[DurationMs] = e.durationMs ? QVariant(*e.durationMs) : QVariant(QMetaType(QMetaType::LongLong));
        v[Summary] = e.summary;
        v[RecordingUrl] = textOrNull(e.recordingUrl);
        v[CreatedAt] = e.createdAt.text;
        v[EndedAt] = e.endedAt.text;
        v[CreatedMs] = msOrNull(e.createdAt);
        v[EndedMs] = msOrNull(e.endedAt);
        v[Outcomes] = outcomes;
        v[RaisedMask] = x.raisedMask;
        v[MalformedMask] = x.malformedMask;
        v[CallRowColumn::Severity] = x.severity;
        v[CallRowColumn::Validation] = x.validation;
        v[FirstReceivedMs] = d.receivedMs;
        v[LastReceivedMs] = d.receivedMs;
        v[RefusedStatus] = refusedStatus;
        v[Refusal] = refusedStatus ? QVariant(refusal) : QVariant();
        StoreTables::bindNewCall(q, v);
        if (q.exec()) {
            if (withRow)
                m_newRows.insert(out.callRowId, newCallRow(d, out.callRowId, refusedStatus, refusal));
            if (e.createdAt.value.isValid()
                && !m_patterns->noteArrival(out.callRowId, e.phoneNumber, e.fileNumber.value_or(QString()),
                                            e.createdAt.value.toMSecsSinceEpoch(), x.raisedMask, error))
                return std::nullopt;
        } else {
            // Another program recorded the same key at the same time (two writers, each with its own dedupe
            // index): the call that was derived first is the call, and this delivery repeats it.
            const QString problem = sqlProblem(q.lastError());
            m_callByKey.addBindValue(e.idempotencyKey);
            if (e.idempotencyKey.isEmpty() || !execLogged(m_callByKey, lcDeriver(), error) || !m_callByKey.next()) {
                *error = problem;
                return std::nullopt;
            }
            out.callRowId = m_callByKey.value(0).toLongLong();
            out.verdict = DeliveryVerdict::Duplicate;
            m_callByKey.finish();
            const QByteArray answered = DeliveryAnswer::answer(DeliveryAnswer::basisOf(d), DeliveryVerdict::Accepted).body;
            bindAll(m_markDuplicate, {out.callRowId, QString::fromUtf8(answered), out.deliveryId});
            if (!execLogged(m_markDuplicate, lcDeriver(), error))
                return std::nullopt;
        }
    }
    if (!out.newCall()) {
        bindAll(m_updateCall, {d.receivedMs, int(out.conflict()), int(recorded.keyMismatch), out.callRowId});
        if (!execLogged(m_updateCall, lcDeriver(), error))
            return std::nullopt;
    }
    bindAll(m_link, {out.callRowId, out.deliveryId});
    if (!execLogged(m_link, lcDeriver(), error))
        return std::nullopt;
    return out;
}

bool CallDeriver::finish(qint64 atMs, QList<StoreReceipt> &receipts, QString *error)
{
    QMultiHash<qint64, qint64> revised;
    QHash<qint64, int> warnings;
    if (!m_patterns->reviseNoted(atMs, error, &revised, &warnings))
        return false;
    // A call redelivered within its own batch changed after its row was made (deliveries, conflict): no
    // row for it, so its view asks the store.
    for (const StoreReceipt &r : std::as_const(receipts)) {
        if (!r.newCall())
            m_newRows.remove(r.callRowId);
    }
    for (StoreReceipt &r : receipts) {
        if (!r.newCall())
            continue;
        if (!revised.isEmpty())
            r.revisedCalls = revised.values(r.callRowId);
        const auto it = m_newRows.find(r.callRowId);
        if (it == m_newRows.end())
            continue;
        it->patternWarnings = warnings.value(r.callRowId, 0);
        r.row = std::make_shared<const CallRow>(std::move(*it));
    }
    m_newRows.clear();
    return true;
}

void CallDeriver::forget()
{
    m_patterns->forget();
    m_newRows.clear();
}

} // namespace CallScope
