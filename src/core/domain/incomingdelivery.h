// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/calleventparser.h"
#include "domain/deliveryverdict.h"
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
    // Why it was refused before storing (401), or why it was too large (413: the parser's reason, as the
    // sender was told); the body is not kept.
    QString refusal;
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
        int answerStatus = 0; // DeliveryAnswer::statusOf()
        QString answerText; // the answer's body, only for the kinds the row cannot give back (DeliveryAnswer::storesText)
    } derived;
};

// What the store did with a delivery: its verdict, from which the listener makes the sender's answer
// (DeliveryAnswer), and what views need to show it. No HTTP in it: the store does not answer.
struct StoreReceipt {
    quint64 ticket = 0;
    // In recorded(), the verdict the sender is answered with. In stored(), the call it was derived into: a
    // delivery recorded as new can turn out a duplicate when another program recorded the same key at the
    // same time (CallDeriver).
    DeliveryVerdict verdict = DeliveryVerdict::Unstored;
    qint64 deliveryId = 0;
    qint64 callRowId = 0;
    qint64 raisedMask = 0; // the outcomes the delivery raised (bit OutcomeId), for notifications
    bool imported = false; // read from a file (File > Import, `callscope import`), not received now
    // Stored calls whose contact-pattern warnings this delivery's new call changed (it was created before
    // them and arrived after them: PatternRevisor), for views that show them.
    QList<qint64> revisedCalls = {};
    // A new call's row as committed, contact-pattern warnings included, so that a view can judge it against
    // its filter in memory (CallFilter::matches) instead of asking the store; null for other receipts.
    std::shared_ptr<const CallRow> row = {};

    bool stored() const { return verdict != DeliveryVerdict::Unstored; }
    bool newCall() const { return verdict == DeliveryVerdict::Accepted; } // it made a call of its own
    bool conflict() const { return verdict == DeliveryVerdict::Conflict; }
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::IncomingDelivery)
Q_DECLARE_METATYPE(CallScope::StoreReceipt)
