// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/incomingdelivery.h"
#include "listener/listeneroptions.h"
#include "domain/masker.h"
#include "domain/review.h"
#include "dialogs/settingsdialog.h"
#include "panels/replaypanel.h"

#include <QHash>
#include <QMainWindow>

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
// it, the listener in the status bar. It only wires panels, menus and models together; logic lives in
// core and the models.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // The listener starts once `secrets` has read the token and the secret; what `options` holds of them (the
    // command line's) goes first.
    MainWindow(AppSettings *settings, SecretStore *secrets, ListenerOptions options, QString databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    CallTableModel *callsModel() const { return m_calls; }
    FilterBar *filterBar() const { return m_filterBar; }
    CallDetailPanel *detailPanel() const { return m_details; }
    BackgroundListener *listener() const { return m_listener; }
    DashboardPanel *dashboard() const { return m_dashboard; }
    ReviewDrafts *reviewDrafts() const { return m_drafts; }
    ExportController *exportController() const { return m_exports; }
    FileJobs *fileJobs() const { return m_files; }

    // Demo > Play synthetic calls, without its questions: `count` generated calls at `rate` a second.
    void startSyntheticDemo(int count, double rate);
    // The welcome panel's Send sample calls: the webhook documentation's sample calls, to this window.
    void sendSampleCalls();
    // Demo > Play a session file, without its questions.
    void startSessionDemo(const QString &file, double speed);
    // Imports these files (ndjson, json, HAR) as File > Import and a drop do.
    void importFiles(const QStringList &files);
    // Saves what Edit > Settings gives and applies it: the listener restarts on changed options, and a
    // changed database is read from the start.
    void applySettings(const SettingsDialog::Values &values);

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
    // Plays a session into this window's own listener, with the token and signature it requires.
    void playIntoWindow(ReplayPanel::Session session);
    void openStoreForReading();
    void onCurrentRowChanged();
    void onCallsAppended(int first, int last);
    void moveCurrent(int row);
    void copyCallJson();
    enum class ExportScope { All, Filtered, Selection };
    void exportCalls(ExportScope scope);
    // File > Export audit trail: the review audit trail of the filter's calls, off the GUI thread.
    void exportAuditTrail();
    void replaySelected(bool withEdits);
    void playSynthetic();
    void setUpReview();
    // Ctrl+Return: marked reviewed when its flags all hold a disposition (else the Review tab says which do
    // not), saved, then on to the next unreviewed call.
    void reviewedAndNext();
    // Ctrl+N: the store finds the next unreviewed call in the list's order, loaded or not.
    void moveToNextUnreviewed();
    void onReviewSaved(qint64 callRow, bool wasUndo, const ReviewChange &written);
    // Saves every review edit before the window closes or the store changes. True when that can happen now;
    // otherwise `retry` runs once the saves are answered (or never, when the reviewer cancels).
    bool reviewsSettled(std::function<void()> retry);
    void onReviewSaveFailed(qint64 callRow, const QString &error);
    void updateUndo();
    void setPresenterMode(bool on);
    void updateTitle();
    void notifyStopContact(const QList<StoreReceipt> &receipts);
    void playSession();
    void showColumnMenu(const QPoint &at);
    void setDetailsBelow(bool below);
    void showOutcomeReference();
    void showFilterHelp();
    void showAbout();
    void restoreLayout();
    void saveLayout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings *m_settings;
    SecretStore *m_secrets;
    ListenerOptions m_options;
    QString m_databasePath;
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
    // What waits for a file job's answer, by the job's id: a replay, a session demo and an import each
    // wait for their own.
    struct PendingJob {
        enum class Kind { Import, Session, Replay, Synthetic } kind;
        ReplayPanel::Session session;
    };
    QHash<int, PendingJob> m_pending;
    ExportController *m_exports = nullptr;
    std::optional<Masker> m_masker; // presenter mode
    ReviewDrafts *m_drafts;
    qint64 m_nextAfterReview = 0; // the call whose review, once stored, moves on to the next unreviewed
    quint64 m_nextTicket = 0; // the store is finding the next unreviewed call
    std::function<void()> m_afterSaves; // what waits for the reviews being saved (closing, another store)
    qint64 m_selectedId = 0; // kept across list reloads
};

} // namespace CallScope
