// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "httpconnection.h"

#include "listener/webhookanswer.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace CallScope {

HttpConnection::HttpConnection(QTcpSocket *socket, const ListenerOptions &options, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_options(options)
    , m_parser({options.maxHeaderBytes, options.maxBodyBytes})
{
    m_socket->setParent(this);
    // With readAvailable's bound, what a client sends ahead of its answers waits in the kernel, whose full
    // receive window then stops the client (TCP's own back-pressure), not in our memory.
    m_socket->setReadBufferSize(PipelineBound);
    m_accepted.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_answersUnread && m_socket->bytesToWrite() <= PipelineBound)
            resume();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_busy && m_keptDescriptor >= 0) {
            m_peerDoneSending = true; // the answer still goes out, through the kept descriptor
            return;
        }
        m_closing = true;
        emitClosedOnce();
    });
    armTimer();
    // A connection that waited in QTcpServer's pending list (at the connection cap) may have received its
    // request already, its readyRead gone to no one; or it may have left meanwhile.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
    else if (m_socket->state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(this, [this] {
            m_closing = true;
            emitClosedOnce();
        }, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    releaseDescriptor();
}

void HttpConnection::keepDescriptor()
{
    // Not under TLS: the answer would have to be encrypted, which only the socket can do.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (m_keptDescriptor < 0 && descriptor >= 0 && !m_socket->inherits("QSslSocket"))
        m_keptDescriptor = ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0);
}

void HttpConnection::releaseDescriptor()
{
    if (m_keptDescriptor >= 0)
        ::close(m_keptDescriptor);
    m_keptDescriptor = -1;
}

QString HttpConnection::remoteAddress() const
{
    return m_socket->peerAddress().toString();
}

void HttpConnection::armTimer()
{
    using std::chrono::milliseconds;
    if (m_answersUnread) {
        m_timer.start(m_options.idleTimeout); // waiting on the client to read: it must, within the idle time
        m_headDeadline = false;
    } else if (m_busy) {
        m_timer.stop(); // waiting on us, not on the client
        m_headDeadline = false;
    } else if (m_parser.isReadingBody()) {
        m_timer.start(m_options.bodyTimeout);
        m_headDeadline = false;
    } else if (m_parser.hasStarted() || m_firstRequest) {
        // One deadline for the whole head: slow-loris clients trickle bytes. A connection's first head is due
        // a header timeout after the accept (a client that connects and stalls, or speaks TLS to the plain
        // port, holds a slot no longer); a later one from its first byte, the wait before it being idle time.
        if (!m_headDeadline) {
            m_headDeadline = true;
            const milliseconds spent(m_firstRequest ? m_accepted.elapsed() : 0);
            m_timer.start(std::max(milliseconds(0), m_options.headerTimeout - spent));
        }
    } else {
        m_timer.start(m_options.idleTimeout);
    }
}

void HttpConnection::onTimeout()
{
    if (m_parser.hasStarted()) {
        writeAnswer(408, WebhookAnswer::error(408, QStringLiteral("The request was not received in time.")).body, true);
    } else {
        m_closing = true;
        m_socket->disconnectFromHost();
        emitClosedOnce();
    }
}

void HttpConnection::emitClosedOnce()
{
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        Q_EMIT closed(this);
    }
}

bool HttpConnection::isHeld() const
{
    return m_busy || m_answersUnread;
}

void HttpConnection::readAvailable()
{
    if (m_closing)
        return;
    if (isHeld()) {
        // The next pipelined requests wait for their turn: only so much of them is read meanwhile.
        const qint64 room = PipelineBound - m_buffer.size();
        if (room > 0)
            m_buffer.append(m_socket->read(room));
        return;
    }
    m_buffer.append(m_socket->readAll());
    process();
}

void HttpConnection::process()
{
    while (!m_busy && !m_closing) {
        switch (m_parser.feed(m_buffer)) {
        case HttpRequestParser::Status::NeedMore:
            armTimer(); // body progress restarts the body timeout; the head's deadline keeps running
            return;
        case HttpRequestParser::Status::HeadComplete:
            if (m_parser.request().expectsContinue() && m_buffer.isEmpty() && !m_continueSent) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            m_timer.stop();
            continue;
        case HttpRequestParser::Status::Complete: {
            m_busy = true;
            m_timer.stop();
            keepDescriptor();
            HttpRequest request = m_parser.takeRequest();
            m_closeAfterAnswer = !request.keepAlive();
            // HTTP/1.0 keeps a connection only when both sides say so (RFC 9112 section 9.3): the answer must.
            m_sayKeepAlive = request.minorVersion == 0 && !m_closeAfterAnswer;
            Q_EMIT requestReady(this, request);
            return;
        }
        case HttpRequestParser::Status::Failed: {
            const int status = m_parser.errorStatus();
            const HttpRequest head = m_parser.request();
            const QString reason = m_parser.errorReason();
            writeAnswer(status, WebhookAnswer::error(status, reason).body, true);
            Q_EMIT requestRefused(this, head, status, reason);
            return;
        }
        }
    }
}

void HttpConnection::answer(int status, const QByteArray &jsonBody, const QByteArray &extraHeaders)
{
    if (m_busy && m_peerDoneSending) {
        // Half-closed: the answer, then the end. It is small and the socket's send buffer empty: one send
        // does it (MSG_NOSIGNAL: a client gone altogether is no SIGPIPE).
        m_busy = false;
        const QByteArray bytes = answerBytes(status, jsonBody, true, extraHeaders);
        [[maybe_unused]] const ssize_t sent = ::send(m_keptDescriptor, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL);
        releaseDescriptor();
        m_closing = true;
        emitClosedOnce();
        return;
    }
    if (!m_busy || m_closing)
        return;
    m_busy = false;
    releaseDescriptor();
    writeAnswer(status, jsonBody, m_closeAfterAnswer, extraHeaders);
    if (m_closing)
        return;
    m_parser.reset();
    m_continueSent = false;
    m_firstRequest = false;
    m_headDeadline = false;
    // A client that sends without reading its answers gets no more of them until it reads.
    m_answersUnread = m_socket->bytesToWrite() > PipelineBound;
    if (m_answersUnread)
        armTimer(); // the idle time for the client to read them
    else
        resume();
}

void HttpConnection::resume()
{
    m_answersUnread = false;
    armTimer();
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) {
        m_buffer.append(m_socket->readAll());
        process(); // the next pipelined request
    }
}

void HttpConnection::closeWhenWritten()
{
    if (m_busy) {
        m_closeAfterAnswer = true;
        return;
    }
    m_closing = true;
    m_timer.stop();
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        emitClosedOnce();
}

QByteArray HttpConnection::answerBytes(int status, const QByteArray &body, bool close, const QByteArray &extraHeaders) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + WebhookAnswer::reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
        + extraHeaders;
    if (close)
        head += "Connection: close\r\n";
    else if (m_sayKeepAlive)
        head += "Connection: keep-alive\r\n";
    return head + "\r\n" + body;
}

void HttpConnection::writeAnswer(int status, const QByteArray &body, bool close, const QByteArray &extraHeaders)
{
    m_socket->write(answerBytes(status, body, close, extraHeaders));
    if (close) {
        m_closing = true;
        m_timer.stop();
        m_socket->disconnectFromHost(); // after the pending bytes are written
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            emitClosedOnce();
    }
}

} // namespace CallScope
