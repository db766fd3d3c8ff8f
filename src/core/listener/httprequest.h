// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/httpheaders.h"

#include <QByteArray>

namespace CallScope {

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
