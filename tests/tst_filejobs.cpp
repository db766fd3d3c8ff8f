// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The window's file jobs (issue 15, item 8): each has an id that its signals carry, cancel(id) stops that
// job only, and several run at once, off the calling thread.
#include "demo/demoworkspace.h"
#include "export/filejobs.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace CallScope;

class TstFileJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    static constexpr int kCalls = 5000; // five progress steps of an export

    static QList<int> ids(const QSignalSpy &spy)
    {
        QList<int> jobs;
        for (const QList<QVariant> &args : spy)
            jobs.append(args.at(0).toInt());
        return jobs;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("store.db"));
        QVERIFY(TestSupport::bulkCalls(m_store, kCalls, TestSupport::sample("01-minimal.json")));
    }

    void everySignalCarriesItsJobsId()
    {
        FileJobs jobs;
        QSignalSpy started(&jobs, &FileJobs::started);
        QSignalSpy progress(&jobs, &FileJobs::progress);
        QSignalSpy finished(&jobs, &FileJobs::finished);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        const QString csv = m_dir.filePath(QStringLiteral("ids.csv"));
        const int first = jobs.exportCalls(m_store, request, csv);
        request.format = ExportFormat::Ndjson;
        const QString ndjson = m_dir.filePath(QStringLiteral("ids.ndjson"));
        const int second = jobs.exportCalls(m_store, request, ndjson);
        QVERIFY(first != 0 && second != 0 && first != second);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QList<int> startedIds = ids(started);
        std::sort(startedIds.begin(), startedIds.end());
        QCOMPARE(startedIds, (QList<int>{first, second}));
        QList<int> finishedIds = ids(finished);
        std::sort(finishedIds.begin(), finishedIds.end());
        QCOMPARE(finishedIds, (QList<int>{first, second}));
        // Each job's progress counts its own calls up to the whole store, whichever thread was quicker.
        for (const int job : {first, second}) {
            qint64 last = 0;
            for (const QList<QVariant> &args : progress) {
                if (args.at(0).toInt() == job)
                    last = args.at(1).toLongLong();
            }
            QCOMPARE(last, kCalls);
        }
        for (const QList<QVariant> &args : finished)
            QCOMPARE(args.at(2).toString(), QDir::toNativeSeparators(args.at(0).toInt() == first ? csv : ndjson));
        QCOMPARE(jobs.runningCount(), 0);
    }

    void cancelStopsThatJobOnly()
    {
        FileJobs jobs;
        QSignalSpy finished(&jobs, &FileJobs::finished);
        QSignalSpy failed(&jobs, &FileJobs::failed);
        ExportRequest request;
        request.format = ExportFormat::Ndjson;
        const QString kept = m_dir.filePath(QStringLiteral("kept.ndjson"));
        const QString dropped = m_dir.filePath(QStringLiteral("dropped.ndjson"));
        std::atomic<int> toCancel{0};
        // At the cancelled job's first step, in its own thread: the other one is well under way by then.
        connect(
            &jobs, &FileJobs::progress, &jobs,
            [&jobs, &toCancel](int job) {
                if (job == toCancel)
                    jobs.cancel(job);
            },
            Qt::DirectConnection);
        const int other = jobs.exportCalls(m_store, request, kept);
        toCancel = jobs.exportCalls(m_store, request, dropped);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 2, 30000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), toCancel.load());
        QVERIFY(failed.at(0).at(2).toBool()); // cancelled, not failed
        QVERIFY(!QFile::exists(dropped));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), other);
        QCOMPARE(finished.at(0).at(1).toLongLong(), kCalls);
        QFile file(kept);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), kCalls);
    }

    // Two jobs at once: the first to report progress holds its thread until both have started, which a
    // single worker thread could never do.
    void twoJobsRunAtOnceOffTheCallingThread()
    {
        FileJobs jobs;
        QSignalSpy finished(&jobs, &FileJobs::finished);
        QSemaphore startedJobs;
        std::atomic<bool> waited{false};
        std::atomic<bool> sawBoth{false};
        std::atomic<QThread *> jobThread{nullptr};
        connect(&jobs, &FileJobs::started, &jobs, [&] { startedJobs.release(); }, Qt::DirectConnection);
        connect(
            &jobs, &FileJobs::progress, &jobs,
            [&] {
                if (!waited.exchange(true)) {
                    jobThread = QThread::currentThread();
                    sawBoth = startedJobs.tryAcquire(2, 10000);
                }
            },
            Qt::DirectConnection);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        jobs.exportCalls(m_store, request, m_dir.filePath(QStringLiteral("a.csv")));
        jobs.exportCalls(m_store, request, m_dir.filePath(QStringLiteral("b.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY(sawBoth.load());
        QVERIFY(jobThread.load() != QThread::currentThread());
    }

    void syntheticCallsAreGeneratedOnAJob()
    {
        FileJobs jobs;
        QSignalSpy read(&jobs, &FileJobs::deliveriesRead);
        QSignalSpy finished(&jobs, &FileJobs::finished);
        const int job = jobs.generateSynthetic(2500, 7);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.at(0).at(0).toInt(), job);
        const auto deliveries = read.at(0).at(1).value<QList<OutgoingDelivery>>();
        QCOMPARE(deliveries.size(), 2500);
        QCOMPARE(deliveries.constLast().label, QStringLiteral("2500"));
        QVERIFY(QJsonDocument::fromJson(deliveries.constFirst().body).isObject());
        QCOMPARE(finished.at(0).at(1).toLongLong(), 2500);

        // 100,000 of them, cancelled at their first step: no deliveries, a cancelled answer.
        connect(&jobs, &FileJobs::progress, &jobs, [&jobs](int running) { jobs.cancel(running); }, Qt::DirectConnection);
        QSignalSpy failed(&jobs, &FileJobs::failed);
        const int big = jobs.generateSynthetic(100000, 7);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QCOMPARE(failed.at(0).at(0).toInt(), big);
        QVERIFY(failed.at(0).at(2).toBool());
        QCOMPARE(read.size(), 1);
    }

    // Demo > Open demo workspace: filled on a job the first time, the path in its answer; a place that
    // cannot hold it fails with the store's reason.
    void theDemoWorkspaceOpensOnAJob()
    {
        FileJobs jobs;
        QSignalSpy finished(&jobs, &FileJobs::finished);
        QSignalSpy failed(&jobs, &FileJobs::failed);
        const QString path = m_dir.filePath(QStringLiteral("demo/demo-workspace.db"));
        const int job = jobs.openDemoWorkspace(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toInt(), job);
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(DemoWorkspace::CallCount));
        QCOMPARE(finished.at(0).at(2).toString(), QDir::toNativeSeparators(path));

        const int refused = jobs.openDemoWorkspace(m_store + QStringLiteral("/under-a-file/demo.db"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 2, 30000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), refused);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(!failed.at(0).at(2).toBool());
    }

    void savesBytes()
    {
        FileJobs jobs;
        QSignalSpy finished(&jobs, &FileJobs::finished);
        QSignalSpy failed(&jobs, &FileJobs::failed);
        const QByteArray body(1024 * 1024, 'x');
        const QString target = m_dir.filePath(QStringLiteral("body.bin"));
        const int saved = jobs.saveBytes(body, target);
        const int refused = jobs.saveBytes(body, m_dir.filePath(QStringLiteral("no/such/folder/body.bin")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 2, 30000);
        QCOMPARE(finished.at(0).at(0).toInt(), saved);
        QCOMPARE(finished.at(0).at(1).toLongLong(), body.size());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), body);
        QCOMPARE(failed.at(0).at(0).toInt(), refused);
        QVERIFY(!failed.at(0).at(2).toBool());
        QVERIFY(failed.at(0).at(1).toString().startsWith(QLatin1String("Cannot write")));
    }
};

QTEST_GUILESS_MAIN(TstFileJobs)
#include "tst_filejobs.moc"
