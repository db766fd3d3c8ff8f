// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/deliveryanswer.h"
#include "storage/storecounts.h"

namespace CallScope {

// The contract's HTTP answers ("HTTP" in docs/CONTRACT.md) that are no store's verdict: errors, health and
// reason phrases. The answer to a stored POST is DeliveryAnswer's (domain/), which readers of the store use too.
class WebhookAnswer final
{
public:
    WebhookAnswer() = delete;

    using Answer = HttpAnswer;

    // For an answer given before any body is read: {"status":"rejected","error":reason}.
    static Answer error(int status, const QString &reason);
    // GET /healthz: {"status":"ok","calls":N,"deliveries":M,"rejected":R,"refused":F} (StoreCounts).
    static Answer health(const StoreCounts &counts);
    static QByteArray reasonPhrase(int status);
    // Why a delivery answered `status` has no body kept, for the user (translated): a 413 was over the size
    // limit, a 401 was refused before its body was read.
    static QString whyBodyNotKept(int status);
};

} // namespace CallScope
