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

// A JSON string literal. Written out for the common answer, which QJsonDocument made 10% of the store's
// time per delivery (perf, bench/store); the rarer answers still go through QJsonDocument.
QByteArray jsonString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8(); // bytes of multi-byte characters are >= 0x80: none is escaped
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = uchar(c);
        if (u == '"' || u == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

} // namespace

WebhookAnswer::Answer WebhookAnswer::forDelivery(const IncomingDelivery &d, bool duplicate)
{
    if (!d.refusal.isEmpty())
        return error(401, d.refusal);
    if (d.tooLarge)
        return error(413, QStringLiteral("The body of %1 bytes is over the limit.").arg(d.bodySize));
    const ParsedEvent &p = d.parsed;
    const Validation validation = p.validation();
    if (validation == Validation::Rejected)
        return error(400, p.problems.constFirst().message);
    if (validation == Validation::Invalid && d.strict) {
        ValidationProblems errors;
        for (const ValidationProblem &problem : p.problems) {
            if (problem.isError())
                errors.append(problem);
        }
        return {422, compact({{QStringLiteral("status"), QStringLiteral("invalid")}, {QStringLiteral("errors"), toJson(errors)}}), {}};
    }
    const bool withCallId = p.event.isCallCompleted() && !p.event.callId.isEmpty();
    if (p.problems.isEmpty()) {
        QByteArray body = duplicate ? QByteArrayLiteral(R"({"status":"duplicate")") : QByteArrayLiteral(R"({"status":"accepted")");
        if (withCallId)
            body += R"(,"callId":)" + jsonString(p.event.callId);
        body += '}';
        return {200, body, {}};
    }
    QJsonObject o{{QStringLiteral("status"), duplicate ? QStringLiteral("duplicate") : QStringLiteral("accepted")}};
    if (withCallId)
        o.insert(QStringLiteral("callId"), p.event.callId);
    if (!p.problems.isEmpty())
        o.insert(QStringLiteral("warnings"), toJson(p.problems));
    return {200, compact(o), {}};
}

WebhookAnswer::Answer WebhookAnswer::error(int status, const QString &reason)
{
    return {status, compact({{QStringLiteral("status"), QStringLiteral("rejected")}, {QStringLiteral("error"), reason}}), reason};
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
