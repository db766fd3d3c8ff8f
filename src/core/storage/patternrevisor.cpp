// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "patternrevisor.h"

#include "domain/callpattern.h"
#include "storage/sqlsupport.h"

#include <QLoggingCategory>
#include <QVariant>

#include <limits>
#include <vector>

Q_LOGGING_CATEGORY(lcPatterns, "callscope.store.patterns", QtWarningMsg)

namespace CallScope {

namespace {

// What the warnings of the calls `which` selects are made of, worked out in SQLite (CallPattern::warnings
// makes them of it): whether the call can have any (a phone number and a valid createdAt), whether a call
// created before it to the same phone number, or to the same file number when it has one, raised a stop
// request or a bankruptcy, and how many did in the 7 days before it. One join over calls_phone and
// calls_file (a multi-index OR) for each selected call, which reads the calls before it of its phone and
// file number. An empty phone or file number is no number (nullif): looked up, it would find every call
// without one.
// Binds: the stop mask, the bankruptcy mask, the window, then those of `which`.
// Its columns, and recomputeAllSql()'s:
enum Recomputed : int { Call, OldWarnings, CanWarn, StopBefore, BankruptcyBefore, InWindow };

QString recomputeSql(QLatin1String which)
{
    return QLatin1String("SELECT c.id, c.pattern_warnings, c.phone_number != '' AND c.created_ms IS NOT NULL, "
                         "coalesce(max((e.raised_mask & ?) != 0), 0), coalesce(max((e.raised_mask & ?) != 0), 0), "
                         "coalesce(sum(e.created_ms >= c.created_ms - ?), 0) "
                         "FROM calls c LEFT JOIN calls e ON c.phone_number != '' AND e.created_ms < c.created_ms "
                         "AND (e.phone_number = nullif(c.phone_number, '') OR e.file_number = nullif(c.file_number, '')) "
                         "WHERE ")
        + which + QLatin1String(" GROUP BY c.id");
}

// The same for every call at once (a full recomputation), as window functions over the calls sorted by phone
// number, by file number and by both: the join above, run for each of a million calls (100 to a phone),
// took 43 s in the sqlite3 shell; this gives the same rows in 9 s (schema step 11 on that store: 9.3 s, and
// 14.7 s when every second call's warnings change). A stop request or a bankruptcy before a call is one
// among its phone's or its file number's calls before it; the calls in the 7 days before it are those of
// its phone plus those of its file number less those of both (counted twice). "1 PRECEDING" of created_ms:
// calls created at the same moment are not before one another.
QString recomputeAllSql()
{
    return QStringLiteral(
               "WITH w AS (SELECT id, pattern_warnings AS old, nullif(phone_number, '') AS phone, nullif(file_number, '') AS file, "
               "max((raised_mask & %1) != 0) OVER (byPhone RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS phoneStop, "
               "max((raised_mask & %2) != 0) OVER (byPhone RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS phoneBankruptcy, "
               "count(*) OVER (byPhone RANGE BETWEEN %3 PRECEDING AND 1 PRECEDING) AS phoneWindow, "
               "max((raised_mask & %1) != 0) OVER (byFile RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS fileStop, "
               "max((raised_mask & %2) != 0) OVER (byFile RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS fileBankruptcy, "
               "count(*) OVER (byFile RANGE BETWEEN %3 PRECEDING AND 1 PRECEDING) AS fileWindow, "
               "count(*) OVER (PARTITION BY phone_number, file_number ORDER BY created_ms RANGE BETWEEN %3 PRECEDING AND 1 PRECEDING) AS bothWindow "
               "FROM calls WHERE created_ms IS NOT NULL "
               "WINDOW byPhone AS (PARTITION BY phone_number ORDER BY created_ms), byFile AS (PARTITION BY file_number ORDER BY created_ms)) "
               "SELECT id, old, phone IS NOT NULL, coalesce(phoneStop, 0) OR (file IS NOT NULL AND coalesce(fileStop, 0)), "
               "coalesce(phoneBankruptcy, 0) OR (file IS NOT NULL AND coalesce(fileBankruptcy, 0)), "
               "phoneWindow + iif(file IS NULL, 0, fileWindow - bothWindow) FROM w WHERE phone IS NOT NULL OR old != 0 "
               "UNION ALL SELECT id, pattern_warnings, 0, 0, 0, 0 FROM calls WHERE created_ms IS NULL AND pattern_warnings != 0")
        .arg(CallPattern::stopMask())
        .arg(CallPattern::bankruptcyMask())
        .arg(CallPattern::WindowMs);
}

void bindMasks(QSqlQuery &q)
{
    q.addBindValue(CallPattern::stopMask());
    q.addBindValue(CallPattern::bankruptcyMask());
    q.addBindValue(CallPattern::WindowMs);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

PatternRevisor::PatternRevisor(const QSqlDatabase &db)
    : m_db(db)
{
}

bool PatternRevisor::prepare(QString *error)
{
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_affected, QStringLiteral("SELECT id FROM calls WHERE (phone_number = ? OR file_number = ?) AND created_ms > ? AND created_ms <= ?")},
        {&m_recomputeListed, recomputeSql(QLatin1String("c.id IN (SELECT value FROM json_each(?))"))},
        {&m_update, QStringLiteral("UPDATE calls SET pattern_warnings = ? WHERE id = ?")},
        {&m_record, QStringLiteral("INSERT INTO pattern_revisions (call_ref, at_ms, old_warnings, new_warnings, cause_ref) VALUES (?,?,?,?,?)")},
    };
    for (const auto &[query, sql] : statements) {
        *query = QSqlQuery(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            *error = sqlProblem(query->lastError());
            return false;
        }
    }
    return true;
}

bool PatternRevisor::noteArrival(qint64 callRow, const QString &phoneNumber, const QString &fileNumber, qint64 createdMs,
                                 qint64 raisedMask, QString *error)
{
    if (!phoneNumber.isEmpty())
        m_fresh.insert(callRow); // a call without a phone number has no warnings (CallPattern), but counts for others
    if (phoneNumber.isEmpty() && fileNumber.isEmpty())
        return true;
    // A stop request or a bankruptcy reaches every later call; the count of 7 days only the calls within 7 days.
    const bool reachesAll = (raisedMask & (CallPattern::stopMask() | CallPattern::bankruptcyMask())) != 0;
    QSqlQuery &q = m_affected;
    // An empty number is bound as NULL, which equals nothing.
    q.addBindValue(textOrNull(phoneNumber));
    q.addBindValue(textOrNull(fileNumber));
    q.addBindValue(createdMs);
    q.addBindValue(reachesAll ? std::numeric_limits<qint64>::max() : createdMs + CallPattern::WindowMs);
    if (!execLogged(q, lcPatterns(), error))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (m_fresh.contains(id))
            continue;
        // Of several arrivals that touch a call, the one created first is named: it reaches furthest.
        const auto it = m_stale.constFind(id);
        if (it == m_stale.cend() || createdMs < it->createdMs)
            m_stale.insert(id, Cause{callRow, createdMs});
    }
    q.finish();
    return true;
}

