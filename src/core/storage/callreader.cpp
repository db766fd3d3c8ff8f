// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callreader.h"

#include "filter/callfilter.h"
#include "storage/sqlsupport.h"
#include "storage/storetables.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

Q_LOGGING_CATEGORY(lcReader, "callscope.reader", QtWarningMsg)

namespace CallScope {

CallReader::CallReader(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("callscope-reader-%1").arg(quintptr(this), 0, 16))
{
}

CallReader::~CallReader()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CallReader::open(QString *error)
{
    if (!QFileInfo::exists(m_path)) {
        *error = tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    restrictStoreFiles(m_path); // before SQLite makes a -wal or -shm of the database's mode
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QSqlQuery q(m_db);
    if (!m_db.open() || !q.exec(QStringLiteral("PRAGMA query_only=1")) || !q.exec(QStringLiteral("SELECT count(*) FROM calls"))) {
        const QString reason = sqlProblem(m_db.isOpen() ? q.lastError() : m_db.lastError());
        *error = tr("Cannot read the database %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
        m_db.close();
        return false;
    }
    m_wordIndex = hasWordIndex(m_db);
    return true;
}

CallFilter CallReader::forStore(const CallFilter &filter) const
{
    // Whether a search is broad is asked once per text, not on each of the many reads a view makes with one
    // filter (a page, new calls, Find next's chunks). It only chooses a plan: a stale answer costs time, not
    // results.
    if (m_broadWords.size() > 256)
        m_broadWords.clear();
    return filterForStore(filter, m_wordIndex, [this](const QString &query) {
        auto known = m_broadWords.constFind(query);
        if (known == m_broadWords.cend())
            known = m_broadWords.insert(query, isBroadWordSearch(m_db, query));
        return *known;
    });
}

std::optional<QList<qint64>> CallReader::ids(const CallFilter &asked, const CallSort &sort, QString *error)
{
    const CallFilter filter = forStore(asked);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<qint64> ids;
    const bool sortedHere = filter.matchesEverything() ? !sort.hasOrderedIndex() && sort.isNumeric()
                                                       : sort.isNumeric() || sort.hasOrderedIndex();
    if (!sortedHere) {
        // The whole store in an indexed order comes straight off the index; a key of no index (an outcome's
        // value, the call id, the status) is sorted by SQLite. Asked to sort the whole store by a key such as
        // severity, SQLite walked another index and looked up every row (17 s for a million calls from a
        // cold cache, against 2 s for the scan of calls_scan below); asked to sort a filter's calls by a text
        // that has an index, it walked that index and looked up every row to test the filter (23 s).
        // Both are sorted here instead.
        q.prepare(QLatin1String("SELECT id FROM calls WHERE ") + filter.sql() + QLatin1String(" ORDER BY ") + sort.orderBy());
        bindAll(q, filter.bindings());
        if (!execLogged(q, lcReader(), error))
            return std::nullopt;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids;
    }
    // One scan (of the covering index calls_scan when the filter's columns are in it), then a sort here.
    // Walking an index in sort order and looking each row up took 2.5 s for a million calls
    // (bench/gui_scale); this takes a tenth of it.
    // A filter on text reads every row anyway: then a sequential scan beats any index range with lookups.
    const QLatin1String from = filter.readsWideColumns() ? QLatin1String(" FROM calls NOT INDEXED WHERE ") : QLatin1String(" FROM calls WHERE ");
    q.prepare(QLatin1String("SELECT id, ") + sort.key() + from + filter.sql());
    bindAll(q, filter.bindings());
    if (!execLogged(q, lcReader(), error))
        return std::nullopt;
    if (!sort.isNumeric()) {
        // COLLATE NOCASE as SQLite compares: the UTF-8 bytes with A-Z folded (QByteArray::toLower folds
        // ASCII only), shorter first on a common prefix; NULL first; then the id.
        std::vector<std::tuple<bool, QByteArray, qint64>> keyed;
        while (q.next()) {
            const QVariant key = q.value(1);
            keyed.emplace_back(!key.isNull(), key.toString().toUtf8().toLower(), q.value(0).toLongLong());
        }
        if (sort.order == Qt::AscendingOrder)
            std::sort(keyed.begin(), keyed.end());
        else
            std::sort(keyed.begin(), keyed.end(), std::greater<>());
        ids.reserve(qsizetype(keyed.size()));
        for (const auto &[present, key, id] : keyed)
            ids.append(id);
        return ids;
    }
    std::vector<std::pair<qint64, qint64>> keyed; // (key, id); NULL sorts first, as in SQLite
    while (q.next()) {
        const QVariant key = q.value(1);
        keyed.emplace_back(key.isNull() ? std::numeric_limits<qint64>::min() : key.toLongLong(), q.value(0).toLongLong());
    }
    if (sort.order == Qt::AscendingOrder)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), std::greater<>());
    ids.reserve(qsizetype(keyed.size()));
    for (const auto &[key, id] : keyed)
        ids.append(id);
    return ids;
}

QList<qint64> CallReader::idsAfter(qint64 afterId, const CallFilter &asked)
{
    const CallFilter filter = forStore(asked);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT id FROM calls WHERE id > ? AND ") + filter.sql() + QLatin1String(" ORDER BY id"));
    q.addBindValue(afterId);
    bindAll(q, filter.bindings());
    QList<qint64> ids;
    if (!execLogged(q, lcReader()))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<CallRow> CallReader::rows(std::span<const qint64> ids)
{
    QList<CallRow> result;
    if (ids.empty())
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT ") + StoreTables::callRowColumns() + QLatin1String(" FROM calls WHERE ") + idsCondition(ids));
    if (!execLogged(q, lcReader()))
        return result;
    QHash<qint64, CallRow> byId;
    byId.reserve(qsizetype(ids.size()));
    while (q.next()) {
        CallRow row = StoreTables::readCallRow(q);
        byId.insert(row.id, std::move(row));
    }
    result.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            result.append(std::move(*it));
    }
    return result;
}

QList<qint64> CallReader::matching(std::span<const qint64> ids, const CallFilter &asked)
{
    const CallFilter filter = forStore(asked);
    QList<qint64> result;
    if (ids.empty())
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT id FROM calls WHERE ") + idsCondition(ids) + QLatin1String(" AND ") + filter.sql());
    bindAll(q, filter.bindings());
    if (!execLogged(q, lcReader()))
        return result;
    QSet<qint64> found;
    while (q.next())
        found.insert(q.value(0).toLongLong());
    for (const qint64 id : ids) {
        if (found.contains(id))
            result.append(id);
    }
    return result;
}

qsizetype CallReader::firstMatching(const QList<qint64> &ids, qsizetype from, const CallFilter &filter)
{
    // 500 keys a query: a million ids that all fail take 2,000 primary-key queries, well under a second.
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = std::max<qsizetype>(from, 0); start < ids.size(); start += Chunk) {
        const std::span<const qint64> chunk(ids.constData() + start, size_t(std::min(Chunk, ids.size() - start)));
        const QList<qint64> hits = matching(chunk, filter);
        if (!hits.isEmpty())
            return ids.indexOf(hits.constFirst(), start);
    }
    return -1;
}

