// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "calltablemodel.h"

#include "models/callcells.h"
#include "models/outcomebadges.h"
#include "storage/callqueryservice.h"
#include "widgets/plaintooltip.h"

#include <algorithm>
#include <vector>

namespace CallScope {

CallTableModel::CallTableModel(CallQueryService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_filter(CallFilter::compile(u""))
    , m_cache(20 * PageSize)
{
    connect(m_service, &CallQueryService::idsReady, this, &CallTableModel::onIdsReady);
    connect(m_service, &CallQueryService::rowsReady, this, &CallTableModel::onRowsReady);
    connect(m_service, &CallQueryService::newIdsReady, this, &CallTableModel::onNewIdsReady);
    connect(m_service, &CallQueryService::matchingReady, this, &CallTableModel::onMatchingReady);
}

CallTableModel::~CallTableModel() = default;

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_outcomeColumns.size());
}

const CallRow *CallTableModel::cachedRow(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    return m_cache.object(m_ids[row]);
}

int CallTableModel::rowOf(qint64 id) const
{
    const qsizetype at = m_ids.indexOf(id);
    return int(at);
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == CallIdRole)
        return m_ids[index.row()];
    const CallRow *row = cachedRow(index.row());
    if (role == LoadedRole)
        return row != nullptr;
    if (!row) {
        requestPage(index.row() / PageSize);
        return role == Qt::DisplayRole && index.column() == ReceivedColumn ? QVariant(tr("loading…")) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole: return display(*row, index.column());
    case Qt::ToolTipRole: return plainToolTip(CallCells::toolTip(*row, index.column()).toString());
    case Qt::AccessibleTextRole:
        return index.column() == OutcomesColumn ? CallCells::accessibleOutcomes(*row) : display(*row, index.column());
    case Qt::AccessibleDescriptionRole: return CallCells::toolTip(*row, index.column());
    case Qt::BackgroundRole: return CallCells::background(*row);
    case Qt::ForegroundRole:
        // Row colours are light: keep the text dark on them whatever the theme.
        return CallCells::background(*row).isValid() ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::DecorationRole: return index.column() == ValidationColumn ? CallCells::validationIcon(*row) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == DeliveriesColumn || index.column() == WaitingColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeverityRole: return int(row->severity);
    case BadgesRole: return QVariant::fromValue(outcomeBadges(*row));
    default: return {};
    }
}

QVariant CallTableModel::display(const CallRow &row, int column) const
{
    if (column < FixedColumnCount)
        return CallCells::text(row, column);
    const int outcome = m_outcomeColumns.value(column - FixedColumnCount, -1);
    if (outcome < 0)
        return {};
    return outcomeDisplayText(row.value(OutcomeId(outcome)));
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // A screen reader gets the header's name in full and its tooltip as the description.
    if (role == Qt::AccessibleTextRole)
        return section == DeliveriesColumn ? QVariant(tr("Deliveries")) : headerData(section, orientation, Qt::DisplayRole);
    if (role == Qt::AccessibleDescriptionRole)
        return headerData(section, orientation, Qt::ToolTipRole);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case ReceivedColumn: return tr("Received");
    case EndedColumn: return tr("Ended");
    case DurationColumn: return tr("Duration");
    case PhoneColumn: return tr("Phone");
    case FileNumberColumn: return tr("File number");
    case OrganizationColumn: return tr("Organization");
    case AgentColumn: return tr("Agent");
    case OutcomesColumn: return tr("Key outcomes");
    case ValidationColumn: return tr("Validation");
    case ReviewColumn: return tr("Review");
    case DeliveriesColumn: return role == Qt::ToolTipRole ? tr("Deliveries of this call") : tr("Dlv.");
    case WaitingColumn: return role == Qt::ToolTipRole ? tr("How long an unreviewed call has waited since it arrived") : tr("Waiting");
    default: break;
    }
    const int outcome = m_outcomeColumns.value(section - FixedColumnCount, -1);
    if (outcome < 0)
        return {};
    const OutcomeInfo &info = OutcomeCatalogue::at(outcome);
    return role == Qt::ToolTipRole ? QVariant(OutcomeCatalogue::definition(info)) : QVariant(OutcomeCatalogue::label(info));
}

CallSort::Field CallTableModel::sortField(int column) const
{
    switch (column) {
    case ReceivedColumn: return CallSort::Field::Received;
    case EndedColumn: return CallSort::Field::Ended;
    case DurationColumn: return CallSort::Field::Duration;
    case PhoneColumn: return CallSort::Field::Phone;
    case FileNumberColumn: return CallSort::Field::FileNumber;
    case OrganizationColumn: return CallSort::Field::Organization;
    case AgentColumn: return CallSort::Field::Agent;
    case OutcomesColumn: return CallSort::Field::Severity;
    case ValidationColumn: return CallSort::Field::Validation;
    case ReviewColumn: return CallSort::Field::Review;
    case DeliveriesColumn: return CallSort::Field::Deliveries;
    case WaitingColumn: return CallSort::Field::Received;
    default: return CallSort::Field::Outcome;
    }
}

void CallTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    // Waiting longest first is received earliest first: the same key, the other way round.
    const Qt::SortOrder keyOrder = column == WaitingColumn ? (order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder) : order;
    CallSort sort{sortField(column), column >= FixedColumnCount ? m_outcomeColumns[column - FixedColumnCount] : -1, keyOrder};
    if (sort == m_sort && !m_ids.isEmpty())
        return;
    m_sort = sort;
    requestList();
}

void CallTableModel::setFilter(const CallFilter &filter)
{
    if (!filter.isValid())
        return;
    m_filter = filter;
    requestList();
}

void CallTableModel::setOutcomeColumns(const QList<int> &outcomeIndexes)
{
    if (outcomeIndexes == m_outcomeColumns)
        return;
    const int fixed = FixedColumnCount;
    if (!m_outcomeColumns.isEmpty()) {
        beginRemoveColumns({}, fixed, fixed + int(m_outcomeColumns.size()) - 1);
        m_outcomeColumns.clear();
        endRemoveColumns();
    }
    if (!outcomeIndexes.isEmpty()) {
        beginInsertColumns({}, fixed, fixed + int(outcomeIndexes.size()) - 1);
        m_outcomeColumns = outcomeIndexes;
        endInsertColumns();
    }
}

void CallTableModel::reload()
{
    requestList();
}

void CallTableModel::requestList()
{
    m_listAgain = false;
    m_idsTicket = m_service->queryIds(m_filter, m_sort);
}

void CallTableModel::onIdsReady(quint64 ticket, const QList<qint64> &ids, qint64 maxId, qint64 elapsedMs, const QString &error)
{
    if (ticket != m_idsTicket)
        return;
    m_idsTicket = 0;
    if (!error.isEmpty()) {
        Q_EMIT queryFailed(error);
        return;
    }
    beginResetModel();
    m_ids = ids;
    m_maxId = maxId;
    ++m_generation;
    m_pendingPages.clear();
    endResetModel();
    m_heldLeaves = false; // a new list holds what matches now
    Q_EMIT listReady(elapsedMs, int(m_ids.size()));
    if (m_listAgain)
        requestNewIds();
    if (!m_recheckAfterList.isEmpty()) {
        const QList<qint64> again = std::exchange(m_recheckAfterList, {});
        m_matchTickets.insert(m_service->fetchMatching(again, m_filter), again);
    }
}

void CallTableModel::requestPage(int page) const
{
    if (m_pendingPages.contains(page))
        return;
    const qsizetype first = qsizetype(page) * PageSize;
    if (first >= m_ids.size())
        return;
    m_pendingPages.insert(page);
    const quint64 ticket = m_service->fetchRows(m_ids.mid(first, PageSize));
    m_pageTickets.insert(ticket, PageRequest{page, m_generation});
}

