// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "httprequest.h"

namespace CallScope {

namespace {

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (QByteArrayView part : QByteArray(list.toByteArray()).split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection");
    if (minorVersion == 0)
        return hasToken(connection, "keep-alive");
    return !hasToken(connection, "close");
}

bool HttpRequest::expectsContinue() const
{
    return minorVersion >= 1 && header("expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
}

} // namespace CallScope
