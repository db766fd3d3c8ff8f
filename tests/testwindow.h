// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The window as a user meets it, for the window tests: its own settings, its listener on a free port of a
// real socket, a database in the test's folder.
#pragma once

#include "listener/backgroundlistener.h"
#include "mainwindow.h"
#include "models/calltablemodel.h"
#include "panels/calldetailpanel.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace TestWindow {

struct Window {
    std::unique_ptr<CallScope::AppSettings> settings;
    std::unique_ptr<CallScope::SecretStore> secrets;
    std::unique_ptr<CallScope::MainWindow> window;
    quint16 port = 0; // 0 when the listener did not start
};

inline Window open(const QTemporaryDir &dir, const QString &name, quint16 port = 0)
{
    using namespace CallScope;
    Window w;
    w.settings = std::make_unique<AppSettings>(dir.filePath(name + QStringLiteral(".ini")));
    w.secrets = std::make_unique<SecretStore>(w.settings.get(), QStringLiteral("CallScope-test"));
    ListenerOptions options;
    options.port = port;
    w.window = std::make_unique<MainWindow>(w.settings.get(), w.secrets.get(), options, dir.filePath(name + QStringLiteral(".db")));
    QSignalSpy started(w.window->listener(), &BackgroundListener::started);
    w.window->show();
    if (port == 0 && started.wait(10000))
        w.port = quint16(QUrl(started.at(0).at(0).toString()).port());
    return w;
}

// Selects a row as a click does, and waits for the details to show its call.
inline void select(CallScope::MainWindow &w, int row)
{
    // "Follow newest call" may have selected it already: wait for the pane to show it, either way.
    auto *view = w.findChild<QTableView *>(QStringLiteral("callsView"));
    view->setFocus();
    view->selectRow(row);
    QTRY_COMPARE(w.detailPanel()->shownCall(), w.callsModel()->idAt(row));
}

} // namespace TestWindow
