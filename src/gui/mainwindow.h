// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"
#include "listener/listeneroptions.h"
#include "domain/masker.h"
#include "domain/review.h"
#include "dialogs/settingsdialog.h"
#include "panels/replaypanel.h"
#include "report/reportoptions.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QSystemTrayIcon;

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace CallScope {

class AppSettings;
class BackgroundListener;
class CallDetailPanel;
class CallQueryService;
class CallTableModel;
class ColumnsController;
class DemoController;
class ReviewController;
class FileJobs;
class FilterBar;
class ListenerStatus;
class DashboardPanel;
class ExportController;
class ReplayPanel;
class ReviewDrafts;
class SecretStore;
class WelcomePanel;

// The inspector: the live calls table with its filter bar, the selected call's details beside or below
// it, the listener in the status bar. It creates the panels and wires them, menus and models together; a
// controller per job owns its flow (demos, exports and imports, reviews, columns and layout); logic lives
// in core and the models.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // What a window shows: the user's own store, with its listener; or the demo workspace (Demo > Open demo
    // workspace), a store of made-up calls apart from the user's, which no listener writes to: the user's
    // window goes on listening to, and storing in, the user's own store.
    enum class Role { Own, DemoWorkspace };

    // The listener starts once `secrets` has read the token and the secret; what `options` holds of them (the
    // command line's) goes first. A demo workspace's window never listens.
    MainWindow(AppSettings *settings, SecretStore *secrets, ListenerOptions options, QString databasePath, Role role = Role::Own,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    CallTableModel *callsModel() const { return m_calls; }
    FilterBar *filterBar() const { return m_filterBar; }
    CallDetailPanel *detailPanel() const { return m_details; }
    BackgroundListener *listener() const { return m_listener; }
    DashboardPanel *dashboard() const { return m_dashboard; }
    ReviewDrafts *reviewDrafts() const { return m_drafts; }
    ExportController *exportController() const { return m_exports; }
    FileJobs *fileJobs() const { return m_files; }

    DemoController *demos() const { return m_demos; }
    ReviewController *reviews() const { return m_reviews; }
    ColumnsController *columns() const { return m_columns; }
    Role role() const { return m_role; }
    // The demo workspace's window, while it is open (from the user's window).
    MainWindow *demoWindow() const { return m_demoWindow; }

    // Demo > Play synthetic calls, without its question: `count` generated calls at `rate` a second.
    void startSyntheticDemo(int count, double rate);
    // Demo > Play a session file, without its questions.
    void startSessionDemo(const QString &file, double speed);
    // Imports these files (ndjson, json, HAR) as File > Import and a drop do.
    void importFiles(const QStringList &files);
    // Saves what Edit > Settings gives and applies it: the listener restarts on changed options, and a
    // changed database is read from the start.
    void applySettings(const SettingsDialog::Values &values);
    // What File > Export report writes: the dashboard's period, the table's filter, masked in presenter mode.
    ReportOptions reportOptions() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpActions();
    // The toolbar's icons, in the palette's colours (again after a theme change).
    void setUpIcons();
    void setUpTable();
    void startListener();
    void onSecretsLoaded(const QByteArray &token, const QString &secret);
    void onListenerFailed(const QString &reason);
    // The inline banner for a problem the user can act on (never a modal box).
    void showBanner(const QString &message, bool listenerButtons);
    void chooseAnotherPort();
    void showSettings();
    // The welcome panel replaces the table while the store has no calls (and no filter hides them).
    void updateWelcome();
    void openStoreForReading();
    void onCurrentRowChanged();
    void onCallsAppended(int first, int last);
    void moveCurrent(int row);
    void copyCallJson();
    enum class ExportScope { All, Filtered, Selection };
    void exportCalls(ExportScope scope);
    // File > Export audit trail: the review audit trail of the filter's calls, off the GUI thread.
    void exportAuditTrail();
    // File > Export report: the client report (PDF) of the dashboard's period and the table's filter.
    void exportReport();
    void replaySelected(bool withEdits);
    void setPresenterMode(bool on);
    void updateTitle();
    // Demo > Open demo workspace: its window, opened once the demo store is ready (DemoController).
    void showDemoWorkspace(const QString &path);
    // A demo workspace's window: read, not listened to, and saying so in a banner of its own.
    void setUpDemoRole();
    void notifyStopContact(const QList<StoreReceipt> &receipts);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings *m_settings;
    SecretStore *m_secrets;
    ListenerOptions m_options;
    QString m_databasePath;
    Role m_role;
    QPointer<MainWindow> m_demoWindow;
    std::unique_ptr<AppSettings> m_demoSettings; // the demo window's, apart from the user's
    quint64 m_countsTicket = 0; // a demo window's status-bar counts, being read
    BackgroundListener *m_listener;
    CallQueryService *m_queries;
    CallTableModel *m_calls;
    FilterBar *m_filterBar;
    CallDetailPanel *m_details;
    ListenerStatus *m_status;
    FileJobs *m_files;
    ReplayPanel *m_replay;
    QDockWidget *m_replayDock;
    WelcomePanel *m_welcome;
    DashboardPanel *m_dashboard;
    QDockWidget *m_dashboardDock;
    QSystemTrayIcon *m_tray = nullptr; // when the desktop has a tray
    bool m_storeOpen = false;
    bool m_secretsLoaded = false; // the listener waits for them
    bool m_storeProblemShown = false; // the banner says that deliveries cannot be stored
    ExportController *m_exports = nullptr;
    DemoController *m_demos = nullptr;
    ReviewController *m_reviews = nullptr;
    ColumnsController *m_columns = nullptr;
    std::optional<Masker> m_masker; // presenter mode
    ReviewDrafts *m_drafts;
    qint64 m_selectedId = 0; // kept across list reloads
};

} // namespace CallScope
