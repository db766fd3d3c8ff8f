// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "commands/credentialoptions.h"
#include "listener/listeneroptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace CallScope::Commands {

// The options of `callscope [--headless] [LISTENER OPTIONS]`: the window's listener, or the headless one.
struct ListenerCommandLine {
    ListenerCommandLine();
    void addTo(QCommandLineParser &parser) const;
    // `base` with what the command line sets, or the reason it is unusable.
    std::optional<ListenerOptions> options(const QCommandLineParser &parser, ListenerOptions base, QString *error) const;

    QCommandLineOption headless, bind, port, db, maxBody, strict, tlsCert, tlsKey, maxConnections, headerTimeout, bodyTimeout, idleTimeout;
    CredentialOptions credentials{CredentialOptions::Role::Listener};
};

} // namespace CallScope::Commands
