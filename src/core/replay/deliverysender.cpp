// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "deliverysender.h"

#include "replay/webhooksignature.h"
#include "storage/sqlsupport.h"
#include "storage/storetables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>


namespace CallScope {

DeliverySender::DeliverySender(QUrl target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
{
    m_network.setTransferTimeout(30'000);
}

HttpHeaders DeliverySender::contentHeaders(const HttpHeaders &headers)
{
    HttpHeaders content;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("content-") && lower != "content-length")
            content.append(qMakePair(name, value));
    }
    if (content.isEmpty())
        content.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return content;
}

QList<OutgoingDelivery> DeliverySender::toSend(const QList<IncomingDelivery> &read, const QString &origin, qint64 *first, QStringList *skipped)
{
    QList<OutgoingDelivery> deliveries;
    deliveries.reserve(read.size());
    for (const IncomingDelivery &d : read) {
        if (!d.keepsBody()) {
            skipped->append(tr("%1: skipped a refused attempt of %2 (its body was not kept)")
                                .arg(origin, QDateTime::fromMSecsSinceEpoch(d.receivedMs).toUTC().toString(Qt::ISODateWithMs)));
            continue;
        }
        if (*first < 0)
            *first = d.receivedMs;
        const QString label = d.parsed.event.callId.isEmpty() ? origin : d.parsed.event.callId;
        // HAR entries keep their recorded gaps; plain envelopes all have the same time, so none.
        deliveries.append({d.parsed.event.raw, contentHeaders(d.headers), std::max<qint64>(0, d.receivedMs - *first), label});
    }
    return deliveries;
}

void DeliverySender::start(QList<OutgoingDelivery> deliveries)
{
    m_deliveries = std::move(deliveries);
    m_next = 0;
    m_clock.start();
    sendNext();
}

void DeliverySender::stop()
{
    m_stopped = true;
}

void DeliverySender::sendNext()
{
    if (m_next >= m_deliveries.size() || m_stopped) {
        Q_EMIT finished(m_answered, m_failed, false);
        return;
    }
    const OutgoingDelivery &d = m_deliveries[m_next];
    // Due at its recorded offset (scaled), and no sooner than the rate allows after the previous one.
    qint64 due = qint64(double(d.offsetMs) / m_speed);
    if (m_rate > 0 && m_lastSentMs >= 0)
        due = std::max(due, m_lastSentMs + qint64(1000.0 / m_rate));
    const qint64 wait = due - m_clock.elapsed();
    if (wait > 0) {
        QTimer::singleShot(std::chrono::milliseconds(wait), this, &DeliverySender::sendNext);
        return;
    }
    QNetworkRequest request(m_target);
    for (const auto &[name, value] : d.headers)
        request.setRawHeader(name, value);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (m_signingKey) {
        for (const auto &[name, value] : WebhookSignature::headers(*m_signingKey, d.body, QDateTime::currentSecsSinceEpoch()))
            request.setRawHeader(name, value);
    }
    m_lastSentMs = m_clock.elapsed();
    m_requestTimer.start();
    QNetworkReply *reply = m_network.post(request, d.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void DeliverySender::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const int index = m_next++;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        ++m_answered;
        Q_EMIT answered(index, status.toInt(), m_requestTimer.elapsed(), reply->readAll());
    } else {
        ++m_failed;
        Q_EMIT failed(index, reply->errorString());
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::UnknownNetworkError:
            Q_EMIT finished(m_answered, m_failed, true);
            return;
        default: break;
        }
    }
    sendNext();
}

std::optional<QList<OutgoingDelivery>> DeliverySender::fromStore(const QString &databasePath, const CallFilter &asked, QString *error,
                                                                 const QList<qint64> &callIds)
{
    const ReadOnlyDatabase store(databasePath);
    if (!store.isOpen()) {
        *error = store.error();
        return std::nullopt;
    }
    const CallFilter filter = filterForStore(store.database(), asked);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    const QString calls = callIds.isEmpty() ? filter.sql() : idsCondition(callIds);
    q.prepare(StoreTables::replaySql(calls));
    if (callIds.isEmpty())
        bindAll(q, filter.bindings());
    if (!q.exec()) {
        *error = QCoreApplication::translate("CallScope::DeliverySender", "The database %1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(databasePath), sqlProblem(q.lastError()));
        return std::nullopt;
    }
    QList<OutgoingDelivery> deliveries;
    using namespace ReplayColumn;
    while (q.next()) {
        const QString callId = q.value(CallId).toString();
        deliveries.append({q.value(Body).toByteArray(), contentHeaders(headersFromJson(q.value(Headers).toString())), 0,
                           callId.isEmpty() ? QCoreApplication::translate("CallScope::DeliverySender", "delivery %1").arg(q.value(DeliveryId).toLongLong())
                                            : callId});
    }
    return deliveries;
}

} // namespace CallScope
