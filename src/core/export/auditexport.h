// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/masker.h"
#include "export/exportwriter.h"
#include "filter/callfilter.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

class QIODevice;

namespace CallScope {

// The formats of `callscope audit` and File > Export audit trail.
enum class AuditFormat { Csv, Json };

std::optional<AuditFormat> auditFormatFromName(QStringView name);
QString auditFormatName(AuditFormat format);

struct AuditRequest {
    AuditFormat format = AuditFormat::Csv;
    CallFilter filter = CallFilter::compile(u""); // the calls whose lines are written
    std::optional<qint64> fromMs; // the first millisecond written; none: from the first line
    std::optional<qint64> untilMs; // the first millisecond not written; none: to the last line
    std::optional<Masker> masker; // presenter mode: the free texts (notes, reasons) hidden
};

// The review audit trail as evidence: who changed what on which call, when, from what to what, and why.
// One line per stored audit row, oldest first (by time, then in the order stored), streamed from a
// read-only connection of its own (any thread may export; the window does it off the GUI thread).
// Columns (CSV) and keys (JSON objects, in one array), in this order: at (ISO 8601 UTC with milliseconds),
// reviewer, callId, idempotencyKey, field (state, note or disposition), outcome (the outcome key of a
// disposition), old, new, reason. A value that is absent (no note before, no disposition yet, no reason)
// is an empty cell or null.
class AuditExport final
{
public:
    AuditExport() = delete;
    // The number of lines written, or nothing and one sentence for the user in `error`.
    static std::optional<qint64> write(const QString &databasePath, const AuditRequest &request, QIODevice &out, QString *error,
                                       const ExportWriter::Progress &progress = {});

    static QStringList columns();
};

} // namespace CallScope
