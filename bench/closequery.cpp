// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Closing while the store answers a long query (issue 15, item 9): a store of N plain calls (1,000,000 by
// default, made once and kept for later runs), a call list asked with a text filter that must read every
// row, then the query service deleted while the list is being read, as closing the window does. Prints the
// query's own time, then the time from the delete to done, five times.
// Usage: bench_close_query [CALLS] [DATABASE]
#include "filter/callfilter.h"
#include "storage/callqueryservice.h"
#include "storage/deliverystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace CallScope;

namespace {

// The calls straight into the schema the store made, in one statement: what is measured is reading.
bool generate(const QString &path, int calls)
{
    {
        DeliveryStore store(path);
        QString error;
        if (!store.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generate"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open()
            && q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ") + QString::number(calls)
                      + QStringLiteral(") "
                                       "INSERT INTO calls (id, idempotency_key, event, call_id, phone_number, file_number, organization_id, "
                                       "organization_name, agent_id, agent_name, status, duration_ms, summary, created_ms, ended_ms, outcomes, "
                                       "validation, first_received_ms, last_received_ms) SELECT i, 'call.completed:org:' || i, 'call.completed', "
                                       "printf('%024x', i), printf('+1512555%04d', i % 10000), 'ACC-' || i, '507f1f77bcf86cd799439011', "
                                       "'Acme Corp', '507f191e810c19729de860ea', 'Outbound Collections', 'Completed', 5000 + i % 900000, "
                                       "'Customer agreed to make payment on the existing plan terms.', 1767225600000 + i * 30000 - 60000, "
                                       "1767225600000 + i * 30000, '{}', 0, 1767225600000 + i * 30000, 1767225600000 + i * 30000 FROM n"))
            && q.exec(QStringLiteral("ANALYZE"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("generate"));
    return ok;
}

std::unique_ptr<CallQueryService> openService(const QString &path)
{
    auto service = std::make_unique<CallQueryService>();
    QEventLoop loop;
    QObject::connect(service.get(), &CallQueryService::opened, &loop, [&loop](bool ok, const QString &error) {
        if (!ok)
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(error));
        loop.quit();
    });
    service->open(path);
    loop.exec();
    return service;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1'000'000;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/callscope-closequery-%1.db").arg(calls);
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "generating %d calls in %s\n", calls, qPrintable(path));
        if (!generate(path, calls))
            return 1;
    }
    // Words in no call, too short for the word index (schema step 13): every row is read, each of its text
    // columns compared four times. (Up to 2026-12-01 the words were zzq, zzr, zzs and zzt.)
    const CallFilter filter = CallFilter::compile(u"zq or zx or qz or qj");
    CallSort sort;
    sort.field = CallSort::Field::Phone;

    {
        auto service = openService(path);
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        QObject::connect(service.get(), &CallQueryService::idsReady, &loop, [&loop] { loop.quit(); });
        service->queryIds(filter, sort);
        loop.exec();
        std::printf("the query alone: %lld ms\n", timer.elapsed());
    }
    for (int run = 0; run < 5; ++run) {
        auto service = openService(path);
        service->queryIds(filter, sort);
        QThread::msleep(100); // the query is under way, as when the user closes the window
        QElapsedTimer timer;
        timer.start();
        service.reset();
        std::printf("close during the query, run %d: %lld ms\n", run + 1, timer.elapsed());
    }
    return 0;
}
