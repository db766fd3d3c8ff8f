// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The window's file jobs (issue 15, items 8 and 9): two exports at once each keep their own progress and
// Cancel in the status bar; a demo's synthetic calls are generated on a job, with its own Cancel.
#include "export/filejobs.h"
#include "exportcontroller.h"
#include "panels/replaypanel.h"
#include "testsupport.h"
#include "testwindow.h"
#include "widgets/jobprogress.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace CallScope;

class TstWindowJobs : public QObject
{
    Q_OBJECT

private slots:
    void twoExportsAtOnceEachKeepTheirProgressAndCancel()
    {
        QTemporaryDir dir;
        // Enough calls that neither export is done before the click on Cancel.
        QVERIFY(TestSupport::bulkCalls(dir.filePath(QStringLiteral("exports.db")), 50000, TestSupport::sample("01-minimal.json")));
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("exports"));
        ExportController *exports = w.window->exportController();
        QStatusBar *status = w.window->statusBar();
        QSignalSpy finished(w.window->fileJobs(), &FileJobs::finished);
        QSignalSpy failed(w.window->fileJobs(), &FileJobs::failed);
        QSignalSpy messages(status, &QStatusBar::messageChanged);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        const QString firstPath = dir.filePath(QStringLiteral("first.csv"));
        const QString secondPath = dir.filePath(QStringLiteral("second.csv"));
        const int first = exports->startExport(request, firstPath);
        const int second = exports->startExport(request, secondPath);

        const QList<JobProgress *> shown = status->findChildren<JobProgress *>();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(exports->shownJobs(), shown);
        JobProgress *firstJob = shown.at(0);
        JobProgress *secondJob = shown.at(1);
        QCOMPARE(firstJob->job(), first);
        QCOMPARE(secondJob->job(), second);
        QVERIFY(firstJob->isVisible() && secondJob->isVisible());
        QVERIFY(firstJob->cancelButton() != secondJob->cancelButton());
        // Each says which export it is, to the eye and to a screen reader.
        QVERIFY(firstJob->label().contains(QLatin1String("first.csv")));
        QVERIFY(secondJob->label().contains(QLatin1String("second.csv")));
        QVERIFY(firstJob->cancelButton()->accessibleName().contains(QLatin1String("first.csv")));
        QVERIFY(secondJob->cancelButton()->accessibleName().contains(QLatin1String("second.csv")));

        // The first one's Cancel stops the first one only.
        QTest::mouseClick(firstJob->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 2, 60000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), first);
        QVERIFY(failed.at(0).at(2).toBool());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), second);
        QVERIFY(!QFile::exists(firstPath));
        QVERIFY(QFile::exists(secondPath));
        // Each widget goes with its job; the status bar says what happened to each.
        QTRY_VERIFY(status->findChildren<JobProgress *>().isEmpty());
        QStringList said;
        for (const QList<QVariant> &args : messages)
            said.append(args.at(0).toString());
        QVERIFY2(said.filter(QLatin1String("first.csv was cancelled")).size() == 1, qPrintable(said.join(u'\n')));
        const QStringList exported = said.filter(QStringLiteral(" to %1.").arg(QDir::toNativeSeparators(secondPath)));
        QVERIFY2(exported.size() == 1 && exported.at(0).startsWith(QLatin1String("Exported 50000 row")), qPrintable(said.join(u'\n')));
    }

    void syntheticCallsAreGeneratedOnAJobWithItsCancel()
    {
        QTemporaryDir dir;
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("synthetic"));
        QVERIFY(w.port != 0);
        QStatusBar *status = w.window->statusBar();
        auto *replay = w.window->findChild<ReplayPanel *>();
        QVERIFY(replay);
        QSignalSpy running(replay, &ReplayPanel::runningChanged);
        QSignalSpy failed(w.window->fileJobs(), &FileJobs::failed);

        // A hundred thousand: the window hands them to a job and goes on; Cancel drops them.
        w.window->startSyntheticDemo(100000, 1);
        QCOMPARE(status->findChildren<JobProgress *>().size(), 1);
        QTest::mouseClick(status->findChild<JobProgress *>()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(failed.at(0).at(2).toBool());
        QTRY_VERIFY(status->findChildren<JobProgress *>().isEmpty());
        QVERIFY(running.isEmpty());

        // A few: generated, then played into the window's listener.
        w.window->startSyntheticDemo(20, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(running.size(), 1, 30000);
        QVERIFY(running.at(0).at(0).toBool());
        QTRY_VERIFY(status->findChildren<JobProgress *>().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(running.size(), 2, 30000); // all 20 sent
        QTRY_COMPARE_WITH_TIMEOUT(w.window->callsModel()->rowCount(), 20, 30000);
    }
};

QTEST_MAIN(TstWindowJobs)
#include "tst_windowjobs.moc"