QList<CallRow> CallReader::rowsAfter(qint64 afterId, int limit, const CallFilter &asked)
{
    const CallFilter filter = forStore(asked);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT ") + StoreTables::callRowColumns() + QLatin1String(" FROM calls WHERE id > ? AND ") + filter.sql()
              + QLatin1String(" ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    bindAll(q, filter.bindings());
    q.addBindValue(limit);
    QList<CallRow> result;
    if (!execLogged(q, lcReader()))
        return result;
    while (q.next())
        result.append(StoreTables::readCallRow(q));
    return result;
}

std::optional<CallDetail> CallReader::detail(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String("SELECT ") + StoreTables::callDetailColumns() + QLatin1String(" FROM calls WHERE id = ?"));
    q.addBindValue(id);
    if (!execLogged(q, lcReader()) || !q.next())
        return std::nullopt;
    CallDetail d = StoreTables::readCallDetail(q);
    q.prepare(QLatin1String("SELECT ") + StoreTables::auditColumns() + QLatin1String(" FROM review_audit WHERE call_ref = ? ORDER BY id"));
    q.addBindValue(id);
    if (execLogged(q, lcReader())) {
        while (q.next())
            d.audit.append(StoreTables::readAuditEntry(q));
    }

    q.prepare(QLatin1String("SELECT ") + StoreTables::deliveryColumns() + QLatin1String(" FROM deliveries WHERE call_ref = ? ORDER BY id"));
    q.addBindValue(id);
    if (!execLogged(q, lcReader()))
        return std::nullopt;
    while (q.next())
        d.deliveries.append(StoreTables::readDelivery(q));
    if (!d.deliveries.isEmpty())
        d.parsed = CallEventParser::reread(d.deliveries.constFirst().body);
    return d;
}

std::optional<qint64> CallReader::maxId()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM calls")) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::pair<qint64, qint64> CallReader::counts()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM calls), (SELECT count(*) FROM deliveries)")) && q.next())
        return {q.value(0).toLongLong(), q.value(1).toLongLong()};
    return {0, 0};
}

} // namespace CallScope
