// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The window at laptop sizes (issue 16, part 4): it can be made 600 px high, the validation and review
// columns are in view at 1280×720 without scrolling, the splitter stays where it is when the details' texts
// change, "Details below the table" leaves the table at least half, and an export says what it wrote where
// with "Show in folder".
#include "controllers/democontroller.h"
#include "exportcontroller.h"
#include "export/filejobs.h"
#include "models/calltablemodel.h"
#include "panels/reviewpanel.h"
#include "testsupport.h"
#include "testwindow.h"
#include "widgets/elision.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QSpinBox>
#include <QTimer>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace CallScope;

class TstLayout : public QObject
{
    Q_OBJECT

private slots:
    void theWindowFitsALaptop()
    {
        QTemporaryDir dir;
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("laptop"));
        QVERIFY(w.port != 0);
        QCOMPARE(TestSupport::post(w.port, TestSupport::sample("03-compliance-and-preferences.json")), 200);
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 1);
        // What the layout allows, not what the window happens to be.
        QVERIFY2(w.window->minimumSizeHint().height() <= 600, qPrintable(QString::number(w.window->minimumSizeHint().height())));
        w.window->resize(1280, 600);
        QTRY_COMPARE(w.window->height(), 600);

        w.window->resize(1280, 720);
        QTRY_COMPARE(w.window->size(), QSize(1280, 720));
        auto *view = w.window->findChild<QTableView *>(QStringLiteral("callsView"));
        const QHeaderView *header = view->horizontalHeader();
        const int viewport = view->viewport()->width();
        for (const int column : {int(CallTableModel::ValidationColumn), int(CallTableModel::ReviewColumn)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(!header->isSectionHidden(column) && header->sectionViewportPosition(column) >= 0 && right <= viewport,
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3").arg(column).arg(right).arg(viewport)));
        }
    }

    void theSplitterStaysWhenTheReviewTextChanges()
    {
        QTemporaryDir dir;
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("splitter"));
        QVERIFY(w.port != 0);
        QCOMPARE(TestSupport::post(w.port, TestSupport::sample("03-compliance-and-preferences.json")), 200);
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 1);
        w.window->resize(1280, 720);
        TestWindow::select(*w.window, 0);
        auto *splitter = w.window->findChild<QSplitter *>(QStringLiteral("splitter"));
        QCoreApplication::processEvents();
        const QList<int> before = splitter->sizes();
        auto *review = w.window->findChild<QLabel *>(QStringLiteral("reviewLabel"));
        review->setText(QStringLiteral("Follow-up, with a much longer explanation than any review state has ever had in this pane"));
        w.window->detailPanel()->reviewPanel()->showSaveStatus(
            QStringLiteral("Not saved: the store is locked by another program. Your edits are kept here and saved again later."), true);
        QCoreApplication::processEvents();
        QTest::qWait(0);
        QCOMPARE(splitter->sizes(), before);
    }

    // Demo > Play synthetic calls: one dialog (how many, and the rate, 2,000 at 40 a second) that says how
    // long they take.
    void playSyntheticAsksOneQuestion()
    {
        QTemporaryDir dir;
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("demo"));
        QVERIFY(w.port != 0);
        int dialogs = 0;
        int spins = -1;
        QString estimate;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ++dialogs;
            spins = int(dialog->findChildren<QSpinBox *>().size());
            estimate = dialog->findChild<QLabel *>(QStringLiteral("estimate"))->text();
            dialog->reject();
        });
        poll.start(20);
        w.window->demos()->playSynthetic();
        poll.stop();
        QCOMPARE(dialogs, 1);
        QCOMPARE(spins, 2);
        QVERIFY2(estimate.contains(QLatin1String("50 second")), qPrintable(estimate));
    }

    void aPortInUseIsAOneLineBanner()
    {
        QTemporaryDir dir;
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("busy"), busy.serverPort());
        w.window->resize(1280, 720);
        auto *banner = w.window->findChild<QFrame *>(QStringLiteral("banner"));
        QTRY_VERIFY(banner->isVisible());
        QCoreApplication::processEvents();
        const QString text = w.window->findChild<QLabel *>(QStringLiteral("bannerLabel"))->text();
        // The socket's reason ends as a sentence before the next one.
        QVERIFY2(text.contains(QLatin1String("in use. Calls already stored")), qPrintable(text));
        QVERIFY2(banner->height() <= 3 * banner->fontMetrics().height() + 16, qPrintable(QString::number(banner->height())));

        // "Use another port" offers a port that is free, never the busy one.
        int offered = -1;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            offered = dialog->intValue();
            dialog->reject();
        });
        poll.start(20);
        w.window->findChild<QPushButton *>(QStringLiteral("bannerPortButton"))->click();
        poll.stop();
        QVERIFY(offered > 0);
        QVERIFY(offered != busy.serverPort());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, quint16(offered)));
    }

    void detailsBelowLeaveTheTableHalf()
    {
        QTemporaryDir dir;
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("below"));
        w.window->resize(1280, 720);
        QTRY_COMPARE(w.window->size(), QSize(1280, 720));
        w.window->findChild<QAction *>(QStringLiteral("actionDetailsBelow"))->setChecked(true);
        auto *splitter = w.window->findChild<QSplitter *>(QStringLiteral("splitter"));
        QCOMPARE(splitter->orientation(), Qt::Vertical);
        QCoreApplication::processEvents();
        const QList<int> sizes = splitter->sizes();
        QVERIFY2(sizes.at(0) >= (sizes.at(0) + sizes.at(1)) / 2, qPrintable(QStringLiteral("%1 / %2").arg(sizes.at(0)).arg(sizes.at(1))));
    }

    void cutTextEndsWithAnEllipsisAtAWord()
    {
        const QFontMetrics metrics(QGuiApplication::font());
        const QString text = QStringLiteral("ok · ⚠ Called after a do-not-call request");
        const int width = metrics.horizontalAdvance(QStringLiteral("ok · ⚠ Called after a do-n"));
        const QString shown = elideAtWord(text, metrics, width);
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        QVERIFY(metrics.horizontalAdvance(shown) <= width);
        QCOMPARE(shown, QStringLiteral("ok · ⚠ Called after a…"));
        QCOMPARE(elideAtWord(text, metrics, 10000), text);
    }

    void anExportSaysWhatItWroteWhereWithShowInFolder()
    {
        QTemporaryDir dir;
        QVERIFY(TestSupport::bulkCalls(dir.filePath(QStringLiteral("export.db")), 12, TestSupport::sample("01-minimal.json")));
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("export"));
        ExportController *exports = w.window->exportController();
        QSignalSpy finished(w.window->fileJobs(), &FileJobs::finished);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        const QString path = dir.filePath(QStringLiteral("calls.csv"));
        exports->startExport(request, path);
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE(w.window->statusBar()->currentMessage(), QStringLiteral("Exported 12 row(s) to %1.").arg(QDir::toNativeSeparators(path)));
        QToolButton *show = exports->showInFolderButton();
        QVERIFY(show->isVisible());
        QCOMPARE(show->text(), QStringLiteral("Show in folder"));
        QVERIFY(show->toolTip().contains(QDir::toNativeSeparators(QDir(dir.path()).absolutePath())));
        // It goes with its message.
        w.window->statusBar()->showMessage(QStringLiteral("something else"));
        QVERIFY(!show->isVisible());
    }
};

QTEST_MAIN(TstLayout)
#include "tst_layout.moc"
