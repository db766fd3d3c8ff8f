// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "deliverystore.h"

#include "listener/webhookanswer.h"
#include "storage/newcallrow.h"
#include "storage/patternrevisor.h"
#include "storage/sqlsupport.h"
#include "storage/storeschema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Quiet by default: the command line promises one line on stderr for a failure.
Q_LOGGING_CATEGORY(lcStore, "callscope.store", QtWarningMsg)

namespace CallScope {

namespace {

// SQLite's page cache for a connection that imported (BENCHMARKS.md, "Import").
constexpr int kImportCacheKb = 64 * 1024;

// Qt binds a null QString as SQL NULL; an empty query string is "" in the NOT NULL columns.
QString latin1Text(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QStringLiteral("") : QString::fromLatin1(bytes);
}

QVariant textOrNull(const std::optional<QString> &s)
{
    return s ? QVariant(*s) : QVariant();
}

QVariant msOrNull(const Timestamp &t)
{
    return t.value.isValid() ? QVariant(t.value.toMSecsSinceEpoch()) : QVariant();
}

QString outcomesJson(const CallEvent &e)
{
    return QString::fromUtf8(QJsonDocument(storedOutcomes(e)).toJson(QJsonDocument::Compact));
}

} // namespace

DeliveryStore::DeliveryStore(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connectionName(QStringLiteral("callscope-store-%1").arg(quintptr(this), 0, 16))
{
}

DeliveryStore::~DeliveryStore()
{
    if (m_db.isOpen()) {
        flush();
        m_statements.reset();
        // Statistics for the query planner, as SQLite recommends at close: they steer filters to the
        // covering index rather than to row-by-row lookups. Sampled (analysis_limit, as SQLite advises for
        // optimize), never a full ANALYZE of every index: that read a million-call store whole at close.
        QSqlQuery(QStringLiteral("PRAGMA analysis_limit=400"), m_db);
        QSqlQuery(QStringLiteral("PRAGMA optimize"), m_db);
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool DeliveryStore::open(QString *error)
{
    const QFileInfo info(m_path);
    if (!makePrivateFolder(info.absolutePath())) {
        *error = tr("Cannot create the folder %1 for the database.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // The database holds every caller's personal data: its owner's only, and so are the -wal and -shm that
    // SQLite makes later with the database's mode. A new one is made here as an empty file (SQLite takes
    // that as an empty database) of mode 0600, before anything is written; an old one is tightened.
    restrictStoreFiles(m_path);
    if (!info.exists())
        QFile(m_path).open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner); // SQLite says why it fails
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(m_path), sqlProblem(m_db.lastError()));
        return false;
    }
    QSqlQuery q(m_db);
    QString reason;
    // The version first: a database of a newer CallScope (or not a database) is refused before anything,
    // even the journal mode, is written to it.
    int version = 0;
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        reason = sqlProblem(q.lastError());
    else if ((version = q.value(0).toInt()) > StoreSchema::Version)
        reason = tr("it was written by a newer CallScope (schema %1; this one knows up to %2).").arg(version).arg(StoreSchema::Version);
    // secure_delete: a row rewritten to drop a secret (schema step 9) leaves no copy in a free page.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON"}) {
        if (reason.isEmpty() && !q.exec(QString::fromLatin1(pragma)))
            reason = sqlProblem(q.lastError());
    }
    q.finish(); // a pragma's row left open would keep VACUUM (schema step 9) from running
    if (reason.isEmpty())
        StoreSchema::migrate(m_db, m_path, version, &reason);
    // A database that can be read but not written (read-only, or locked by another program beyond the busy
    // timeout) is refused now, with its reason, rather than at the first delivery.
    // (A read-only file still takes the write lock: only writing a page, here the header's version, tells.)
    if (reason.isEmpty()) {
        if (!beginWrite())
            reason = m_writeProblem;
        else if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(StoreSchema::Version)))
            reason = sqlProblem(q.lastError());
        m_db.rollback();
    }
    if (reason.isEmpty())
        prepareStatements(&reason);
    if (!reason.isEmpty()) {
        *error = tr("The database %1 cannot be used: %2").arg(QDir::toNativeSeparators(m_path), reason);
        m_statements.reset();
        m_db.close();
        return false;
    }
    refreshCounts();
    return true;
}

