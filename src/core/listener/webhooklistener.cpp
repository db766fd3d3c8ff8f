// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "webhooklistener.h"

#include "listener/httpconnection.h"
#include "listener/webhookanswer.h"
#include "storage/deliverystore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

// Quiet by default: the command line promises one line on stderr for a failure.
Q_LOGGING_CATEGORY(lcListener, "callscope.listener", QtWarningMsg)

namespace CallScope {

namespace {

// What every stored POST keeps of its request, answered or refused.
IncomingDelivery deliveryOf(const HttpConnection *connection, const HttpRequest &request)
{
    IncomingDelivery d;
    d.receivedMs = QDateTime::currentMSecsSinceEpoch();
    d.method = request.method;
    d.path = request.path;
    d.query = request.query;
    d.headers = request.headers;
    d.remoteAddress = connection->remoteAddress();
    return d;
}

} // namespace

WebhookListener::WebhookListener(ListenerOptions options, DeliveryStore *store, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(store)
    , m_server(m_options.usesTls() ? new QSslServer(this) : new QTcpServer(this))
{
    qRegisterMetaType<IncomingDelivery>();
    qRegisterMetaType<QList<StoreReceipt>>();
    m_server->setListenBacklogSize(m_options.listenBacklog);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &WebhookListener::acceptConnections);
    connect(m_store, &DeliveryStore::recorded, this, &WebhookListener::onStored, Qt::QueuedConnection);
}

WebhookListener::~WebhookListener() = default;

bool WebhookListener::listen(QString *error)
{
    if (m_options.usesTls() && !configureTls(error))
        return false;
    if (m_server->listen(m_options.address, m_options.port))
        return true;
    *error = tr("Cannot listen on %1 port %2: %3")
                 .arg(m_options.address.toString())
                 .arg(m_options.port)
                 .arg(m_server->errorString());
    return false;
}

bool WebhookListener::configureTls(QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = tr("HTTPS is not available: no TLS library was found (%1).").arg(QSslSocket::sslLibraryBuildVersionString());
        return false;
    }
    QFile certificateFile(m_options.tlsCertificate);
    QFile keyFile(m_options.tlsKey);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the TLS certificate %1 or its key %2.")
                     .arg(QDir::toNativeSeparators(m_options.tlsCertificate), QDir::toNativeSeparators(m_options.tlsKey));
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = tr("The TLS certificate %1 or its key %2 is not PEM the listener can use.")
                     .arg(QDir::toNativeSeparators(m_options.tlsCertificate), QDir::toNativeSeparators(m_options.tlsKey));
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // senders are not asked for certificates
    auto *server = static_cast<QSslServer *>(m_server);
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(int(std::chrono::milliseconds(m_options.headerTimeout).count())); // a stalled handshake frees its place
    return true;
}

void WebhookListener::stopAccepting()
{
    m_stopping = true;
    m_server->close();
    checkDrained();
}

QHostAddress WebhookListener::address() const
{
    return m_server->serverAddress();
}

quint16 WebhookListener::port() const
{
    return m_server->serverPort();
}

QString WebhookListener::url() const
{
    const QHostAddress a = address();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + a.toString() + QLatin1Char(']')
                                                                        : a.toString();
    return QStringLiteral("%1://%2:%3/").arg(m_options.usesTls() ? QStringLiteral("https") : QStringLiteral("http"), host).arg(port());
}

void WebhookListener::acceptConnections()
{
    while (m_server->hasPendingConnections()) {
        if (m_connections.size() >= m_options.maxConnections) {
            // The rest wait in the kernel's backlog until a connection closes.
            m_server->pauseAccepting();
            return;
        }
        QTcpSocket *socket = m_server->nextPendingConnection();
        auto *connection = new HttpConnection(socket, m_options, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::requestReady, this, &WebhookListener::onRequest);
        connect(connection, &HttpConnection::requestRefused, this, &WebhookListener::onRefused);
        connect(connection, &HttpConnection::closed, this, &WebhookListener::onClosed);
    }
}

void WebhookListener::onClosed(HttpConnection *connection)
{
    if (m_connections.remove(connection)) {
        connection->deleteLater();
        if (m_stopping) {
            checkDrained();
            return;
        }
        if (!m_stopping && m_connections.size() < m_options.maxConnections) {
            m_server->resumeAccepting();
            acceptConnections();
        }
    }
}

