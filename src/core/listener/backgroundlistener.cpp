// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "backgroundlistener.h"

#include "listener/listenerservice.h"
#include "listener/webhooklistener.h"
#include "storage/deliverystore.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QWaitCondition>

#include <algorithm>

namespace CallScope {

struct BackgroundListener::ImportLink {
    QMutex mutex;
    BackgroundListener *listener = nullptr;
};

// One chunk of an import on its way to the store, and its answer to the writer waiting for it.
struct ImportChunkAnswer {
    void give(bool hasRun, const std::optional<ImportSummary> &summary, const QString &error)
    {
        const QMutexLocker lock(&mutex);
        if (answered)
            return;
        answered = true;
        ran = hasRun;
        written = summary;
        why = error;
        done.wakeAll();
    }

    QList<IncomingDelivery> chunk;
    QMutex mutex;
    QWaitCondition done;
    bool answered = false;
    bool ran = false;
    std::optional<ImportSummary> written;
    QString why;
};

// The work of writing a chunk, held only by the functions queued to do it. Every chunk gets an answer: one
// whose work is dropped unrun (the store it was queued to closed for a listener restart, or the window
// closed) answers that it did not run, and the writer hands the chunk on again.
struct ImportChunkTask {
    Q_DISABLE_COPY_MOVE(ImportChunkTask)
    explicit ImportChunkTask(std::shared_ptr<ImportChunkAnswer> a)
        : answer(std::move(a))
    {
    }
    ~ImportChunkTask() { answer->give(false, std::nullopt, {}); }

    void run(DeliveryStore *store, const QString &openError)
    {
        QString error = openError;
                const std::optional<ImportSummary> summary = store ? store->importChunk(answer->chunk, &error) : std::nullopt;
        answer->give(true, summary, error);
    }

    std::shared_ptr<ImportChunkAnswer> answer;
};

BackgroundListener::BackgroundListener(QObject *parent)
    : QObject(parent)
    , m_worker(QStringLiteral("callscope-listener"))
    , m_importLink(std::make_shared<ImportLink>())
{
    m_importLink->listener = this;
    qRegisterMetaType<QList<CallScope::StoreReceipt>>();
    qRegisterMetaType<CallScope::ReviewResult>();

    // The GUI-thread view of the state follows the signals, so that it never races the listener thread.
    connect(this, &BackgroundListener::started, this, [this](const QString &url) {
        m_running = true;
        m_url = url;
    });
    connect(this, &BackgroundListener::stopped, this, [this] {
        m_running = false;
        m_url.clear();
    });
    connect(this, &BackgroundListener::failed, this, [this] {
        m_running = false;
        m_url.clear();
    });
}

BackgroundListener::~BackgroundListener()
{
    {
        const QMutexLocker lock(&m_importLink->mutex);
        m_importLink->listener = nullptr; // an import still running fails at its next chunk
    }
    // Shutting down the application: the store commits its queue in its own thread before this returns.
    m_worker.runAndWait([this] {
        delete m_service;
        m_service = nullptr;
        m_importStore.reset();
    });
}

void BackgroundListener::start(const ListenerOptions &options, const QString &databasePath)
{
    m_databasePath = databasePath;
    m_worker.post([this, options, databasePath] { stopService([this, options, databasePath] { startService(options, databasePath); }); });
}

void BackgroundListener::stop()
{
    m_worker.post([this] { stopService([this] { Q_EMIT stopped(); }); });
}

void BackgroundListener::withStore(std::function<void(DeliveryStore *store, const QString &error)> work)
{
    m_worker.post([this, work = std::move(work), databasePath = m_databasePath] {
        if (m_service && m_service->store()) {
            // The running store does it, in its thread, after what the listener queued: one writer.
            DeliveryStore *store = m_service->store();
            QMetaObject::invokeMethod(store, [store, work] { work(store, {}); }, Qt::QueuedConnection);
            return;
        }
        DeliveryStore store(databasePath);
        QString error;
        work(store.open(&error) ? &store : nullptr, error);
    });
}

StoreCounts BackgroundListener::counts() const
{
    const QMutexLocker lock(&m_countsLock);
    return m_counts;
}

void BackgroundListener::setCounts(const StoreCounts &counts)
{
    const QMutexLocker lock(&m_countsLock);
    m_counts = counts;
}

ChunkedImport::WriteChunk BackgroundListener::importWriter()
{
    // The writers in use keep the store opened for imports; the last one to end closes it.
    struct Writer {
        Q_DISABLE_COPY_MOVE(Writer)
        explicit Writer(std::shared_ptr<ImportLink> l)
            : link(std::move(l))
        {
        }
        ~Writer()
        {
            const QMutexLocker lock(&link->mutex);
            if (BackgroundListener *listener = link->listener) {
                listener->m_worker.post([listener] {
                    if (--listener->m_importWriters == 0)
                        listener->m_importStore.reset();
                });
            }
        }
        std::shared_ptr<ImportLink> link;
    };
    m_worker.post([this] { ++m_importWriters; });
    auto writer = std::make_shared<Writer>(m_importLink);
    return [writer, databasePath = m_databasePath](const QList<IncomingDelivery> &chunk, QString *error) -> std::optional<ImportSummary> {
        // A chunk dropped unrun (the listener restarted while it waited) goes again, to the store that writes now.
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto answer = std::make_shared<ImportChunkAnswer>();
            answer->chunk = chunk; // shared, not copied
            auto task = std::make_shared<ImportChunkTask>(answer);
            {
                const QMutexLocker lock(&writer->link->mutex);
                BackgroundListener *listener = writer->link->listener;
                if (!listener) {
                    *error = tr("the window closed");
                    return std::nullopt;
                }
                listener->m_worker.post([listener, task, databasePath] { listener->writeImportChunk(task, databasePath); });
            }
            task.reset(); // only the queued work holds it: dropped unrun, it answers so
            const QMutexLocker lock(&answer->mutex);
            while (!answer->answered)
                answer->done.wait(&answer->mutex);
            if (answer->ran) {
                *error = answer->why;
                return answer->written;
            }
        }
        *error = tr("the store closed before the deliveries could be written");
        return std::nullopt;
    };
}

