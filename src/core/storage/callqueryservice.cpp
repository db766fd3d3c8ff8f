// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callqueryservice.h"

#include "domain/bodytext.h"
#include "storage/callreader.h"
#include "storage/maskedrecords.h"

#include <QElapsedTimer>
#include <QSqlDriver>

#include <sqlite3.h>

#include <limits>

namespace CallScope {

CallQueryService::CallQueryService(QObject *parent)
    : QObject(parent)
    , m_worker(QStringLiteral("callscope-reader"))
{
}

CallQueryService::~CallQueryService()
{
    // Closing never waits for a long query: the running one is interrupted, queued ones are skipped (their
    // answers would have nowhere to go). Measured in bench/closequery.cpp.
    m_cancelBelow = std::numeric_limits<quint64>::max();
    m_worker.runAndWait([this] {
        delete m_reader;
        m_reader = nullptr;
    });
}

template<typename Work, typename Deliver>
void CallQueryService::run(quint64 ticket, Work work, Deliver deliver)
{
    m_worker.post([this, ticket, work = std::move(work), deliver = std::move(deliver)]() mutable {
        // Answers are posted to this object: dropped by Qt if the service is gone by then.
        const auto answerCancelled = [this, ticket] {
            QMetaObject::invokeMethod(this, [this, ticket] { Q_EMIT cancelled(ticket); }, Qt::QueuedConnection);
        };
        if (isCancelled(ticket))
            return answerCancelled();
        m_runningTicket = ticket;
        auto result = work();
        m_runningTicket = 0;
        // An interrupted statement gave a partial answer or an error: neither is the answer asked for.
        if (isCancelled(ticket))
            return answerCancelled();
        QMetaObject::invokeMethod(this, [deliver = std::move(deliver), result = std::move(result)]() mutable { deliver(std::move(result)); },
                                  Qt::QueuedConnection);
    });
}

int CallQueryService::progressHandler(void *service)
{
    const auto *self = static_cast<const CallQueryService *>(service);
    return self->isCancelled(self->m_runningTicket.load()) ? 1 : 0;
}

void CallQueryService::cancelQueries()
{
    m_cancelBelow = m_nextTicket;
}

void CallQueryService::open(const QString &path)
{
    run(
        0,
        [this, path] {
            delete m_reader;
            m_reader = new CallReader(path);
            QString error;
            if (!m_reader->open(&error)) {
                delete m_reader;
                m_reader = nullptr;
                return error;
            }
            // Asked every 1,000 virtual machine steps (well under a millisecond) whether the query runs on.
            // Debian's Qt links the system SQLite, the one linked here: the handle is that library's.
            const QVariant handle = m_reader->database().driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData()))
                    sqlite3_progress_handler(db, 1000, &CallQueryService::progressHandler, this);
            }
            return error;
        },
        [this](const QString &error) { Q_EMIT opened(error.isEmpty(), error); });
}

quint64 CallQueryService::queryIds(const CallFilter &filter, const CallSort &sort)
{
    const quint64 ticket = m_nextTicket++;
    m_latestIdsTicket = ticket;
    struct Result {
        bool skipped = false;
        QList<qint64> ids;
        qint64 maxId = 0;
        qint64 elapsedMs = 0;
        QString error;
    };
    run(
        ticket,
        [this, ticket, filter, sort] {
            Result r;
            if (ticket != m_latestIdsTicket.load()) {
                r.skipped = true; // a newer list is queued behind this one
                return r;
            }
            if (!m_reader) {
                r.error = tr("The database is not open.");
                return r;
            }
            QElapsedTimer timer;
            timer.start();
            r.maxId = m_reader->maxId().value_or(0);
            if (auto ids = m_reader->ids(filter, sort, &r.error))
                r.ids = std::move(*ids);
            // Calls committed after the maximum was read come with the next fetchNewIds(maxId), not twice.
            r.ids.removeIf([&](qint64 id) { return id > r.maxId; });
            r.elapsedMs = timer.elapsed();
            return r;
        },
        [this, ticket](Result r) {
            if (!r.skipped)
                Q_EMIT idsReady(ticket, r.ids, r.maxId, r.elapsedMs, r.error);
        });
    return ticket;
}

