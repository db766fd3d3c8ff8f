// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Upgrading a big store: N calls (1,000,000 by default) written as schema FROM (5 by default: before the
// index rebuild of step 6 and the long steps 8, 9 and 11) left them, one delivery each with a typical body,
// 2% do-not-calls, 10 calls to each phone number, 0.1% deliveries with an Authorization header (so that
// step 9 rewrites the file). Then, timed:
//   each step        - StoreSchema::migrateTo, one step at a time, with the progress reports it made and the
//                      last estimate before the step ended (how good the fraction is)
//   open at latest   - DeliveryStore::open on the store now at today's schema: what every start pays
// Usage: bench_migrate [CALLS] [FROM] [DATABASE]   (the database is made again each run)
#include "benchsupport.h"
#include "storage/deliverystore.h"
#include "storage/sqlsupport.h"
#include "storage/storeschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace CallScope;

namespace {

// The calls and deliveries as schema 5 wrote them (its columns only), in one transaction.
bool generate(const QString &path, int calls, int from)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generate"));
    db.setDatabaseName(path);
    QString error;
    if (!db.open() || !StoreSchema::migrateTo(db, path, 0, from, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    db.transaction();
    QSqlQuery call(db);
    call.prepare(QStringLiteral(
        "INSERT INTO calls (id, idempotency_key, event, call_id, phone_number, file_number, organization_id, organization_name, "
        "status, duration_ms, summary, created_at, ended_at, created_ms, ended_ms, outcomes, raised_mask, severity, validation, "
        "first_received_ms, last_received_ms, review_state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery delivery(db);
    delivery.prepare(QStringLiteral(
        "INSERT INTO deliveries (call_ref, received_ms, method, path, query, headers, remote_address, body, body_size, validation, "
        "problems, answer_status, answer) VALUES (?,?,'POST','/webhook','',?,'203.0.113.7',?,?,0,'[]',200,'{}')"));
    const qint64 start = 1'767'225'600'000; // 2026-01-01
    const QString plain = QStringLiteral(R"([["Content-Type","application/json"]])");
    const QString secret = QStringLiteral(R"([["Content-Type","application/json"],["Authorization","Bearer tok-bench"]])");
    const qint64 dnc = qint64(1) << int(OutcomeId::DoNotCall);
    for (int i = 1; i <= calls; ++i) {
        const qint64 at = start + qint64(i) * 30'000;
        const bool stop = i % 50 == 0;
        const QByteArray body = Bench::typicalBody(i);
        const QString id = QString::number(i);
        bindAll(call, {i, QString(QStringLiteral("call.completed:org:") + id), QStringLiteral("call.completed"), id,
                       QStringLiteral("+1512555%1").arg(i % 100'000, 5, 10, QLatin1Char('0')), QStringLiteral("ACC-%1").arg(i % 100'000),
                       QStringLiteral("507f1f77bcf86cd799439011"), QStringLiteral("Acme Corp"), QStringLiteral("Completed"), 60'000 + i % 600'000,
                       QStringLiteral("Customer agreed to make payment."), QString(), QString(), at - 60'000, at,
                       stop ? QStringLiteral(R"({"doNotCall":true})") : QStringLiteral(R"({"confirmedName":true})"),
                       stop ? dnc : 0, stop ? int(Severity::StopContact) : 0, 0, at, at, i % 20 == 0 ? 1 : 0});
        bindAll(delivery, {i, at, i % 1000 == 0 ? secret : plain, body, body.size()});
        if (!call.exec() || !delivery.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(call.lastError().text() + delivery.lastError().text()));
            return false;
        }
    }
    return db.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1'000'000;
    const int from = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    const QString path = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("migrate.db"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QElapsedTimer timer;
    timer.start();
    if (from < 1 || from > StoreSchema::Version || !generate(path, calls, from))
        return 1;
    QSqlDatabase::removeDatabase(QStringLiteral("generate"));
    std::printf("%d calls of schema %d made in %.1f s, %.0f MB\n", calls, from, timer.elapsed() / 1000.0, QFile(path).size() / 1e6);

    // One step at a time, as DeliveryStore::open runs them (WAL, synchronous=FULL, secure_delete).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrate"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON"})
            q.exec(QString::fromLatin1(pragma));
        q.finish();
        std::printf("| step | s | reports | last estimate before the end |\n| ---: | ---: | ---: | ---: |\n");
        QElapsedTimer total;
        total.start();
        for (int version = from + 1; version <= StoreSchema::Version; ++version) {
            int reports = 0;
            double lastEstimate = 0;
            QString error;
            timer.restart();
            const bool ok = StoreSchema::migrateTo(db, path, version - 1, version, &error, [&](const MigrationProgress &p) {
                ++reports;
                if (p.fraction < 1)
                    lastEstimate = p.fraction;
            });
            if (!ok) {
                std::fprintf(stderr, "step %d: %s\n", version, qPrintable(error));
                return 1;
            }
            std::printf("| %d | %.2f | %d | %.2f |\n", version, timer.elapsed() / 1000.0, reports, lastEstimate);
        }
        std::printf("schema %d to %d: %.1f s\n", from, StoreSchema::Version, total.elapsed() / 1000.0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("migrate"));

    timer.restart();
    {
        DeliveryStore store(path);
        QString error;
        if (!store.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("open at schema %d (nothing to migrate): %.2f s, %lld calls\n", StoreSchema::Version, timer.elapsed() / 1000.0, store.callCount());
    }
    return 0;
}
