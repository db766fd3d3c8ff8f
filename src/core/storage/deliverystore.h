// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"
#include "domain/review.h"
#include "storage/callderiver.h"
#include "storage/callrecord.h"
#include "storage/dedupeindex.h"
#include "storage/importsummary.h"
#include "storage/storecounts.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace CallScope {


// The durable store: SQLite through Qt SQL, used only from the thread it was moved to (its own
// connection is opened there). It answers no one: it records each delivery and gives back its verdict
// (recorded(): accepted, duplicate, conflict, or unstored when the batch failed), from which the listener
// makes the sender's answer (DeliveryAnswer) once the durable record is committed: the raw body, the
// redacted headers, the receive time and the dedupe verdict (DedupeIndex, then the full key), with the
// deliveries queued together in one transaction (group commit); WAL with synchronous=FULL makes an answer a
// promise that survives kill -9. The row keeps the answer's status and, for the few kinds its columns
// cannot give back, its text (DeliveryAnswer::storesText); readers rebuild the others from the row. Its
// call row, indexes, word search and contact-pattern warnings are derived after the answer, in the same
// thread (CallDeriver), and the views hear of a call when it is derived (stored()). What was recorded and
// not derived when the process ended is derived at the next open.
class DeliveryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryStore)
public:
    explicit DeliveryStore(QString path, QObject *parent = nullptr);
    ~DeliveryStore() override;

    // Opens (creating and migrating as needed) in the calling thread. On failure, one sentence for the user.
    bool open(QString *error);
    const QString &path() const { return m_path; }

    // Derives what a listener recorded and did not derive (it ended with kill -9 and has not run since), so
    // that a command reading the store sees every call answered. Quick when there is nothing to do.
    static bool deriveRecorded(const QString &path, QString *error);

    // Fills delivery.derived; pure, safe from any thread. submit() does it for a delivery that lacks it.
    static void prepare(IncomingDelivery &delivery);

    // Past this many deliveries recorded and not derived, recording waits for derivation: answers slow down
    // rather than being refused, and the backlog (and the memory it holds) stays bounded.
    static constexpr qint64 BacklogBound = 20000;
    // Deliveries recorded and not yet derived (safe from any thread).
    qint64 underived() const { return m_underivedCount.load(); }
    // For tests and benchmarks, to see the time between an answer and its derivation: derivation waits
    // until the backlog passes its bound or deriveAll() is called, and closing does not derive (as after
    // kill -9). Also set by the environment variable CALLSCOPE_TEST_HOLD_DERIVATION, for the binary.
    void holdDerivation(bool hold) { m_held = hold; }
    void setBacklogBound(qint64 bound) { m_backlogBound = bound; }

    // What is committed (StoreCounts): read at open, then added to after each commit from what it wrote.
    // Safe from any thread.
    StoreCounts counts() const;
    qint64 callCount() const { return counts().calls; }
    qint64 deliveryCount() const { return counts().deliveries; }

public Q_SLOTS:
    // Queues a delivery; the batch is committed once the thread's pending submissions are in.
    void submit(const CallScope::IncomingDelivery &delivery);
    // Queues several deliveries at once (the listener hands over what it read in one event-loop turn).
    void submitAll(const QList<CallScope::IncomingDelivery> &deliveries);
    // Writes a chunk of deliveries read from files (ChunkedImport: a few thousand of them) in one
    // transaction of its own, after what the listener queued, deduplicated as the listener's: all of the
    // chunk or none of it. Like a batch of the listener's, it revises the contact-pattern warnings of the
    // stored calls that the chunk's calls change (PatternRevisor). Emits stored() for them, without rows (a
    // view asks the store for them), tickets 0 (no one waits for an answer) and `imported` set. Between two
    // chunks the thread is free to answer the listener.
    std::optional<ImportSummary> importChunk(const QList<IncomingDelivery> &deliveries, QString *error);
    // A reviewer's change to a call: the new values and one audit line per field that changed, in one
    // transaction. Refused when it would leave the call Reviewed with a stop-contact flag unjudged
    // (ReviewRules). `previous` gets the values it replaced (applied, they undo it). Emits reviewed().
    bool review(qint64 callRow, const CallScope::ReviewChange &change, const QString &reviewer, qint64 atMs, QString *error,
                CallScope::ReviewChange *previous = nullptr);
    // Commits whatever is queued now (also called at shutdown).
    void flush();
    // Derives every delivery recorded and not yet derived, in this call (at shutdown, before an import, and
    // for the commands that read a store a listener may have left underived).
    bool deriveAll(QString *error = nullptr);

