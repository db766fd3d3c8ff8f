// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/listeneroptions.h"
#include "panels/replaypanel.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QDockWidget;
class QStatusBar;
class QWidget;

namespace CallScope {

class AppSettings;
class BackgroundListener;
class ExportController;
class FileJobs;

// The demos and replays: Demo > Play synthetic calls (one question: how many, at a rate that plays 2,000
// calls within a minute), the welcome panel's sample calls, Demo > Play a session file, and the replay of
// stored calls. Whatever is sent to this window goes to its own listener with the token and signature it
// requires; the bodies are read or generated on a file job first, each job waiting under its own id.
class DemoController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoController)
public:
    struct Parts {
        QWidget *window = nullptr; // dialogs open over it
        AppSettings *settings = nullptr;
        BackgroundListener *listener = nullptr;
        FileJobs *files = nullptr;
        ExportController *exports = nullptr; // shows a generating job's progress and Cancel
        ReplayPanel *replay = nullptr;
        QDockWidget *replayDock = nullptr;
        QStatusBar *statusBar = nullptr;
        std::function<ListenerOptions()> options; // what the listener runs with now
        std::function<QString()> databasePath;
        std::function<void(const QString &, bool listenerButtons)> problem; // the window's banner
    };
    explicit DemoController(Parts parts, QObject *parent = nullptr);

    // The rate Play synthetic calls offers: 2,000 calls within a minute.
    static constexpr double defaultRate = 40;

    // Demo > Play synthetic calls: asks how many (one dialog), then plays them.
    void playSynthetic();
    // The same without asking: `count` generated calls at `rate` a second.
    void startSyntheticDemo(int count, double rate);
    // The welcome panel's Send sample calls: the webhook documentation's sample calls, to this window.
    void sendSampleCalls();
    // Demo > Play a session file: asks for the file and the speed.
    void playSession();
    void startSessionDemo(const QString &file, double speed);
    // Replays stored calls (`ids`) after the replay dialog; with `edit`, that one body as edited instead.
    void replay(const QList<qint64> &ids, std::optional<OutgoingDelivery> edit);
    // Demo > Open demo workspace: makes the demo store at `path` the first time (on a job: a second or two,
    // its progress in the status bar), then answers demoWorkspaceReady(). The user's store is not opened.
    void openDemoWorkspace(const QString &path);

Q_SIGNALS:
    void demoWorkspaceReady(const QString &path);

private:
    // Plays a session into this window's own listener, with the token and signature it requires.
    void playIntoWindow(ReplayPanel::Session session);

    Parts m_parts;
    // What waits for a file job's answer, by the job's id.
    struct PendingJob {
        enum class Kind { Session, Replay, Synthetic, Workspace } kind;
        ReplayPanel::Session session;
        QString path = {}; // a workspace's store
    };
    QHash<int, PendingJob> m_pending;
};

} // namespace CallScope
