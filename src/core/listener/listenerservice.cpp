// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "listenerservice.h"

#include "listener/webhooklistener.h"
#include "storage/deliverystore.h"

#include <QTimer>

namespace CallScope {

ListenerService::ListenerService(ListenerOptions options, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_databasePath(std::move(databasePath))
{
    m_storeThread.setObjectName(QStringLiteral("callscope-store"));
}

ListenerService::~ListenerService()
{
    delete m_listener;
    m_listener = nullptr;
    shutDownStore();
}

bool ListenerService::start(QString *error)
{
    m_store = new DeliveryStore(m_databasePath);
    m_store->moveToThread(&m_storeThread);
    // Direct: this thread waits for open() below, so a queued report would arrive only once it is done.
    connect(m_store, &DeliveryStore::upgrading, this, &ListenerService::storeUpgrading, Qt::DirectConnection);
    m_storeThread.start();
    bool opened = false;
    // The connection must be opened in the store's thread; waiting here is start-up, not the GUI at work.
    QMetaObject::invokeMethod(m_store, [&] { opened = m_store->open(error); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        shutDownStore();
        return false;
    }
    m_listener = new WebhookListener(m_options, m_store, this);
    if (!m_listener->listen(error)) {
        delete m_listener;
        m_listener = nullptr;
        shutDownStore();
        return false;
    }
    connect(m_listener, &WebhookListener::drained, this, [this] {
        if (m_store) {
            shutDownStore();
            Q_EMIT stopped();
        }
    });
    return true;
}

void ListenerService::stop()
{
    if (!m_listener) {
        Q_EMIT stopped();
        return;
    }
    // A client that never reads its answer must not hold the process: its delivery is committed anyway.
    QTimer::singleShot(std::chrono::seconds(5), this, [this] {
        if (m_store) {
            shutDownStore();
            Q_EMIT stopped();
        }
    });
    m_listener->stopAccepting();
}

void ListenerService::shutDownStore()
{
    if (!m_store)
        return;
    // The store commits what is queued and closes its connection in its own thread.
    QMetaObject::invokeMethod(m_store, [store = m_store] { delete store; }, Qt::BlockingQueuedConnection);
    m_store = nullptr;
    m_storeThread.quit();
    m_storeThread.wait();
}

} // namespace CallScope
