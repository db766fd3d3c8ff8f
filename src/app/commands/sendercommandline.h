// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "commands/credentialoptions.h"
#include "replay/deliverysender.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace CallScope::Commands {

// What `send` and `replay` share: where to (--to), how fast (--rate), and the credentials to send.
struct SenderCommandLine {
    SenderCommandLine();
    void addTo(QCommandLineParser &parser) const;
    // The credentials, once --to is checked; or the reason (a usage error) in `error`.
    std::optional<AuthPolicy> check(const QCommandLineParser &parser, QString *error) const;
    // POSTs the deliveries, one line each on stdout. Exit 1 when the target cannot be reached or any
    // delivery is not answered 2xx (with how many); `speed` scales recorded gaps.
    int run(const QCommandLineParser &parser, const AuthPolicy &auth, QList<OutgoingDelivery> deliveries, double speed = 1) const;

    QCommandLineOption to, rate;
    CredentialOptions credentials{CredentialOptions::Role::Sender};
};

} // namespace CallScope::Commands