void CallTableModel::onRowsReady(quint64 ticket, const QList<CallRow> &rows)
{
    const auto it = m_pageTickets.constFind(ticket);
    if (it == m_pageTickets.cend())
        return;
    const PageRequest request = *it;
    m_pageTickets.erase(it);
    for (const CallRow &row : rows)
        m_cache.insert(row.id, new CallRow(row));
    if (request.generation != m_generation)
        return; // the rows moved since: the view asks again, and finds them cached
    m_pendingPages.remove(request.page);
    const int first = request.page * PageSize;
    const int last = std::min<int>(first + PageSize, int(m_ids.size())) - 1;
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void CallTableModel::dropCachedRows()
{
    // Pages on their way were read under the old setting: their answers must not reach the cache either.
    m_pageTickets.clear();
    m_cache.clear();
    ++m_generation; // pages on their way were read before: they are asked for again
    m_pendingPages.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CallTableModel::refreshCall(qint64 id)
{
    refreshCalls({id});
}

void CallTableModel::refreshCalls(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    for (const qint64 id : ids) {
        m_cache.remove(id);
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    if (m_sort.field == CallSort::Field::Review) {
        requestList(); // their place in the order moved
        return;
    }
    if (!m_filter.text().trimmed().isEmpty())
        m_matchTickets.insert(m_service->fetchMatching(ids, m_filter), ids);
}

void CallTableModel::onMatchingReady(quint64 ticket, const QList<qint64> &matching)
{
    const auto it = m_matchTickets.constFind(ticket);
    if (it == m_matchTickets.cend())
        return;
    const QList<qint64> asked = *it;
    m_matchTickets.erase(it);
    if (m_idsTicket != 0) {
        m_recheckAfterList += asked; // the list on its way may have been read before the change
        return;
    }
    bool joins = false;
    for (const qint64 id : asked) {
        const int row = rowOf(id);
        const bool matches = matching.contains(id);
        if (row >= 0 && !matches) {
            if (id == m_heldCall)
                m_heldLeaves = true;
            else
                removeCall(id);
        } else if (row < 0 && matches && id <= m_maxId) {
            joins = true;
        } else if (id == m_heldCall && matches) {
            m_heldLeaves = false;
        }
    }
    if (joins)
        requestList(); // where it belongs in this order is the store's to say
}

void CallTableModel::removeCall(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    ++m_generation; // the rows below moved up
    m_pendingPages.clear();
    endRemoveRows();
}

void CallTableModel::setHeldCall(qint64 id)
{
    if (id == m_heldCall)
        return;
    const qint64 released = std::exchange(m_heldCall, id);
    if (!std::exchange(m_heldLeaves, false))
        return;
    // Not from inside the selection change that released it: after it.
    QMetaObject::invokeMethod(this, [this, released] {
        if (released != m_heldCall)
            removeCall(released);
    }, Qt::QueuedConnection);
}

void CallTableModel::storeCommitted(const QList<StoreReceipt> &receipts)
{
    // Redeliveries change their call's row (deliveries, conflict), and a call that arrived late the
    // contact-pattern warnings of the calls after it: drop those rows from the cache and repaint them.
    // Revised calls may also join or leave the list (a queue of calls with a pattern warning).
    QList<qint64> revised;
    for (const StoreReceipt &r : receipts)
        revised += r.revisedCalls;
    refreshCalls(revised);
    for (const StoreReceipt &r : receipts) {
        if (!r.stored() || r.newCall() || !m_cache.contains(r.callRowId))
            continue;
        m_cache.remove(r.callRowId);
        const int row = rowOf(r.callRowId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    const bool anyNew = std::any_of(receipts.cbegin(), receipts.cend(), [this](const StoreReceipt &r) { return r.newCall() && r.callRowId > m_maxId; });
    if (!anyNew)
        return;
    if (m_idsTicket != 0) {
        m_listAgain = true; // the list being read may not have them yet
        return;
    }
    if (m_sort.field != CallSort::Field::Received) {
        // In another order the new calls belong anywhere: read the list again (cheap next to the user's wait).
        requestList();
        return;
    }
    if (!appendJudgedInMemory(receipts))
        requestNewIds();
}

bool CallTableModel::appendJudgedInMemory(const QList<StoreReceipt> &receipts)
{
    // A query of new ids on its way would answer some of these again.
    if (m_newIdsTicket != 0)
        return false;
    std::vector<const CallRow *> rows;
    for (const StoreReceipt &r : receipts) {
        if (!r.newCall() || r.callRowId <= m_maxId)
            continue;
        if (!r.row)
            return false;
        rows.push_back(r.row.get());
    }
    std::sort(rows.begin(), rows.end(), [](const CallRow *a, const CallRow *b) { return a->id < b->id; });
    // The receipts must account for every id after the last one considered: calls that another program
    // wrote into the store come with no receipt, and only the query finds them.
    qint64 last = m_maxId;
    QList<qint64> matching;
    for (const CallRow *row : rows) {
        if (row->id != last + 1)
            return false;
        last = row->id;
        const std::optional<bool> matches = m_filter.matches(*row);
        if (!matches)
            return false; // a term the row cannot answer (x~"" on an empty column): the store can
        if (*matches)
            matching.append(row->id);
    }
    m_maxId = last;
    appendIds(matching);
    return true;
}

void CallTableModel::requestNewIds()
{
    if (m_newIdsTicket != 0) {
        m_newIdsAgain = true;
        return;
    }
    m_newIdsAgain = false;
    m_newIdsTicket = m_service->fetchNewIds(m_maxId, m_filter);
}

void CallTableModel::onNewIdsReady(quint64 ticket, const QList<qint64> &ids, qint64 maxId)
{
    if (ticket != m_newIdsTicket)
        return;
    m_newIdsTicket = 0;
    if (m_idsTicket == 0 && maxId > m_maxId) {
        m_maxId = maxId;
        appendIds(ids);
    }
    if (m_newIdsAgain)
        requestNewIds();
}

void CallTableModel::appendIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const int n = int(ids.size());
    if (m_sort.order == Qt::AscendingOrder) {
        const int first = int(m_ids.size());
        beginInsertRows({}, first, first + n - 1);
        m_ids.append(ids);
        endInsertRows();
        Q_EMIT callsAppended(first, first + n - 1);
    } else {
        beginInsertRows({}, 0, n - 1);
        QList<qint64> newest(ids.crbegin(), ids.crend());
        m_ids = newest + m_ids;
        ++m_generation; // every row moved down
        m_pendingPages.clear();
        endInsertRows();
        Q_EMIT callsAppended(0, n - 1);
    }
}

} // namespace CallScope
