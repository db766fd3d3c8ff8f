// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Demo > Open demo workspace (issue 16): a window of its own over a store of its own, which never listens;
// the user's store is not touched and the user's window goes on receiving calls.
#include "testsupport.h"
#include "testwindow.h"

#include "demo/demoworkspace.h"
#include "models/calltablemodel.h"
#include "panels/filterbar.h"
#include "settings/appsettings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

class TstDemoWindow : public QObject
{
    Q_OBJECT

private:
    // The store's files as they are on disk: the database and its write-ahead log.
    static QByteArray fingerprint(const QString &db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &path : QStringList{db, db + QStringLiteral("-wal")}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                hash.addData(f.readAll());
        }
        return hash.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the demo store goes to a test folder, never the user's
        // A fresh workspace, and fresh settings of its own (it remembers its last filter, as any window does).
        for (const QString &suffix : {QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(DemoWorkspace::defaultPath() + suffix);
        QFile::remove(QFileInfo(DemoWorkspace::defaultPath()).absolutePath() + QStringLiteral("/demo-workspace.ini"));
    }

    void theDemoWorkspaceOpensApartFromTheUsersStore()
    {
        QTemporaryDir dir;
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("mine"));
        QVERIFY(w.port);
        QCOMPARE(TestSupport::post(w.port, TestSupport::sample("03-compliance-and-preferences.json")), 200);
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 1);
        const QString mine = dir.filePath(QStringLiteral("mine.db"));
        const QByteArray before = fingerprint(mine);

        w.window->findChild<QAction *>(QStringLiteral("actionOpenDemoWorkspace"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.window->demoWindow(), 60000);
        MainWindow *demo = w.window->demoWindow();
        QCOMPARE(demo->role(), MainWindow::Role::DemoWorkspace);
        QTRY_COMPARE_WITH_TIMEOUT(demo->callsModel()->rowCount(), DemoWorkspace::CallCount, 20000);
        QVERIFY(demo->windowTitle().startsWith(QLatin1String("Demo workspace")));
        QVERIFY(demo->findChild<QWidget *>(QStringLiteral("demoBanner"))->isVisible());
        QVERIFY(!demo->listener()->isRunning());

        // A review in the demo window lands in the demo store.
        QSignalSpy reviewed(demo->listener(), &BackgroundListener::reviewed);
        ReviewChange change;
        change.state = ReviewState::FollowUp;
        demo->listener()->review(demo->callsModel()->idAt(0), change, QStringLiteral("presenter"));
        QVERIFY(reviewed.wait(10000));
        QVERIFY2(reviewed.at(0).at(0).value<ReviewResult>().ok, qPrintable(reviewed.at(0).at(0).value<ReviewResult>().error));

        // The user's store is as it was, its window still listening and receiving; the demo gets none of it.
        QCOMPARE(fingerprint(mine), before);
        QCOMPARE(w.window->callsModel()->rowCount(), 1);
        QVERIFY(w.window->listener()->isRunning());
        QCOMPARE(TestSupport::post(w.port, TestSupport::sample("04-wrong-party.json")), 200);
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 2);
        QCOMPARE(demo->callsModel()->rowCount(), DemoWorkspace::CallCount);

        // Its settings are its own: a filter applied there, its layout, never reach the user's settings, and
        // it offers no Settings dialog that could point the user's window at the demo store.
        QVERIFY(!demo->findChild<QAction *>(QStringLiteral("actionSettings"))->isEnabled());
        demo->filterBar()->apply(QStringLiteral("doNotCall"));
        QTRY_VERIFY(demo->callsModel()->rowCount() < DemoWorkspace::CallCount);

        // Asked again, the open demo window comes forward rather than a second one.
        w.window->findChild<QAction *>(QStringLiteral("actionOpenDemoWorkspace"))->trigger();
        QCOMPARE(w.window->demoWindow(), demo);
        demo->close();
        QTRY_VERIFY(!w.window->demoWindow());
        QCOMPARE(w.settings->lastFilter(), QString());
        QCOMPARE(w.settings->databasePathOrDefault(), AppSettings::defaultDatabasePath());
    }
};

QTEST_MAIN(TstDemoWindow)
#include "tst_demowindow.moc"