void WebhookListener::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    if (m_stopping) {
        const auto answer = WebhookAnswer::error(503, QStringLiteral("CallScope is shutting down; please retry.")); // to the sender: English
        connection->closeWhenWritten(); // after this answer
        connection->answer(answer.status, answer.body);
        return;
    }
    if (request.method == "GET" && request.path == "/healthz") {
        const auto health = WebhookAnswer::health(m_store->counts());
        connection->answer(health.status, health.body);
        return;
    }
    if (request.method != "POST") {
        const auto answer = WebhookAnswer::error(405, QStringLiteral("Webhooks are POSTed; GET is for /healthz only."));
        connection->answer(answer.status, answer.body, "Allow: POST\r\n");
        return;
    }
    if (m_options.auth.requiresAnything()) {
        if (const auto refusal = WebhookAuth::refusal(request, m_options.auth, QDateTime::currentSecsSinceEpoch())) {
            const auto answer = WebhookAnswer::error(401, *refusal);
            connection->answer(answer.status, answer.body, "WWW-Authenticate: Bearer\r\n");
            // The attempt is kept without its body, at most a few a second: a flood stores little.
            const qint64 second = QDateTime::currentSecsSinceEpoch();
            m_refusedCount = second == m_refusedSecond ? m_refusedCount + 1 : 1;
            m_refusedSecond = second;
            if (m_refusedCount <= MaxRefusalsStoredPerSecond) {
                // The log says why too (as often as attempts are stored): for whoever runs it headless.
                qCWarning(lcListener).noquote() << "401 to" << connection->remoteAddress() << "for" << request.path << "-" << *refusal;
                IncomingDelivery d = deliveryOf(connection, request);
                d.bodySize = request.body.size();
                d.refusal = *refusal;
                submit(std::move(d));
            }
            return;
        }
    }
    IncomingDelivery d = deliveryOf(connection, request);
    d.ticket = m_nextTicket++;
    d.bodySize = request.body.size();
    d.strict = m_options.strict;
    d.parsed = CallEventParser::parse(request.body);
    // Kept until the verdict comes: the callId and any problems (implicitly shared, no copy).
    m_pending.insert(d.ticket, {connection, DeliveryAnswer::basisOf(d)});
    submit(std::move(d));
}

void WebhookListener::onRefused(HttpConnection *connection, const HttpRequest &head, int status, const QString &reason)
{
    if (status != 413 || head.method != "POST")
        return;
    // The sender got its 413 already; the attempt is kept so that a reviewer sees it, with the reason it got.
    IncomingDelivery d = deliveryOf(connection, head);
    d.bodySize = head.declaredLength >= 0 ? head.declaredLength : head.body.size();
    d.tooLarge = true;
    d.refusal = reason;
    submit(std::move(d));
}

void WebhookListener::submit(IncomingDelivery delivery)
{
    DeliveryStore::prepare(delivery); // here, not in the store's busier thread
    m_outgoing.append(std::move(delivery));
    if (m_outgoing.size() > 1)
        return;
    // One hand-over per event-loop turn, of everything read in it: an event per delivery cost more
    // than the delivery's own SQL (perf, bench/ingest).
    QMetaObject::invokeMethod(this, [this] {
        QMetaObject::invokeMethod(m_store, [store = m_store, batch = std::exchange(m_outgoing, {})] { store->submitAll(batch); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void WebhookListener::onStored(const QList<StoreReceipt> &receipts)
{
    for (const StoreReceipt &r : receipts) {
        if (r.ticket == 0)
            continue; // an attempt answered before it was stored
        const Pending pending = m_pending.take(r.ticket);
        if (pending.connection) { // a client that left gets nothing, and nothing breaks
            const HttpAnswer answer = DeliveryAnswer::answer(pending.basis, r.verdict);
            pending.connection->answer(answer.status, answer.body);
        }
        Q_EMIT answered(r);
    }
    checkDrained();
}

void WebhookListener::checkDrained()
{
    if (!m_stopping || !m_pending.isEmpty())
        return;
    if (!m_closingConnections) {
        m_closingConnections = true;
        // Copied: a connection that is already unconnected leaves the set at once.
        for (HttpConnection *connection : QSet<HttpConnection *>(m_connections))
            connection->closeWhenWritten();
    }
    if (m_connections.isEmpty())
        Q_EMIT drained();
}

} // namespace CallScope
