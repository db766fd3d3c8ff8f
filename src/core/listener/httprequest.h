// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace CallScope {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>; // in the order received, names as sent

// The first value of a header, by case-insensitive name; empty when absent.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

// The headers with the values of the secret ones (Authorization, Proxy-Authorization, Cookie, X-Api-Key)
// replaced by their scheme and "[redacted]": "Bearer [redacted]", "[redacted]". What is stored, exported
// and shown; only the listener's check of a token ever sees the value.
HttpHeaders withSecretsRedacted(HttpHeaders headers);
bool isSecretHeader(QByteArrayView name);

// One HTTP/1.x request as framed by HttpRequestParser.
struct HttpRequest {
    QByteArray method;
    QByteArray target; // as sent: /hooks?x=1
    QByteArray path; // target without the query
    QByteArray query;
    int minorVersion = 1; // HTTP/1.<minor>
    HttpHeaders headers;
    QByteArray body; // de-chunked
    qint64 declaredLength = -1; // Content-Length, or -1 for chunked or none

    // The first value of a header, by case-insensitive name; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 closes unless "keep-alive".
    bool keepAlive() const;
    bool expectsContinue() const;
};

} // namespace CallScope
