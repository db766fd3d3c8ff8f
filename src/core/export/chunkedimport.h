// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"
#include "export/callimport.h"
#include "storage/importsummary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace CallScope {

// An import of files into a store, the same for `callscope import`, File > Import and the demo workspace,
// in two passes that never hold a file whole:
// 1. check(): every file is read through (CallImport::check) before anything is written, so that a bad line
//    anywhere, even the last, imports nothing and is named; off the store's thread.
// 2. write(): the deliveries are read again, parsed and prepared on a thread of their own, and handed to
//    `write` in chunks of ChunkSize, each written in a transaction of its own (DeliveryStore::importChunk).
//    Memory holds a few chunks, whatever the size of the files; a store that also serves a listener answers
//    its deliveries between two chunks, not after the whole import; progress and Cancel go by chunk.
//
// A write that fails part-way (the disk full, the database locked beyond its busy timeout, a file changed
// since it was checked) stops the import there: the chunks committed before stay (a committed transaction
// is not taken back), the failing chunk is rolled back whole, and the error says how many deliveries were
// imported. Importing the same files again would store those a second time, as redeliveries of their calls,
// as it always did for a file imported twice. A cancel stops after the chunk being written, the same way.
class ChunkedImport final
{
public:
    ChunkedImport() = delete;

    // A few thousand: a chunk of the heavy end of deliveries is ~20 MB while it is parsed and written, and a
    // listener's deliveries wait at most one chunk (~0.1 s) for the store (BENCHMARKS.md, "Import").
    static constexpr int ChunkSize = 2000;

    struct Plan {
        QList<CallImport::Checked> files;
        qint64 deliveries = 0;
        qint64 bytes = 0;
    };
    // What was done of how much: bytes read in check(), deliveries imported in write().
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Writes one chunk in a transaction of its own and says what it wrote, or why not (then nothing of it).
    using WriteChunk = std::function<std::optional<ImportSummary>(const QList<IncomingDelivery> &chunk, QString *error)>;

    // The first pass over every file, or why one cannot be imported (`error` empty when cancelled).
    static std::optional<Plan> check(const QStringList &files, QString *error, const Progress &progress = {}, const std::atomic<bool> *cancelled = nullptr);

    struct Result {
        ImportSummary written; // what the committed chunks hold
        bool ok = false;
        bool cancelled = false;
        QString error; // why it stopped, and how many were imported: one sentence or two for the user
    };
    // The second pass. `receivedMs`: the receive time of envelopes that carry none (ndjson, json).
    static Result write(const Plan &plan, qint64 receivedMs, const WriteChunk &write, const Progress &progress = {},
                        const std::atomic<bool> *cancelled = nullptr);
};

} // namespace CallScope