Q_SIGNALS:
    // The deliveries' durable records are committed (or, verdict Unstored, none of the batch is): each
    // receipt holds the verdict that the answer owed is made from.
    void recorded(const QList<CallScope::StoreReceipt> &receipts);
    // Their calls are derived and can be read (a new call's receipt carries its row).
    void stored(const QList<CallScope::StoreReceipt> &receipts);
    // How far derivation is behind recording: deliveries, and the age of the oldest (0, 0: caught up). Said
    // when it starts or stops being behind, and at most a few times a second in between.
    void derivationLagChanged(qint64 deliveries, qint64 behindMs);
    void reviewed(qint64 callRow);
    // Storing deliveries started failing, or fails for another reason (`problem`: why, for the user), or
    // works again (`problem` empty). `refused`: the deliveries answered 503 since the failing began.
    void writeProblemChanged(const QString &problem, int refused);
    // open() upgrades an older store: step `step` of `steps`, `fraction` of it done (an estimate), `text` what
    // it does (StoreSchema, MigrationProgress). Emitted in the store's thread, while open() runs.
    void upgrading(int step, int steps, double fraction, const QString &text);

private:
    // BEGIN IMMEDIATE; on failure m_writeProblem says why.
    bool beginWrite();
    // Records one delivery in the open transaction: the verdict and the durable row. `keyMismatch`
    // gets whether its key and webhook-id named different calls.
    StoreReceipt record(const IncomingDelivery &d, bool *keyMismatch = nullptr);
    // After a rollback, or once the batch is derived: the deliveries it kept for derivation are forgotten.
    void forgetRecordedBatch();
    bool prepareStatements(QString *error);
    // The first delivery of a call: its body and idempotency key (empty when none), from memory while the
    // call waits for derivation, else from the store.
    struct FirstDelivery {
        QByteArray body;
        QString key;
    };
    std::optional<FirstDelivery> firstDelivery(qint64 callRow);
    bool callHasWebhookId(qint64 callRow, const QByteArray &webhookId);
    // For a redelivery whose bytes differ from the first delivery's: does its JSON differ too?
    static bool differs(const QByteArray &first, const ParsedEvent &redelivery);
    // The keys and webhook-ids another program recorded since we last looked (PRAGMA data_version).
    bool loadKeys(QString *error);
    void refreshCounts();
    // After a commit: what the transaction wrote joins the counts.
    void commitCounts();
    // One derivation transaction, of at most `limit` deliveries; false when it failed.
    // `budgetMs` > 0: a background step, which stops after that long (at least one delivery derived) and
    // does not wait for another program's write lock; 0: no limit, and it waits as a write does.
    bool deriveSome(int limit, QString *error, qint64 budgetMs = 0);
    void scheduleDerivation();
    void reportLag(bool force);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QList<IncomingDelivery> m_queue;
    // Prepared once: parsing SQL for each delivery cost more than writing it (perf, bench/ingest).
    struct Statements {
        QSqlQuery insertDelivery, insertKeys, firstNew, firstOld, oldKey, webhookOfCall, dataVersion, newKeys;
        QSqlQuery syncNormal, syncFull; // derivation's commits need no fsync (deriveSome)
        QSqlQuery noBusyWait, busyWait; // a background derivation does not wait for a lock
        std::unique_ptr<CallDeriver> deriver;
    };
    std::unique_ptr<Statements> m_statements;
    DedupeIndex m_dedupe;
    qint64 m_keysLoadedThrough = 0; // the last delivery_keys row in m_dedupe
    qint64 m_dataVersion = -1;
    // Recorded deliveries waiting for derivation, as received (no parse again), by delivery id; at most
    // CachedBound of them, the others are read back from the store.
    QHash<qint64, RecordedDelivery> m_recorded;
    QList<qint64> m_recordedInBatch; // added to m_recorded by the open transaction
    static constexpr qsizetype CachedBound = 4096;
    static constexpr int DerivationChunk = 256;
    static constexpr qint64 DerivationBudgetMs = 5;
    static constexpr int DerivationRetryMs = 250;
    std::atomic<qint64> m_underivedCount = 0;
    qint64 m_oldestUnderivedMs = 0; // receive time of the oldest delivery waiting, when known
    qint64 m_lagReportedAtMs = 0;
    bool m_lagReported = false;
    QTimer *m_lagTimer = nullptr; // while behind, the lag is said again though nothing is derived
    bool m_derivationPosted = false;
    bool m_held = false;
    qint64 m_backlogBound = BacklogBound;
    bool m_flushPosted = false;
    QString m_writeProblem; // why the batch being written failed
    QString m_reportedProblem; // the last one said by writeProblemChanged()
    int m_refusedSinceProblem = 0;
    StoreCounts m_uncommitted; // what the open transaction wrote so far
    bool m_importCache = false; // the page cache was made larger for an import
    mutable QMutex m_countsLock;
    StoreCounts m_counts;
};

} // namespace CallScope
