// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"
#include "storage/callrecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace CallScope {

class PatternRevisor;

// A delivery as its durable record holds it, with the verdict given before its answer: what derivation
// needs to make or update its call.
struct RecordedDelivery {
    StoreReceipt receipt; // as recorded: ticket, the verdict the sender was answered with, delivery id, its call
    bool keyMismatch = false;
    IncomingDelivery delivery; // prepared (DeliveryStore::prepare)
};

// Makes the calls rows of recorded deliveries, after their answer (issue 17: verify, persist and answer,
// then process): the call row and its indexes (word search included, by the schema's triggers), the
// delivery's link to it, and the contact-pattern warnings of the calls it makes and changes. Used inside
// the store's open write transaction, in the order the deliveries were recorded: a redelivery's call is
// always derived before it.
class CallDeriver final
{
    Q_DISABLE_COPY_MOVE(CallDeriver)
public:
    explicit CallDeriver(const QSqlDatabase &db);
    ~CallDeriver();

    bool prepare(QString *error);

    // The recorded deliveries not yet derived, oldest first, at most `limit`.
    std::optional<QList<qint64>> underived(int limit, QString *error);
    // A recorded delivery read back from its row (after a restart, or when it was not kept in memory),
    // its body judged again as the listener judged it.
    std::optional<RecordedDelivery> load(qint64 deliveryId, QString *error);

    // Derives one delivery; `withRow`: its receipt carries the new call's row for the views.
    std::optional<StoreReceipt> derive(const RecordedDelivery &recorded, bool withRow, QString *error);
    // Before the commit: the contact-pattern warnings of the calls derived, and of those they change, are
    // worked out and put in the receipts.
    bool finish(qint64 atMs, QList<StoreReceipt> &receipts, QString *error);
    // After a rollback.
    void forget();

private:
    QSqlDatabase m_db;
    QSqlQuery m_underived, m_load, m_insertCall, m_updateCall, m_link, m_callByKey, m_markDuplicate;
    std::unique_ptr<PatternRevisor> m_patterns;
    QHash<qint64, CallRow> m_newRows; // the calls this transaction made, by id
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::RecordedDelivery)
