// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/review.h"
#include "domain/incomingdelivery.h"
#include "storage/callrecord.h"
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

#include <optional>
#include <memory>

namespace CallScope {

class PatternRevisor;

// The durable store: SQLite through Qt SQL, used only from the thread it was moved to (its own
// connection is opened there). Every delivery is kept with its raw body, headers and the answer given;
// deliveries queued together are committed in one transaction (group commit), and a receipt goes out
// only after that commit: WAL with synchronous=FULL makes a receipt a promise that survives kill -9.
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

    // Fills delivery.derived; pure, safe from any thread. submit() does it for a delivery that lacks it.
    static void prepare(IncomingDelivery &delivery);

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

Q_SIGNALS:
    void stored(const QList<CallScope::StoreReceipt> &receipts);
    void reviewed(qint64 callRow);
    // Storing deliveries started failing, or fails for another reason (`problem`: why, for the user), or
    // works again (`problem` empty). `refused`: the deliveries answered 503 since the failing began.
    void writeProblemChanged(const QString &problem, int refused);

private:
    // BEGIN IMMEDIATE; on failure m_writeProblem says why.
    bool beginWrite();
    StoreReceipt write(const IncomingDelivery &d);
    bool prepareStatements(QString *error);
    // For a redelivery whose bytes differ from the first delivery's: does its JSON differ too?
    bool differsFromFirst(qint64 callRow, const ParsedEvent &redelivery);
    void refreshCounts();
    // After a commit: what the transaction wrote joins the counts.
    void commitCounts();
    // Each new call's receipt names the stored calls whose contact-pattern warnings it changed.
    static void addRevisedCalls(QList<StoreReceipt> &receipts, const QMultiHash<qint64, qint64> &revisedByCause);
    // Each new call's receipt gets its row (m_newRows) with the warnings PatternRevisor gave it.
    void attachNewRows(QList<StoreReceipt> &receipts, const QHash<qint64, int> &warnings);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QList<IncomingDelivery> m_queue;
    // Prepared once: parsing SQL for each delivery cost more than writing it (perf, bench/ingest).
    struct Statements {
        QSqlQuery callByKey, callByWebhookId, updateCall, insertCall, insertDelivery;
        std::unique_ptr<PatternRevisor> patterns; // contact-pattern warnings of the calls written, and of those they change
    };
    std::unique_ptr<Statements> m_statements;
    bool m_flushPosted = false;
    QString m_writeProblem; // why the batch being written failed
    QString m_reportedProblem; // the last one said by writeProblemChanged()
    int m_refusedSinceProblem = 0;
    StoreCounts m_uncommitted; // what the open transaction wrote so far
    QHash<qint64, CallRow> m_newRows; // the calls the open transaction made, by id
    bool m_rowsInReceipts = true;
    bool m_importCache = false; // the page cache was made larger for an import
    mutable QMutex m_countsLock;
    StoreCounts m_counts;
};

} // namespace CallScope
