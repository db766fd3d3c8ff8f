// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "deliveryanswer.h"

#include "domain/incomingdelivery.h"

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

// The callId of a stored body as the parser read it when it was received (CallEventParser: a string at
// $.payload.callId of a call.completed, read by QJsonDocument from the same bytes); empty when none.
QString callIdOf(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QLatin1String("event")) != QJsonValue(QStringLiteral("call.completed")))
        return {};
    const QJsonValue id = o.value(QLatin1String("payload")).toObject().value(QLatin1String("callId"));
    return id.isString() ? id.toString() : QString();
}

QString tooLargeReason(const IncomingDelivery &d)
{
    // The listener gives the parser's reason; an attempt imported without one gets this.
    return d.refusal.isEmpty() ? QStringLiteral("The body of %1 bytes is over the limit.").arg(d.bodySize) : d.refusal;
}

} // namespace

int DeliveryAnswer::statusOf(const IncomingDelivery &d)
{
    if (d.tooLarge)
        return 413;
    if (!d.refusal.isEmpty())
        return 401;
    const Validation validation = d.parsed.validation();
    if (validation == Validation::Rejected)
        return 400;
    return validation == Validation::Invalid && d.strict ? 422 : 200;
}

DeliveryAnswer::Basis DeliveryAnswer::basisOf(const IncomingDelivery &d)
{
    Basis b;
    b.status = statusOf(d);
    const ParsedEvent &p = d.parsed;
    switch (b.status) {
    case 413:
        b.error = tooLargeReason(d);
        break;
    case 401:
        b.error = d.refusal;
        break;
    case 400:
        b.error = p.problems.constFirst().message;
        break;
    case 422:
        for (const ValidationProblem &problem : p.problems) {
            if (problem.isError())
                b.problems.append(problem.toJson());
        }
        break;
    default:
        if (p.event.isCallCompleted())
            b.callId = p.event.callId;
        if (!p.problems.isEmpty())
            b.problems = toJson(p.problems);
        break;
    }
    return b;
}

HttpAnswer DeliveryAnswer::answer(const Basis &b, DeliveryVerdict verdict)
{
    if (verdict == DeliveryVerdict::Unstored)
        return error(503, QStringLiteral("The delivery could not be stored; please retry.")); // to the sender: English
    if (b.status == 422)
        return {422, compact({{QStringLiteral("status"), QStringLiteral("invalid")}, {QStringLiteral("errors"), b.problems}}), {}};
    if (b.status != 200)
        return error(b.status, b.error);
    const bool duplicate = verdict != DeliveryVerdict::Accepted;
    if (b.problems.isEmpty()) {
        QByteArray body = duplicate ? QByteArrayLiteral(R"({"status":"duplicate")") : QByteArrayLiteral(R"({"status":"accepted")");
        if (!b.callId.isEmpty())
            body += R"(,"callId":)" + jsonString(b.callId);
        body += '}';
        return {200, body, {}};
    }
    QJsonObject o{{QStringLiteral("status"), duplicate ? QStringLiteral("duplicate") : QStringLiteral("accepted")}};
    if (!b.callId.isEmpty())
        o.insert(QStringLiteral("callId"), b.callId);
    o.insert(QStringLiteral("warnings"), b.problems);
    return {200, compact(o), {}};
}

HttpAnswer DeliveryAnswer::error(int status, const QString &reason)
{
    return {status, compact({{QStringLiteral("status"), QStringLiteral("rejected")}, {QStringLiteral("error"), reason}}), reason};
}

QByteArray DeliveryAnswer::ofStored(int status, const QByteArray &storedText, const QByteArray &body, const QJsonArray &problems, bool duplicate)
{
    if (!storedText.isEmpty() || storesText(status))
        return storedText;
    Basis b;
    b.status = status;
    if (status == 400) {
        b.error = problems.at(0).toObject().value(QLatin1String("message")).toString();
    } else {
        b.callId = callIdOf(body);
        b.problems = problems;
    }
    return answer(b, duplicate ? DeliveryVerdict::Duplicate : DeliveryVerdict::Accepted).body;
}

} // namespace CallScope
