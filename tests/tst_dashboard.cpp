// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The dashboard a client is shown (issue 16): its figures over a period of the calls' own dates against a
// known store, counted by hand (knowncalls.h), "updating" rather than old figures, the compliance calls one
// click away, and the charts' summaries for a screen reader.
#include "knowncalls.h"
#include "testwindow.h"

#include "panels/dashboardpanel.h"
#include "panels/filterbar.h"
#include "models/calltablemodel.h"
#include "export/filejobs.h"
#include "exportcontroller.h"
#include "storage/callqueryservice.h"

#include <QAccessible>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QtCharts/QChartView>

using namespace CallScope;

class TstDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    // The tile whose name is `label`: its accessible description is its value and its change.
    static QString tile(DashboardPanel &panel, const QString &label)
    {
        for (QWidget *w : panel.findChildren<QWidget *>()) {
            if (w->inherits("CallScope::FigureTile") && w->accessibleName() == label)
                return w->accessibleDescription();
        }
        return QStringLiteral("no tile %1").arg(label);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_store = m_dir.filePath(QStringLiteral("known.db"));
        QVERIFY(KnownCalls::fill(m_store));
    }

    // The first week of March against the week before, figures counted by hand from knowncalls.h.
    void theFiguresOfAPeriodAndTheirChange()
    {
        CallQueryService service;
        QSignalSpy opened(&service, &CallQueryService::opened);
        service.open(m_store);
        QVERIFY(opened.wait(10000));
        DashboardPanel panel(&service);
        panel.setRange(DashboardPanel::Range::Custom);
        panel.setCustomRange(QDate(2026, 3, 1), QDate(2026, 3, 7));
        QSignalSpy updated(&panel, &DashboardPanel::updated);
        panel.show();
        // Shown, it says it is reading rather than showing any figure of before.
        QVERIFY(panel.isUpdating());
        QVERIFY(updated.wait(10000));
        QVERIFY(!panel.isUpdating());
        const CallStatistics &s = *panel.statistics();
        QCOMPARE(s.headline.calls, 5);
        QCOMPARE(s.bucket, TimeBucket::Day);
        QCOMPARE(s.timeline.size(), 7);
        QCOMPARE(s.timeline[1].calls, 2); // Mar 2
        QCOMPARE(s.headline.funnel(), (QList<qint64>{5, 4, 2, 1}));

        QCOMPARE(tile(panel, QStringLiteral("Calls")), QStringLiteral("5, +3 vs previous period (2)"));
        QCOMPARE(tile(panel, QStringLiteral("Right-party contact rate")), QStringLiteral("80.0 %, +30.0 pts vs previous period (50.0 %)"));
        QCOMPARE(tile(panel, QStringLiteral("Payments made")), QStringLiteral("1, ±0 vs previous period (1)"));
        QCOMPARE(tile(panel, QStringLiteral("Compliance events")), QStringLiteral("2, +2 vs previous period (0)"));
        // The line above the tiles counts the period's calls too, never the store's beside the tile's.
        QVERIFY2(panel.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text().startsWith(QLatin1String("5 calls")),
                 qPrintable(panel.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text()));

        // Every chart has a summary of its figures for a screen reader.
        const auto views = panel.findChildren<QChartView *>();
        QCOMPARE(views.size(), 5);
        for (QChartView *view : views) {
            QVERIFY2(!view->accessibleName().isEmpty(), "a chart without a name");
            QVERIFY2(!view->accessibleDescription().isEmpty(), qPrintable(view->accessibleName()));
        }
        const auto funnel = std::find_if(views.cbegin(), views.cend(), [](QChartView *v) { return v->accessibleName() == QLatin1String("Funnel"); });
        QVERIFY(funnel != views.cend());
        QCOMPARE((*funnel)->accessibleDescription(),
                 QStringLiteral("Calls: 5 (100.0%); Right party: 4 (80.0%); Promise to pay or plan: 2 (40.0%); Payment made: 1 (20.0%)."));

        // A new filter reads anew and, while it does, shows no figure of before.
        panel.setFilter(CallFilter::compile(u"doNotCall"));
        QVERIFY(panel.isUpdating());
        QVERIFY(updated.wait(10000));
        QVERIFY(!panel.isUpdating());
        QCOMPARE(panel.statistics()->headline.calls, 1);
        QCOMPARE(tile(panel, QStringLiteral("Right-party contact rate")), QStringLiteral("100.0 %")); // none before: no change
        panel.setFilter(CallFilter::compile(u""));
        QVERIFY(updated.wait(10000));

        // A new period reads anew, and says so meanwhile.
        panel.setRange(DashboardPanel::Range::All);
        QVERIFY(panel.isUpdating());
        QVERIFY(updated.wait(10000));
        QCOMPARE(panel.statistics()->headline.calls, 9);
        QVERIFY(!panel.statistics()->previous);
        QCOMPARE(tile(panel, QStringLiteral("Calls")), QStringLiteral("9"));
    }

    // "Show stop-contact calls" puts the filter that lists them in the table: exactly the period's
    // stop-contact calls.
    void theComplianceCallsAreOneClickAway()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_store, dir.filePath(QStringLiteral("window.db"))));
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("window"));
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 9);
        w.window->findChild<QAction *>(QStringLiteral("actionDashboard"))->trigger();
        DashboardPanel *panel = w.window->dashboard();
        QSignalSpy updated(panel, &DashboardPanel::updated);
        panel->setRange(DashboardPanel::Range::Custom);
        panel->setCustomRange(QDate(2026, 3, 1), QDate(2026, 3, 7));
        QTRY_VERIFY(!panel->isUpdating() && panel->statistics() && panel->statistics()->headline.calls == 5);
        auto *button = panel->findChild<QToolButton *>(QStringLiteral("showStopContact"));
        QVERIFY(button);
        button->click();
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 2);
        QVERIFY(w.window->filterBar()->findChild<QLineEdit *>()->text().contains(QLatin1String("createdAt")));
    }

    // File > Export report writes what the dashboard shows (its period, the table's filter) off the GUI
    // thread, and in presenter mode holds no phone number.
    void theWindowsReportIsTheDashboardsPeriodMasked()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_store, dir.filePath(QStringLiteral("window.db"))));
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("window"));
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 9);
        w.window->dashboard()->setRange(DashboardPanel::Range::Custom);
        w.window->dashboard()->setCustomRange(QDate(2026, 3, 1), QDate(2026, 3, 7));
        w.window->findChild<QAction *>(QStringLiteral("actionPresenterMode"))->setChecked(true);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy finished(w.window->fileJobs(), &FileJobs::finished);
        const int job = w.window->exportController()->startReport(w.window->reportOptions(), pdf);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toInt(), job);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("80.0 %")), qPrintable(out.left(2000))); // the week's right-party rate
        QVERIFY(out.contains(QLatin1String("Page 1 of")));
        for (const KnownCalls::Call &call : KnownCalls::calls())
            QVERIFY2(!out.contains(QLatin1String(call.phone)), call.phone);
    }
};

QTEST_MAIN(TstDashboard)
#include "tst_dashboard.moc"
