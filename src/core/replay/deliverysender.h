// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/callfilter.h"
#include "domain/httpheaders.h"
#include "domain/incomingdelivery.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <optional>

class QNetworkReply;

namespace CallScope {

// One POST to make: the exact body bytes, the content headers to send with them, and when.
struct OutgoingDelivery {
    QByteArray body;
    HttpHeaders headers; // Content-Type and the other content headers; never Content-Length (Qt sets it)
    qint64 offsetMs = 0; // when, after the first, as recorded (HAR); 0 for plain envelopes
    QString label; // the call id, or the file and line it came from
};

// POSTs deliveries to a URL one after the other, each after the previous one's answer, keeping their
// recorded gaps (scaled by the speed) and at most `rate` a second. Used by `callscope send` and
// `callscope replay`. An unreachable target stops it: nothing after that could arrive either.
class DeliverySender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliverySender)
public:
    explicit DeliverySender(QUrl target, QObject *parent = nullptr);

    void setSpeed(double factor) { m_speed = factor > 0 ? factor : 1; }
    void setRate(double perSecond) { m_rate = perSecond; }
    // Re-sign each delivery for Standard Webhooks as it is sent (webhook-id, -timestamp, -signature).
    void setSigningKey(std::optional<QByteArray> key) { m_signingKey = std::move(key); }
    // Send Authorization: Bearer with each delivery (none when empty).
    void setBearerToken(QByteArray token) { m_token = std::move(token); }
    // Stops after the delivery in flight; finished() follows.
    void stop();
    void start(QList<OutgoingDelivery> deliveries);

    // The content headers of a stored or recorded request: what a replay sends with the body.
    static HttpHeaders contentHeaders(const HttpHeaders &headers);
    // Deliveries read from a file (CallImport), to send again: a refused attempt, whose body was not kept,
    // is left out and named in `skipped`. `first` is the receive time the recorded gaps count from
    // (-1: the first delivery's); `origin` labels a delivery without a call id.
    static QList<OutgoingDelivery> toSend(const QList<IncomingDelivery> &read, const QString &origin, qint64 *first, QStringList *skipped);
    // The deliveries of the calls in a store that match, bodies as received, oldest first.
    // With callIds, those calls only (the filter is then ignored).
    static std::optional<QList<OutgoingDelivery>> fromStore(const QString &databasePath, const CallFilter &filter, QString *error,
                                                            const QList<qint64> &callIds = {});

Q_SIGNALS:
    void answered(int index, int status, qint64 elapsedMs, const QByteArray &answer);
    void failed(int index, const QString &reason);
    void finished(int answered, int failed, bool unreachable);

private:
    void sendNext();
    void onReply(QNetworkReply *reply);

    QUrl m_target;
    QNetworkAccessManager m_network;
    QList<OutgoingDelivery> m_deliveries;
    int m_next = 0;
    int m_answered = 0;
    int m_failed = 0;
    double m_speed = 1;
    double m_rate = 0;
    std::optional<QByteArray> m_signingKey;
    QByteArray m_token;
    bool m_stopped = false;
    QElapsedTimer m_clock; // since the first send
    qint64 m_lastSentMs = -1;
    QElapsedTimer m_requestTimer;
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::OutgoingDelivery)
