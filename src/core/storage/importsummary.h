// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>

namespace CallScope {

// What an import wrote (DeliveryStore::importChunk), a chunk's or the sum of several.
struct ImportSummary {
    qint64 deliveries = 0;
    qint64 newCalls = 0;
    qint64 duplicates = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0; // bodies that are not JSON, stored as the listener stores them
    qint64 refused = 0; // refused attempts (401, 413) read from a HAR, kept as refused attempts with their answers

    ImportSummary &operator+=(const ImportSummary &o)
    {
        deliveries += o.deliveries;
        newCalls += o.newCalls;
        duplicates += o.duplicates;
        conflicts += o.conflicts;
        rejected += o.rejected;
        refused += o.refused;
        return *this;
    }
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::ImportSummary)
