// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportoptions.h"
#include "storage/callstatistics.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CallScope {

// One row of the report's compliance table: a call that raised a stop-contact flag.
struct ComplianceLine {
    qint64 dateMs = 0; // the call's own date
    QString callId;
    QString phone; // masked in presenter mode
    QStringList flags; // the flags' labels
    QString reviewState;
    QString dispositions; // "Do not call: confirmed", one per judged flag
};

// Everything the report shows, read from the store before a page is drawn.
struct ReportData {
    CallStatistics statistics;
    StatisticsPeriod period; // the period reported (resolved: never open-ended)
    QStringList organizations;
    QList<ComplianceLine> compliance; // oldest first, at most MaxComplianceLines
    qint64 complianceTotal = 0; // all of them, listed or not
    QString complianceFilter; // the filter expression that lists them all

    // A table of 100,000 calls would be thousands of pages no one reads: past this, the report lists the
    // first ones and gives the filter that lists them all.
    static constexpr int MaxComplianceLines = 2000;

    // Reads it through a read-only connection of the caller's thread; nothing and why not in `error`.
    static std::optional<ReportData> read(const QString &databasePath, const ReportOptions &options, QString *error);
};

} // namespace CallScope
