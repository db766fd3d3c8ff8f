// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/masker.h"
#include "filter/callfilter.h"
#include "storage/callrecord.h"
#include "storage/callstatistics.h"
#include "util/workerthread.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

namespace CallScope {

class CallReader;

// The window's way into the store: every query runs on a reader thread with its own connection, and its
// answer comes back as a signal on the thread that owns the service, tagged with the ticket the request
// returned (receivers drop tickets they no longer wait for). A call list asked for while an older one is
// still queued replaces it: typing in the filter bar never queues a backlog of full scans. A query can be
// stopped while SQLite runs it (cancelQueries), so that closing the window never waits for a long scan.
class CallQueryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallQueryService)
public:
    explicit CallQueryService(QObject *parent = nullptr);
    ~CallQueryService() override;

    // Opens the database (made by the store) for reading; answers opened().
    void open(const QString &path);

    quint64 queryIds(const CallFilter &filter, const CallSort &sort);
    quint64 fetchRows(const QList<qint64> &ids);
    quint64 fetchNewIds(qint64 afterId, const CallFilter &filter);
    quint64 fetchDetail(qint64 id);
    // Which of `ids` match `filter` now (answers matchingReady).
    quint64 fetchMatching(const QList<qint64> &ids, const CallFilter &filter);
    // The first of `ids` after position `after` that matches `condition`, wrapping round to the start when
    // none after it does (answers nextFound: the id and whether it wrapped; 0 when no call matches).
    quint64 findNext(const QList<qint64> &ids, qsizetype after, const CallFilter &condition);
    // With a period, the figures of the calls whose own date falls in it, and the deltas against the one before.
    quint64 computeStatistics(const CallFilter &filter, const std::optional<StatisticsPeriod> &period = std::nullopt);
    // Presenter mode: from the next answer on, rows and details come masked (maskedRow, maskedDetail), or
    // as stored again with nullopt. Answers already queued are masked by the setting in force when they run.
    void setMasker(const std::optional<Masker> &masker);
    // Stops every query asked so far: the one running stops within a few thousand SQLite steps, the queued
    // ones never start, and each answers cancelled() instead of its own signal. Queries asked later run.
    void cancelQueries();
    // The ticket of the query running now; 0 when the reader is idle.
    quint64 runningTicket() const { return m_runningTicket.load(); }

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    // maxId: the highest call id in the store when the list was read (new calls come after it).
    void idsReady(quint64 ticket, const QList<qint64> &ids, qint64 maxId, qint64 elapsedMs, const QString &error);
    void rowsReady(quint64 ticket, const QList<CallScope::CallRow> &rows);
    void newIdsReady(quint64 ticket, const QList<qint64> &ids, qint64 maxId);
    void detailReady(quint64 ticket, const std::optional<CallScope::CallDetail> &detail);
    void matchingReady(quint64 ticket, const QList<qint64> &matching);
    void nextFound(quint64 ticket, qint64 id, bool wrapped);
    void statisticsReady(quint64 ticket, const std::optional<CallScope::CallStatistics> &statistics, const QString &error);
    void cancelled(quint64 ticket);

private:
    // Runs `work` with the reader in the reader thread, then `deliver` with its result in this thread; a
    // ticket cancelled before or while it runs answers cancelled() instead (ticket 0: never cancelled).
    template<typename Work, typename Deliver>
    void run(quint64 ticket, Work work, Deliver deliver);
    bool isCancelled(quint64 ticket) const { return ticket != 0 && ticket < m_cancelBelow.load(); }
    // SQLite's progress handler on the reader's connection: a nonzero answer interrupts the statement.
    static int progressHandler(void *service);

    WorkerThread m_worker;
    CallReader *m_reader = nullptr; // touched only in the worker thread
    std::optional<Masker> m_masker; // touched only in the worker thread
    quint64 m_nextTicket = 1;
    std::atomic<quint64> m_latestIdsTicket{0};
    std::atomic<quint64> m_cancelBelow{0}; // tickets below it are cancelled
    std::atomic<quint64> m_runningTicket{0}; // the one the reader thread runs now
};

} // namespace CallScope
