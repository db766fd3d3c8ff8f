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

void BackgroundListener::importDeliveries(const QList<IncomingDelivery> &deliveries)
{
    const QString databasePath = m_databasePath;
    m_worker.post([this, deliveries, databasePath] {
        if (m_service && m_service->store()) {
            // The running store writes it, in its thread, after what the listener queued.
            DeliveryStore *store = m_service->store();
            QMetaObject::invokeMethod(store, [this, store, deliveries] {
                QString error;
                const auto summary = store->importAll(deliveries, &error);
                Q_EMIT imported(summary.has_value(), summary.value_or(ImportSummary{}), error);
            }, Qt::QueuedConnection);
            return;
        }
        DeliveryStore store(databasePath);
        QString error;
        std::optional<ImportSummary> summary;
        if (store.open(&error))
            summary = store.importAll(deliveries, &error);
        Q_EMIT imported(summary.has_value(), summary.value_or(ImportSummary{}), error);
    });
}

void BackgroundListener::review(qint64 callRow, const ReviewChange &change, const QString &reviewer)
{
    const QString databasePath = m_databasePath;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    m_worker.post([this, callRow, change, reviewer, databasePath, at] {
        const auto apply = [this, callRow, change, reviewer, at](DeliveryStore &store) {
            QString error;
            const bool ok = store.review(callRow, change, reviewer, at, &error);
            Q_EMIT reviewed(callRow, ok, error);
        };
        if (m_service && m_service->store()) {
            DeliveryStore *store = m_service->store();
            QMetaObject::invokeMethod(store, [store, apply] { apply(*store); }, Qt::QueuedConnection);
            return;
        }
        DeliveryStore store(databasePath);
        QString error;
        if (!store.open(&error)) {
            Q_EMIT reviewed(callRow, false, error);
            return;
        }
        apply(store);
    });
}

void BackgroundListener::startService(const ListenerOptions &options, const QString &databasePath)
{
    auto *service = new ListenerService(options, databasePath, m_worker.context());
    QString error;
    if (!service->start(&error)) {
        delete service;
        Q_EMIT failed(error);
        return;
    }
    m_service = service;
    DeliveryStore *store = service->store();
    m_calls = store->callCount();
    m_deliveries = store->deliveryCount();
    // Counted in the listener thread first, so that callCount() already includes a batch when stored() arrives.
    connect(store, &DeliveryStore::stored, m_worker.context(), [this, store](const QList<StoreReceipt> &receipts) {
        m_calls = store->callCount();
        m_deliveries = store->deliveryCount();
        Q_EMIT stored(receipts);
    });
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
