// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "deliverystore.h"

#include "domain/deliveryanswer.h"
#include "storage/newcallrow.h"
#include "storage/patternrevisor.h"
#include "storage/sqlsupport.h"
#include "storage/storeschema.h"
#include "storage/storetables.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
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

} // namespace

DeliveryStore::DeliveryStore(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connectionName(QStringLiteral("callscope-store-%1").arg(quintptr(this), 0, 16))
    , m_held(qEnvironmentVariableIsSet("CALLSCOPE_TEST_HOLD_DERIVATION"))
{
}

DeliveryStore::~DeliveryStore()
{
    if (m_db.isOpen()) {
        flush();
        // What is recorded is safe; deriving it now leaves a tidy store (and the next open nothing to do).
        if (!m_held)
            deriveAll();
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
        StoreSchema::migrate(m_db, m_path, version, &reason, [this](const MigrationProgress &p) { Q_EMIT upgrading(p.step, p.steps, p.fraction, p.text); });
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
    // What a previous run recorded and did not derive is derived now, after the open returns: the window
    // opens meanwhile, and the listener answers (DeliveryStore::BacklogBound).
    scheduleDerivation();
    return true;
}

bool DeliveryStore::deriveRecorded(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path))
        return true; // the reader says so
    bool waiting = false;
    {
        const QString name = QStringLiteral("callscope-underived-%1").arg(quintptr(&waiting), 0, 16);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            QSqlQuery q(db);
            // Before schema 13 every delivery has its call: nothing waits.
            waiting = db.open() && q.exec(QStringLiteral("SELECT 1 FROM deliveries WHERE call_ref IS NULL LIMIT 1")) && q.next();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!waiting)
        return true;
    DeliveryStore store(path);
    return store.open(error) && store.deriveAll(error);
}

bool DeliveryStore::differs(const QByteArray &first, const ParsedEvent &redelivery)
{
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
    const QByteArray insertDelivery = StoreTables::insertDeliverySql().toLatin1();
    const std::pair<QSqlQuery *, const char *> statements[] = {
        {&st->insertDelivery, insertDelivery.constData()},
        {&st->insertKeys, "INSERT INTO delivery_keys (call, key_hash, webhook_hash) VALUES (?,?,?)"},
        // A call's first delivery, recorded since schema 13: the call's id is its own (derived or not yet).
        // Before, a call's id could equal one of its deliveries' only when that was its first (a call's id is
        // never above its first delivery's).
        {&st->firstNew, "SELECT body, idempotency_key FROM deliveries WHERE id = ? AND call_key IS NULL "
                        "AND (call_ref IS NULL OR call_ref = id)"},
        {&st->firstOld, "SELECT body FROM deliveries WHERE call_ref = ? ORDER BY id LIMIT 1"},
        {&st->oldKey, "SELECT idempotency_key FROM calls WHERE id = ?"},
        {&st->webhookOfCall, "SELECT 1 FROM deliveries WHERE webhook_id = ? AND (call_ref = ? OR id = ? OR "
                             "(call_ref IS NULL AND call_key = ?)) LIMIT 1"},
        {&st->dataVersion, "PRAGMA data_version"},
        {&st->newKeys, "SELECT id, call, key_hash, webhook_hash FROM delivery_keys WHERE id > ? ORDER BY id"},
        {&st->syncNormal, "PRAGMA synchronous=NORMAL"},
        {&st->syncFull, "PRAGMA synchronous=FULL"},
        {&st->noBusyWait, "PRAGMA busy_timeout=0"},
        {&st->busyWait, "PRAGMA busy_timeout=5000"}, // as QSQLITE_BUSY_TIMEOUT at open
    };
    for (const auto &[query, sql] : statements) {
        *query = QSqlQuery(m_db);
        if (!query->prepare(QString::fromLatin1(sql))) {
            *error = query->lastError().text();
            return false;
        }
    }
    st->deriver = std::make_unique<CallDeriver>(m_db);
    if (!st->deriver->prepare(error))
        return false;
    m_statements = std::move(st);
    m_dedupe.clear();
    m_keysLoadedThrough = 0;
    return loadKeys(error);
}

