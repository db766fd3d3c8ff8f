// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMultiHash>
#include <QStringView>

#include <utility>

namespace CallScope {

// The dedupe verdict's first look, in memory: which calls an idempotency key or a webhook-id may belong to,
// by a 64-bit hash of it. Loaded from the store's narrow delivery_keys table at open and added to as
// deliveries are recorded, so that the answer path inserts into no random-keyed B-tree (measured: the
// UNIQUE key index and the webhook-id index cost a random leaf page, a WAL frame, per delivery). A hit is
// only a candidate: the store checks the full key against the call's first delivery, so the verdict stays
// exact whatever the hash does.
class DedupeIndex final
{
public:
    // Stable across runs and Qt versions (the hashes are stored): the first 8 bytes of BLAKE2b.
    static qint64 hashOf(QStringView idempotencyKey);
    static qint64 hashOf(QByteArrayView webhookId);

    void clear();
    qsizetype size() const { return m_byKey.size() + m_byWebhookId.size(); }

    // The calls (their row ids, made or still to be derived) recorded with this hash.
    QList<qint64> callsForKey(qint64 hash) const { return m_byKey.values(hash); }
    QList<qint64> callsForWebhookId(qint64 hash) const { return m_byWebhookId.values(hash); }

    // Additions are journalled until commit() or rollback(), so that a batch that is not committed leaves
    // no candidate behind.
    void addKey(qint64 hash, qint64 call);
    void addWebhookId(qint64 hash, qint64 call);
    void commit() { m_journal.clear(); }
    void rollback();

private:
    QMultiHash<qint64, qint64> m_byKey;
    QMultiHash<qint64, qint64> m_byWebhookId;
    struct Added {
        bool key;
        qint64 hash, call;
    };
    QList<Added> m_journal;
};

} // namespace CallScope
