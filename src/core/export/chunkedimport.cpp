// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "chunkedimport.h"

#include "storage/deliverystore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace CallScope {

namespace {

// The strings of this file, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::ChunkedImport)
};

// Chunks parsed and waiting for the writer: two, so that the reader is never idle while one is written, and
// memory holds at most four (one read, two waiting, one written).
constexpr size_t kWaiting = 2;

// Chunks from the reading thread to the writing one.
struct ChunkQueue {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QList<IncomingDelivery>> chunks;
    // Written chunks, for the reader to free: memory is freed fastest by the thread that allocated it, and
    // the writing thread is the busier one (perf: freeing the chunks was a tenth of it).
    std::vector<QList<IncomingDelivery>> spent;
    bool done = false; // the reader has finished (`error` says why, if early)
    bool stop = false; // the writer wants no more
    QString error;

    // False when the writer wants no more.
    bool push(QList<IncomingDelivery> &&chunk)
    {
        std::vector<QList<IncomingDelivery>> written;
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] { return stop || chunks.size() < kWaiting; });
        written.swap(spent); // freed after the lock is released
        if (stop)
            return false;
        chunks.push_back(std::move(chunk));
        changed.notify_all();
        lock.unlock();
        return true;
    }
    void written(QList<IncomingDelivery> &&chunk)
    {
        const std::lock_guard lock(mutex);
        spent.push_back(std::move(chunk));
    }
    // The next chunk, or nothing when the reader is done.
    std::optional<QList<IncomingDelivery>> pop()
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] { return !chunks.empty() || done; });
        if (chunks.empty())
            return std::nullopt;
        QList<IncomingDelivery> chunk = std::move(chunks.front());
        chunks.pop_front();
        changed.notify_all();
        return chunk;
    }
    void finish(const QString &why)
    {
        const std::lock_guard lock(mutex);
        done = true;
        error = why;
        changed.notify_all();
    }
    void stopReading()
    {
        const std::lock_guard lock(mutex);
        stop = true;
        changed.notify_all();
    }
};

} // namespace

std::optional<ChunkedImport::Plan> ChunkedImport::check(const QStringList &files, QString *error, const Progress &progress,
                                                         const std::atomic<bool> *cancelled)
{
    Plan plan;
    for (const QString &file : files)
        plan.bytes += QFileInfo(file).size();
    qint64 before = 0; // the bytes of the files checked already
    for (const QString &file : files) {
        const std::optional<CallImport::Checked> checked = CallImport::check(file, error, [&](qint64 read) {
            if (progress)
                progress(before + read, plan.bytes);
            return !cancelled || !cancelled->load();
        });
        if (!checked)
            return std::nullopt;
        before += checked->bytes;
        plan.deliveries += checked->deliveries;
        plan.files.append(*checked);
    }
    return plan;
}

ChunkedImport::Result ChunkedImport::write(const Plan &plan, qint64 receivedMs, const WriteChunk &write, const Progress &progress,
                                           const std::atomic<bool> *cancelled)
{
    ChunkQueue queue;
    // Reading and parsing (CallEventParser, DeliveryStore::prepare) take about as long as writing: on a
    // thread of their own they go on while the chunk before is written (BENCHMARKS.md, "Import").
    std::thread reader([&] {
        QList<IncomingDelivery> chunk;
        chunk.reserve(ChunkSize);
        for (const CallImport::Checked &file : plan.files) {
            QString error;
            const bool read = CallImport::read(file, receivedMs, [&](IncomingDelivery &&d) {
                DeliveryStore::prepare(d);
                chunk.append(std::move(d));
                if (chunk.size() < ChunkSize)
                    return true;
                QList<IncomingDelivery> full = std::exchange(chunk, {});
                chunk.reserve(ChunkSize);
                return queue.push(std::move(full));
            }, &error);
            if (!read) {
                queue.finish(error); // empty when the writer stopped it
                return;
            }
        }
        if (!chunk.isEmpty())
            queue.push(std::move(chunk));
        queue.finish({});
    });

    Result result;
    const qint64 total = plan.deliveries;
    const auto stopped = [&](const QString &why) {
        const qint64 n = result.written.deliveries;
        result.error = n == 0 ? Text::tr("Nothing was imported: %1.").arg(why)
                              : Text::tr("The import stopped after %1 of %2 deliveries: %3. The %1 imported stay in the store "
                                         "(importing the same files again would add them a second time, as redeliveries).")
                                    .arg(n).arg(total).arg(why);
    };
    if (progress)
        progress(0, total);
    for (;;) {
        std::optional<QList<IncomingDelivery>> chunk = queue.pop();
        if (!chunk) {
            const std::lock_guard lock(queue.mutex);
            result.ok = queue.error.isEmpty();
            if (!result.ok)
                stopped(queue.error);
            break;
        }
        if (cancelled && cancelled->load()) {
            result.cancelled = true;
            const qint64 n = result.written.deliveries;
            result.error = n == 0 ? Text::tr("Cancelled; nothing was imported.")
                                  : Text::tr("Cancelled after %1 of %2 deliveries; the %1 imported stay in the store.").arg(n).arg(total);
            break;
        }
        QString why;
        const std::optional<ImportSummary> written = write(*chunk, &why);
        queue.written(std::move(*chunk));
        if (!written) {
            stopped(why);
            break;
        }
        result.written += *written;
        if (progress)
            progress(result.written.deliveries, total);
    }
    queue.stopReading();
    reader.join();
    return result;
}

} // namespace CallScope
