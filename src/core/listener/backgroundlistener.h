// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"
#include "export/chunkedimport.h"
#include "listener/listeneroptions.h"
#include "storage/deliverystore.h"
#include "util/workerthread.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace CallScope {

class ListenerService;
struct ImportChunkTask;

// The listener and its store for the window: a ListenerService living in a thread of its own, so that
// no socket, parse or SQLite call ever runs on the GUI thread. Everything here is asynchronous and
// answers by signal, delivered in the thread that owns this object.
class BackgroundListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundListener)
public:
    explicit BackgroundListener(QObject *parent = nullptr);
    // Stops at once: what was received is committed, answers still owed are dropped (senders retry).
    ~BackgroundListener() override;

    // Opens the database and listens; a running listener is stopped first. Answers started() or failed().
    void start(const ListenerOptions &options, const QString &databasePath);
    // Stops accepting, answers what is in flight once committed; then stopped().
    void stop();
    // The store that imports and reviews go to while no listener runs (start() sets it too): a window that
    // never listens (the demo workspace's) still reviews and imports.
    void setDatabasePath(const QString &databasePath) { m_databasePath = databasePath; }
    // The writer of an import (FileJobs::importFiles): each chunk goes to the store that writes, the running
    // one in its thread, after what the listener queued (so the listener is answered between two chunks),
    // or, with the listener stopped, one opened for imports in the listener's thread and closed when the
    // last import that uses it ends. It blocks its caller, a file job's thread (never the GUI thread), until
    // the chunk is written. The store's stored() follows each chunk only when the listener runs: otherwise
    // read the calls again when the import ends. The counts include each chunk once it is written.
    ChunkedImport::WriteChunk importWriter();
    // Applies a review through the store that writes (or one opened for it); answers reviewed() with the
    // ticket returned here.
    quint64 review(qint64 callRow, const CallScope::ReviewChange &change, const QString &reviewer);

    bool isRunning() const { return m_running; }
    const QString &url() const { return m_url; }
    const QString &databasePath() const { return m_databasePath; }
    // The store's counts, read after each commit and each import; safe from any thread.
    StoreCounts counts() const;
    qint64 callCount() const { return counts().calls; }
    qint64 deliveryCount() const { return counts().deliveries; }

Q_SIGNALS:
    void started(const QString &url);
    void failed(const QString &reason);
    void stopped();
    // Each committed batch, in commit order (an import's too, its receipts marked `imported`).
    void stored(const QList<CallScope::StoreReceipt> &receipts);
    // The store cannot write deliveries (`problem`: why; senders get 503 and retry), or can again (empty).
    void storeProblemChanged(const QString &problem, int refused);
    // Deliveries the listener received were recorded (answered): `count` of them. Their calls follow in stored().
    void recorded(int count);
    // How far the calls are behind the answered deliveries (DeliveryStore::derivationLagChanged).
    void derivationLagChanged(qint64 deliveries, qint64 behindMs);
    // Starting upgrades an older store first (a million calls: minutes, BENCHMARKS.md): step `step` of `steps`,
    // `fraction` of it done (an estimate), `text` what it does. started() or failed() follows.
    void storeUpgrading(int step, int steps, double fraction, const QString &text);
    void reviewed(const CallScope::ReviewResult &result);

private:
    // Runs in the listener thread.
    void startService(const ListenerOptions &options, const QString &databasePath);
    void stopService(std::function<void()> then);
    // Runs `work` with the store that writes: the running one, in its thread, or one opened for it here
    // (nullptr, and why, when it cannot be opened).
    void withStore(std::function<void(DeliveryStore *store, const QString &error)> work);

    // Runs in the listener thread: one chunk of an import, through the store that writes.
    void writeImportChunk(const std::shared_ptr<ImportChunkTask> &task, const QString &databasePath);
    struct ImportLink;

    WorkerThread m_worker;
    // What import writers reach this object by: cut when it is destroyed, so that a writer outliving it fails.
    std::shared_ptr<ImportLink> m_importLink;
    // Touched only in the listener thread: the store imports write to while no listener runs.
    std::unique_ptr<DeliveryStore> m_importStore;
    int m_importWriters = 0;
    ListenerService *m_service = nullptr; // touched only in the worker thread
    void setCounts(const StoreCounts &counts);

    mutable QMutex m_countsLock;
    StoreCounts m_counts;
    // GUI-thread copies of the state, updated by the signals.
    bool m_running = false;
    quint64 m_nextReviewTicket = 1;
    QString m_url;
    QString m_databasePath;
};

} // namespace CallScope
