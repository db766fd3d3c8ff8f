// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "storage/storeschema.h"
#include "testsupport.h"

#include "listener/backgroundlistener.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

using namespace CallScope;

// The window's listener (BackgroundListener) restarted while senders keep posting: the store of each run is
// torn down with batches in flight (issue 15, item 7: its last stored() ran into a freed store). Meant to be
// run under ASan too; here it checks what a user would notice: no crash, and every delivery answered 2xx is
// in the store.
class TstBackgroundListener final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Starting on a store of an earlier schema upgrades it first, and says how far it is, step by step, before
    // started(): the window shows it (ListenerStatus::setUpgrading) rather than a listener that never starts.
    void saysHowFarTheUpgradeOfAnOlderStoreIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v10.db"));
        TestSupport::loadSchemaFixture(path, 10);
        BackgroundListener listener;
        QStringList said;
        connect(&listener, &BackgroundListener::storeUpgrading, this, [&said](int step, int steps, double fraction, const QString &text) {
            QVERIFY(!text.isEmpty());
            said.append(QStringLiteral("%1/%2 %3").arg(step).arg(steps).arg(fraction));
        });
        connect(&listener, &BackgroundListener::started, this, [&said] { said.append(QStringLiteral("started")); });
        QSignalSpy started(&listener, &BackgroundListener::started);
        ListenerOptions options;
        options.port = 0;
        listener.start(options, path);
        QVERIFY(started.wait(30000));
        QVERIFY2(said.size() >= 5, qPrintable(said.join(QLatin1Char(','))));
        const int steps = StoreSchema::Version - 10;
        const auto at = [steps](int step, int fraction) { return QStringLiteral("%1/%2 %3").arg(step).arg(steps).arg(fraction); };
        QCOMPARE(said.mid(0, 1), QStringList{at(1, 0)});
        QVERIFY2(said.contains(at(1, 1)) && said.contains(at(2, 0)), qPrintable(said.join(QLatin1Char(','))));
        QCOMPARE(said.mid(said.size() - 2), (QStringList{at(steps, 1), QStringLiteral("started")}));
        QCOMPARE(listener.callCount(), 13);
    }

    void restartsUnderLoadKeepEveryAnsweredDelivery()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("restarts.db"));
        BackgroundListener listener;
        ListenerOptions options;
        options.port = 0; // a free port each run; the senders read it from started()
        QSignalSpy started(&listener, &BackgroundListener::started);
        QSignalSpy failed(&listener, &BackgroundListener::failed);

        std::atomic<quint16> port = 0;
        std::atomic<bool> done = false;
        std::atomic<int> answered = 0;
        std::mutex acceptedLock;
        std::set<QString> accepted;
        // Senders in threads of their own (blocking sockets), each with keys of its own; a refused
        // connection or a dropped answer (the restart) is simply not counted, as a real sender would retry.
        auto sender = [&](int senderId) {
            for (int n = 0; !done; ++n) {
                const QString key = QStringLiteral("s%1-%2").arg(senderId).arg(n);
                const quint16 p = port;
                if (p == 0 || TestSupport::post(p, TestSupport::callOnDay(key, 1 + n % 28, false)) / 100 != 2)
                    continue;
                const std::lock_guard lock(acceptedLock);
                accepted.insert(key);
                ++answered;
            }
        };
        std::thread first(sender, 1);
        std::thread second(sender, 2);

        constexpr int Restarts = 50;
        for (int i = 0; i < Restarts; ++i) {
            const int before = answered;
            listener.start(options, path); // stops the running listener first, its store with it
            QVERIFY(started.wait(10'000));
            QCOMPARE(failed.size(), 0);
            port = quint16(QUrl(started.takeFirst().at(0).toString()).port());
            // Under load: each run answers deliveries before it is torn down.
            QTRY_VERIFY_WITH_TIMEOUT(answered >= before + 3, 20'000);
        }
        done = true;
        first.join();
        second.join();
        QSignalSpy stopped(&listener, &BackgroundListener::stopped);
        listener.stop();
        QVERIFY(stopped.wait(10'000));

        QVERIFY(accepted.size() >= std::size_t(Restarts) * 3);
        std::set<QString> stored;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(QStringLiteral("SELECT call_id FROM calls"), db);
            while (q.next())
                stored.insert(q.value(0).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        std::vector<QString> lost;
        std::set_difference(accepted.begin(), accepted.end(), stored.begin(), stored.end(), std::back_inserter(lost));
        QVERIFY2(lost.empty(), qPrintable(QStringLiteral("%1 of %2 answered deliveries are not stored, e.g. %3")
                                              .arg(lost.size())
                                              .arg(accepted.size())
                                              .arg(lost.empty() ? QString() : lost.front())));
    }
};

QTEST_GUILESS_MAIN(TstBackgroundListener)
#include "tst_backgroundlistener.moc"
