// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/httpheaders.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace CallScope {

// Standard Webhooks signatures (https://www.standardwebhooks.com): webhook-id, webhook-timestamp and
// webhook-signature "v1,<base64 of HMAC-SHA256(secret, id.timestamp.body)>", the secret given as
// "whsec_<base64>". Qt's QMessageAuthenticationCode does the HMAC; this is only the framing around it.
class WebhookSignature final
{
public:
    WebhookSignature() = delete;

    // The key bytes of a "whsec_…" secret, or nullopt when it is not one.
    static std::optional<QByteArray> keyOf(const QString &secret);
    // "v1,<base64>".
    static QByteArray sign(const QByteArray &key, const QByteArray &id, qint64 timestamp, const QByteArray &body);
    // The three headers for a body, with a fresh id and the given time (seconds since the epoch).
    static HttpHeaders headers(const QByteArray &key, const QByteArray &body, qint64 timestamp);
};

} // namespace CallScope
