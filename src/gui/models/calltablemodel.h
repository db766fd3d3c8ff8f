// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/callfilter.h"
#include "domain/incomingdelivery.h"
#include "storage/callrecord.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QList>
#include <QSet>

namespace CallScope {

class CallQueryService;
class Masker;

// The calls table over the store. The model holds the ordered ids of the calls that match the filter
// (8 bytes a call) and a bounded cache of rows; rows are read in pages on the reader thread when the view
// first asks for them. Sorting and filtering run in SQLite on the reader thread; new calls are appended
// in one batch per store commit. No QObject per row, no SQL on the GUI thread.
class CallTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallTableModel)
public:
    enum Column {
        ReceivedColumn,
        EndedColumn,
        DurationColumn,
        PhoneColumn,
        FileNumberColumn,
        OrganizationColumn,
        AgentColumn,
        OutcomesColumn,
        ValidationColumn,
        ReviewColumn,
        DeliveriesColumn,
        WaitingColumn, // how long an unreviewed call has waited since it arrived
        FixedColumnCount, // then one column per outcome of outcomeColumns()
    };
    enum Role {
        CallIdRole = Qt::UserRole, // qint64, the store's id of the call
        SeverityRole, // Severity as int
        BadgesRole, // QList<OutcomeBadge>
        LoadedRole, // bool: the row's data is in the cache
    };
    static constexpr int PageSize = 200;

    explicit CallTableModel(CallQueryService *service, QObject *parent = nullptr);
    ~CallTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Reads the list again for this filter (an invalid filter is refused: the caller shows why).
    void setFilter(const CallFilter &filter);
    const CallFilter &filter() const { return m_filter; }
    const CallSort &sortOrder() const { return m_sort; }
    // Extra columns: catalogue indexes.
    void setOutcomeColumns(const QList<int> &outcomeIndexes);
    const QList<int> &outcomeColumns() const { return m_outcomeColumns; }
    // Reads the whole list again (after the store was opened, or replaced).
    void reload();
    // The store committed these deliveries: new calls are appended, changed ones refreshed. New calls are
    // judged against the filter in memory from the rows their receipts carry (CallFilter::matches), and
    // by a query of the store only when that cannot answer.
    void storeCommitted(const QList<StoreReceipt> &receipts);

    // Every row is read again from the service (after presenter mode changed what it answers).
    void dropCachedRows();
    // The call changed in the store (a review): read its row again, and find out whether it still belongs
    // in the list: a call the filter no longer takes leaves it (a queue shrinks as it is worked), one it now
    // takes joins it, with no re-apply.
    void refreshCall(qint64 id);
    void refreshCalls(const QList<qint64> &ids);

    // The call the reviewer is on: when a change takes it out of the list, its row stays until they leave
    // it (a queue must not pull the call being edited away).
    void setHeldCall(qint64 id);
    // The ids of the list, in its order.
    const QList<qint64> &ids() const { return m_ids; }
    qint64 idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }
    // The row of a call, or -1 (a linear scan: ~1 ms for a million rows).
    int rowOf(qint64 id) const;
    // The cached row, if it is loaded.
    const CallRow *cachedRow(int row) const;
    bool isQuerying() const { return m_idsTicket != 0; }

Q_SIGNALS:
    // A list was read (after a filter, sort or reload): how long the store took, and how many calls match.
    void listReady(qint64 elapsedMs, int rows);
    void queryFailed(const QString &error);
    // Calls were appended by storeCommitted() (not by a list read).
    void callsAppended(int first, int last);

private:
    void requestList();
    void requestPage(int page) const;
    void requestNewIds();
    void onIdsReady(quint64 ticket, const QList<qint64> &ids, qint64 maxId, qint64 elapsedMs, const QString &error);
    void onRowsReady(quint64 ticket, const QList<CallRow> &rows);
    void onNewIdsReady(quint64 ticket, const QList<qint64> &ids, qint64 maxId);
    bool appendJudgedInMemory(const QList<StoreReceipt> &receipts);
    void appendIds(const QList<qint64> &ids); // in id order
    void onMatchingReady(quint64 ticket, const QList<qint64> &matching);
    void removeCall(qint64 id);
    QVariant display(const CallRow &row, int column) const;
    CallSort::Field sortField(int column) const;

    CallQueryService *m_service;
    CallFilter m_filter;
    CallSort m_sort;
    QList<int> m_outcomeColumns;
    QList<qint64> m_ids;
    qint64 m_maxId = 0; // the highest call id already considered
    quint64 m_idsTicket = 0; // the list being read, or 0
    quint64 m_newIdsTicket = 0; // new calls being read, or 0
    bool m_newIdsAgain = false; // more commits came while new calls were being read
    bool m_listAgain = false; // a commit came while a list was being read
    mutable QCache<qint64, CallRow> m_cache;
    struct PageRequest {
        int page;
        quint64 generation;
    };
    quint64 m_generation = 0; // bumped whenever rows move (a new list): page answers of older ones only fill the cache
    mutable QHash<quint64, PageRequest> m_pageTickets;
    QHash<quint64, QList<qint64>> m_matchTickets; // changed calls being checked against the filter
    QList<qint64> m_recheckAfterList; // checked while a list was on its way: checked again after it
    qint64 m_heldCall = 0;
    bool m_heldLeaves = false; // the held call no longer matches: its row goes when it is released
    mutable QSet<int> m_pendingPages;
};

} // namespace CallScope
