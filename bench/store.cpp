// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// What the store costs per delivery, apart from sockets and threads: the listener-side preparation
// (parse + DeliveryStore::prepare) and the store-side write (submit + group commit of 50, WAL + FULL),
// each timed on its own over the same bodies. Usage: bench_store [DELIVERIES] [heavy|typical]
// heavy: 2 KB, all 51 outcomes, several warnings each; typical: ~900 bytes, a few outcomes, valid.
#include "benchsupport.h"
#include "storage/deliverystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace CallScope;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 20000;
    const bool typical = argc > 2 && std::strcmp(argv[2], "typical") == 0;
    QList<QByteArray> bodies;
    for (int i = 0; i < n; ++i)
        bodies.append(typical ? Bench::typicalBody(i) : Bench::realisticBody(i));

    QElapsedTimer timer;
    timer.start();
    QList<IncomingDelivery> deliveries;
    deliveries.reserve(n);
    for (int i = 0; i < n; ++i) {
        IncomingDelivery d;
        d.receivedMs = 1'700'000'000'000 + i;
        d.method = "POST";
        d.path = "/webhook";
        d.headers = {{"Host", "bench"}, {"Content-Type", "application/json"}, {"Content-Length", QByteArray::number(bodies[i].size())}};
        d.remoteAddress = QStringLiteral("127.0.0.1");
        d.bodySize = bodies[i].size();
        d.parsed = CallEventParser::parse(bodies[i]);
        deliveries.append(std::move(d));
    }
    const qint64 parseNs = timer.nsecsElapsed();
    timer.restart();
    for (IncomingDelivery &d : deliveries)
        DeliveryStore::prepare(d);
    const qint64 prepareNs = timer.nsecsElapsed();

    QTemporaryDir dir;
    DeliveryStore store(dir.filePath(QStringLiteral("bench.db")));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    timer.restart();
    for (int i = 0; i < n; i += 50) {
        store.submitAll(deliveries.mid(i, 50));
        store.flush();
    }
    const qint64 writeNs = timer.nsecsElapsed();
    std::printf("%d deliveries of ~%lld bytes\n", n, qlonglong(bodies[0].size()));
    std::printf("| step | µs/delivery |\n| --- | ---: |\n");
    std::printf("| parse + validate (listener thread) | %.1f |\n", parseNs / 1000.0 / n);
    std::printf("| DeliveryStore::prepare (listener thread) | %.1f |\n", prepareNs / 1000.0 / n);
    std::printf("| submit + commit in batches of 50 (store thread) | %.1f |\n", writeNs / 1000.0 / n);
    return 0;
}
