// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "dedupeindex.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace CallScope {

namespace {

qint64 first8(QByteArrayView bytes)
{
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_160);
    return qFromLittleEndian<qint64>(digest.constData());
}

} // namespace

qint64 DedupeIndex::hashOf(QStringView idempotencyKey)
{
    return first8(idempotencyKey.toUtf8());
}

qint64 DedupeIndex::hashOf(QByteArrayView webhookId)
{
    return first8(webhookId);
}

void DedupeIndex::clear()
{
    m_byKey.clear();
    m_byWebhookId.clear();
    m_journal.clear();
}

void DedupeIndex::addKey(qint64 hash, qint64 call)
{
    m_byKey.insert(hash, call);
    m_journal.append({true, hash, call});
}

void DedupeIndex::addWebhookId(qint64 hash, qint64 call)
{
    m_byWebhookId.insert(hash, call);
    m_journal.append({false, hash, call});
}

void DedupeIndex::rollback()
{
    for (const Added &a : std::as_const(m_journal))
        (a.key ? m_byKey : m_byWebhookId).remove(a.hash, a.call);
    m_journal.clear();
}

} // namespace CallScope
