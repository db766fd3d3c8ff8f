// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Parse and validate throughput of CallEventParser on realistic bodies, next to the bare
// QJsonDocument::fromJson of the same bytes (the floor: what any JSON-reading receiver pays).
// Usage: bench_parse [SECONDS_PER_CASE]
#include "domain/calleventparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace CallScope;

namespace {

// A body as the platform sends it, with a full set of outcomes: the heavy end of real deliveries.
QByteArray realisticBody(int i)
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

template<typename F>
void run(const char *name, const QList<QByteArray> &bodies, double seconds, F &&parse)
{
    qint64 count = 0;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (const QByteArray &b : bodies) {
            parse(b);
            bytes += b.size();
        }
        count += bodies.size();
    }
    const double s = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%-34s %10.0f bodies/s %8.1f MB/s %8.2f us/body\n", name, double(count) / s,
                double(bytes) / s / 1e6, s / double(count) * 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
    QList<QByteArray> bodies;
    for (int i = 0; i < 1000; ++i)
        bodies.append(realisticBody(i));
    std::printf("%lld bodies of %lld bytes on average, %.1f s per case\n", qlonglong(bodies.size()),
                qlonglong(bodies.first().size()), seconds);

    volatile qsizetype sink = 0;
    run("QJsonDocument::fromJson (floor)", bodies, seconds, [&](const QByteArray &b) {
        sink = sink + QJsonDocument::fromJson(b).object().size();
    });
    run("CallEventParser::parse", bodies, seconds, [&](const QByteArray &b) {
        sink = sink + CallEventParser::parse(b).problems.size();
    });
    return 0;
}
