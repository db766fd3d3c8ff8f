// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/webhookauth.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace CallScope::Commands {

// --token and --secret, each also from a file (--token-file, --secret-file) or the environment
// (CALLSCOPE_TOKEN, CALLSCOPE_SECRET): a file or the environment keeps it out of the process list
// (ps, /proc/PID/cmdline), where any local user can read an option.
struct CredentialOptions {
    enum class Role { Listener, Sender }; // requires them, or sends them
    explicit CredentialOptions(Role role);
    void addTo(QCommandLineParser &parser) const;
    // `base` with the credentials given on top, or the reason they are unusable (both an option and its
    // file, an unreadable or empty file, a secret that is not whsec_ and base64).
    std::optional<AuthPolicy> read(const QCommandLineParser &parser, AuthPolicy base, QString *error) const;

    QCommandLineOption token, tokenFile, secret, secretFile;
};

} // namespace CallScope::Commands
