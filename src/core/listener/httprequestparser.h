// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"

#include <QString>

namespace CallScope {

struct HttpLimits {
    qsizetype maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = 1024 * 1024;
};

// An incremental, strict HTTP/1.1 request framer: bytes in, one request (or one error answer) out.
//
// Hand-written on purpose: QHttpServer 6.4 buffers bodies without limit, drops header blocks over 100
// fields, ignores Connection: close and 100-continue and crashes when a client leaves before a late
// answer; libmicrohttpd 0.9.75 accepts Content-Length with Transfer-Encoding and corrupts folded headers
// (measured before issue 3). The framing rules below are the ones request smuggling lives on, so they
// are pure code with data-driven tests and a fuzz target, apart from any socket.
//
// Lenient where real clients are (bare LF line ends, a leading empty line, any HTTP/1.x); strict where
// attackers are (Content-Length with Transfer-Encoding, two lengths, folded headers, NUL or bare CR).
class HttpRequestParser final
{
public:
    enum class Status {
        NeedMore, // feed more bytes
        HeadComplete, // the head is read and the body is still to come: time for 100 Continue
        Complete, // request() holds a whole request
        Failed, // errorStatus() and errorReason() say what to answer; the connection must close
    };

    explicit HttpRequestParser(HttpLimits limits = {});

    // Consumes bytes from the front of buffer (what belongs to the next request stays there) and says
    // where the request stands. After Complete or Failed it consumes nothing until reset().
    Status feed(QByteArray &buffer);
    void reset();

    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();
    int errorStatus() const { return m_errorStatus; }
    const QString &errorReason() const { return m_errorReason; }
    // True once any byte of the current request was consumed: a timeout then answers 408, else just closes.
    bool hasStarted() const { return m_started; }
    bool isReadingBody() const { return m_state == State::Body || m_state == State::ChunkSize || m_state == State::ChunkData || m_state == State::ChunkDataEnd || m_state == State::Trailers; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Failed };

    Status fail(int status, QString reason);
    Status parseHead(QByteArray &buffer);
    Status readHead(QByteArrayView head);
    Status readChunked(QByteArray &buffer);
    // Moves up to m_remaining bytes from buffer to the body; true once none remain.
    bool takeBodyBytes(QByteArray &buffer);
    // The next line (without its CR LF or LF) when it is complete; nullopt when more bytes are needed.
    std::optional<QByteArray> takeLine(QByteArray &buffer, qsizetype maxLength, bool *tooLong);

    HttpLimits m_limits;
    State m_state = State::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0; // body or chunk bytes still expected
    qsizetype m_trailerBytes = 0;
    bool m_started = false;
    int m_errorStatus = 0;
    QString m_errorReason;
};

} // namespace CallScope
