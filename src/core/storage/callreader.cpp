// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callreader.h"

#include "domain/deliveryanswer.h"
#include "filter/callfilter.h"
#include "storage/sqlsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <vector>

Q_LOGGING_CATEGORY(lcReader, "callscope.reader", QtWarningMsg)

namespace CallScope {

namespace {

// The columns of a CallRow, in the order rowFrom() reads them.
const QLatin1String kRowColumns(
    "id, first_received_ms, last_received_ms, created_ms, ended_ms, duration_ms, event, idempotency_key, call_id, "
    "phone_number, file_number, organization_id, organization_name, agent_id, agent_name, status, created_at, "
    "ended_at, outcomes, raised_mask, severity, validation, conflict, key_mismatch, deliveries, review_state, pattern_warnings, "
    "refused_status, refusal, malformed_mask, reviewed_pattern");
constexpr int kRowColumnCount = 31;

CallRow rowFrom(const QSqlQuery &q)
{
    CallRow r;
    int c = 0;
    r.id = q.value(c++).toLongLong();
    r.firstReceivedMs = q.value(c++).toLongLong();
    r.lastReceivedMs = q.value(c++).toLongLong();
    const QVariant created = q.value(c++);
    r.createdMs = created.isNull() ? -1 : created.toLongLong();
    const QVariant ended = q.value(c++);
    r.endedMs = ended.isNull() ? -1 : ended.toLongLong();
    const QVariant duration = q.value(c++);
    r.durationMs = duration.isNull() ? -1 : duration.toLongLong();
    r.event = q.value(c++).toString();
    r.idempotencyKey = q.value(c++).toString();
    r.callId = q.value(c++).toString();
    r.phoneNumber = q.value(c++).toString();
    r.fileNumber = q.value(c++).toString();
    r.organizationId = q.value(c++).toString();
    r.organizationName = q.value(c++).toString();
    r.agentId = q.value(c++).toString();
    r.agentName = q.value(c++).toString();
    r.status = q.value(c++).toString();
    r.createdAt = q.value(c++).toString();
    r.endedAt = q.value(c++).toString();
    r.outcomes = QJsonDocument::fromJson(q.value(c++).toString().toUtf8()).object();
    r.raisedMask = q.value(c++).toLongLong();
    r.severity = Severity(q.value(c++).toInt());
    r.validation = Validation(q.value(c++).toInt());
    r.conflict = q.value(c++).toBool();
    r.keyMismatch = q.value(c++).toBool();
    r.deliveries = q.value(c++).toInt();
    r.review = ReviewState(q.value(c++).toInt());
    r.patternWarnings = q.value(c++).toInt();
    r.refusedStatus = q.value(c++).toInt();
    r.refusal = q.value(c++).toString();
    r.malformedMask = q.value(c++).toLongLong();
    const QVariant reviewedPattern = q.value(c++);
    r.reviewedPattern = reviewedPattern.isNull() ? -1 : reviewedPattern.toInt();
    Q_ASSERT(c == kRowColumnCount);
    return r;
}

} // namespace

CallReader::CallReader(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("callscope-reader-%1").arg(quintptr(this), 0, 16))
{
}

CallReader::~CallReader()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CallReader::open(QString *error)
{
    if (!QFileInfo::exists(m_path)) {
        *error = tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    restrictStoreFiles(m_path); // before SQLite makes a -wal or -shm of the database's mode
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QSqlQuery q(m_db);
    if (!m_db.open() || !q.exec(QStringLiteral("PRAGMA query_only=1")) || !q.exec(QStringLiteral("SELECT count(*) FROM calls"))) {
        const QString reason = sqlProblem(m_db.isOpen() ? q.lastError() : m_db.lastError());
        *error = tr("Cannot read the database %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
        m_db.close();
        return false;
    }
    m_wordIndex = hasWordIndex(m_db);
    return true;
}

CallFilter CallReader::forStore(const CallFilter &filter) const
{
    return m_wordIndex ? filter : filter.withoutWordIndex();
}

std::optional<QList<qint64>> CallReader::ids(const CallFilter &asked, const CallSort &sort, QString *error)
{
    const CallFilter filter = forStore(asked);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<qint64> ids;
    if (filter.matchesEverything() || !sort.isNumeric()) {
        // The whole store in an indexed order comes straight off the index.
        q.prepare(QLatin1String("SELECT id FROM calls WHERE ") + filter.sql() + QLatin1String(" ORDER BY ") + sort.orderBy());
        bindAll(q, filter.bindings());
        if (!execLogged(q, lcReader(), error))
            return std::nullopt;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids;
    }
    // A filter with a numeric order: one scan (of the covering index calls_scan when the filter's columns
    // are in it), then a sort here. Walking an index in sort order and looking each row up took 2.5 s for a
    // million calls (bench/gui_scale); this takes a tenth of it.
    // A filter on text reads every row anyway: then a sequential scan beats any index range with lookups.
    const QLatin1String from = filter.readsWideColumns() ? QLatin1String(" FROM calls NOT INDEXED WHERE ") : QLatin1String(" FROM calls WHERE ");
    q.prepare(QLatin1String("SELECT id, ") + sort.key() + from + filter.sql());
    bindAll(q, filter.bindings());
    if (!execLogged(q, lcReader(), error))
        return std::nullopt;
    std::vector<std::pair<qint64, qint64>> keyed; // (key, id); NULL sorts first, as in SQLite
    while (q.next()) {
        const QVariant key = q.value(1);
        keyed.emplace_back(key.isNull() ? std::numeric_limits<qint64>::min() : key.toLongLong(), q.value(0).toLongLong());
    }
    if (sort.order == Qt::AscendingOrder)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), std::greater<>());
    ids.reserve(qsizetype(keyed.size()));
    for (const auto &[key, id] : keyed)
        ids.append(id);
    return ids;
}

QList<qint64> CallReader::idsAfter(qint64 afterId, const CallFilter &asked)
{
    const CallFilter filter = forStore(asked);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT id FROM calls WHERE id > ? AND ") + filter.sql() + QLatin1String(" ORDER BY id"));
    q.addBindValue(afterId);
    bindAll(q, filter.bindings());
    QList<qint64> ids;
    if (!execLogged(q, lcReader()))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<CallRow> CallReader::rows(std::span<const qint64> ids)
{
    QList<CallRow> result;
    if (ids.empty())
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT ") + kRowColumns + QLatin1String(" FROM calls WHERE ") + idsCondition(ids));
    if (!execLogged(q, lcReader()))
        return result;
    QHash<qint64, CallRow> byId;
    byId.reserve(qsizetype(ids.size()));
    while (q.next()) {
        CallRow row = rowFrom(q);
        byId.insert(row.id, std::move(row));
    }
    result.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            result.append(std::move(*it));
    }
    return result;
}

QList<qint64> CallReader::matching(std::span<const qint64> ids, const CallFilter &asked)
{
    const CallFilter filter = forStore(asked);
    QList<qint64> result;
    if (ids.empty())
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT id FROM calls WHERE ") + idsCondition(ids) + QLatin1String(" AND ") + filter.sql());
    bindAll(q, filter.bindings());
    if (!execLogged(q, lcReader()))
        return result;
    QSet<qint64> found;
    while (q.next())
        found.insert(q.value(0).toLongLong());
    for (const qint64 id : ids) {
        if (found.contains(id))
            result.append(id);
    }
    return result;
}

qsizetype CallReader::firstMatching(const QList<qint64> &ids, qsizetype from, const CallFilter &filter)
{
    // 500 keys a query: a million ids that all fail take 2,000 primary-key queries, well under a second.
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = std::max<qsizetype>(from, 0); start < ids.size(); start += Chunk) {
        const std::span<const qint64> chunk(ids.constData() + start, size_t(std::min(Chunk, ids.size() - start)));
        const QList<qint64> hits = matching(chunk, filter);
        if (!hits.isEmpty())
            return ids.indexOf(hits.constFirst(), start);
    }
    return -1;
}