bool DeliveryStore::differsFromFirst(qint64 callRow, const ParsedEvent &redelivery)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body FROM deliveries WHERE call_ref = ? ORDER BY id LIMIT 1"));
    q.addBindValue(callRow);
    if (!execLogged(q, lcStore()) || !q.next())
        return true;
    const QByteArray first = q.value(0).toByteArray();
    if (first == redelivery.event.raw)
        return false;
    if (redelivery.event.json.isEmpty())
        return true;
    // The same JSON, whatever its spacing and key order: QJsonObject compares by content.
    return QJsonDocument::fromJson(first).object() != redelivery.event.json;
}

bool DeliveryStore::prepareStatements(QString *error)
{
    auto st = std::make_unique<Statements>();
    const std::pair<QSqlQuery *, const char *> statements[] = {
        {&st->callByKey, "SELECT id FROM calls WHERE idempotency_key = ?"},
        {&st->callByWebhookId, "SELECT d.call_ref, c.idempotency_key FROM deliveries d "
                               "JOIN calls c ON c.id = d.call_ref WHERE d.webhook_id = ? LIMIT 1"},
        {&st->updateCall, "UPDATE calls SET deliveries = deliveries + 1, last_received_ms = ?, "
                          "conflict = conflict | ?, key_mismatch = key_mismatch | ? WHERE id = ?"},
        {&st->insertCall, "INSERT INTO calls (idempotency_key, event, call_id, phone_number, file_number, organization_id, "
                          "organization_name, agent_id, agent_name, status, duration_ms, summary, recording_url, created_at, "
                          "ended_at, created_ms, ended_ms, outcomes, raised_mask, malformed_mask, severity, validation, first_received_ms, "
                          "last_received_ms, first_body_hash, refused_status, refusal) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&st->insertDelivery, "INSERT INTO deliveries (call_ref, received_ms, method, path, query, headers, remote_address, body, "
                              "body_size, webhook_id, validation, problems, answer_status, answer, duplicate, conflict) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
    };
    for (const auto &[query, sql] : statements) {
        *query = QSqlQuery(m_db);
        if (!query->prepare(QString::fromLatin1(sql))) {
            *error = query->lastError().text();
            return false;
        }
    }
    st->patterns = std::make_unique<PatternRevisor>(m_db);
    if (!st->patterns->prepare(error))
        return false;
    m_statements = std::move(st);
    return true;
}

void DeliveryStore::prepare(IncomingDelivery &d)
{
    if (d.derived.ready)
        return;
    IncomingDelivery::Derived &x = d.derived;
    x.webhookId = headerValue(d.headers, "webhook-id");
    x.headersJson = headersToJson(withSecretsRedacted(d.headers));
    x.validation = int(d.keepsBody() ? d.parsed.validation() : Validation::Rejected);
    x.problemsJson = QString::fromUtf8(QJsonDocument(toJson(d.parsed.problems)).toJson(QJsonDocument::Compact));
    if (d.keepsBody()) {
        x.outcomesJson = outcomesJson(d.parsed.event);
        x.raisedMask = d.parsed.event.raisedMask();
        x.malformedMask = d.parsed.event.malformedMask();
        x.severity = int(d.parsed.event.severity());
    }
    x.ready = true;
}

StoreCounts DeliveryStore::counts() const
{
    const QMutexLocker lock(&m_countsLock);
    return m_counts;
}

void DeliveryStore::refreshCounts()
{
    QString error;
    if (const auto counts = StoreCounts::read(m_db, &error)) {
        const QMutexLocker lock(&m_countsLock);
        m_counts = *counts;
    } else {
        qCWarning(lcStore) << "cannot count the stored calls:" << error;
    }
}

void DeliveryStore::commitCounts()
{
    const StoreCounts committed = std::exchange(m_uncommitted, {});
    const QMutexLocker lock(&m_countsLock);
    m_counts += committed;
}

void DeliveryStore::submit(const IncomingDelivery &delivery)
{
    m_queue.append(delivery);
    prepare(m_queue.last());
    if (!m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(this, &DeliveryStore::flush, Qt::QueuedConnection);
    }
}

void DeliveryStore::submitAll(const QList<IncomingDelivery> &deliveries)
{
    for (const IncomingDelivery &d : deliveries)
        submit(d);
}

std::optional<ImportSummary> DeliveryStore::importChunk(const QList<IncomingDelivery> &deliveries, QString *error)
{
    flush(); // what the listener queued goes first, in its own transaction
    if (m_db.isOpen() && !m_importCache) {
        // A chunk's new calls dirty pages at random places in ten indexes: with SQLite's default 2 MB cache
        // they were read back from the file for each chunk (perf: pread was a quarter of the writing thread).
        // Kept for the connection's life once an import used it; a page only takes memory once it is read.
        QSqlQuery(QStringLiteral("PRAGMA cache_size=-%1").arg(kImportCacheKb), m_db);
        m_importCache = true;
    }
    if (!m_db.isOpen() || !m_statements || !beginWrite()) {
        *error = tr("the database cannot be written: %1").arg(m_writeProblem.isEmpty() ? tr("it is not open") : m_writeProblem);
        return std::nullopt;
    }
    // An import's receipts go without rows: a chunk's calls are read by a view in one query, and the rows
    // of a million calls would be made for nothing when no window shows them (`callscope import`).
    const QScopedValueRollback withoutRows(m_rowsInReceipts, false);
    ImportSummary summary;
    QList<StoreReceipt> receipts;
    receipts.reserve(deliveries.size());
    m_uncommitted = {};
    const auto fail = [&](const QString &why) {
        *error = why;
        m_db.rollback();
        m_statements->patterns->forget();
        m_newRows.clear();
        m_uncommitted = {};
        return std::nullopt;
    };
    for (const IncomingDelivery &given : deliveries) {
        // ChunkedImport prepares them off this thread; a copy is made only for one that is not.
        std::optional<IncomingDelivery> prepared;
        if (!given.derived.ready) {
            prepared = given;
            prepare(*prepared);
        }
        const IncomingDelivery &d = prepared ? *prepared : given;
        StoreReceipt r = write(d);
        r.ticket = 0; // no one waits for an answer
        r.imported = true;
        if (!r.stored)
            return fail(tr("the database refused delivery %1 of %2: %3").arg(receipts.size() + 1).arg(deliveries.size()).arg(m_writeProblem));
        receipts.append(r);
        ++summary.deliveries;
        summary.newCalls += r.newCall && d.keepsBody() ? 1 : 0; // a refused attempt has a row, but it is no call
        summary.duplicates += r.newCall ? 0 : 1;
        summary.conflicts += r.conflict ? 1 : 0;
        summary.rejected += d.keepsBody() && d.parsed.validation() == Validation::Rejected ? 1 : 0;
        summary.refused += d.keepsBody() ? 0 : 1;
    }
    QString problem;
    QMultiHash<qint64, qint64> revised;
    QHash<qint64, int> warnings;
    if (!m_statements->patterns->reviseNoted(QDateTime::currentMSecsSinceEpoch(), &problem, &revised, &warnings))
        return fail(problem);
    if (!m_db.commit())
        return fail(sqlProblem(m_db.lastError()));
    commitCounts();
    addRevisedCalls(receipts, revised);
    m_newRows.clear();
    Q_EMIT stored(receipts);
    return summary;
}

bool DeliveryStore::review(qint64 callRow, const ReviewChange &change, const QString &reviewer, qint64 atMs, QString *error, ReviewChange *previous)
{
    flush();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT review_state, review_note, dispositions, raised_mask, malformed_mask FROM calls WHERE id = ?"));
    q.addBindValue(callRow);
    if (!execLogged(q, lcStore(), error) || !q.next()) {
        if (error->isEmpty())
            *error = tr("There is no such call.");
        return false;
    }
    const ReviewState oldState = ReviewState(q.value(0).toInt());
    const QString oldNote = q.value(1).toString();
    const Dispositions oldDispositions = dispositionsFromJson(q.value(2).toString());
    const qint64 raisedMask = q.value(3).toLongLong();
    const qint64 malformedMask = q.value(4).toLongLong();
    q.finish();

    struct Line {
        QString field, oldValue, newValue, reason;
    };
    QList<Line> lines;
    ReviewChange undo;
    ReviewState state = oldState;
    if (change.state && *change.state != oldState) {
        state = *change.state;
        undo.state = oldState;
        lines.append({QStringLiteral("state"), reviewStateName(oldState), reviewStateName(state), change.reason});
    }
    QString note = oldNote;
    if (change.note && *change.note != oldNote) {
        note = *change.note;
        undo.note = oldNote;
        lines.append({QStringLiteral("note"), oldNote, note, change.reason});
    }
    Dispositions dispositions = oldDispositions;
    for (auto it = change.dispositions.cbegin(); it != change.dispositions.cend(); ++it) {
        const auto before = oldDispositions.constFind(it.key());
        const std::optional<DispositionEntry> old = before == oldDispositions.cend() ? std::nullopt : std::optional(*before);
        if (old == it.value())
            continue;
        if (it.value())
            dispositions.insert(it.key(), *it.value());
        else
            dispositions.remove(it.key());
        undo.dispositions.insert(it.key(), old);
        // The reason of an overturned flag is the reviewer's own; a change without one carries the save's.
        const QString reason = it.value() && !it.value()->reason.isEmpty() ? it.value()->reason : change.reason;
        lines.append({QStringLiteral("disposition:") + it.key(), old ? dispositionName(old->disposition) : QString(),
                      it.value() ? dispositionName(it.value()->disposition) : QString(), reason});
    }
    if (lines.isEmpty())
        return true; // nothing changed, nothing to audit
    // Reviewed means reviewed: never with a stop-contact flag that nobody stood behind.
    if (state == ReviewState::Reviewed) {
        const QList<OutcomeId> unjudged = ReviewRules::unjudged(raisedMask, malformedMask, dispositions);
        if (!unjudged.isEmpty()) {
            *error = tr("Not marked reviewed: %1").arg(ReviewRules::unjudgedMessage(unjudged));
            return false;
        }
    }

    if (!beginWrite()) {
        *error = m_writeProblem;
        return false;
    }
    // The contact-pattern warnings the reviewer saw are kept with the review: a later change shows on the call.
    q.prepare(QStringLiteral("UPDATE calls SET review_state = ?, review_note = ?, reviewer = ?, dispositions = ?, "
                             "reviewed_pattern = CASE WHEN ? THEN pattern_warnings END WHERE id = ?"));
    const QString dispositionsJson = dispositionsToJson(dispositions);
    bindAll(q, {int(state), note, reviewer, dispositionsJson.isEmpty() ? QVariant() : QVariant(dispositionsJson),
                state != ReviewState::Unreviewed, callRow});
    bool ok = execLogged(q, lcStore(), error);
    for (const Line &line : lines) {
        if (!ok)
            break;
        q.prepare(QStringLiteral("INSERT INTO review_audit (call_ref, at_ms, reviewer, field, old_value, new_value, reason) VALUES (?,?,?,?,?,?,?)"));
        bindAll(q, {callRow, atMs, reviewer, line.field, line.oldValue, line.newValue, line.reason.isEmpty() ? QVariant() : QVariant(line.reason)});
        ok = execLogged(q, lcStore(), error);
    }
    if (!ok || !m_db.commit()) {
        if (error->isEmpty())
            *error = sqlProblem(m_db.lastError());
        m_db.rollback();
        return false;
    }
    if (previous)
        *previous = undo;
    Q_EMIT reviewed(callRow);
    return true;
}

bool DeliveryStore::beginWrite()
{
    // IMMEDIATE takes the write lock now, waiting out another program's short write (the busy timeout).
    // A deferred BEGIN would read first and then fail at once, unwaited, when it could not upgrade.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    m_writeProblem = sqlProblem(q.lastError());
    return false;
}

void DeliveryStore::flush()
{
    m_flushPosted = false;
    if (m_queue.isEmpty())
        return;
    const QList<IncomingDelivery> batch = std::exchange(m_queue, {});
    QList<StoreReceipt> receipts;
    receipts.reserve(batch.size());
    m_writeProblem.clear();
    m_uncommitted = {};
    bool ok = m_db.isOpen() && m_statements && beginWrite();
    for (const IncomingDelivery &d : batch) {
        if (!ok)
            break;
        receipts.append(write(d));
        ok = receipts.constLast().stored;
    }
    // The warnings of the new calls, and of the stored calls they change, before the commit (PatternRevisor).
    QMultiHash<qint64, qint64> revised;
    QHash<qint64, int> warnings;
    if (ok)
        ok = m_statements->patterns->reviseNoted(QDateTime::currentMSecsSinceEpoch(), &m_writeProblem, &revised, &warnings);
    if (ok && !m_db.commit()) {
        m_writeProblem = sqlProblem(m_db.lastError());
        ok = false;
    }
    if (ok) {
        commitCounts(); // only now: /healthz never counts what a rollback takes back
        addRevisedCalls(receipts, revised);
        attachNewRows(receipts, warnings);
    }
    m_newRows.clear();
    if (!ok) {
        // Nothing of the batch is stored, so no sender gets a 2xx: each may retry.
        m_db.rollback();
        if (m_statements)
            m_statements->patterns->forget();
        receipts.clear();
        for (const IncomingDelivery &d : batch) {
            const auto answer = WebhookAnswer::error(503, QStringLiteral("The delivery could not be stored; please retry.")); // to the sender: English
            receipts.append(StoreReceipt{d.ticket, false, answer.status, answer.body, 0, 0});
        }
        if (m_writeProblem.isEmpty())
            m_writeProblem = tr("the database is not open");
        m_refusedSinceProblem += int(batch.size());
    }
    // Said once when storing starts failing (or fails for another reason), and once when it works again.
    if (m_writeProblem != m_reportedProblem) {
        m_reportedProblem = m_writeProblem;
        Q_EMIT writeProblemChanged(m_writeProblem, m_refusedSinceProblem);
        if (m_writeProblem.isEmpty())
            m_refusedSinceProblem = 0;
    }
    Q_EMIT stored(receipts);
}

void DeliveryStore::addRevisedCalls(QList<StoreReceipt> &receipts, const QMultiHash<qint64, qint64> &revisedByCause)
{
    if (revisedByCause.isEmpty())
        return;
    for (StoreReceipt &r : receipts) {
        if (r.newCall)
            r.revisedCalls = revisedByCause.values(r.callRowId);
    }
}

void DeliveryStore::attachNewRows(QList<StoreReceipt> &receipts, const QHash<qint64, int> &warnings)
{
    // A call redelivered within its own batch changed after its row was made (deliveries, conflict): no
    // row for it, so its view asks the store.
    for (const StoreReceipt &r : std::as_const(receipts)) {
        if (r.stored && !r.newCall)
            m_newRows.remove(r.callRowId);
    }
    for (StoreReceipt &r : receipts) {
        const auto it = m_newRows.find(r.callRowId);
        if (!r.newCall || it == m_newRows.end())
            continue;
        it->patternWarnings = warnings.value(r.callRowId, 0);
        r.row = std::make_shared<const CallRow>(std::move(*it));
    }
    m_newRows.clear();
}

StoreReceipt DeliveryStore::write(const IncomingDelivery &d)
{
    StoreReceipt receipt;
    receipt.ticket = d.ticket;
    const CallEvent &e = d.parsed.event;
    const IncomingDelivery::Derived &x = d.derived;
    Statements &st = *m_statements;

    // Deduplicate: by idempotencyKey, else by webhook-id (a Standard Webhooks redelivery keeps its id).
    qint64 callRow = 0;
    bool conflict = false;
    bool keyMismatch = false;
    if (d.keepsBody() && !e.idempotencyKey.isEmpty()) {
        QSqlQuery &q = st.callByKey;
        q.addBindValue(e.idempotencyKey);
        if (!execLogged(q, lcStore(), &m_writeProblem))
            return receipt;
        if (q.next())
            callRow = q.value(0).toLongLong();
        q.finish();
    }
    if (d.keepsBody() && !x.webhookId.isEmpty()) {
        QSqlQuery &q = st.callByWebhookId;
        q.addBindValue(QString::fromLatin1(x.webhookId));
        if (!execLogged(q, lcStore(), &m_writeProblem))
            return receipt;
        bool foundByWebhookId = false;
        if (q.next()) {
            const qint64 webhookCall = q.value(0).toLongLong();
            foundByWebhookId = callRow == 0;
            if (foundByWebhookId)
                callRow = webhookCall;
            keyMismatch = webhookCall != callRow || q.value(1).toString() != e.idempotencyKey;
        }
        q.finish();
    }
    // Duplicates are rare: only they pay for reading the first body back and comparing.
    if (callRow != 0)
        conflict = differsFromFirst(callRow, d.parsed);
    const bool duplicate = callRow != 0;
    const WebhookAnswer::Answer answer = WebhookAnswer::forDelivery(d, duplicate);

    if (duplicate) {
        QSqlQuery &q = st.updateCall;
        q.addBindValue(d.receivedMs);
        q.addBindValue(int(conflict));
        q.addBindValue(int(keyMismatch));
        q.addBindValue(callRow);
        if (!execLogged(q, lcStore(), &m_writeProblem))
            return receipt;
    } else {
        QSqlQuery &q = st.insertCall;
        q.addBindValue(e.idempotencyKey.isEmpty() ? QVariant() : QVariant(e.idempotencyKey));
        q.addBindValue(e.event);
        q.addBindValue(e.callId);
        q.addBindValue(e.phoneNumber);
        q.addBindValue(textOrNull(e.fileNumber));
        q.addBindValue(e.organization.id);
        q.addBindValue(e.organization.name);
        q.addBindValue(e.agent ? QVariant(e.agent->id) : QVariant());
        q.addBindValue(e.agent ? QVariant(e.agent->name) : QVariant());
        q.addBindValue(e.status);
        q.addBindValue(e.durationMs ? QVariant(*e.durationMs) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(e.summary);
        q.addBindValue(textOrNull(e.recordingUrl));
        q.addBindValue(e.createdAt.text);
        q.addBindValue(e.endedAt.text);
        q.addBindValue(msOrNull(e.createdAt));
        q.addBindValue(msOrNull(e.endedAt));
        q.addBindValue(x.outcomesJson.isNull() ? QStringLiteral("{}") : x.outcomesJson);
        q.addBindValue(x.raisedMask);
        q.addBindValue(x.malformedMask);
        q.addBindValue(x.severity);
        q.addBindValue(x.validation);
        q.addBindValue(d.receivedMs);
        q.addBindValue(d.receivedMs);
        q.addBindValue(QVariant(QMetaType(QMetaType::QByteArray))); // first_body_hash: unused since redeliveries compare bodies
        q.addBindValue(d.keepsBody() ? 0 : answer.status);
        q.addBindValue(d.keepsBody() ? QVariant() : QVariant(answer.error));
        if (!execLogged(q, lcStore(), &m_writeProblem))
            return receipt;
        callRow = q.lastInsertId().toLongLong();
        if (m_rowsInReceipts)
            m_newRows.insert(callRow, newCallRow(d, callRow, d.keepsBody() ? 0 : answer.status, d.keepsBody() ? QString() : answer.error));
        if (e.createdAt.value.isValid()
            && !st.patterns->noteArrival(callRow, e.phoneNumber, e.fileNumber.value_or(QString()), e.createdAt.value.toMSecsSinceEpoch(),
                                         x.raisedMask, &m_writeProblem))
            return receipt;
    }

    QSqlQuery &q = st.insertDelivery;
    q.addBindValue(callRow);
    q.addBindValue(d.receivedMs);
    q.addBindValue(latin1Text(d.method));
    q.addBindValue(latin1Text(d.path));
    q.addBindValue(latin1Text(d.query));
    q.addBindValue(x.headersJson);
    q.addBindValue(d.remoteAddress.isNull() ? QStringLiteral("") : d.remoteAddress);
    q.addBindValue(d.keepsBody() ? QVariant(e.raw) : QVariant(QMetaType(QMetaType::QByteArray)));
    q.addBindValue(d.bodySize);
    q.addBindValue(x.webhookId.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(x.webhookId)));
    q.addBindValue(x.validation);
    q.addBindValue(x.problemsJson);
    q.addBindValue(answer.status);
    q.addBindValue(QString::fromUtf8(answer.body));
    q.addBindValue(int(duplicate));
    q.addBindValue(int(conflict));
    if (!execLogged(q, lcStore(), &m_writeProblem))
        return receipt;

    receipt.stored = true;
    receipt.httpStatus = answer.status;
    receipt.answer = answer.body;
    receipt.deliveryId = q.lastInsertId().toLongLong();
    receipt.callRowId = callRow;
    receipt.newCall = !duplicate;
    receipt.conflict = conflict;
    receipt.raisedMask = x.raisedMask;
    // As the row was written (refused_status, validation, event above): StoreCounts' rules, in memory.
    m_uncommitted.addDelivery(!duplicate, d.keepsBody() ? 0 : answer.status, x.validation, e.event);
    return receipt;
}

} // namespace CallScope
