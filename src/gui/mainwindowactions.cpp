// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// MainWindow's menus and toolbar: each action wired to the panel or controller whose job it is, and the
// small dialogs they open (settings, another port).
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "demo/demoworkspace.h"

#include "controllers/columnscontroller.h"
#include "controllers/democontroller.h"
#include "controllers/reviewcontroller.h"
#include "dialogs/helpdialogs.h"
#include "exportcontroller.h"
#include "listener/backgroundlistener.h"
#include "models/calltablemodel.h"
#include "models/reviewdrafts.h"
#include "panels/calldetailpanel.h"
#include "panels/dashboardpanel.h"
#include "panels/filterbar.h"
#include "panels/replaypanel.h"
#include "replay/deliverysender.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "widgets/themedicon.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QTcpServer>
#include <QSystemTrayIcon>

namespace CallScope {

void MainWindow::setUpActions()
{
    setUpIcons();
    m_ui->actionPresenterMode->setIconText(tr("Presenter mode"));
    m_ui->actionImport->setIconText(tr("Import"));
    m_ui->actionExportFiltered->setIconText(tr("Export"));
    m_ui->actionReplaySelected->setIconText(tr("Replay"));
    m_ui->actionSettings->setIconText(tr("Settings"));
    m_ui->actionFollowNewest->setChecked(m_settings->followNewest());
    connect(m_ui->actionFollowNewest, &QAction::toggled, this, [this](bool on) { m_settings->setFollowNewest(on); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionCopyUrl, &QAction::triggered, this, [this] {
        if (m_listener->isRunning())
            QGuiApplication::clipboard()->setText(m_listener->url());
    });
    connect(m_ui->actionCopyJson, &QAction::triggered, this, &MainWindow::copyCallJson);
    connect(m_ui->actionImport, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import deliveries"), QString(),
                                                                tr("Deliveries (*.ndjson *.jsonl *.json *.har);;All files (*)"));
        if (!files.isEmpty())
            importFiles(files);
    });
    m_details->setReviewer(m_settings->reviewer());
    connect(m_ui->actionPresenterMode, &QAction::toggled, this, &MainWindow::setPresenterMode);
    m_ui->actionNotifyStopContact->setChecked(m_settings->notifyStopContact());
    connect(m_ui->actionNotifyStopContact, &QAction::toggled, this, [this](bool on) { m_settings->setNotifyStopContact(on); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("CallScope"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    ReviewController::Parts review;
    review.window = this;
    review.settings = m_settings;
    review.listener = m_listener;
    review.queries = m_queries;
    review.calls = m_calls;
    review.view = m_ui->callsView;
    review.details = m_details;
    review.drafts = m_drafts;
    review.filterBar = m_filterBar;
    review.dashboard = m_dashboard;
    review.statusBar = m_ui->statusBar;
    review.save = m_ui->actionSaveReview;
    review.reviewedNext = m_ui->actionReviewedNext;
    review.followUp = m_ui->actionFollowUp;
    review.nextUnreviewed = m_ui->actionNextUnreviewed;
    review.queueAttention = m_ui->actionQueueAttention;
    review.queueFollowUp = m_ui->actionQueueFollowUp;
    review.reviewerName = m_ui->actionReviewerName;
    review.problem = [this](const QString &problem) { showBanner(problem, false); };
    review.moveCurrent = [this](int row) { moveCurrent(row); };
    m_reviews = new ReviewController(std::move(review), this);
    connect(m_ui->actionReplaySelected, &QAction::triggered, this, [this] { replaySelected(false); });
    connect(m_ui->actionReplayWithEdits, &QAction::triggered, this, [this] { replaySelected(true); });
    // Its key is a plain "R": only in the table, never while typing a reason or choosing in a list elsewhere.
    m_ui->callsView->addAction(m_ui->actionReplayWithEdits);
    m_ui->actionReplayWithEdits->setShortcutContext(Qt::WidgetShortcut);
    m_ui->actionShowReplayLog->setChecked(false);
    connect(m_ui->actionShowReplayLog, &QAction::toggled, m_replayDock, &QDockWidget::setVisible);
    connect(m_replayDock, &QDockWidget::visibilityChanged, m_ui->actionShowReplayLog, &QAction::setChecked);
    connect(m_ui->actionPlaySynthetic, &QAction::triggered, m_demos, &DemoController::playSynthetic);
    connect(m_ui->actionOpenDemoWorkspace, &QAction::triggered, this, [this] {
        if (m_role == Role::DemoWorkspace)
            return; // this is it
        if (m_demoWindow) {
            m_demoWindow->raise();
            m_demoWindow->activateWindow();
            return;
        }
        m_demos->openDemoWorkspace(DemoWorkspace::defaultPath());
    });
    connect(m_demos, &DemoController::demoWorkspaceReady, this, &MainWindow::showDemoWorkspace);
    connect(m_ui->actionPlaySession, &QAction::triggered, m_demos, &DemoController::playSession);
    connect(m_ui->actionStopPlaying, &QAction::triggered, m_replay, &ReplayPanel::stop);
    m_ui->actionStopPlaying->setEnabled(false);
    connect(m_replay, &ReplayPanel::runningChanged, m_ui->actionStopPlaying, &QAction::setEnabled);
    connect(m_ui->actionExportAll, &QAction::triggered, this, [this] { exportCalls(ExportScope::All); });
    connect(m_ui->actionExportFiltered, &QAction::triggered, this, [this] { exportCalls(ExportScope::Filtered); });
    connect(m_ui->actionExportSelection, &QAction::triggered, this, [this] { exportCalls(ExportScope::Selection); });
    connect(m_ui->actionExportAuditTrail, &QAction::triggered, this, &MainWindow::exportAuditTrail);
    connect(m_ui->actionExportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_ui->actionCopyCallId, &QAction::triggered, this, [this] {
        if (const CallRow *row = m_calls->cachedRow(m_ui->callsView->currentIndex().row()))
            QGuiApplication::clipboard()->setText(row->callId);
    });
    connect(m_ui->actionFocusFilter, &QAction::triggered, m_filterBar, &FilterBar::focusEdit);
    connect(m_ui->actionClearFilter, &QAction::triggered, this, [this] { m_filterBar->apply(QString()); });
    connect(m_ui->actionColumns, &QAction::triggered, this, [this] {
        m_columns->showColumnMenu(m_ui->callsView->horizontalHeader()->rect().center());
    });
    connect(m_ui->actionOutcomeReference, &QAction::triggered, this, [this] { showOutcomeReference(this); });
    connect(m_ui->actionNextCall, &QAction::triggered, this, [this] { moveCurrent(m_ui->callsView->currentIndex().row() + 1); });
    connect(m_ui->actionPreviousCall, &QAction::triggered, this, [this] { moveCurrent(m_ui->callsView->currentIndex().row() - 1); });
    connect(m_ui->actionFirstCall, &QAction::triggered, this, [this] { moveCurrent(0); });
    connect(m_ui->actionLastCall, &QAction::triggered, this, [this] { moveCurrent(m_calls->rowCount() - 1); });
    connect(m_ui->actionFocusTable, &QAction::triggered, this, [this] { m_ui->callsView->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->actionFocusDetails, &QAction::triggered, this, [this] { m_details->focusDetails(); });
    connect(m_ui->actionRestartListener, &QAction::triggered, this, &MainWindow::startListener);
    connect(m_ui->actionChangePort, &QAction::triggered, this, &MainWindow::chooseAnotherPort);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionFilterHelp, &QAction::triggered, this, [this] { showFilterHelp(this); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { showAbout(this); });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setUpIcons()
{
    const QPalette p = palette();
    const std::pair<QAction *, const char *> icons[] = {
        {m_ui->actionFollowNewest, "follow-newest"},   {m_ui->actionImport, "import"},
        {m_ui->actionExportFiltered, "export"},        {m_ui->actionCopyJson, "copy-json"},
        {m_ui->actionCopyUrl, "copy-url"},             {m_ui->actionReplaySelected, "replay"},
        {m_ui->actionPresenterMode, "presenter-mode"}, {m_ui->actionDashboard, "dashboard"},
        {m_ui->actionOutcomeReference, "outcome-reference"}, {m_ui->actionSettings, "settings"},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(themedIcon(QLatin1String(name), p));
}

void MainWindow::changeEvent(QEvent *event)
{
    // A switch between light and dark themes repaints the toolbar in the new text colour.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        setUpIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::replaySelected(bool withEdits)
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_ui->callsView->selectionModel()->selectedRows())
        ids.append(m_calls->idAt(index.row()));
    if (ids.isEmpty()) {
        m_ui->statusBar->showMessage(tr("Select the calls to replay first."), 5000);
        return;
    }
    std::optional<OutgoingDelivery> edit;
    if (withEdits && m_masker) {
        m_ui->statusBar->showMessage(tr("Replay with edits is off in presenter mode: the body shown is masked, and a masked body must never be sent."), 8000);
        return;
    }
    if (withEdits) {
        const auto &detail = m_details->detail();
        if (!detail || detail->row.id != m_selectedId || detail->deliveries.isEmpty() || !detail->deliveries.constFirst().bodyKept)
            return;
        const DeliveryRecord &first = detail->deliveries.constFirst();
        edit = OutgoingDelivery{first.body, DeliverySender::contentHeaders(first.headers), 0, detail->row.callId};
    }
    m_demos->replay(ids, std::move(edit));
}

void MainWindow::copyCallJson()
{
    const auto &detail = m_details->detail();
    if (!detail || detail->row.id != m_selectedId || detail->deliveries.isEmpty())
        return;
    // The body as received (masked in presenter mode), as text.
    const QByteArray body = m_details->shownBody();
    QGuiApplication::clipboard()->setText(QString::fromUtf8(body));
    m_ui->statusBar->showMessage(tr("Copied the call's JSON (%1 bytes).").arg(body.size()), 3000);
}

void MainWindow::exportCalls(ExportScope scope)
{
    ExportRequest request;
    request.masker = m_masker; // exports made in presenter mode are masked too
    if (scope == ExportScope::Filtered)
        request.filter = m_calls->filter();
    if (scope == ExportScope::Selection) {
        for (const QModelIndex &index : m_ui->callsView->selectionModel()->selectedRows())
            request.callIds.append(m_calls->idAt(index.row()));
        if (request.callIds.isEmpty()) {
            m_ui->statusBar->showMessage(tr("Select the calls to export first."), 5000);
            return;
        }
    }
    // Off the GUI thread, with its own progress and Cancel in the status bar; the file appears only when it
    // is complete.
    m_exports->exportCalls(request);
}

void MainWindow::exportAuditTrail()
{
    AuditRequest request;
    request.filter = m_calls->filter(); // the calls the table shows
    request.masker = m_masker; // presenter mode: notes and reasons are hidden
    m_exports->exportAuditTrail(request);
}

void MainWindow::exportReport()
{
    m_exports->exportReport(reportOptions());
}

ReportOptions MainWindow::reportOptions() const
{
    // What the dashboard shows: the table's filter over the dashboard's period; masked in presenter mode.
    ReportOptions options;
    options.filter = m_calls->filter().text();
    if (const std::optional<StatisticsPeriod> period = m_dashboard->period()) {
        options.fromMs = period->fromMs;
        options.untilMs = period->toMs;
    }
    options.masker = m_masker;
    options.pageSize = ReportOptions::localPageSize();
    return options;
}

void MainWindow::chooseAnotherPort()
{
    bool ok = false;
    // Offered: a port free now (the one in use is what failed); 0 lets the system pick at every start.
    quint16 suggested = 0;
    {
        QTcpServer probe;
        if (probe.listen(m_options.address, 0))
            suggested = probe.serverPort();
    }
    const int port = QInputDialog::getInt(this, tr("Listen on another port"),
                                          tr("Port for the listener (0 picks any free port):"), suggested, 0, 65535, 1, &ok);
    if (!ok)
        return;
    m_options.port = quint16(port);
    if (port != 0) {
        ListenerOptions saved = m_settings->listenerOptions();
        saved.port = quint16(port);
        m_settings->setListenerOptions(saved);
    }
    startListener();
}

void MainWindow::showSettings()
{
    // The dialog shows what runs now (command-line options included); what it saves runs from then on.
    const SettingsDialog::Values current{m_options, m_databasePath == AppSettings::defaultDatabasePath() ? QString() : m_databasePath,
                                         m_settings->language(), m_settings->reviewer()};
    SettingsDialog dialog(current, this);
    dialog.setPresenterMode(m_masker.has_value());
    dialog.setSecretsLocation(m_secrets->location());
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings(dialog.values());
}

void MainWindow::applySettings(const SettingsDialog::Values &values)
{
    m_settings->setListenerOptions(values.options);
    // Only a changed token or secret is saved: one given on the command line, shown as it runs, stays unsaved.
    if (values.options.auth.token != m_options.auth.token || values.options.auth.secret != m_options.auth.secret)
        m_secrets->save(values.options.auth.token, values.options.auth.secret);
    m_settings->setDatabasePath(values.databasePath);
    m_settings->setReviewer(values.reviewer); // empty: the login name
    m_details->setReviewer(m_settings->reviewer());
    if (values.language != m_settings->language()) {
        m_settings->setLanguage(values.language);
        statusBar()->showMessage(tr("The language changes at the next start."), 10000);
    }
    const QString database = m_settings->databasePathOrDefault();
    if (values.options == m_options && database == m_databasePath && m_listener->isRunning())
        return;
    // Review edits belong to the calls of this store: saved in it first (its ids mean other calls elsewhere).
    if (database != m_databasePath && !m_reviews->reviewsSettled([this, values] { applySettings(values); }))
        return;
    // Applied now, without a restart of the application: the listener restarts on the new options, and a
    // new database is read from the start.
    m_options = values.options;
    if (database != m_databasePath) {
        m_drafts->discardAll(); // saved, or given up by the reviewer
        m_drafts->forgetUndo();
        m_databasePath = database;
        m_exports->setDatabasePath(database);
        m_storeOpen = false;
        m_selectedId = 0;
        m_details->showCall(0);
    }
    startListener();
}

} // namespace CallScope
