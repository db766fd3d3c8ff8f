// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "delegates/outcomebadgedelegate.h"
#include "listener/backgroundlistener.h"
#include "models/calltablemodel.h"
#include "models/outcomereferencemodel.h"
#include "models/reviewdrafts.h"
#include "models/stopcontactnotice.h"
#include "dialogs/replaydialog.h"
#include "dialogs/settingsdialog.h"
#include "export/filejobs.h"
#include "exportcontroller.h"
#include "panels/replaypanel.h"
#include "panels/reviewpanel.h"
#include "panels/calldetailpanel.h"
#include "panels/dashboardpanel.h"
#include "panels/filterbar.h"
#include "panels/listenerstatus.h"
#include "panels/severitylegend.h"
#include "panels/welcomepanel.h"
#include "widgets/themedicon.h"
#include "replay/webhooksignature.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "storage/callqueryservice.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QScrollArea>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTreeView>
#include <QVBoxLayout>

namespace CallScope {

MainWindow::MainWindow(AppSettings *settings, SecretStore *secrets, ListenerOptions options, QString databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_databasePath(std::move(databasePath))
    , m_listener(new BackgroundListener(this))
    , m_queries(new CallQueryService(this))
    , m_calls(new CallTableModel(m_queries, this))
    , m_filterBar(new FilterBar(settings, this))
    , m_details(new CallDetailPanel(m_queries, this))
    , m_status(new ListenerStatus(this))
    , m_files(new FileJobs(this))
    , m_replay(new ReplayPanel(this))
    , m_replayDock(new QDockWidget(tr("Replay log"), this))
    , m_welcome(new WelcomePanel(this))
    , m_dashboard(new DashboardPanel(m_queries, this))
    , m_dashboardDock(new QDockWidget(tr("Dashboard"), this))
    , m_drafts(new ReviewDrafts([this](qint64 call, const ReviewChange &change) { return m_listener->review(call, change, m_settings->reviewer()); }, this))
{
    m_ui->setupUi(this);
    m_exports = new ExportController(m_files, m_ui->statusBar, this, [this](const QString &problem) { showBanner(problem, false); }, this);
    m_exports->setDatabasePath(m_databasePath);
    connect(m_details, &CallDetailPanel::saveBodyRequested, m_exports, &ExportController::saveBody);
    setWindowIcon(QIcon(QStringLiteral(":/icons/callscope.svg")));
    updateTitle();
    auto *filterLayout = new QVBoxLayout(m_ui->filterHost);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filterBar);
    auto *detailLayout = new QVBoxLayout(m_ui->detailHost);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details);
    m_ui->callsLayout->addWidget(new SeverityLegend(m_ui->callsPane));
    m_replayDock->setObjectName(QStringLiteral("replayDock"));
    m_replayDock->setWidget(m_replay);
    addDockWidget(Qt::BottomDockWidgetArea, m_replayDock);
    m_replayDock->hide();
    m_dashboardDock->setObjectName(QStringLiteral("dashboardDock"));
    // In a scroll area: the charts' minimum sizes must never make the window taller than the screen.
    auto *dashboardScroll = new QScrollArea(m_dashboardDock);
    dashboardScroll->setWidget(m_dashboard);
    dashboardScroll->setWidgetResizable(true);
    dashboardScroll->setFrameShape(QFrame::NoFrame);
    m_dashboardDock->setWidget(dashboardScroll);
    // Beside the replay log, not tabbed with it: a tab behind another reports itself hidden, which would
    // uncheck View > Dashboard.
    addDockWidget(Qt::BottomDockWidgetArea, m_dashboardDock);
    m_dashboardDock->hide();
    m_ui->statusBar->addPermanentWidget(m_status, 1);
    m_ui->banner->hide();
    QPalette bannerPalette = m_ui->banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xb3));
    bannerPalette.setColor(QPalette::WindowText, Qt::black);
    m_ui->banner->setPalette(bannerPalette);
    m_ui->bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));

    setUpTable();
    setUpActions();
    restoreLayout();

    // A work queue is worked oldest first, whatever order the table had: set before the list is read.
    connect(m_filterBar, &FilterBar::filterApplied, this, [this](const CallFilter &filter) {
        if (FilterBar::isQueue(filter.text())) {
            m_ui->callsView->horizontalHeader()->setSortIndicator(CallTableModel::ReceivedColumn, Qt::AscendingOrder);
            m_selectedId = 0; // and from its oldest call (listReady)
        }
    });
    connect(m_filterBar, &FilterBar::filterApplied, m_calls, &CallTableModel::setFilter);
    m_ui->callsLayout->addWidget(m_welcome);
    m_welcome->hide();
    connect(m_welcome, &WelcomePanel::sendSamplesRequested, this, &MainWindow::sendSampleCalls);
    connect(m_welcome, &WelcomePanel::syntheticRequested, this, [this] { startSyntheticDemo(100, 10); });
    connect(m_welcome, &WelcomePanel::settingsRequested, this, &MainWindow::showSettings);
    connect(m_filterBar, &FilterBar::filterApplied, this, &MainWindow::updateWelcome);
    connect(m_calls, &CallTableModel::callsAppended, this, &MainWindow::updateWelcome);
    connect(m_listener, &BackgroundListener::stopped, this, [this] { m_welcome->setListener({}, m_options); });
    connect(m_listener, &BackgroundListener::failed, this, [this] { m_welcome->setListener({}, m_options); });
    connect(m_listener, &BackgroundListener::started, this, [this](const QString &url) { m_welcome->setListener(url, m_options); });
    connect(m_filterBar, &FilterBar::filterApplied, m_dashboard, &DashboardPanel::setFilter);
    connect(m_ui->actionDashboard, &QAction::toggled, this, [this](bool on) {
        m_dashboardDock->setVisible(on);
        if (on)
            m_dashboardDock->raise(); // in front of the replay log it shares the area with
    });
    connect(m_dashboardDock, &QDockWidget::visibilityChanged, m_ui->actionDashboard, &QAction::setChecked);
    connect(m_calls, &CallTableModel::listReady, this, [this](qint64 ms, int rows) {
        m_filterBar->showResult(rows, ms);
        updateWelcome();
        // The selection survives a new list when the call is still in it.
        const int row = m_selectedId ? m_calls->rowOf(m_selectedId) : -1;
        if (row >= 0) {
            const QSignalBlocker block(m_ui->callsView->selectionModel());
            m_ui->callsView->selectRow(row);
            m_ui->callsView->scrollTo(m_calls->index(row, 0), QAbstractItemView::PositionAtCenter);
        } else if (FilterBar::isQueue(m_calls->filter().text()) && rows > 0) {
            moveCurrent(0); // a queue is worked from its oldest call
        } else if (m_ui->actionFollowNewest->isChecked() && rows > 0) {
            moveCurrent(m_calls->sortOrder().order == Qt::AscendingOrder ? rows - 1 : 0);
        }
    });
    connect(m_calls, &CallTableModel::queryFailed, m_filterBar, &FilterBar::showQueryError);
    connect(m_calls, &CallTableModel::callsAppended, this, &MainWindow::onCallsAppended);
    // A queue shrinks as it is worked: the count follows.
    connect(m_calls, &CallTableModel::rowsRemoved, this, [this] { m_filterBar->showResult(m_calls->rowCount()); });
    connect(m_queries, &CallQueryService::opened, this, [this](bool ok, const QString &error) {
        m_storeOpen = ok;
        if (ok)
            m_calls->reload();
        else
            m_ui->statusBar->showMessage(error, 10000);
    });

    connect(m_listener, &BackgroundListener::started, this, [this](const QString &url) {
        m_ui->banner->hide();
        m_status->setListening(url);
        m_status->setCounts(m_listener->counts());
        openStoreForReading();
    });
    connect(m_listener, &BackgroundListener::failed, this, &MainWindow::onListenerFailed);
    connect(m_listener, &BackgroundListener::storeProblemChanged, this, [this](const QString &problem, int refused) {
        if (!problem.isEmpty()) {
            showBanner(tr("Deliveries are not being stored: %1. Senders get 503 and retry; no delivery they were told "
                          "is stored is lost.").arg(problem), false);
            m_storeProblemShown = true;
        } else if (m_storeProblemShown) {
            m_ui->banner->hide();
            m_storeProblemShown = false;
            statusBar()->showMessage(tr("Deliveries are stored again; %n were refused with 503 meanwhile.", nullptr, refused), 10000);
        }
    });
    connect(m_listener, &BackgroundListener::stored, this, [this](const QList<StoreReceipt> &receipts) {
        // An import is no live traffic: it moves neither the rate nor "last delivery", only the counts.
        const auto received = std::count_if(receipts.cbegin(), receipts.cend(), [](const StoreReceipt &r) { return !r.imported; });
        if (received > 0)
            m_status->addDeliveries(int(received));
        m_status->setCounts(m_listener->counts());
        if (m_storeOpen)
            m_calls->storeCommitted(receipts);
        const bool shownRevised = std::any_of(receipts.cbegin(), receipts.cend(), [this](const StoreReceipt &r) {
            return r.revisedCalls.contains(m_details->shownCall());
        });
        if (shownRevised)
            m_details->showCall(m_details->shownCall()); // its contact-pattern warnings changed
        notifyStopContact(receipts);
        m_dashboard->storeChanged();
    });
    connect(m_listener, &BackgroundListener::imported, this, [this](bool ok, const ImportSummary &s, const QString &error) {
        QGuiApplication::restoreOverrideCursor();
        if (!ok) {
            showBanner(tr("Import failed: %1").arg(error), false);
            return;
        }
        m_status->setCounts(m_listener->counts());
        m_dashboard->storeChanged();
        if (!m_listener->isRunning()) { // no live appends without the listener: read the list again
            if (m_storeOpen)
                m_calls->reload();
            else
                openStoreForReading();
        }
        m_ui->statusBar->showMessage(tr("Imported %1 deliveries in one transaction: %2 new calls, %3 duplicates (%4 with a different body), %5 not JSON, "
                                        "%6 refused attempts.")
                                         .arg(s.deliveries).arg(s.newCalls).arg(s.duplicates).arg(s.conflicts).arg(s.rejected).arg(s.refused),
                                     15000);
    });
    connect(m_files, &FileJobs::importRead, this, [this](int job, const QList<IncomingDelivery> &deliveries) {
        if (m_pending.remove(job) > 0)
            m_listener->importDeliveries(deliveries);
    });
    setAcceptDrops(true);
    connect(m_ui->bannerRetryButton, &QPushButton::clicked, this, &MainWindow::startListener);
    connect(m_ui->bannerPortButton, &QPushButton::clicked, this, &MainWindow::chooseAnotherPort);
    connect(m_ui->bannerCloseButton, &QToolButton::clicked, m_ui->banner, &QWidget::hide);

    const QString lastFilter = m_settings->lastFilter();
    if (!lastFilter.isEmpty() && CallFilter::compile(lastFilter).isValid())
        m_filterBar->apply(lastFilter);
    // The listener starts with the token and the secret it must require, never without them: it waits for the
    // secret store (which may first ask the user to unlock it); one that keeps them but does not give them
    // leaves it stopped, with the reason and Retry.
    connect(m_secrets, &SecretStore::loaded, this, &MainWindow::onSecretsLoaded);
    connect(m_secrets, &SecretStore::readFailed, this, &MainWindow::onListenerFailed);
    startListener();
}

