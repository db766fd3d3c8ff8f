// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"
#include "storage/storecounts.h"

namespace CallScope {

// The contract's HTTP answers ("HTTP" in docs/CONTRACT.md), as pure functions of what was received and
// what the store found.
class WebhookAnswer final
{
public:
    WebhookAnswer() = delete;

    struct Answer {
        int status = 200;
        QByteArray body; // compact JSON
        QString error; // an error answer's reason, as in its body; empty otherwise
    };

    // For a POST that was stored: accepted, duplicate, invalid (--strict), rejected or too large.
    static Answer forDelivery(const IncomingDelivery &delivery, bool duplicate);
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
