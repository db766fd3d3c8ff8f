// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// A small store of calls with known dates and outcomes, for the statistics and the report: every figure the
// tests expect is counted by hand from the list below, never from the code under test.
#pragma once

#include "storage/statisticsscope.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>

namespace CallScope::KnownCalls {

struct Call {
    QDate date; // local
    int hour;
    const char *agent;
    const char *organization;
    const char *phone;
    QJsonObject outcomes;
};

// March 2026, the period [Mar 1, Mar 8) local; the week before it, [Feb 22, Mar 1), is the previous period.
inline QList<Call> calls()
{
    const auto t = [](const char *key) { return QJsonObject{{QLatin1String(key), true}}; };
    QJsonObject promise{{QStringLiteral("wasTheRightParty"), true}, {QStringLiteral("promiseToPayDays"), 14}};
    QJsonObject paid{{QStringLiteral("wasTheRightParty"), true}, {QStringLiteral("paymentMade"), true}};
    QJsonObject stop{{QStringLiteral("wasTheRightParty"), true}, {QStringLiteral("doNotCall"), true}};
    QJsonObject plan{{QStringLiteral("wasTheRightParty"), true}, {QStringLiteral("plan_accepted"), true}, {QStringLiteral("hospitalized"), true}};
    QJsonObject bankrupt{{QStringLiteral("bankruptcy"), true}, {QStringLiteral("bankruptcyAttorneyName"), QStringLiteral("Saul Goodwin")},
                         {QStringLiteral("bankruptcyCaseNumber"), QStringLiteral("24-BK-77123")}};
    return {
        {QDate(2026, 2, 10), 9, "Agent Alice", "Acme Corp", "+13105550101", t("wasTheRightParty")}, // before both periods
        {QDate(2026, 2, 23), 9, "Agent Alice", "Acme Corp", "+13105550102", t("wasTheRightParty")}, // previous period
        {QDate(2026, 2, 28), 14, "Agent Bruno", "Beta Lending", "+13105550103", t("paymentMade")}, // previous period
        {QDate(2026, 3, 2), 10, "Agent Alice", "Acme Corp", "+13105550104", promise},
        {QDate(2026, 3, 2), 11, "Agent Alice", "Acme Corp", "+13105550105", paid},
        {QDate(2026, 3, 3), 9, "Agent Bruno", "Beta Lending", "+13105550106", stop},
        {QDate(2026, 3, 5), 15, "Agent Bruno", "Beta Lending", "+13105550107", plan},
        {QDate(2026, 3, 5), 16, "Agent Alice", "Acme Corp", "+13105550108", bankrupt},
        {QDate(2026, 4, 2), 12, "Agent Alice", "Acme Corp", "+13105550109", t("paymentFailed")}, // after the period
    };
}

inline qint64 localMs(QDate date, int hour = 0)
{
    return QDateTime(date, QTime(hour, 0)).toMSecsSinceEpoch();
}

// The envelope of call `n`: sample 03's shape with the known values, a consumer's name in the summary and a
// file number, which a masked report must never show.
inline QByteArray envelope(int n, const Call &call)
{
    const QString callId = QStringLiteral("6812ab3c4d5e6f70890000%1").arg(n, 2, 10, QLatin1Char('0'));
    QJsonObject o = QJsonDocument::fromJson(TestSupport::sample("03-compliance-and-preferences.json")).object();
    o.insert(QStringLiteral("idempotencyKey"), QString(QStringLiteral("call.completed:507f1f77bcf86cd799439011:") + callId));
    const QString org = QLatin1String(call.organization);
    o.insert(QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), org == QLatin1String("Acme Corp") ? QStringLiteral("507f1f77bcf86cd799439011")
                                                                                                             : QStringLiteral("507f1f77bcf86cd799439022")},
                                                         {QStringLiteral("name"), org}});
    const QString agent = QLatin1String(call.agent);
    o.insert(QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("agent-") + agent.right(5))}, {QStringLiteral("name"), agent}});
    const QDateTime created(call.date, QTime(call.hour, 0));
    QJsonObject p = o.value(QStringLiteral("payload")).toObject();
    p.insert(QStringLiteral("callId"), callId);
    p.insert(QStringLiteral("phoneNumber"), QLatin1String(call.phone));
    p.insert(QStringLiteral("fileNumber"), QStringLiteral("FILE-99%1").arg(n, 2, 10, QLatin1Char('0')));
    p.insert(QStringLiteral("outcomes"), call.outcomes);
    p.insert(QStringLiteral("summary"), QStringLiteral("Spoke with Marisol Quintanilla about the balance."));
    p.insert(QStringLiteral("duration"), 300000);
    p.insert(QStringLiteral("createdAt"), created.toUTC().toString(Qt::ISODateWithMs));
    p.insert(QStringLiteral("endedAt"), created.addSecs(300).toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("payload"), p);
    o.insert(QStringLiteral("timestamp"), created.addSecs(300).toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Fills a new store at `path` with calls(), received in the order listed.
inline bool fill(const QString &path)
{
    DeliveryStore store(path);
    QString error;
    if (!store.open(&error))
        return false;
    QList<IncomingDelivery> deliveries;
    const QList<Call> all = calls();
    for (qsizetype i = 0; i < all.size(); ++i)
        deliveries.append(TestSupport::delivery(envelope(int(i), all[i]), localMs(QDate(2026, 4, 10)) + i));
    const QList<StoreReceipt> receipts = TestSupport::store(store, deliveries);
    // The do-not-call of Mar 3 (call 5) is reviewed: confirmed, and marked for follow-up.
    ReviewChange change;
    change.state = ReviewState::FollowUp;
    change.dispositions.insert(QStringLiteral("doNotCall"), DispositionEntry(Disposition::Confirmed));
    return store.review(receipts.at(5).callRowId, change, QStringLiteral("tester"), localMs(QDate(2026, 4, 11)), &error);
}

// The period of the figures: the first week of March 2026, local.
inline StatisticsPeriod march()
{
    return {localMs(QDate(2026, 3, 1)), localMs(QDate(2026, 3, 8))};
}

} // namespace CallScope::KnownCalls
