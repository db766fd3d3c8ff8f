// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/httprequest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace CallScope {

// What the listener requires of a POST before it stores the body (the contract's --token and --secret).
struct AuthPolicy {
    QByteArray token; // empty: no bearer token required
    std::optional<QByteArray> secretKey; // the key of a whsec_ secret: Standard Webhooks signatures required
    QString secret; // that secret as the user gave it (whsec_…), to show and save it
    static constexpr qint64 ToleranceSeconds = 5 * 60;

    bool requiresAnything() const { return !token.isEmpty() || secretKey.has_value(); }
    bool operator==(const AuthPolicy &) const = default;
};

class WebhookAuth final
{
public:
    WebhookAuth() = delete;
    // Why the request is refused (one sentence, its own for each failure), or nothing when it passes.
    static std::optional<QString> refusal(const HttpRequest &request, const AuthPolicy &policy, qint64 nowSeconds);
    // Equal bytes, in a time that does not depend on where they differ. Hand-written: Qt has no such
    // comparison, and OpenSSL's CRYPTO_memcmp is not worth a dependency for six lines.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};

} // namespace CallScope
