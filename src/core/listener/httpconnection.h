// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/httprequestparser.h"
#include "listener/listeneroptions.h"

#include <QObject>
#include <QElapsedTimer>
#include <QTimer>

class QTcpSocket;

namespace CallScope {

// One client connection: frames requests with HttpRequestParser, one in flight at a time (pipelined
// requests wait in order), answers 100 Continue, enforces the timeouts, and closes as HTTP/1.x says.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    HttpConnection(QTcpSocket *socket, const ListenerOptions &options, QObject *parent = nullptr);
    ~HttpConnection() override;

    QString remoteAddress() const;
    // Sends the answer to the request in flight, then reads the next one (or closes).
    void answer(int status, const QByteArray &jsonBody, const QByteArray &extraHeaders = {});
    // Closes once the bytes already written have left; a request in flight is answered first.
    void closeWhenWritten();

Q_SIGNALS:
    void requestReady(CallScope::HttpConnection *connection, const CallScope::HttpRequest &request);
    // The parser refused the request (answered already, with `reason`); for 413 the listener keeps the attempt.
    void requestRefused(CallScope::HttpConnection *connection, const CallScope::HttpRequest &head, int status, const QString &reason);
    void closed(CallScope::HttpConnection *connection);

private:
    // At most this much of a client's next requests is read while an answer is owed, and answers stop
    // while this much of them is unread by the client: a pipelining client's memory is bounded.
    static constexpr qsizetype PipelineBound = 64 * 1024;

    bool isHeld() const; // an answer is owed, or the client is not reading its answers
    void readAvailable();
    void resume();
    void process();
    void onTimeout();
    void emitClosedOnce();
    void armTimer();
    void writeAnswer(int status, const QByteArray &body, bool close, const QByteArray &extraHeaders = {});
    QByteArray answerBytes(int status, const QByteArray &body, bool close, const QByteArray &extraHeaders) const;
    // While an answer is owed, a duplicate of the socket's descriptor: a client that shut its write side
    // after the request (a half-close) still gets its answer, although QTcpSocket closes on the end of input.
    void keepDescriptor();
    void releaseDescriptor();

    QTcpSocket *m_socket;
    ListenerOptions m_options;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_timer;
    QElapsedTimer m_accepted;
    bool m_firstRequest = true; // no answer written yet: the head is due from the accept
    bool m_headDeadline = false; // m_timer is the head's deadline
    bool m_busy = false; // a request is with the listener, its answer not yet sent
    bool m_answersUnread = false; // more than PipelineBound of answers wait for the client to read them
    bool m_closeAfterAnswer = false;
    bool m_sayKeepAlive = false; // an HTTP/1.0 request asked to keep the connection: its answer says it is kept
    bool m_closing = false;
    bool m_continueSent = false;
    bool m_closedEmitted = false;
    bool m_peerDoneSending = false; // the client half-closed while its answer was owed
    int m_keptDescriptor = -1;
};

} // namespace CallScope
