// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/callrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <span>

namespace CallScope {

class CallFilter;

// Reads the store for the window and the commands: call lists by filter and sort, rows by id in pages
// (never a body), and one call in full. It has its own connection, used only from the thread that opened
// it; with WAL, reading never waits for the listener's writes nor delays them.
class CallReader final
{
    Q_DECLARE_TR_FUNCTIONS(CallReader)
    Q_DISABLE_COPY_MOVE(CallReader)
public:
    explicit CallReader(QString path);
    ~CallReader();

    // The database must exist (the store creates and migrates it). On failure, one sentence for the user.
    bool open(QString *error);

    // The ids of the calls that match, in that order. nullopt (and the reason) when the query fails.
    std::optional<QList<qint64>> ids(const CallFilter &filter, const CallSort &sort, QString *error = nullptr);
    // The ids above `afterId` that match, in id order: the calls stored since a list was read.
    QList<qint64> idsAfter(qint64 afterId, const CallFilter &filter);
    // The rows of these ids, in the same order; ids no longer stored are skipped.
    QList<CallRow> rows(std::span<const qint64> ids);
    // Up to `limit` matching rows with ids above `afterId`, in id order: walks the whole store in pages.
    QList<CallRow> rowsAfter(qint64 afterId, int limit, const CallFilter &filter);
    // Those of `ids` that match, in the order given (a changed call: is it still in the list?).
    QList<qint64> matching(std::span<const qint64> ids, const CallFilter &filter);
    // The position of the first of `ids`, from `from` on (in the order given), that matches; -1 when none
    // does. Looks ids up by key, a chunk at a time: loaded in the window or not, it is the store that answers.
    qsizetype firstMatching(const QList<qint64> &ids, qsizetype from, const CallFilter &filter);
    // One call with its deliveries, bodies included; nullopt when there is no such call.
    std::optional<CallDetail> detail(qint64 id);
    // The highest call id in the store (0 when empty); nullopt when it cannot be read.
    std::optional<qint64> maxId();
    // The number of calls and deliveries.
    std::pair<qint64, qint64> counts();
    // The connection, for a query of the caller's own in the same thread.
    const QSqlDatabase &database() const { return m_db; }

private:
    CallFilter forStore(const CallFilter &filter) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_wordIndex = true; // a store before schema step 14, read as it is, has none (filterForStore())
    mutable QHash<QString, bool> m_broadWords; // isBroadWordSearch() of each search asked so far
};

} // namespace CallScope
