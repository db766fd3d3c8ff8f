// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/deliveryanswer.h"
#include "domain/incomingdelivery.h"
#include "listener/listeneroptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTcpServer;

namespace CallScope {

class DeliveryStore;
class HttpConnection;

// The webhook endpoint: accepts connections, routes requests (POST anywhere, GET /healthz), hands every
// POST to the store and answers each one only after the store's receipt for it, in order per connection:
// the answer is made here (DeliveryAnswer) from the receipt's verdict and what the request held.
class WebhookListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookListener)
public:
    // The store may live in another thread; it is reached through queued calls only.
    WebhookListener(ListenerOptions options, DeliveryStore *store, QObject *parent = nullptr);
    ~WebhookListener() override;

    bool listen(QString *error);
    // Stops accepting; connections already open are answered, and idle ones closed.
    void stopAccepting();
    QHostAddress address() const;
    quint16 port() const;
    // http://127.0.0.1:8787/
    QString url() const;
    // Requests handed to the store whose answers are not sent yet.
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    // Each receipt, once its answer is on its way (or its client gone).
    void answered(const CallScope::StoreReceipt &receipt);
    // After stopAccepting(): every pending answer is sent and every connection closed (idle ones at once).
    void drained();

private:
    void acceptConnections();
    bool configureTls(QString *error);
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    void onRefused(HttpConnection *connection, const HttpRequest &head, int status, const QString &reason);
    void onStored(const QList<StoreReceipt> &receipts);
    void onClosed(HttpConnection *connection);
    void submit(IncomingDelivery delivery);
    void checkDrained();
    bool m_closingConnections = false;

    ListenerOptions m_options;
    DeliveryStore *m_store;
    QTcpServer *m_server;
    QSet<HttpConnection *> m_connections;
    // An answer owed: the connection, and what the answer takes from the request (all but the verdict).
    struct Pending {
        QPointer<HttpConnection> connection;
        DeliveryAnswer::Basis basis;
    };
    QHash<quint64, Pending> m_pending; // by ticket
    quint64 m_nextTicket = 1;
    QList<IncomingDelivery> m_outgoing;
    static constexpr int MaxRefusalsStoredPerSecond = 20;
    qint64 m_refusedSecond = 0;
    int m_refusedCount = 0; // read in this event-loop turn, handed to the store at its end
    bool m_stopping = false;
};

} // namespace CallScope
