// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "controllers/columnscontroller.h"
#include "controllers/democontroller.h"
#include "controllers/reviewcontroller.h"
#include "delegates/outcomebadgedelegate.h"
#include "dialogs/helpdialogs.h"
#include "listener/backgroundlistener.h"
#include "models/calltablemodel.h"
#include "models/reviewdrafts.h"
#include "models/stopcontactnotice.h"
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
#include "widgets/demobanner.h"
#include "widgets/themedicon.h"
#include "replay/webhooksignature.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "storage/callqueryservice.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QMimeData>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QShortcut>
#include <QScrollArea>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QVBoxLayout>

namespace CallScope {

MainWindow::MainWindow(AppSettings *settings, SecretStore *secrets, ListenerOptions options, QString databasePath, Role role, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_databasePath(std::move(databasePath))
    , m_role(role)
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
    m_exports->setImportWriter([this] { return m_listener->importWriter(); });
    DemoController::Parts demo;
    demo.window = this;
    demo.settings = m_settings;
    demo.listener = m_listener;
    demo.files = m_files;
    demo.exports = m_exports;
    demo.replay = m_replay;
    demo.replayDock = m_replayDock;
    demo.statusBar = m_ui->statusBar;
    demo.options = [this] { return m_options; };
    demo.databasePath = [this] { return m_databasePath; };
    demo.problem = [this](const QString &problem, bool listenerButtons) { showBanner(problem, listenerButtons); };
    m_demos = new DemoController(std::move(demo), this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/callscope.svg")));
    updateTitle();
    auto *filterLayout = new QVBoxLayout(m_ui->filterHost);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filterBar);
    auto *detailLayout = new QVBoxLayout(m_ui->detailHost);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    // In a scroll area: the details' fields and tabs would otherwise make the window at least ~710 px high,
    // and a longer text in them (a review state, a save status) would push the splitter aside.
    auto *detailScroll = new QScrollArea(m_ui->detailHost);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setWidget(m_details);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the details' own controls, not to their frame
    m_details->setMinimumHeight(480); // below that it scrolls rather than squeezing its tabs to nothing
    detailLayout->addWidget(detailScroll);
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
    m_ui->bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    // A one-line strip (two when its text wraps): the splitter takes every spare pixel, never the banner.
    m_ui->banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->centralLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->bannerCloseButton->setAccessibleName(tr("Hide this message"));

    setUpTable();
    setUpActions();
    m_columns->restoreLayout();

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
    connect(m_welcome, &WelcomePanel::sendSamplesRequested, m_demos, &DemoController::sendSampleCalls);
    connect(m_welcome, &WelcomePanel::syntheticRequested, this, [this] { m_demos->startSyntheticDemo(100, 10); });
    connect(m_welcome, &WelcomePanel::settingsRequested, this, &MainWindow::showSettings);
    connect(m_filterBar, &FilterBar::filterApplied, this, &MainWindow::updateWelcome);
    connect(m_calls, &CallTableModel::callsAppended, this, &MainWindow::updateWelcome);
    connect(m_listener, &BackgroundListener::stopped, this, [this] { m_welcome->setListener({}, m_options); });
    connect(m_listener, &BackgroundListener::failed, this, [this] { m_welcome->setListener({}, m_options); });
    connect(m_listener, &BackgroundListener::started, this, [this](const QString &url) { m_welcome->setListener(url, m_options); });
    connect(m_filterBar, &FilterBar::filterApplied, m_dashboard, &DashboardPanel::setFilter);
    connect(m_dashboard, &DashboardPanel::showCallsRequested, m_filterBar, &FilterBar::apply);
    connect(m_ui->actionDashboard, &QAction::toggled, this, [this](bool on) {
        m_dashboardDock->setVisible(on);
        if (on && !m_dashboardDock->isFloating()) {
            m_dashboardDock->raise(); // in front of the replay log it shares the area with
            // Shown to a client, the figures take most of the window; the table keeps a few rows above.
            resizeDocks({m_dashboardDock}, {height() * 2 / 3}, Qt::Vertical);
        }
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
    connect(m_listener, &BackgroundListener::derivationLagChanged, m_status, &ListenerStatus::setDerivationLag);
    connect(m_listener, &BackgroundListener::storeUpgrading, m_status, &ListenerStatus::setUpgrading);
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
    // The rate and "last delivery" follow the answers; an import is no live traffic and moves only the counts.
    connect(m_listener, &BackgroundListener::recorded, this, [this](int count) {
        m_status->addDeliveries(count);
        m_status->setCounts(m_listener->counts());
    });
    connect(m_listener, &BackgroundListener::stored, this, [this](const QList<StoreReceipt> &receipts) {
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
    connect(m_exports, &ExportController::imported, this, [this](const ImportSummary &written) {
        if (written.deliveries == 0)
            return;
        m_status->setCounts(m_listener->counts());
        m_dashboard->storeChanged();
        if (!m_listener->isRunning()) { // no live appends without the listener: read the list again
            if (m_storeOpen)
                m_calls->reload();
            else
                openStoreForReading();
        }
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
    if (m_role == Role::DemoWorkspace) {
        setUpDemoRole();
        return;
    }
    connect(m_secrets, &SecretStore::loaded, this, &MainWindow::onSecretsLoaded);
    connect(m_secrets, &SecretStore::readFailed, this, &MainWindow::onListenerFailed);
    startListener();
}

void MainWindow::setUpDemoRole()
{
    auto *banner = new DemoBanner(m_ui->centralWidget);
    connect(banner, &DemoBanner::closeRequested, this, &QWidget::close);
    m_ui->centralLayout->insertWidget(0, banner);
    // What would listen or send to a listener has nothing to act on here.
    for (QAction *action : {m_ui->actionRestartListener, m_ui->actionChangePort, m_ui->actionPlaySynthetic, m_ui->actionPlaySession,
                            m_ui->actionOpenDemoWorkspace, m_ui->actionSettings})
        action->setEnabled(false);
    m_status->setStopped(tr("this is the demo workspace"));
    m_listener->setDatabasePath(m_databasePath);
    updateTitle();
    openStoreForReading();
    // No listener counts this store's calls: the status bar takes them from the reader, now and after an import.
    connect(m_queries, &CallQueryService::statisticsReady, this, [this](quint64 ticket, const std::optional<CallStatistics> &s) {
        if (ticket == m_countsTicket && s)
            m_status->setCounts(s->counts);
    });
    const auto readCounts = [this] { m_countsTicket = m_queries->computeStatistics(CallFilter::compile(u"")); };
    readCounts();
    connect(m_exports, &ExportController::imported, this, readCounts);
}

void MainWindow::showDemoWorkspace(const QString &path)
{
    if (m_demoWindow) {
        m_demoWindow->raise();
        return;
    }
    // Settings of its own beside its store: its layout, filters and columns never overwrite the user's, nor
    // can anything it saves point the user's window at the demo store. The reviewer's name goes with it.
    if (!m_demoSettings) {
        m_demoSettings = std::make_unique<AppSettings>(QFileInfo(path).absolutePath() + QStringLiteral("/demo-workspace.ini"));
        m_demoSettings->setReviewer(m_settings->reviewer());
    }
    m_demoWindow = new MainWindow(m_demoSettings.get(), m_secrets, m_options, path, Role::DemoWorkspace);
    m_demoWindow->setAttribute(Qt::WA_DeleteOnClose);
    m_demoWindow->show();
    m_demoWindow->activateWindow();
}

MainWindow::~MainWindow()
{
    delete m_demoWindow; // before the settings it uses (m_demoSettings)
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
    m_columns = new ColumnsController(this, view, m_calls, m_ui->splitter, m_ui->actionDetailsBelow, m_settings, this);
    QHeaderView *header = view->horizontalHeader();
    header->setSortIndicator(CallTableModel::ReceivedColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    // "/" focuses the filter from the table, as in many inspectors; in text fields it stays a "/".
    auto *slash = new QShortcut(QKeySequence(QStringLiteral("/")), view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(slash, &QShortcut::activated, m_filterBar, &FilterBar::focusEdit);
    view->setAccessibleDescription(tr("The stored calls; the selected one is shown in the details"));
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
    // The reason is a sentence or a clause (Qt's socket errors have no full stop): the banner ends it.
    const QString sentence = reason.endsWith(QLatin1Char('.')) ? reason : reason + QLatin1Char('.');
    showBanner(tr("The listener is not running: %1 Calls already stored are still shown.").arg(sentence), true);
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
    m_reviews->currentCallChanged(id);
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

void MainWindow::importFiles(const QStringList &files)
{
    m_exports->importFiles(files);
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
    const QString name = m_role == Role::DemoWorkspace ? tr("Demo workspace") : QFileInfo(m_databasePath).fileName();
    // The platform appends " — CallScope" (the application's display name) to a title that does not end with
    // it: the title ends with the application's name, or leaves it to the platform, never both.
    setWindowTitle(m_masker ? tr("%1 — PRESENTER MODE: personal data masked — CallScope").arg(name) : tr("%1 — CallScope").arg(name));
}

void MainWindow::updateWelcome()
{
    const bool empty = m_calls->rowCount() == 0 && !m_calls->isQuerying() && m_filterBar->text().trimmed().isEmpty();
    m_welcome->setVisible(empty);
    m_ui->callsView->setVisible(!empty);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Review edits are stored before the window goes; one the store refuses is never dropped without asking.
    if (!m_reviews->reviewsSettled([this] { close(); })) {
        event->ignore();
        return;
    }
    m_columns->saveLayout();
    m_settings->sync();
    // A long query must not hold the window open: it stops now rather than when the reader is torn down.
    m_queries->cancelQueries();
    QMainWindow::closeEvent(event);
}

void MainWindow::startSyntheticDemo(int count, double rate)
{
    m_demos->startSyntheticDemo(count, rate);
}

void MainWindow::startSessionDemo(const QString &file, double speed)
{
    m_demos->startSessionDemo(file, speed);
}

} // namespace CallScope
