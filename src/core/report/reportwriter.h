// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportoptions.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace CallScope {

// The client report as a PDF: vector text and charts, "Page N of M" on every page. A plain function of
// the store's path, so that it runs on any thread with connections of its own: the command line calls it
// directly, the window in its FileJobs pool (FileJobs::writeReport), never on the GUI thread. Drawing text
// needs a QGuiApplication (the font database), even headless: the command runs one on the offscreen
// platform.
class ReportWriter final
{
public:
    ReportWriter() = delete;

    // done of total steps: reading the store, counting the pages, drawing them.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Writes to `out` (open for writing). Nothing and one sentence for the user in `error` when the store
    // cannot be read, the filter is bad or `cancelled` turned true.
    static std::optional<ReportResult> write(const QString &databasePath, const ReportOptions &options, QIODevice &out, QString *error,
                                             const Progress &progress = {}, const std::atomic<bool> *cancelled = nullptr);
    // To a file, through a QSaveFile: it appears whole or not at all.
    static std::optional<ReportResult> writeFile(const QString &databasePath, const ReportOptions &options, const QString &targetPath,
                                                 QString *error, const Progress &progress = {}, const std::atomic<bool> *cancelled = nullptr);
};

} // namespace CallScope
