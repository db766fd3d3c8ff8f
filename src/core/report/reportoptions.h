// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/masker.h"

#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

namespace CallScope {

// What `callscope report` and the window's Report… ask for.
struct ReportOptions {
    QString filter; // in the filter language; empty: every call
    std::optional<qint64> fromMs; // the calls whose own date is from here on; none: from the first call
    std::optional<qint64> untilMs; // the first millisecond after the period; none: to the last call's day
    std::optional<Masker> masker; // presenter mode: no personal data in the document
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString title; // empty: "Call report"
    QString organization; // empty: the organizations of the calls reported

    // Letter where the system measures in inches (the United States), A4 everywhere else.
    static QPageSize::PageSizeId localPageSize()
    {
        return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
    }
};

// What a written report holds.
struct ReportResult {
    int pages = 0;
    qint64 calls = 0;
};

} // namespace CallScope