void BackgroundListener::writeImportChunk(const std::shared_ptr<ImportChunkTask> &task, const QString &databasePath)
{
    if (m_service && m_service->store()) {
        // The running store does it, in its thread, after what the listener queued: one writer. Its stored()
        // updates the counts.
        DeliveryStore *store = m_service->store();
        QMetaObject::invokeMethod(store, [store, task] { task->run(store, {}); }, Qt::QueuedConnection);
        return;
    }
    QString error;
    if (m_importStore && m_importStore->path() != databasePath)
        m_importStore.reset();
    if (!m_importStore) {
        m_importStore = std::make_unique<DeliveryStore>(databasePath);
        if (!m_importStore->open(&error))
            m_importStore.reset();
    }
    task->run(m_importStore.get(), error);
    if (m_importStore)
        setCounts(m_importStore->counts());
}

namespace {

// Every review gets its answer: one whose work is dropped unrun (the store it was queued to closed for a
// listener restart) answers that it was not written, so that the edit is kept and saved again.
struct ReviewAnswer {
    Q_DISABLE_COPY_MOVE(ReviewAnswer)
    ReviewAnswer(BackgroundListener *listener, ReviewResult r)
        : to(listener)
        , result(std::move(r))
    {
    }
    ~ReviewAnswer()
    {
        if (!sent) {
            result.ok = false;
            result.error = BackgroundListener::tr("The store closed before the review was written (the listener restarted).");
            Q_EMIT to->reviewed(result);
        }
    }
    void send()
    {
        sent = true;
        Q_EMIT to->reviewed(result);
    }
    BackgroundListener *to;
    ReviewResult result;
    bool sent = false;
};

} // namespace

quint64 BackgroundListener::review(qint64 callRow, const ReviewChange &change, const QString &reviewer)
{
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const quint64 ticket = m_nextReviewTicket++;
    auto answer = std::make_shared<ReviewAnswer>(this, ReviewResult{ticket, callRow, false, {}, {}});
    withStore([answer, callRow, change, reviewer, at](DeliveryStore *store, const QString &openError) {
        ReviewResult &result = answer->result;
        result.error = openError;
        result.ok = store && store->review(callRow, change, reviewer, at, &result.error, &result.previous);
        answer->send();
    });
    return ticket;
}

void BackgroundListener::startService(const ListenerOptions &options, const QString &databasePath)
{
    auto *service = new ListenerService(options, databasePath, m_worker.context());
    connect(service, &ListenerService::storeUpgrading, this, &BackgroundListener::storeUpgrading, Qt::DirectConnection);
    QString error;
    if (!service->start(&error)) {
        delete service;
        Q_EMIT failed(error);
        return;
    }
    m_service = service;
    DeliveryStore *store = service->store();
    setCounts(store->counts());
    // Counted first, so that counts() already includes a batch when stored() arrives. Called in the store's
    // own thread while the store is alive (its destructor's last flush included): a queued call could run
    // after the store is gone (ASan: heap-use-after-free on a listener restart).
    connect(store, &DeliveryStore::stored, store, [this, store](const QList<StoreReceipt> &receipts) {
        setCounts(store->counts());
        Q_EMIT stored(receipts);
    });
    // The counts and the rate follow the answers (what /healthz says), not the derived calls.
    connect(store, &DeliveryStore::recorded, store, [this, store](const QList<StoreReceipt> &receipts) {
        const auto count = std::count_if(receipts.cbegin(), receipts.cend(), [](const StoreReceipt &r) { return r.stored(); });
        if (count == 0)
            return;
        setCounts(store->counts());
        Q_EMIT recorded(int(count));
    });
    connect(store, &DeliveryStore::writeProblemChanged, this, &BackgroundListener::storeProblemChanged);
    connect(store, &DeliveryStore::derivationLagChanged, this, &BackgroundListener::derivationLagChanged);
    Q_EMIT started(service->listener()->url());
}

void BackgroundListener::stopService(std::function<void()> then)
{
    if (!m_service) {
        then();
        return;
    }
    ListenerService *service = std::exchange(m_service, nullptr);
    connect(service, &ListenerService::stopped, m_worker.context(), [service, then = std::move(then)] {
        service->deleteLater();
        then();
    });
    service->stop();
}

} // namespace CallScope