MainWindow::~MainWindow()
{
    // The docks report themselves hidden while the window is torn down; that must not reach a half-destroyed
    // window through the View actions (UBSan caught it).
    m_replayDock->disconnect();
    m_dashboardDock->disconnect();
    for (QAction *action : findChildren<QAction *>())
        action->disconnect(this);
}

void MainWindow::setUpTable()
{
    QTableView *view = m_ui->callsView;
    view->setModel(m_calls);
    view->setItemDelegateForColumn(CallTableModel::OutcomesColumn, new OutcomeBadgeDelegate(view));
    // Fixed row heights: the view never measures a million rows (Wireshark packet_list.cpp does the same).
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(110);
    header->resizeSection(CallTableModel::ReceivedColumn, view->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59.999")) + 16);
    header->resizeSection(CallTableModel::EndedColumn, view->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 16);
    header->resizeSection(CallTableModel::DurationColumn, 70);
    header->resizeSection(CallTableModel::OutcomesColumn, 220);
    header->resizeSection(CallTableModel::DeliveriesColumn, 45);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    header->setSortIndicator(CallTableModel::ReceivedColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    // "/" focuses the filter from the table, as in many inspectors; in text fields it stays a "/".
    auto *slash = new QShortcut(QKeySequence(QStringLiteral("/")), view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(slash, &QShortcut::activated, m_filterBar, &FilterBar::focusEdit);

    QStringList keys = m_settings->outcomeColumns();
    QList<int> outcomes;
    for (const QString &key : keys) {
        const int index = OutcomeCatalogue::indexOf(key);
        if (index >= 0)
            outcomes.append(index);
    }
    m_calls->setOutcomeColumns(outcomes);
}

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
    setUpReview();
    connect(m_ui->actionReplaySelected, &QAction::triggered, this, [this] { replaySelected(false); });
    connect(m_ui->actionReplayWithEdits, &QAction::triggered, this, [this] { replaySelected(true); });
    // Its key is a plain "R": only in the table, never while typing a reason or choosing in a list elsewhere.
    m_ui->callsView->addAction(m_ui->actionReplayWithEdits);
    m_ui->actionReplayWithEdits->setShortcutContext(Qt::WidgetShortcut);
    m_ui->actionShowReplayLog->setChecked(false);
    connect(m_ui->actionShowReplayLog, &QAction::toggled, m_replayDock, &QDockWidget::setVisible);
    connect(m_replayDock, &QDockWidget::visibilityChanged, m_ui->actionShowReplayLog, &QAction::setChecked);
    connect(m_ui->actionPlaySynthetic, &QAction::triggered, this, &MainWindow::playSynthetic);
    connect(m_ui->actionPlaySession, &QAction::triggered, this, &MainWindow::playSession);
    connect(m_ui->actionStopPlaying, &QAction::triggered, m_replay, &ReplayPanel::stop);
    m_ui->actionStopPlaying->setEnabled(false);
    connect(m_replay, &ReplayPanel::runningChanged, m_ui->actionStopPlaying, &QAction::setEnabled);
    connect(m_files, &FileJobs::sessionRead, this, [this](int job, const QList<IncomingDelivery> &read) {
        if (!m_pending.contains(job))
            return;
        ReplayPanel::Session session = m_pending.take(job).session;
        // A HAR's refused attempts kept no body: they are left out (an empty POST would be answered 400), and said.
        qint64 first = -1;
        QStringList skipped;
        session.deliveries = DeliverySender::toSend(read, tr("the session"), &first, &skipped);
        if (!skipped.isEmpty())
            m_ui->statusBar->showMessage(tr("%n refused attempt(s) of the session left out: their bodies were not kept.", nullptr, int(skipped.size())), 15000);
        playIntoWindow(std::move(session));
    });
    connect(m_files, &FileJobs::deliveriesRead, this, [this](int job, const QList<OutgoingDelivery> &deliveries) {
        if (!m_pending.contains(job))
            return;
        PendingJob pending = m_pending.take(job);
        pending.session.deliveries = deliveries;
        if (pending.kind == PendingJob::Kind::Synthetic) {
            playIntoWindow(std::move(pending.session));
            return;
        }
        m_replayDock->show();
        m_replay->start(std::move(pending.session));
    });
    connect(m_files, &FileJobs::failed, this, [this](int job, const QString &error, bool cancelled) {
        if (!m_pending.contains(job))
            return;
        const PendingJob::Kind kind = m_pending.take(job).kind;
        if (kind == PendingJob::Kind::Import)
            QGuiApplication::restoreOverrideCursor();
        if (cancelled)
            return; // the user asked for it: the job's own widget says so
        switch (kind) {
        case PendingJob::Kind::Import: showBanner(tr("Import refused: %1 Nothing was imported.").arg(error), false); break;
        case PendingJob::Kind::Session: showBanner(tr("Cannot play the session: %1").arg(error), false); break;
        case PendingJob::Kind::Replay: showBanner(tr("Replay failed: %1").arg(error), false); break;
        case PendingJob::Kind::Synthetic: showBanner(tr("Cannot generate the synthetic calls: %1").arg(error), false); break;
        }
    });
    connect(m_ui->actionExportAll, &QAction::triggered, this, [this] { exportCalls(ExportScope::All); });
    connect(m_ui->actionExportFiltered, &QAction::triggered, this, [this] { exportCalls(ExportScope::Filtered); });
    connect(m_ui->actionExportSelection, &QAction::triggered, this, [this] { exportCalls(ExportScope::Selection); });
    connect(m_ui->actionExportAuditTrail, &QAction::triggered, this, &MainWindow::exportAuditTrail);
    connect(m_ui->actionCopyCallId, &QAction::triggered, this, [this] {
        if (const CallRow *row = m_calls->cachedRow(m_ui->callsView->currentIndex().row()))
            QGuiApplication::clipboard()->setText(row->callId);
    });
    connect(m_ui->actionFocusFilter, &QAction::triggered, m_filterBar, &FilterBar::focusEdit);
    connect(m_ui->actionClearFilter, &QAction::triggered, this, [this] { m_filterBar->apply(QString()); });
    connect(m_ui->actionDetailsBelow, &QAction::toggled, this, &MainWindow::setDetailsBelow);
    connect(m_ui->actionColumns, &QAction::triggered, this, [this] {
        showColumnMenu(m_ui->callsView->horizontalHeader()->rect().center());
    });
    connect(m_ui->actionOutcomeReference, &QAction::triggered, this, &MainWindow::showOutcomeReference);
    connect(m_ui->actionNextCall, &QAction::triggered, this, [this] { moveCurrent(m_ui->callsView->currentIndex().row() + 1); });
    connect(m_ui->actionPreviousCall, &QAction::triggered, this, [this] { moveCurrent(m_ui->callsView->currentIndex().row() - 1); });
    connect(m_ui->actionFirstCall, &QAction::triggered, this, [this] { moveCurrent(0); });
    connect(m_ui->actionLastCall, &QAction::triggered, this, [this] { moveCurrent(m_calls->rowCount() - 1); });
    connect(m_ui->actionFocusTable, &QAction::triggered, this, [this] { m_ui->callsView->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->actionFocusDetails, &QAction::triggered, this, [this] { m_details->focusDetails(); });
    connect(m_ui->actionRestartListener, &QAction::triggered, this, &MainWindow::startListener);
    connect(m_ui->actionChangePort, &QAction::triggered, this, &MainWindow::chooseAnotherPort);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionFilterHelp, &QAction::triggered, this, &MainWindow::showFilterHelp);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::startListener()
{
    m_status->setStarting();
    if (!m_secretsLoaded) {
        m_secrets->read(); // onSecretsLoaded() starts it
        return;
    }
    m_listener->start(m_options, m_databasePath);
}

void MainWindow::onSecretsLoaded(const QByteArray &token, const QString &secret)
{
    if (m_secretsLoaded)
        return;
    // The command line's (or the environment's) token and secret go first; they are not saved.
    if (m_options.auth.token.isEmpty())
        m_options.auth.token = token;
    if (!m_options.auth.secretKey && !secret.isEmpty()) {
        m_options.auth.secretKey = WebhookSignature::keyOf(secret);
        m_options.auth.secret = m_options.auth.secretKey ? secret : QString(); // an unusable one is not half applied
    }
    m_secretsLoaded = true;
    startListener();
}

void MainWindow::onListenerFailed(const QString &reason)
{
    m_status->setStopped(reason);
    showBanner(tr("The listener is not running: %1 Calls already stored are still shown.").arg(reason), true);
    // A port in use leaves the database readable: show what it holds.
    if (QFileInfo::exists(m_databasePath))
        openStoreForReading();
}

void MainWindow::showBanner(const QString &message, bool listenerButtons)
{
    m_ui->bannerLabel->setText(message);
    m_ui->bannerPortButton->setVisible(listenerButtons);
    m_ui->bannerRetryButton->setVisible(listenerButtons);
    m_ui->banner->show();
}

void MainWindow::chooseAnotherPort()
{
    bool ok = false;
    const int port = QInputDialog::getInt(this, tr("Listen on another port"),
                                          tr("Port for the listener (0 picks any free port):"), m_options.port, 0, 65535, 1, &ok);
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
    if (database != m_databasePath && !reviewsSettled([this, values] { applySettings(values); }))
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

void MainWindow::openStoreForReading()
{
    if (!m_storeOpen)
        m_queries->open(m_databasePath);
}

void MainWindow::onCurrentRowChanged()
{
    const int row = m_ui->callsView->currentIndex().row();
    const qint64 id = m_calls->idAt(row);
    if (id == m_selectedId && id == m_details->shownCall())
        return; // the same call (its row moved)
    m_drafts->save(m_details->requestedCall()); // leaving a call saves its review
    if (id != m_nextAfterReview)
        m_nextAfterReview = 0; // the reviewer went elsewhere: the answer must not pull them on
    m_selectedId = id;
    m_calls->setHeldCall(id);
    m_details->showCall(m_selectedId);
}

void MainWindow::onCallsAppended(int first, int last)
{
    m_filterBar->showResult(m_calls->rowCount());
    if (!m_ui->actionFollowNewest->isChecked())
        return;
    moveCurrent(m_calls->sortOrder().order == Qt::AscendingOrder ? last : first);
}

void MainWindow::moveCurrent(int row)
{
    if (row < 0 || row >= m_calls->rowCount())
        return;
    const QModelIndex index = m_calls->index(row, m_ui->callsView->currentIndex().isValid() ? m_ui->callsView->currentIndex().column() : 0);
    m_ui->callsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->callsView->scrollTo(index);
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

void MainWindow::importFiles(const QStringList &files)
{
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    m_ui->statusBar->showMessage(tr("Importing %n file(s)…", nullptr, int(files.size())));
    m_pending.insert(m_files->readForImport(files), {PendingJob::Kind::Import, {}});
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        files.append(url.toLocalFile());
    event->acceptProposedAction();
    importFiles(files);
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

void MainWindow::setPresenterMode(bool on)
{
    // Edits typed before are stored before the masked details replace them (their text is then hidden).
    m_drafts->saveAll();
    if (on)
        m_masker.emplace(m_settings->maskingKey());
    else
        m_masker.reset();
    // One layer: the query service masks every row and detail it hands the window from now on.
    m_queries->setMasker(m_masker);
    m_calls->dropCachedRows();
    m_details->setPresenterMode(on);
    m_welcome->setPresenterMode(on);
    m_replay->setPresenterMode(on);
    // A masked body is no delivery: it must never reach a real endpoint by mistake.
    m_ui->actionReplayWithEdits->setEnabled(!on);
    m_ui->actionReplayWithEdits->setToolTip(on ? tr("Off in presenter mode: the body shown is masked, and a masked body must never be sent.")
                                               : m_ui->actionReplayWithEdits->text().remove(QLatin1Char('&')));
    updateTitle();
    m_ui->statusBar->showMessage(on ? tr("Presenter mode: personal data is masked in the table, the details and exports.") : tr("Presenter mode off."), 5000);
}

void MainWindow::notifyStopContact(const QList<StoreReceipt> &receipts)
{
    if (!m_tray || !m_settings->notifyStopContact())
        return;
    if (const std::optional<QString> notice = stopContactNotice(receipts))
        m_tray->showMessage(tr("Stop-contact outcome"), *notice, QSystemTrayIcon::Warning, 8000);
}

void MainWindow::updateTitle()
{
    const QString name = QFileInfo(m_databasePath).fileName();
    setWindowTitle(m_masker ? tr("%1 — CallScope — PRESENTER MODE: personal data masked").arg(name) : tr("%1 — CallScope").arg(name));
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
    ReplayDialog dialog(m_settings, int(ids.size()), edit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReplayPanel::Session session;
    session.target = dialog.target();
    session.signingKey = dialog.signingKey();
    if (withEdits) {
        session.title = tr("Replay with edits");
        session.deliveries = {dialog.editedDelivery()};
        m_replayDock->show();
        m_replay->start(std::move(session));
        return;
    }
    // The stored bodies are read off the GUI thread, then sent.
    session.title = tr("Replay of %n call(s)", nullptr, int(ids.size()));
    m_pending.insert(m_files->readForReplay(m_databasePath, ids), {PendingJob::Kind::Replay, std::move(session)});
}

void MainWindow::playSynthetic()
{
    if (!m_listener->isRunning()) {
        showBanner(tr("The listener is not running: start it to play a demo into this window."), true);
        return;
    }
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Play synthetic calls"), tr("How many realistic calls to send to this window's listener:"), 100, 1, 100000, 10, &ok);
    if (!ok)
        return;
    const double rate = QInputDialog::getDouble(this, tr("Play synthetic calls"), tr("Calls a second:"), 5, 0.1, 1000, 1, &ok);
    if (ok)
        startSyntheticDemo(count, rate);
}

void MainWindow::startSyntheticDemo(int count, double rate)
{
    // 100,000 calls take seconds to generate: on a job thread, with their progress and Cancel shown.
    ReplayPanel::Session session;
    session.title = tr("Demo: %n synthetic call(s)", nullptr, count);
    session.rate = rate;
    const int job = m_files->generateSynthetic(count, quint32(QDateTime::currentMSecsSinceEpoch()));
    m_pending.insert(job, {PendingJob::Kind::Synthetic, std::move(session)});
    ExportController::Texts texts;
    texts.cancelled = tr("The synthetic demo was cancelled.");
    m_exports->track(job, tr("Generating %n synthetic call(s)…", nullptr, count), std::move(texts));
}

void MainWindow::sendSampleCalls()
{
    ReplayPanel::Session session;
    session.title = tr("Sample calls");
    session.rate = 5;
    const QDir samples(QStringLiteral(":/samples"));
    for (const QString &name : samples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(samples.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            session.deliveries.append({file.readAll(), DeliverySender::contentHeaders({}), 0, name});
    }
    playIntoWindow(std::move(session));
}

void MainWindow::playIntoWindow(ReplayPanel::Session session)
{
    // Sent as the platform would: to this window's listener, with the token and signature it requires.
    session.target = QUrl(m_listener->url());
    session.signingKey = m_options.auth.secretKey;
    if (!m_options.auth.token.isEmpty()) {
        for (OutgoingDelivery &d : session.deliveries)
            d.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + m_options.auth.token));
    }
    m_replayDock->show();
    m_replay->start(std::move(session));
}

void MainWindow::updateWelcome()
{
    const bool empty = m_calls->rowCount() == 0 && !m_calls->isQuerying() && m_filterBar->text().trimmed().isEmpty();
    m_welcome->setVisible(empty);
    m_ui->callsView->setVisible(!empty);
}

void MainWindow::playSession()
{
    if (!m_listener->isRunning()) {
        showBanner(tr("The listener is not running: start it to play a session into this window."), true);
        return;
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("Play a session file"), QString(), tr("Sessions (*.har *.ndjson *.jsonl *.json);;All files (*)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const double speed = QInputDialog::getDouble(this, tr("Play a session file"), tr("Speed (2 plays the recorded gaps twice as fast):"), 1, 0.01, 10000, 2, &ok);
    if (ok)
        startSessionDemo(file, speed);
}

void MainWindow::startSessionDemo(const QString &file, double speed)
{
    // Read off the GUI thread; the session starts when the file is in, whatever else is being read.
    ReplayPanel::Session session;
    session.title = tr("Demo: %1").arg(QFileInfo(file).fileName());
    session.speed = speed;
    m_pending.insert(m_files->readSession(file), {PendingJob::Kind::Session, std::move(session)});
}

void MainWindow::showColumnMenu(const QPoint &at)
{
    QHeaderView *header = m_ui->callsView->horizontalHeader();
    QMenu menu(this);
    for (int c = CallTableModel::EndedColumn; c < CallTableModel::FixedColumnCount; ++c) {
        QAction *a = menu.addAction(m_calls->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    QMenu *outcomes = menu.addMenu(tr("Outcome columns"));
    const QList<int> current = m_calls->outcomeColumns();
    for (const OutcomeGroup group : OutcomeCatalogue::groups()) {
        const QList<int> keys = OutcomeCatalogue::indexesOf(group);
        if (keys.isEmpty())
            continue;
        QMenu *sub = outcomes->addMenu(OutcomeCatalogue::groupName(group));
        for (int index : keys) {
            const OutcomeInfo &info = OutcomeCatalogue::at(index);
            QAction *a = sub->addAction(tr("%1 (%2)").arg(OutcomeCatalogue::label(info), info.key));
            a->setCheckable(true);
            a->setChecked(current.contains(index));
            connect(a, &QAction::toggled, this, [this, index](bool on) {
                QList<int> columns = m_calls->outcomeColumns();
                if (on)
                    columns.append(index);
                else
                    columns.removeAll(index);
                m_calls->setOutcomeColumns(columns);
                QStringList names;
                for (int i : columns)
                    names.append(OutcomeCatalogue::at(i).key);
                m_settings->setOutcomeColumns(names);
            });
        }
    }
    menu.exec(header->mapToGlobal(at));
}

void MainWindow::setDetailsBelow(bool below)
{
    m_ui->splitter->setOrientation(below ? Qt::Vertical : Qt::Horizontal);
}

void MainWindow::showOutcomeReference()
{
    // A small, read-only window over the catalogue; built here because it is one view and one model.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Outcome reference"));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new QTreeView(dialog);
    view->setModel(new OutcomeReferenceModel(view));
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->expandAll();
    view->resizeColumnToContents(0);
    view->resizeColumnToContents(1);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(1000, 640);
    dialog->show();
}

void MainWindow::showFilterHelp()
{
    QMessageBox box(QMessageBox::Information, tr("Filter language"),
                    tr("Words match text in callId, phoneNumber, fileNumber, summary, organization and agent names.\n\n"
                       "doNotCall — an outcome key alone: that outcome is true; !doNotCall: it is not.\n"
                       "field OP value — OP is = != < <= > >= or ~ (contains), on any outcome key or callId, phoneNumber, "
                       "fileNumber, status, duration, summary, org, agent, event, createdAt, endedAt, receivedAt, review, "
                       "validation. field:value means field=value.\n"
                       "group:compliance — any outcome of that group is true.\n"
                       "Terms side by side must all hold; or, and, ! and parentheses combine them.\n\n"
                       "Examples:\n  doNotCall or ceaseAndDesist\n  duration>5m agent~outbound\n  plan_type=settlement_plan\n"
                       "  receivedAt>=today review=unreviewed\n  \"written communications\""),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About CallScope"),
                    tr("CallScope %1\n\nReceives call.completed webhooks of an AI collection-call platform, stores every "
                       "delivery durably before answering, and shows the calls and their outcomes for review.")
                        .arg(QCoreApplication::applicationVersion()),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.exec();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    if (!m_ui->splitter->restoreState(m_settings->splitterState()))
        m_ui->splitter->setSizes({860, 540});
    QHeaderView *header = m_ui->callsView->horizontalHeader();
    if (!header->restoreState(m_settings->tableHeaderState())) {
        // First run: the outcome badges next to the time, where a reviewer's eye starts.
        header->moveSection(header->visualIndex(CallTableModel::OutcomesColumn), 1);
        header->moveSection(header->visualIndex(CallTableModel::PhoneColumn), 2);
    }
    m_ui->actionDetailsBelow->setChecked(m_ui->splitter->orientation() == Qt::Vertical);
}

void MainWindow::saveLayout()
{
    m_settings->setWindowLayout(saveGeometry(), saveState(), m_ui->splitter->saveState(), m_ui->callsView->horizontalHeader()->saveState());
}

void MainWindow::setUpReview()
{
    ReviewPanel *panel = m_details->reviewPanel();
    m_details->setReviewDrafts(m_drafts);
    connect(panel, &ReviewPanel::edited, m_drafts, &ReviewDrafts::edit);
    connect(panel, &ReviewPanel::saveNowRequested, m_ui->actionSaveReview, &QAction::trigger);
    connect(panel, &ReviewPanel::reviewedAndNextRequested, this, &MainWindow::reviewedAndNext);
    connect(panel, &ReviewPanel::undoRequested, this, [this, panel] {
        m_drafts->undo();
        // The form waits for the undo: an edit meanwhile would be made against values about to change.
        if (m_drafts->isUndoing(panel->callRow()))
            panel->setEnabled(false);
    });
    connect(m_details, &CallDetailPanel::reviewTabLeft, m_drafts, &ReviewDrafts::save);
    connect(m_details, &CallDetailPanel::loaded, this, &MainWindow::updateUndo);
    connect(m_listener, &BackgroundListener::reviewed, m_drafts, &ReviewDrafts::onReviewed);
    connect(m_drafts, &ReviewDrafts::saved, this, &MainWindow::onReviewSaved);
    connect(m_drafts, &ReviewDrafts::saveFailed, this, &MainWindow::onReviewSaveFailed);
    connect(m_drafts, &ReviewDrafts::undoAvailableChanged, this, &MainWindow::updateUndo);
    connect(m_drafts, &ReviewDrafts::settled, this, [this] {
        if (const std::function<void()> then = std::exchange(m_afterSaves, {}))
            then();
    });
    connect(m_ui->actionSaveReview, &QAction::triggered, this, [this] {
        const qint64 call = m_details->shownCall();
        if (call == 0)
            return;
        if (!m_drafts->draft(call))
            m_ui->statusBar->showMessage(tr("Nothing to save: the review is as stored."), 3000);
        m_drafts->save(call);
    });
    connect(m_ui->actionReviewedNext, &QAction::triggered, this, &MainWindow::reviewedAndNext);
    connect(m_ui->actionFollowUp, &QAction::triggered, this, [this, panel] {
        if (m_details->shownCall() == 0)
            return;
        // Marked for later: saved, then on to the next unreviewed call, as Ctrl+Return does.
        panel->setState(ReviewState::FollowUp);
        m_nextAfterReview = m_details->shownCall();
        m_drafts->save(m_details->shownCall());
        if (!m_drafts->draft(m_nextAfterReview) && !m_drafts->isSaving())
            moveToNextUnreviewed(); // it was marked already
    });
    connect(m_ui->actionNextUnreviewed, &QAction::triggered, this, &MainWindow::moveToNextUnreviewed);
    // The queues from the keyboard; the table takes the keyboard to work them.
    connect(m_ui->actionQueueAttention, &QAction::triggered, this, [this] {
        m_filterBar->apply(FilterBar::needsAttentionExpression());
        m_ui->callsView->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_ui->actionQueueFollowUp, &QAction::triggered, this, [this] {
        m_filterBar->apply(FilterBar::followUpExpression());
        m_ui->callsView->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_queries, &CallQueryService::nextFound, this, [this](quint64 ticket, qint64 id, bool wrapped) {
        if (ticket != m_nextTicket)
            return;
        m_nextTicket = 0;
        const int row = m_calls->rowOf(id);
        if (id == 0 || row < 0) {
            m_ui->statusBar->showMessage(tr("No unreviewed call in this list."), 5000);
            return;
        }
        moveCurrent(row);
        if (wrapped)
            m_ui->statusBar->showMessage(tr("No unreviewed call after that one: went on from the top."), 5000);
    });
    connect(m_ui->actionReviewerName, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Reviewer name"), tr("The audit trail records your reviews under:"), QLineEdit::Normal,
                                                   m_settings->reviewer(), &ok).trimmed();
        if (ok && !name.isEmpty()) {
            m_settings->setReviewer(name);
            m_details->setReviewer(name);
        }
    });
}

void MainWindow::reviewedAndNext()
{
    const qint64 call = m_details->shownCall();
    if (call == 0)
        return;
    ReviewPanel *panel = m_details->reviewPanel();
    if (!panel->markReviewed()) {
        // Says which flags lack a disposition, with the keyboard on the first.
        m_details->showReviewTab();
        panel->markReviewed();
        return;
    }
    if (!m_drafts->draft(call)) {
        moveToNextUnreviewed(); // already reviewed as it stands
        return;
    }
    m_nextAfterReview = call;
    m_drafts->save(call);
}

void MainWindow::moveToNextUnreviewed()
{
    static const CallFilter unreviewed = CallFilter::compile(u"review=unreviewed");
    m_nextTicket = m_queries->findNext(m_calls->ids(), m_ui->callsView->currentIndex().row(), unreviewed);
}

void MainWindow::onReviewSaved(qint64 callRow, bool wasUndo, const ReviewChange &written)
{
    m_calls->refreshCall(callRow);
    m_dashboard->storeChanged();
    m_details->reviewPanel()->acceptWritten(callRow, written);
    // Read again when it is the call asked for (shown, or on its way: that read may predate the save).
    if (m_details->requestedCall() == callRow) {
        m_details->showCall(callRow); // the audit trail grew
        const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
        m_details->reviewPanel()->showSaveStatus(wasUndo ? tr("Undone at %1: the review is back as it was.").arg(time)
                                                         : tr("Saved at %1. Ctrl+Z on this tab undoes it.").arg(time),
                                                 false);
    }
    if (std::exchange(m_nextAfterReview, 0) == callRow) {
        m_calls->setHeldCall(0); // done with it: a queue lets it go now
        moveToNextUnreviewed();
    }
    m_ui->statusBar->showMessage(wasUndo ? tr("Review save undone.") : tr("Review saved."), 3000);
}

void MainWindow::onReviewSaveFailed(qint64 callRow, const QString &error)
{
    m_nextAfterReview = 0;
    if (m_details->requestedCall() == callRow) {
        m_details->reviewPanel()->setEnabled(true); // an undo that failed
        m_details->reviewPanel()->showSaveStatus(
            tr("Not saved: %1 Your edits are kept here and saved again when you leave this call, or now with Ctrl+S.").arg(error), true);
        return;
    }
    const CallRow *row = m_calls->cachedRow(m_calls->rowOf(callRow));
    showBanner(tr("The review of call %1 was not saved: %2 Your edits are kept: open the call to see them; they are saved again when you leave it.")
                   .arg(row ? row->callId : QString::number(callRow), error),
               false);
}

void MainWindow::updateUndo()
{
    const qint64 shown = m_details->shownCall();
    m_details->reviewPanel()->setUndoAvailable(shown != 0 && m_drafts->undoCall() == shown);
}

bool MainWindow::reviewsSettled(std::function<void()> retry)
{
    m_drafts->saveAll();
    if (m_drafts->isSaving()) {
        m_afterSaves = std::move(retry); // settled() runs it: it asks again, and saves what was typed meanwhile
        m_ui->statusBar->showMessage(tr("Saving reviews…"));
        return false;
    }
    const QList<qint64> failed = m_drafts->failed();
    if (failed.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Reviews not saved"),
                    tr("%n review edit(s) could not be saved: %1", nullptr, int(failed.size())).arg(m_drafts->failure(failed.constFirst())),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Try again once the store can be written (another program may hold it), or go on and lose these edits."));
    QPushButton *again = box.addButton(tr("&Try again"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard them"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(again);
    box.exec();
    if (box.clickedButton() == discard) {
        m_drafts->discardAll();
        return true;
    }
    if (box.clickedButton() == again) {
        m_drafts->saveAll();
        if (m_drafts->isSaving())
            m_afterSaves = std::move(retry);
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Review edits are stored before the window goes; one the store refuses is never dropped without asking.
    if (!reviewsSettled([this] { close(); })) {
        event->ignore();
        return;
    }
    saveLayout();
    m_settings->sync();
    // A long query must not hold the window open: it stops now rather than when the reader is torn down.
    m_queries->cancelQueries();
    QMainWindow::closeEvent(event);
}

void MainWindow::exportAuditTrail()
{
    AuditRequest request;
    request.filter = m_calls->filter(); // the calls the table shows
    request.masker = m_masker; // presenter mode: notes and reasons are hidden
    m_exports->exportAuditTrail(request);
}

} // namespace CallScope
