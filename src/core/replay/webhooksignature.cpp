// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "webhooksignature.h"

#include <QMessageAuthenticationCode>
#include <QUuid>

namespace CallScope {

std::optional<QByteArray> WebhookSignature::keyOf(const QString &secret)
{
    if (!secret.startsWith(QLatin1String("whsec_")))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(secret.mid(6).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

QByteArray WebhookSignature::sign(const QByteArray &key, const QByteArray &id, qint64 timestamp, const QByteArray &body)
{
    const QByteArray content = id + '.' + QByteArray::number(timestamp) + '.' + body;
    return "v1," + QMessageAuthenticationCode::hash(content, key, QCryptographicHash::Sha256).toBase64();
}

HttpHeaders WebhookSignature::headers(const QByteArray &key, const QByteArray &body, qint64 timestamp)
{
    const QByteArray id = "msg_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    return {qMakePair(QByteArray("webhook-id"), id), qMakePair(QByteArray("webhook-timestamp"), QByteArray::number(timestamp)),
            qMakePair(QByteArray("webhook-signature"), sign(key, id, timestamp, body))};
}

} // namespace CallScope
