// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The query service stops a long query when asked (issue 15, item 9): closing the window never waits for a
// scan of the whole store.
#include "filter/callfilter.h"
#include "storage/callqueryservice.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CallScope;

class TstCallQueryService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    static constexpr int kCalls = 200000;
    // Sixteen words in no call, of two letters so that the word index (three or more) cannot answer them:
    // every row is read, each of its text columns compared sixteen times (about a second here, measured in
    // initTestCase).
    const CallFilter m_slow = CallFilter::compile(
        u"zq or zx or zj or qz or qj or xz or jz or jq or vq or qv or zv or vz or kq or qk or wq or qw");
    CallSort m_sort{CallSort::Field::Phone};
    qint64 m_fullMs = 0;

    std::unique_ptr<CallQueryService> openService()
    {
        auto service = std::make_unique<CallQueryService>();
        QSignalSpy opened(service.get(), &CallQueryService::opened);
        service->open(m_store);
        if (!opened.wait(10000) || !opened.at(0).at(0).toBool())
            return nullptr;
        return service;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("many.db"));
        QVERIFY(TestSupport::bulkCalls(m_store, kCalls));
        auto service = openService();
        QVERIFY(service);
        QSignalSpy ready(service.get(), &CallQueryService::idsReady);
        QElapsedTimer timer;
        timer.start();
        service->queryIds(m_slow, m_sort);
        QVERIFY(ready.wait(60000));
        m_fullMs = timer.elapsed();
        QVERIFY(ready.at(0).at(1).value<QList<qint64>>().isEmpty());
        qInfo("the query alone: %lld ms", m_fullMs);
        // A cancel must be seen to cut it short: a query that ends by itself at once would prove nothing.
        QVERIFY2(m_fullMs >= 200, "the store answers too fast to tell a cancel from the query's end");
    }

    void cancelStopsTheRunningQueryPromptly()
    {
        auto service = openService();
        QVERIFY(service);
        QSignalSpy ready(service.get(), &CallQueryService::idsReady);
        QSignalSpy cancelled(service.get(), &CallQueryService::cancelled);
        const quint64 ticket = service->queryIds(m_slow, m_sort);
        QTRY_COMPARE_WITH_TIMEOUT(service->runningTicket(), ticket, 10000); // SQLite is running it now
        QElapsedTimer timer;
        timer.start();
        service->cancelQueries();
        QVERIFY(cancelled.wait(10000));
        const qint64 ms = timer.elapsed();
        qInfo("answered cancelled %lld ms after the cancel (the query alone: %lld ms)", ms, m_fullMs);
        QCOMPARE(cancelled.at(0).at(0).toULongLong(), ticket);
        QVERIFY2(ms < m_fullMs / 2, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QVERIFY(ready.isEmpty()); // no partial list passed off as the answer

        // Queries asked after the cancel run as usual.
        const quint64 after = service->queryIds(CallFilter::compile(u"ACC-42"), m_sort);
        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.at(0).at(0).toULongLong(), after);
        QVERIFY(ready.at(0).at(4).toString().isEmpty());
        QVERIFY(!ready.at(0).at(1).value<QList<qint64>>().isEmpty());
    }

    void queuedQueriesAreCancelledToo()
    {
        auto service = openService();
        QVERIFY(service);
        QSignalSpy cancelled(service.get(), &CallQueryService::cancelled);
        QSignalSpy statistics(service.get(), &CallQueryService::statisticsReady);
        const quint64 running = service->queryIds(m_slow, m_sort);
        const quint64 queued = service->computeStatistics(m_slow);
        service->cancelQueries();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 2, 10000);
        QCOMPARE(cancelled.at(0).at(0).toULongLong(), running);
        QCOMPARE(cancelled.at(1).at(0).toULongLong(), queued);
        QVERIFY(statistics.isEmpty());
    }

    // Closing the window deletes the service: that, too, must not wait for the query to end.
    void deletingTheServiceDoesNotWaitForTheQuery()
    {
        auto service = openService();
        QVERIFY(service);
        const quint64 ticket = service->queryIds(m_slow, m_sort);
        QTRY_COMPARE_WITH_TIMEOUT(service->runningTicket(), ticket, 10000);
        QElapsedTimer timer;
        timer.start();
        service.reset();
        const qint64 ms = timer.elapsed();
        qInfo("deleted %lld ms after the request (the query alone: %lld ms)", ms, m_fullMs);
        QVERIFY2(ms < m_fullMs / 2, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }
};

QTEST_GUILESS_MAIN(TstCallQueryService)
#include "tst_callqueryservice.moc"
