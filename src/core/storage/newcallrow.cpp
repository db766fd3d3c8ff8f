// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "newcallrow.h"

namespace CallScope {

QJsonObject storedOutcomes(const CallEvent &e)
{
    const QJsonValue sent = e.payload.value(QLatin1String("outcomes"));
    if (sent.isObject())
        return sent.toObject();
    QJsonObject o = e.otherOutcomes;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (e.isReported(info.id))
            o.insert(info.key, e.outcome(info.id));
    }
    return o;
}

CallRow newCallRow(const IncomingDelivery &d, qint64 callRow, int refusedStatus, const QString &refusal)
{
    const CallEvent &e = d.parsed.event;
    const IncomingDelivery::Derived &x = d.derived;
    CallRow r;
    r.id = callRow;
    r.firstReceivedMs = r.lastReceivedMs = d.receivedMs;
    r.createdMs = e.createdAt.value.isValid() ? e.createdAt.value.toMSecsSinceEpoch() : -1;
    r.endedMs = e.endedAt.value.isValid() ? e.endedAt.value.toMSecsSinceEpoch() : -1;
    r.durationMs = e.durationMs.value_or(-1);
    r.event = e.event;
    r.idempotencyKey = e.idempotencyKey;
    r.callId = e.callId;
    r.phoneNumber = e.phoneNumber;
    r.fileNumber = e.fileNumber.value_or(QString());
    r.organizationId = e.organization.id;
    r.organizationName = e.organization.name;
    if (e.agent) {
        r.agentId = e.agent->id;
        r.agentName = e.agent->name;
    }
    r.status = e.status;
    r.createdAt = e.createdAt.text;
    r.endedAt = e.endedAt.text;
    r.summary = e.summary;
    if (d.keepsBody())
        r.outcomes = storedOutcomes(e);
    r.raisedMask = x.raisedMask;
    r.malformedMask = x.malformedMask;
    r.severity = Severity(x.severity);
    r.validation = Validation(x.validation);
    r.refusedStatus = refusedStatus;
    r.refusal = refusal;
    return r;
}

} // namespace CallScope