bool PatternRevisor::reviseNoted(qint64 atMs, QString *error, QMultiHash<qint64, qint64> *revisedByCause, QHash<qint64, int> *freshWarnings)
{
    if (m_fresh.isEmpty() && m_stale.isEmpty())
        return true;
    QByteArray ids = "[";
    for (const qint64 id : std::as_const(m_fresh))
        ids += QByteArray::number(id) + ',';
    for (auto it = m_stale.cbegin(); it != m_stale.cend(); ++it)
        ids += QByteArray::number(it.key()) + ',';
    ids.back() = ']';
    QSqlQuery &q = m_recomputeListed;
    bindMasks(q);
    q.addBindValue(QString::fromLatin1(ids));
    const bool ok = execLogged(q, lcPatterns(), error) && revise(q, atMs, error, revisedByCause, freshWarnings);
    forget();
    return ok;
}

void PatternRevisor::forget()
{
    m_fresh.clear();
    m_stale.clear();
}

bool PatternRevisor::reviseAll(qint64 atMs, QString *error)
{
    forget();
    // Every call that can have warnings, and any other that has some (none should).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(recomputeAllSql())) {
        *error = sqlProblem(q.lastError());
        return false;
    }
    return execLogged(q, lcPatterns(), error) && revise(q, atMs, error);
}

bool PatternRevisor::revise(QSqlQuery &recomputed, qint64 atMs, QString *error, QMultiHash<qint64, qint64> *revisedByCause,
                            QHash<qint64, int> *freshWarnings)
{
    struct Change {
        qint64 callRow;
        int before;
        int after;
    };
    // Read to the end before writing: the rows being read are the ones written.
    std::vector<Change> changes;
    while (recomputed.next()) {
        const int before = recomputed.value(OldWarnings).toInt();
        const int after = recomputed.value(CanWarn).toBool()
            ? CallPattern::warnings(recomputed.value(StopBefore).toBool(), recomputed.value(BankruptcyBefore).toBool(),
                                    recomputed.value(InWindow).toInt() + 1)
            : 0;
        if (after != before)
            changes.push_back({recomputed.value(Call).toLongLong(), before, after});
    }
    recomputed.finish();
    for (const Change &c : changes) {
        bindAll(m_update, {c.after, c.callRow});
        if (!execLogged(m_update, lcPatterns(), error))
            return false;
        if (m_fresh.contains(c.callRow)) {
            if (freshWarnings)
                freshWarnings->insert(c.callRow, c.after);
            continue; // a new call's first warnings: no revision
        }
        const auto cause = m_stale.constFind(c.callRow);
        bindAll(m_record, {c.callRow, atMs, c.before, c.after,
                           cause != m_stale.cend() ? QVariant(cause->callRow) : QVariant(QMetaType(QMetaType::LongLong))});
        if (!execLogged(m_record, lcPatterns(), error))
            return false;
        if (revisedByCause && cause != m_stale.cend())
            revisedByCause->insert(cause->callRow, c.callRow);
    }
    return true;
}

} // namespace CallScope
