// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/calleventparser.h"
#include "domain/httpheaders.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace CallScope {

struct CallRow;

// A POST as the listener hands it to the store: the request as received and the verdict on its body.
struct IncomingDelivery {
    quint64 ticket = 0; // the listener's id for the answer still owed
    qint64 receivedMs = 0; // ms since the epoch, UTC
    QByteArray method;
    QByteArray path;
    QByteArray query;
    HttpHeaders headers;
    QString remoteAddress;
    qint64 bodySize = 0;
    bool tooLarge = false; // over --max-body: the body was never read, only the attempt is kept
    bool strict = false; // --strict: schema errors are answered 422
    QString refusal; // refused before storing (401): why; the body is not kept
    ParsedEvent parsed; // parsed.event.raw holds the body

    // Only the attempt is kept (no body, no call content) for a body over the limit or a refused request.
    bool keepsBody() const { return !tooLarge && refusal.isEmpty(); }

    // What the store writes besides the request, derived from it by DeliveryStore::prepare(): computed in
    // the listener's thread so that the store's thread only writes (measured: it was the bottleneck).
    struct Derived {
        bool ready = false;
        QByteArray webhookId;
        QString headersJson;
        QString problemsJson;
        qint64 raisedMask = 0;
        qint64 malformedMask = 0;
        int severity = 0;
        int validation = 0;
    } derived;
};

// What the store did with a delivery, and the answer the sender gets (also stored).
struct StoreReceipt {
    quint64 ticket = 0;
    bool stored = false;
    int httpStatus = 500;
    QByteArray answer; // the JSON body of the answer
    qint64 deliveryId = 0;
    qint64 callRowId = 0;
    bool newCall = false; // the delivery made a new call (it was not a duplicate)
    bool conflict = false; // a redelivery whose JSON differs from the first delivery's
    qint64 raisedMask = 0; // the outcomes the delivery raised (bit OutcomeId), for notifications
    bool imported = false; // read from a file (File > Import, `callscope import`), not received now
    // Stored calls whose contact-pattern warnings this delivery's new call changed (it was created before
    // them and arrived after them: PatternRevisor), for views that show them.
    QList<qint64> revisedCalls = {};
    // A new call's row as committed, contact-pattern warnings included, so that a view can judge it against
    // its filter in memory (CallFilter::matches) instead of asking the store; null for other receipts.
    std::shared_ptr<const CallRow> row = {};
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::IncomingDelivery)
Q_DECLARE_METATYPE(CallScope::StoreReceipt)
