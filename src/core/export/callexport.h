// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/masker.h"
#include "filter/callfilter.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

class QIODevice;

namespace CallScope {

// The contract's export formats ("Export formats"): csv (one row per call), ndjson and json (one
// envelope per delivery whose body is JSON) and har (one entry per delivery, rejected ones included).
enum class ExportFormat { Csv, Ndjson, Json, Har };

std::optional<ExportFormat> exportFormatFromName(QStringView name);
QString exportFormatName(ExportFormat format);

struct ExportRequest {
    ExportFormat format = ExportFormat::Ndjson;
    CallFilter filter = CallFilter::compile(u"");
    QList<qint64> callIds; // a selection; empty: every call the filter matches
    std::optional<Masker> masker; // presenter mode: personal values masked in every format
};

// Writes the calls of a store, read through a read-only connection of its own (any thread may export,
// the window does it off the GUI thread). `progress(done, total)` is called now and then; returning false
// cancels. On failure or cancel, one sentence for the user and false.
class CallExport final
{
public:
    CallExport() = delete;
    static bool write(const QString &databasePath, const ExportRequest &request, QIODevice &out, QString *error,
                      const std::function<bool(qint64, qint64)> &progress = {});

    // The CSV columns, in the contract's order (cells written by ExportWriter::csvCell).
    static QStringList csvColumns();
};

} // namespace CallScope
