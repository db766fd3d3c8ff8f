// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "backgroundlistener.h"

#include "listener/listenerservice.h"
#include "listener/webhooklistener.h"
#include "storage/deliverystore.h"

#include <QDateTime>

namespace CallScope {

BackgroundListener::BackgroundListener(QObject *parent)
    : QObject(parent)
    , m_worker(QStringLiteral("callscope-listener"))
{
    qRegisterMetaType<QList<CallScope::StoreReceipt>>();
    qRegisterMetaType<CallScope::ImportSummary>();
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
    // Shutting down the application: the store commits its queue in its own thread before this returns.
    m_worker.runAndWait([this] {
        delete m_service;
        m_service = nullptr;
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

void BackgroundListener::importDeliveries(const QList<IncomingDelivery> &deliveries)
{
    withStore([this, deliveries](DeliveryStore *store, const QString &openError) {
        QString error = openError;
        const auto summary = store ? store->importAll(deliveries, &error) : std::nullopt;
        if (summary) // the totals include the import when imported() arrives, the listener running or not
            setCounts(store->counts());
        Q_EMIT imported(summary.has_value(), summary.value_or(ImportSummary{}), error);
    });
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