quint64 CallQueryService::fetchRows(const QList<qint64> &ids)
{
    const quint64 ticket = m_nextTicket++;
    run(
        ticket,
        [this, ids] {
            QList<CallRow> rows = m_reader ? m_reader->rows(ids) : QList<CallRow>();
            if (m_masker) {
                for (CallRow &row : rows)
                    row = maskedRow(*m_masker, std::move(row));
            }
            return rows;
        },
        [this, ticket](QList<CallRow> rows) { Q_EMIT rowsReady(ticket, rows); });
    return ticket;
}

quint64 CallQueryService::fetchNewIds(qint64 afterId, const CallFilter &filter)
{
    const quint64 ticket = m_nextTicket++;
    run(
        ticket,
        [this, afterId, filter] {
            std::pair<QList<qint64>, qint64> r{{}, afterId};
            if (!m_reader)
                return r;
            // The highest id first: a call stored between the two reads is then seen next time, not lost.
            r.second = m_reader->maxId().value_or(afterId);
            r.first = m_reader->idsAfter(afterId, filter);
            r.first.removeIf([&](qint64 id) { return id > r.second; });
            return r;
        },
        [this, ticket](std::pair<QList<qint64>, qint64> r) { Q_EMIT newIdsReady(ticket, r.first, r.second); });
    return ticket;
}

quint64 CallQueryService::computeStatistics(const CallFilter &filter, const std::optional<StatisticsPeriod> &period)
{
    const quint64 ticket = m_nextTicket++;
    run(
        ticket,
        [this, filter, period] {
            std::pair<std::optional<CallStatistics>, QString> r;
            if (m_reader)
                r.first = CallStatistics::compute(m_reader->database(), filter, period, &r.second);
            return r;
        },
        [this, ticket](std::pair<std::optional<CallStatistics>, QString> r) { Q_EMIT statisticsReady(ticket, r.first, r.second); });
    return ticket;
}

quint64 CallQueryService::fetchMatching(const QList<qint64> &ids, const CallFilter &filter)
{
    const quint64 ticket = m_nextTicket++;
    run(ticket, [this, ids, filter] { return m_reader ? m_reader->matching(ids, filter) : QList<qint64>(); },
        [this, ticket](const QList<qint64> &matching) { Q_EMIT matchingReady(ticket, matching); });
    return ticket;
}

quint64 CallQueryService::findNext(const QList<qint64> &ids, qsizetype after, const CallFilter &condition)
{
    const quint64 ticket = m_nextTicket++;
    run(
        ticket,
        [this, ids, after, condition] {
            std::pair<qint64, bool> found{0, false};
            if (!m_reader)
                return found;
            qsizetype at = m_reader->firstMatching(ids, after + 1, condition);
            if (at < 0 && after >= 0) {
                at = m_reader->firstMatching(ids.first(std::min(after, ids.size())), 0, condition); // not the call itself
                found.second = true;
            }
            found.first = at < 0 ? 0 : ids.at(at);
            return found;
        },
        [this, ticket](std::pair<qint64, bool> found) { Q_EMIT nextFound(ticket, found.first, found.second); });
    return ticket;
}

void CallQueryService::setMasker(const std::optional<Masker> &masker)
{
    m_worker.post([this, masker] { m_masker = masker; });
}

quint64 CallQueryService::fetchDetail(qint64 id)
{
    const quint64 ticket = m_nextTicket++;
    run(
        ticket,
        [this, id] {
            std::optional<CallDetail> d = m_reader ? m_reader->detail(id) : std::nullopt;
            if (!d)
                return d;
            if (m_masker)
                d = maskedDetail(*m_masker, std::move(*d));
            for (DeliveryRecord &r : d->deliveries) {
                const BodyText text = BodyText::of(r.body);
                r.bodyText = text.text;
                r.bodyIsJson = text.isJson;
                if (r.conflict)
                    r.diffToFirst = lineDiff(d->deliveries.constFirst().bodyText, r.bodyText);
            }
            return d;
        },
        [this, ticket](std::optional<CallDetail> d) { Q_EMIT detailReady(ticket, d); });
    return ticket;
}

} // namespace CallScope
