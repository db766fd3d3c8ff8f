// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// A process to kill in the middle of a migration (tst_migrations), and the tool that made the fixtures of
// tests/data/schema (make-fixtures.py), which needs the released steps' code as well as their SQL.
//   migrationhelper to FILE VERSION     applies the steps up to VERSION (StoreSchema::migrateTo)
//   migrationhelper open FILE [PAUSE]   opens FILE as the window does (DeliveryStore::open), printing each
//                                       progress report; inside step PAUSE's transaction it says "paused"
//                                       and waits to be killed.
#include "storage/deliverystore.h"
#include "storage/storeschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

using namespace CallScope;

namespace {

int migrateTo(const QString &path, int version)
{
    int status = 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("helper"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        QString error;
        if (db.open() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
            const int from = q.value(0).toInt();
            q.finish();
            if (StoreSchema::migrateTo(db, path, from, version, &error))
                status = 0;
        }
        if (status != 0)
            std::fprintf(stderr, "%s\n", qPrintable(error.isEmpty() ? db.lastError().text() : error));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("helper"));
    return status;
}

int open(const QString &path, int pauseAt)
{
    DeliveryStore store(path);
    QObject::connect(&store, &DeliveryStore::upgrading, &store, [pauseAt](int step, int steps, double fraction, const QString &text) {
        std::printf("step %d of %d %.2f %s\n", step, steps, fraction, qPrintable(text));
        if (step == pauseAt && fraction > 0 && fraction < 1) {
            std::printf("paused\n");
            std::fflush(stdout);
            std::getchar(); // the test kills us here, inside the step's transaction
        }
        std::fflush(stdout);
    });
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("opened %lld calls\n", store.callCount());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("to"))
        return migrateTo(args.at(2), args.at(3).toInt());
    if (args.size() >= 3 && args.at(1) == QLatin1String("open"))
        return open(args.at(2), args.size() >= 4 ? args.at(3).toInt() : 0);
    std::fprintf(stderr, "usage: migrationhelper to FILE VERSION | open FILE [PAUSE]\n");
    return 2;
}
