// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "webhookauth.h"

#include "replay/webhooksignature.h"

namespace CallScope {

// What this file writes goes to senders (HTTP answers, the warnings of an answer) and is stored with each
// delivery: it stays in English whatever the desk's language, as an API's messages do.

bool WebhookAuth::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

std::optional<QString> WebhookAuth::refusal(const HttpRequest &request, const AuthPolicy &policy, qint64 nowSeconds)
{
    if (!policy.token.isEmpty()) {
        const QByteArray authorization = request.header("authorization");
        if (authorization.isEmpty())
            return QStringLiteral("No Authorization header: a Bearer token is required.");
        if (!constantTimeEquals(authorization, QByteArray("Bearer " + policy.token)))
            return QStringLiteral("The Bearer token is wrong.");
    }
    if (policy.secretKey) {
        const QByteArray id = request.header("webhook-id");
        const QByteArray timestamp = request.header("webhook-timestamp");
        const QByteArray signatures = request.header("webhook-signature");
        if (id.isEmpty() || timestamp.isEmpty() || signatures.isEmpty())
            return QStringLiteral("No signature: webhook-id, webhook-timestamp and webhook-signature are required.");
        bool ok = false;
        const qint64 at = timestamp.toLongLong(&ok);
        if (!ok)
            return QStringLiteral("The webhook-timestamp is not a number of seconds.");
        if (at < nowSeconds - AuthPolicy::ToleranceSeconds)
            return QStringLiteral("The webhook-timestamp is too old (more than 5 minutes): a replayed or delayed request.");
        if (at > nowSeconds + AuthPolicy::ToleranceSeconds)
            return QStringLiteral("The webhook-timestamp is in the future (more than 5 minutes): check the sender's clock.");
        const QByteArray expected = WebhookSignature::sign(*policy.secretKey, id, at, request.body);
        // Several signatures may be given, space-separated (a secret being rotated): one must match.
        bool matched = false;
        for (const QByteArray &candidate : signatures.split(' '))
            matched = constantTimeEquals(candidate, expected) || matched;
        if (!matched)
            return QStringLiteral("Signature mismatch: the body changed on the way, or the secret is wrong.");
    }
    return std::nullopt;
}

} // namespace CallScope
