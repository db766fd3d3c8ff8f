// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/webhookauth.h"

#include <QHostAddress>

#include <chrono>

namespace CallScope {

// How the listener listens, with the contract's defaults.
struct ListenerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    qint64 maxBodyBytes = 1024 * 1024;
    qsizetype maxHeaderBytes = 16 * 1024;
    bool strict = false;
    AuthPolicy auth; // --token, --secret
    QString tlsCertificate; // --tls-cert: a PEM file; with tlsKey, the listener speaks HTTPS only
    QString tlsKey; // --tls-key: its PEM private key
    bool usesTls() const { return !tlsCertificate.isEmpty(); }
    int maxConnections = 1000;
    int listenBacklog = 4096; // the kernel caps it at net.core.somaxconn
    std::chrono::milliseconds headerTimeout{10'000}; // from a request's first byte to its head's end
    std::chrono::milliseconds bodyTimeout{30'000}; // with no body byte arriving
    std::chrono::milliseconds idleTimeout{60'000}; // keep-alive with no request

    bool operator==(const ListenerOptions &) const = default;
};

} // namespace CallScope
