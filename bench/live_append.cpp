// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// What a batch of new calls costs the window's call table under a filter: from CallTableModel::
// storeCommitted() to the matching calls appended, and how many queries of the store that took. Each
// filter runs twice on the same store: "query" strips the rows from the receipts (what the table did
// before it judged new calls in memory: one reader query a batch), "memory" keeps them.
// Usage: bench_live_append [STORED_CALLS] [BATCHES] [BATCH_SIZE]   (QT_QPA_PLATFORM=offscreen)
#include "benchsupport.h"
#include "models/calltablemodel.h"
#include "storage/callqueryservice.h"
#include "storage/deliverystore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace CallScope;

namespace {

IncomingDelivery delivery(int i, qint64 receivedMs)
{
    IncomingDelivery d;
    d.receivedMs = receivedMs;
    d.method = "POST";
    d.path = "/webhook";
    d.headers = {{"Content-Type", "application/json"}};
    d.remoteAddress = QStringLiteral("127.0.0.1");
    const QByteArray body = Bench::realisticBody(i);
    d.bodySize = body.size();
    d.parsed = CallEventParser::parse(body);
    return d;
}

QList<StoreReceipt> commit(DeliveryStore &store, int &next, int count)
{
    QList<StoreReceipt> receipts;
    QObject context;
    QObject::connect(&store, &DeliveryStore::stored, &context, [&](const QList<StoreReceipt> &r) { receipts = r; });
    for (int i = 0; i < count; ++i, ++next)
        store.submit(delivery(next, 1773306000000 + next));
    store.flush();
    store.deriveAll(); // the rows come with the derived receipts
    return receipts;
}

// Runs the event loop until `done` holds (answers arrive as queued signals from the reader thread).
template<typename Done>
void waitUntil(Done done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(0);
    if (!done())
        loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int stored = args.size() > 1 ? args[1].toInt() : 100000;
    const int batches = args.size() > 2 ? args[2].toInt() : 200;
    const int batchSize = args.size() > 3 ? args[3].toInt() : 20;

    QTemporaryDir dir;
    DeliveryStore store(dir.filePath(QStringLiteral("live.db")));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    int next = 0;
    while (next < stored)
        commit(store, next, std::min(1000, stored - next));

    CallQueryService service;
    bool opened = false;
    QObject::connect(&service, &CallQueryService::opened, &app, [&](bool ok, const QString &) { opened = ok; });
    service.open(store.path());
    waitUntil([&] { return opened; });
    int queries = 0;
    QObject::connect(&service, &CallQueryService::newIdsReady, &app, [&] { ++queries; });
    CallTableModel model(&service);
    int lists = 0;
    QObject::connect(&model, &CallTableModel::listReady, &app, [&] { ++lists; });

    std::printf("%d stored calls, %d batches of %d new calls each, per filter and mode:\n", stored, batches, batchSize);
    std::printf("%-40s %-7s %12s %14s %10s\n", "filter", "mode", "queries/batch", "ms/batch (mean)", "appended");
    for (const char *text : {"", "doNotCall or wasWrongParty", "duration>2:45 receivedAt>=2026-03-01", "payment", "summary~existing agent~outbound"}) {
        for (const bool inMemory : {false, true}) {
            const int listsBefore = lists;
            model.setFilter(CallFilter::compile(QString::fromLatin1(text)));
            waitUntil([&] { return lists > listsBefore; });
            const int rowsBefore = model.rowCount();
            const int queriesBefore = queries;
            qint64 totalNs = 0;
            for (int b = 0; b < batches; ++b) {
                QList<StoreReceipt> receipts = commit(store, next, batchSize);
                if (!inMemory) {
                    for (StoreReceipt &r : receipts)
                        r.row.reset();
                }
                const int answered = queries;
                QElapsedTimer t;
                t.start();
                model.storeCommitted(receipts);
                if (!inMemory)
                    waitUntil([&] { return queries > answered; });
                totalNs += t.nsecsElapsed();
            }
            std::printf("%-40s %-7s %12.2f %14.3f %10d\n", text[0] ? text : "(none)", inMemory ? "memory" : "query",
                        double(queries - queriesBefore) / batches, double(totalNs) / batches / 1e6, model.rowCount() - rowsBefore);
        }
    }
    return 0;
}
