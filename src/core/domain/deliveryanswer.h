// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/deliveryverdict.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace CallScope {

struct IncomingDelivery;

// An HTTP answer of the listener: its status and compact JSON body.
struct HttpAnswer {
    int status = 200;
    QByteArray body; // compact JSON
    QString error; // an error answer's reason, as in its body; empty otherwise
};

// The contract's answer to a POST ("HTTP" in docs/CONTRACT.md) as a pure function of what was received and
// the store's verdict: the listener answers with it, and readers of stored deliveries (HAR export, the
// detail view) rebuild with it the answer a sender got, from the delivery's row.
class DeliveryAnswer final
{
public:
    DeliveryAnswer() = delete;

    // What an answer takes from what was received, known before the verdict: the listener keeps it per
    // request while the store records it, and a stored row holds it (ofStored()).
    struct Basis {
        int status = 200; // 200, or 400 not JSON, 401 refused, 413 too large, 422 invalid under --strict
        QString error; // 400, 401, 413: the reason, {"status":"rejected","error":…}
        QString callId; // 200: a call.completed's callId; empty when it has none
        QJsonArray problems; // 200: the warnings (each problem); 422: the errors
    };
    static Basis basisOf(const IncomingDelivery &delivery);
    // The status alone (cheaper: no problem turned into JSON).
    static int statusOf(const IncomingDelivery &delivery);

    // 200 accepted or duplicate (with the callId and any warnings), or the error the basis holds. Unstored
    // is the 503 of a store that failed, whatever the basis.
    static HttpAnswer answer(const Basis &basis, DeliveryVerdict verdict);
    static HttpAnswer error(int status, const QString &reason);

    // The store keeps the text of these answers only: their row cannot give them back. A 401's reason (which
    // check failed) and a 413's (the limit, or a chunked body) are in no other column; a 422 lists the
    // errors among the problems, and the stored problems do not say which are errors (a bad timestamp is
    // either). Every other answer is rebuilt, byte for byte, from the row (ofStored()).
    static bool storesText(int status) { return status == 401 || status == 413 || status == 422; }
    // The answer a stored delivery got: `storedText` when the row has it (a kind storesText(), or a row of an
    // earlier version, which stored every answer's text), else rebuilt from the row: its status, problems
    // (as stored: the messages that were sent), body (for the callId) and duplicate flag.
    static QByteArray ofStored(int status, const QByteArray &storedText, const QByteArray &body, const QJsonArray &problems, bool duplicate);
};

} // namespace CallScope
