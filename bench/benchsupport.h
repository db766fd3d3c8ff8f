// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// What the benchmark programs share: realistic call.completed bodies.
#pragma once

#include "domain/outcomecatalogue.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CallScope::Bench {

// A body as the platform sends it, with a full set of outcomes: the heavy end of real deliveries.
inline QByteArray realisticBody(int i)
{
    QJsonObject outcomes;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        switch (info.type) {
        case OutcomeType::Boolean: outcomes.insert(info.key, (i + int(info.id)) % 3 == 0); break;
        case OutcomeType::String: outcomes.insert(info.key, QStringLiteral("detail %1").arg(i)); break;
        case OutcomeType::Number: outcomes.insert(info.key, i % 30); break;
        case OutcomeType::PlanType: outcomes.insert(info.key, OutcomeCatalogue::planTypes()[size_t(i % 5)]); break;
        }
    }
    const QString callId = QStringLiteral("67a0f74d1c2e8a12f9%1").arg(i, 6, 10, QLatin1Char('0'));
    const QJsonObject body{
        {QStringLiteral("event"), QStringLiteral("call.completed")},
        {QStringLiteral("eventCategory"), QStringLiteral("calls")},
        {QStringLiteral("idempotencyKey"), QString(QStringLiteral("call.completed:507f1f77bcf86cd799439011:") + callId)},
        {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), QStringLiteral("507f1f77bcf86cd799439011")},
                                                     {QStringLiteral("name"), QStringLiteral("Acme Corp")}}},
        {QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), QStringLiteral("507f191e810c19729de860ea")},
                                              {QStringLiteral("name"), QStringLiteral("Outbound Collections")}}},
        {QStringLiteral("timestamp"), QStringLiteral("2026-02-17T17:03:01.000Z")},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("callId"), callId},
                     {QStringLiteral("phoneNumber"), QStringLiteral("+1512555%1").arg(i % 10000, 4, 10, QLatin1Char('0'))},
                     {QStringLiteral("fileNumber"), QStringLiteral("ACC-%1").arg(i)},
                     {QStringLiteral("status"), QStringLiteral("Completed")},
                     {QStringLiteral("duration"), 60000 + i % 600000},
                     {QStringLiteral("outcomes"), outcomes},
                     {QStringLiteral("summary"), QStringLiteral("Customer agreed to make payment on the existing plan terms. ").repeated(3)},
                     {QStringLiteral("recordingUrl"), QStringLiteral("https://recordings.example.com/%1.mp3").arg(callId)},
                     {QStringLiteral("createdAt"), QStringLiteral("2026-02-17T17:00:01.000Z")},
                     {QStringLiteral("endedAt"), QStringLiteral("2026-02-17T17:03:01.000Z")}}},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// A body of the usual size (~900 bytes): a handful of outcomes, as most calls report.
inline QByteArray typicalBody(int i)
{
    QJsonObject body = QJsonDocument::fromJson(realisticBody(i)).object();
    QJsonObject payload = body.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("outcomes"), QJsonObject{{QStringLiteral("confirmedName"), true},
                                                           {QStringLiteral("wasTheRightParty"), true},
                                                           {QStringLiteral("paymentMade"), i % 7 == 0},
                                                           {QStringLiteral("promiseToPayDays"), i % 30}});
    payload.insert(QStringLiteral("summary"), QStringLiteral("Customer agreed to make payment on the existing plan terms."));
    body.insert(QStringLiteral("payload"), payload);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace CallScope::Bench