QList<CallRow> CallReader::rowsAfter(qint64 afterId, int limit, const CallFilter &asked)
{
    const CallFilter filter = forStore(asked);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT ") + kRowColumns + QLatin1String(" FROM calls WHERE id > ? AND ") + filter.sql()
              + QLatin1String(" ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    bindAll(q, filter.bindings());
    q.addBindValue(limit);
    QList<CallRow> result;
    if (!execLogged(q, lcReader()))
        return result;
    while (q.next())
        result.append(rowFrom(q));
    return result;
}

std::optional<CallDetail> CallReader::detail(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String("SELECT ") + kRowColumns + QLatin1String(", summary, recording_url, review_note, reviewer, dispositions FROM calls WHERE id = ?"));
    q.addBindValue(id);
    if (!execLogged(q, lcReader()) || !q.next())
        return std::nullopt;
    CallDetail d;
    d.row = rowFrom(q);
    d.summary = q.value(kRowColumnCount).toString();
    d.recordingUrl = q.value(kRowColumnCount + 1).toString();
    d.reviewNote = q.value(kRowColumnCount + 2).toString();
    d.reviewer = q.value(kRowColumnCount + 3).toString();
    d.dispositions = dispositionsFromJson(q.value(kRowColumnCount + 4).toString());
    q.prepare(QStringLiteral("SELECT at_ms, reviewer, field, old_value, new_value, reason FROM review_audit WHERE call_ref = ? ORDER BY id"));
    q.addBindValue(id);
    if (execLogged(q, lcReader())) {
        while (q.next()) {
            d.audit.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                            q.value(5).toString()});
        }
    }

    q.prepare(QStringLiteral(
        "SELECT id, received_ms, method, path, query, headers, remote_address, body, body_size, webhook_id, validation, "
        "problems, answer_status, answer, duplicate, conflict FROM deliveries WHERE call_ref = ? ORDER BY id"));
    q.addBindValue(id);
    if (!execLogged(q, lcReader()))
        return std::nullopt;
    while (q.next()) {
        DeliveryRecord r;
        int c = 0;
        r.id = q.value(c++).toLongLong();
        r.receivedMs = q.value(c++).toLongLong();
        r.method = q.value(c++).toString();
        r.path = q.value(c++).toString();
        r.query = q.value(c++).toString();
        r.headers = headersFromJson(q.value(c++).toString());
        r.remoteAddress = q.value(c++).toString();
        const QVariant body = q.value(c++);
        r.bodyKept = !body.isNull();
        r.body = body.toByteArray();
        r.bodySize = q.value(c++).toLongLong();
        r.webhookId = q.value(c++).toString();
        r.validation = Validation(q.value(c++).toInt());
        r.problems = QJsonDocument::fromJson(q.value(c++).toString().toUtf8()).array();
        r.answerStatus = q.value(c++).toInt();
        r.answer = q.value(c++).toString().toUtf8();
        r.duplicate = q.value(c++).toBool();
        r.conflict = q.value(c++).toBool();
        // The answer the sender got: as stored, or rebuilt from the row (the store keeps the verdict).
        r.answer = DeliveryAnswer::ofStored(r.answerStatus, r.answer, r.body, r.problems, r.duplicate);
        d.deliveries.append(std::move(r));
    }
    if (!d.deliveries.isEmpty())
        d.parsed = CallEventParser::reread(d.deliveries.constFirst().body);
    return d;
}

std::optional<qint64> CallReader::maxId()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM calls")) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::pair<qint64, qint64> CallReader::counts()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM calls), (SELECT count(*) FROM deliveries)")) && q.next())
        return {q.value(0).toLongLong(), q.value(1).toLongLong()};
    return {0, 0};
}

} // namespace CallScope
