// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "webhookanswer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace CallScope {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

WebhookAnswer::Answer WebhookAnswer::error(int status, const QString &reason)
{
    return DeliveryAnswer::error(status, reason);
}

WebhookAnswer::Answer WebhookAnswer::health(const StoreCounts &counts)
{
    return {200, compact({{QStringLiteral("status"), QStringLiteral("ok")},
                          {QStringLiteral("calls"), counts.calls},
                          {QStringLiteral("deliveries"), counts.deliveries},
                          {QStringLiteral("rejected"), counts.rejected},
                          {QStringLiteral("refused"), counts.refused}}),
            {}};
}

QByteArray WebhookAnswer::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

QString WebhookAnswer::whyBodyNotKept(int status)
{
    if (status == 413)
        return QCoreApplication::translate("CallScope::WebhookAnswer", "it was over the size limit");
    if (status == 401)
        return QCoreApplication::translate("CallScope::WebhookAnswer", "the request was refused (401: no or wrong token or signature) before its body was read");
    return QCoreApplication::translate("CallScope::WebhookAnswer", "the request was refused (%1) before its body was read").arg(status);
}

} // namespace CallScope