bool DeliveryStore::loadKeys(QString *error)
{
    Statements &st = *m_statements;
    if (!execLogged(st.dataVersion, lcStore(), error) || !st.dataVersion.next())
        return false;
    const qint64 version = st.dataVersion.value(0).toLongLong();
    st.dataVersion.finish();
    if (version == m_dataVersion)
        return true; // no other connection committed since
    m_dataVersion = version;
    QSqlQuery &q = st.newKeys;
    q.addBindValue(m_keysLoadedThrough);
    if (!execLogged(q, lcStore(), error))
        return false;
    while (q.next()) {
        m_keysLoadedThrough = q.value(0).toLongLong();
        const qint64 call = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            m_dedupe.addKey(q.value(2).toLongLong(), call);
        if (!q.value(3).isNull()) {
            const qint64 hash = q.value(3).toLongLong();
            if (!m_dedupe.callsForWebhookId(hash).contains(call))
                m_dedupe.addWebhookId(hash, call);
        }
    }
    q.finish();
    m_dedupe.commit();
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
    // The row keeps the verdict (duplicate, conflict) and the answer's status, not the answer's text: its
    // readers give that back from the row (DeliveryAnswer::ofStored), the durable record being raw bytes,
    // redacted headers, the verdict and the receive time. `answer` is NOT NULL since schema 1: '' stands for
    // "rebuild it", and rows of earlier versions keep their text. It came with schema 15, which an older
    // CallScope refuses to open, so no older reader shows an empty answer.
    // The few kinds whose answer the row cannot give keep their text (DeliveryAnswer::storesText), which does
    // not depend on the verdict: a refused or too large attempt is never a duplicate, and a 422 does not say.
    x.answerStatus = DeliveryAnswer::statusOf(d);
    if (DeliveryAnswer::storesText(x.answerStatus))
        x.answerText = QString::fromUtf8(DeliveryAnswer::answer(DeliveryAnswer::basisOf(d), DeliveryVerdict::Accepted).body);
    if (d.keepsBody()) {
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
    auto counts = StoreCounts::read(m_db, &error);
    // The deliveries recorded and not yet derived count as they will when they are (their answers did).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    qint64 underived = 0;
    StoreCounts rows; // the rows of the calls table they will make (their deliveries are counted already)
    if (counts && q.exec(StoreTables::underivedSql())) {
        using namespace UnderivedColumn;
        while (q.next()) {
            if (underived++ == 0)
                m_oldestUnderivedMs = q.value(ReceivedMs).toLongLong();
            rows.addDelivery(q.value(NewCall).toBool(), q.value(RefusedStatus).toInt(), q.value(UnderivedColumn::Validation).toInt(), q.value(Event).toString());
        }
        rows.deliveries = 0;
        *counts += rows;
    } else if (counts) {
        error = sqlProblem(q.lastError());
        counts.reset();
    }
    m_underivedCount = underived;
    if (counts) {
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
    // Derivation goes in the order of recording: what waits is derived before the file's deliveries.
    QString problem;
    m_writeProblem.clear();
    if (!m_db.isOpen() || !m_statements || !deriveAll(&problem) || !loadKeys(&problem) || !beginWrite()) {
        const QString why = !problem.isEmpty() ? problem : !m_writeProblem.isEmpty() ? m_writeProblem : tr("it is not open");
        *error = tr("the database cannot be written: %1").arg(why);
        return std::nullopt;
    }
    // One transaction: recorded and derived together, all of the chunk or none of it. Its receipts go
    // without rows: a chunk's calls are read by a view in one query, and the rows of a million calls would
    // be made for nothing when no window shows them (`callscope import`).
    ImportSummary summary;
    QList<StoreReceipt> receipts;
    receipts.reserve(deliveries.size());
    m_uncommitted = {};
    CallDeriver &deriver = *m_statements->deriver;
    const auto fail = [&](const QString &why) {
        *error = why;
        m_db.rollback();
        m_dedupe.rollback();
        deriver.forget();
        forgetRecordedBatch();
        m_uncommitted = {};
        return std::nullopt;
    };
    for (const IncomingDelivery &given : deliveries) {
        RecordedDelivery recorded;
        recorded.delivery = given; // implicitly shared: no deep copy
        recorded.delivery.ticket = 0; // no one waits for an answer
        prepare(recorded.delivery); // ChunkedImport prepares them off this thread; this is then a no-op
        recorded.receipt = record(recorded.delivery, &recorded.keyMismatch);
        std::optional<StoreReceipt> r;
        if (recorded.receipt.stored())
            r = deriver.derive(recorded, false, &problem);
        if (!r)
            return fail(tr("the database refused delivery %1 of %2: %3")
                            .arg(receipts.size() + 1)
                            .arg(deliveries.size())
                            .arg(problem.isEmpty() ? m_writeProblem : problem));
        r->imported = true;
        const IncomingDelivery &d = recorded.delivery;
        ++summary.deliveries;
        summary.newCalls += r->newCall() && d.keepsBody() ? 1 : 0; // a refused attempt has a row, but it is no call
        summary.duplicates += r->newCall() ? 0 : 1;
        summary.conflicts += r->conflict() ? 1 : 0;
        summary.rejected += d.keepsBody() && d.parsed.validation() == Validation::Rejected ? 1 : 0;
        summary.refused += d.keepsBody() ? 0 : 1;
        receipts.append(std::move(*r));
    }
    forgetRecordedBatch(); // all is derived here: nothing waits
    if (!deriver.finish(QDateTime::currentMSecsSinceEpoch(), receipts, &problem))
        return fail(problem);
    if (!m_db.commit())
        return fail(sqlProblem(m_db.lastError()));
    m_dedupe.commit();
    commitCounts();
    Q_EMIT stored(receipts);
    return summary;
}

bool DeliveryStore::review(qint64 callRow, const ReviewChange &change, const QString &reviewer, qint64 atMs, QString *error, ReviewChange *previous)
{
    flush();
    QSqlQuery q(m_db);
    q.prepare(QLatin1String("SELECT ") + StoreTables::callDetailColumns() + QLatin1String(" FROM calls WHERE id = ?"));
    q.addBindValue(callRow);
    if (!execLogged(q, lcStore(), error) || !q.next()) {
        if (error->isEmpty())
            *error = tr("There is no such call.");
        return false;
    }
    const CallDetail stored = StoreTables::readCallDetail(q);
    const ReviewState oldState = stored.row.review;
    const QString &oldNote = stored.reviewNote;
    const Dispositions &oldDispositions = stored.dispositions;
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
        const QList<OutcomeId> unjudged = ReviewRules::unjudged(stored.row.raisedMask, stored.row.malformedMask, dispositions);
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
    // The backlog is bounded: past it, this batch waits for derivation (its senders wait longer for their
    // answers; none is refused for it).
    while (m_underivedCount.load() >= m_backlogBound) {
        QString problem;
        if (!deriveSome(int(std::min<qint64>(2000, m_underivedCount.load() - m_backlogBound + 1)), &problem))
            break; // a derivation that fails does not stop recording: what is recorded is safe
    }
    const QList<IncomingDelivery> batch = std::exchange(m_queue, {});
    QList<StoreReceipt> receipts;
    receipts.reserve(batch.size());
    m_writeProblem.clear();
    m_uncommitted = {};
    bool ok = m_db.isOpen() && m_statements && loadKeys(&m_writeProblem) && beginWrite();
    for (const IncomingDelivery &d : batch) {
        if (!ok)
            break;
        receipts.append(record(d));
        ok = receipts.constLast().stored();
    }
    if (ok && !m_db.commit()) {
        m_writeProblem = sqlProblem(m_db.lastError());
        ok = false;
    }
    if (ok) {
        m_dedupe.commit();
        commitCounts(); // only now: /healthz never counts what a rollback takes back
        m_underivedCount += receipts.size();
        if (m_oldestUnderivedMs == 0 && !batch.isEmpty())
            m_oldestUnderivedMs = batch.constFirst().receivedMs;
        m_recordedInBatch.clear();
    } else {
        // Nothing of the batch is stored, so no sender gets a 2xx: each may retry.
        m_db.rollback();
        m_dedupe.rollback();
        forgetRecordedBatch();
        receipts.clear();
        for (const IncomingDelivery &d : batch)
            receipts.append(StoreReceipt{d.ticket}); // DeliveryVerdict::Unstored: the listener answers 503
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
    Q_EMIT recorded(receipts);
    if (ok) {
        scheduleDerivation();
        reportLag(false);
    }
}

void DeliveryStore::forgetRecordedBatch()
{
    for (const qint64 id : std::as_const(m_recordedInBatch))
        m_recorded.remove(id);
    m_recordedInBatch.clear();
}

void DeliveryStore::scheduleDerivation()
{
    if (m_derivationPosted || m_held || m_underivedCount.load() == 0)
        return;
    m_derivationPosted = true;
    // Queued behind what the listener has handed over already: answers go first, derivation follows them.
    QMetaObject::invokeMethod(this, [this] {
        m_derivationPosted = false;
        QString problem;
        // Small transactions: the listener's next batch waits for no more than one of them (p99 of the answers).
        if (deriveSome(DerivationChunk, &problem, DerivationBudgetMs)) {
            scheduleDerivation();
            return;
        }
        // Locked by another program, or failing: tried again after the next batch, or in a while.
        qCWarning(lcStore) << "cannot derive the recorded deliveries:" << problem;
        QTimer::singleShot(DerivationRetryMs, this, &DeliveryStore::scheduleDerivation);
    }, Qt::QueuedConnection);
}

bool DeliveryStore::deriveSome(int limit, QString *error, qint64 budgetMs)
{
    if (!m_db.isOpen() || !m_statements)
        return false;
    CallDeriver &deriver = *m_statements->deriver;
    // Derived rows need no fsync of their own: they are made again from the durable records if a crash
    // takes the last of them (their deliveries are then underived again, in the same transaction), and the
    // next answer's commit (synchronous=FULL) syncs the WAL that holds them anyway.
    Statements &st = *m_statements;
    st.syncNormal.exec();
    const auto fullAgain = qScopeGuard([&st] { st.syncFull.exec(); });
    // A step in the background never waits for another program's write lock: the listener's next batch
    // would wait behind it, a busy timeout longer, and its senders could give up. It is tried again later.
    if (budgetMs > 0)
        st.noBusyWait.exec();
    const bool began = beginWrite();
    if (budgetMs > 0)
        st.busyWait.exec();
    if (!began) {
        *error = m_writeProblem;
        return false;
    }
    QElapsedTimer spent;
    spent.start();
    // Read inside the write transaction: another program that derived some of them meanwhile is seen.
    const std::optional<QList<qint64>> ids = deriver.underived(limit, error);
    QList<StoreReceipt> receipts;
    qint64 lastReceivedMs = 0;
    bool ok = ids.has_value();
    if (ok)
        receipts.reserve(ids->size());
    qsizetype done = 0;
    for (; ok && done < ids->size(); ++done) {
        // Within its time: the listener's next batch waits for this transaction (the answers' p99).
        if (budgetMs > 0 && done > 0 && spent.elapsed() >= budgetMs)
            break;
        const qint64 id = ids->at(done);
        // Taken from memory (a rollback leaves it to be read back from its row), else read back.
        std::optional<RecordedDelivery> r;
        if (m_recorded.contains(id))
            r = m_recorded.take(id);
        else
            r = deriver.load(id, error);
        std::optional<StoreReceipt> receipt = r ? deriver.derive(*r, true, error) : std::nullopt;
        lastReceivedMs = r ? r->delivery.receivedMs : lastReceivedMs;
        ok = receipt.has_value();
        if (ok)
            receipts.append(std::move(*receipt));
    }
    if (ok)
        ok = deriver.finish(QDateTime::currentMSecsSinceEpoch(), receipts, error);
    if (ok && !m_db.commit()) {
        *error = sqlProblem(m_db.lastError());
        ok = false;
    }
    if (!ok) {
        m_db.rollback();
        deriver.forget();
        return false;
    }
    if (done == ids->size() && ids->size() < limit) {
        // Caught up: whatever the cache still holds was derived by another program.
        m_recorded.clear();
        m_underivedCount = 0;
        m_oldestUnderivedMs = 0;
    } else {
        m_underivedCount = std::max<qint64>(0, m_underivedCount.load() - receipts.size());
        // The next one waiting was received after the last one derived: a close, cheap bound of the lag.
        m_oldestUnderivedMs = lastReceivedMs;
    }
    if (!receipts.isEmpty())
        Q_EMIT stored(receipts);
    reportLag(false);
    return true;
}

bool DeliveryStore::deriveAll(QString *error)
{
    QString problem;
    while (m_underivedCount.load() > 0) {
        if (!deriveSome(2000, &problem)) {
            if (error)
                *error = problem;
            qCWarning(lcStore) << "cannot derive the recorded deliveries:" << problem;
            return false;
        }
    }
    return true;
}

void DeliveryStore::reportLag(bool force)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 pending = m_underivedCount.load();
    const bool behind = pending > 0;
    if (!force && behind == m_lagReported && (!behind || now - m_lagReportedAtMs < 250))
        return;
    m_lagReported = behind;
    m_lagReportedAtMs = now;
    if (behind) {
        if (!m_lagTimer) {
            m_lagTimer = new QTimer(this);
            m_lagTimer->setSingleShot(true);
            m_lagTimer->setInterval(250);
            connect(m_lagTimer, &QTimer::timeout, this, [this] { reportLag(true); }); // a coarse timer may fire early
        }
        m_lagTimer->start();
    }
    Q_EMIT derivationLagChanged(pending, behind && m_oldestUnderivedMs > 0 ? std::max<qint64>(0, now - m_oldestUnderivedMs) : 0);
}

std::optional<DeliveryStore::FirstDelivery> DeliveryStore::firstDelivery(qint64 callRow)
{
    if (const auto it = m_recorded.constFind(callRow); it != m_recorded.cend() && it->receipt.newCall())
        return FirstDelivery{it->delivery.parsed.event.raw, it->delivery.parsed.event.idempotencyKey};
    Statements &st = *m_statements;
    QSqlQuery &q = st.firstNew;
    q.addBindValue(callRow);
    if (!execLogged(q, lcStore(), &m_writeProblem))
        return std::nullopt;
    FirstDelivery first;
    bool found = q.next();
    bool keyKnown = false;
    if (found) {
        first.body = q.value(0).toByteArray();
        keyKnown = !q.value(1).isNull();
        first.key = q.value(1).toString();
    }
    q.finish();
    if (!found) {
        QSqlQuery &old = st.firstOld;
        old.addBindValue(callRow);
        if (!execLogged(old, lcStore(), &m_writeProblem))
            return std::nullopt;
        found = old.next();
        first.body = found ? old.value(0).toByteArray() : QByteArray();
        old.finish();
    }
    if (!found)
        return std::nullopt; // a stale candidate: no such call
    if (!keyKnown) {
        // Recorded before schema 13, or without a key: the call's row says.
        QSqlQuery &k = st.oldKey;
        k.addBindValue(callRow);
        if (!execLogged(k, lcStore(), &m_writeProblem))
            return std::nullopt;
        first.key = k.next() ? k.value(0).toString() : QString();
        k.finish();
    }
    return first;
}

bool DeliveryStore::callHasWebhookId(qint64 callRow, const QByteArray &webhookId)
{
    for (const RecordedDelivery &r : std::as_const(m_recorded)) {
        if (r.receipt.callRowId == callRow && r.delivery.derived.webhookId == webhookId)
            return true;
    }
    QSqlQuery &q = m_statements->webhookOfCall;
    bindAll(q, {QString::fromLatin1(webhookId), callRow, callRow, callRow});
    if (!execLogged(q, lcStore(), &m_writeProblem))
        return false;
    const bool found = q.next();
    q.finish();
    return found;
}

StoreReceipt DeliveryStore::record(const IncomingDelivery &d, bool *keyMismatchOut)
{
    StoreReceipt receipt;
    receipt.ticket = d.ticket;
    const CallEvent &e = d.parsed.event;
    const IncomingDelivery::Derived &x = d.derived;
    Statements &st = *m_statements;

    // The verdict. Deduplicate by idempotencyKey, else by webhook-id (a Standard Webhooks redelivery keeps
    // its id): the in-memory index gives candidates, the first delivery's own key confirms one.
    qint64 callRow = 0;
    std::optional<FirstDelivery> first;
    const bool hasKey = d.keepsBody() && !e.idempotencyKey.isEmpty();
    const qint64 keyHash = hasKey ? DedupeIndex::hashOf(e.idempotencyKey) : 0;
    if (hasKey) {
        for (const qint64 candidate : m_dedupe.callsForKey(keyHash)) {
            std::optional<FirstDelivery> f = firstDelivery(candidate);
            if (!f && !m_writeProblem.isEmpty())
                return receipt;
            if (f && f->key == e.idempotencyKey) {
                callRow = candidate;
                first = std::move(f);
                break;
            }
        }
    }
    bool keyMismatch = false;
    const bool hasWebhookId = d.keepsBody() && !x.webhookId.isEmpty();
    const qint64 webhookHash = hasWebhookId ? DedupeIndex::hashOf(x.webhookId) : 0;
    if (hasWebhookId) {
        for (const qint64 candidate : m_dedupe.callsForWebhookId(webhookHash)) {
            if (!callHasWebhookId(candidate, x.webhookId)) {
                if (!m_writeProblem.isEmpty())
                    return receipt;
                continue;
            }
            if (callRow == 0) {
                callRow = candidate;
                first = firstDelivery(candidate);
                if (!first)
                    return receipt;
            }
            const std::optional<FirstDelivery> f = candidate == callRow ? first : firstDelivery(candidate);
            keyMismatch = candidate != callRow || !f || f->key != e.idempotencyKey;
            break;
        }
    }
    // Duplicates are rare: only they pay for reading the first body back and comparing.
    const bool duplicate = callRow != 0;
    const bool conflict = duplicate && differs(first->body, d.parsed);

    QSqlQuery &q = st.insertDelivery;
    bindAll(q, {d.receivedMs, latin1Text(d.method), latin1Text(d.path), latin1Text(d.query), x.headersJson,
                d.remoteAddress.isNull() ? QStringLiteral("") : d.remoteAddress,
                d.keepsBody() ? QVariant(e.raw) : QVariant(QMetaType(QMetaType::QByteArray)), d.bodySize,
                hasWebhookId ? QVariant(QString::fromLatin1(x.webhookId)) : QVariant(), x.validation, x.problemsJson,
                x.answerStatus, x.answerText.isNull() ? QStringLiteral("") : x.answerText, int(duplicate), int(conflict),
                duplicate ? QVariant(callRow) : QVariant(QMetaType(QMetaType::LongLong)),
                hasKey ? QVariant(e.idempotencyKey) : QVariant(), int(keyMismatch)});
    if (!execLogged(q, lcStore(), &m_writeProblem))
        return receipt;
    const qint64 deliveryId = q.lastInsertId().toLongLong();
    if (!duplicate)
        callRow = deliveryId; // the call it makes will have the delivery's id (CallDeriver)
    // The dedupe index learns a new call's key, and a webhook-id's first call.
    const bool newKey = hasKey && !duplicate;
    const bool newWebhookId = hasWebhookId && !m_dedupe.callsForWebhookId(webhookHash).contains(callRow);
    if (newKey || newWebhookId) {
        bindAll(st.insertKeys, {callRow, newKey ? QVariant(keyHash) : QVariant(), newWebhookId ? QVariant(webhookHash) : QVariant()});
        if (!execLogged(st.insertKeys, lcStore(), &m_writeProblem))
            return receipt;
        m_keysLoadedThrough = st.insertKeys.lastInsertId().toLongLong();
        if (newKey)
            m_dedupe.addKey(keyHash, callRow);
        if (newWebhookId)
            m_dedupe.addWebhookId(webhookHash, callRow);
    }

    receipt.verdict = !duplicate ? DeliveryVerdict::Accepted : conflict ? DeliveryVerdict::Conflict : DeliveryVerdict::Duplicate;
    receipt.deliveryId = deliveryId;
    receipt.callRowId = callRow;
    receipt.raisedMask = x.raisedMask;
    if (keyMismatchOut)
        *keyMismatchOut = keyMismatch;
    // As the row will be derived (refused_status, validation, event): StoreCounts' rules, in memory.
    m_uncommitted.addDelivery(!duplicate, d.keepsBody() ? 0 : x.answerStatus, x.validation, e.event);
    // Kept for derivation, so that it does not parse the body again; past the bound it reads it back.
    if (m_recorded.size() < CachedBound) {
        m_recorded.insert(deliveryId, RecordedDelivery{receipt, keyMismatch, d});
        m_recordedInBatch.append(deliveryId);
    }
    return receipt;
}

} // namespace CallScope
