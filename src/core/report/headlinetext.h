// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/statisticsfigures.h"

#include <QList>
#include <QString>

#include <optional>

namespace CallScope {

// The headline figures as words, the one reading that the dashboard's tiles and the report's figures
// share: calls, right-party contact rate, promise-to-pay rate, plans accepted, payments made, payments
// failed and compliance events, each with its change against the period before ("+3 vs previous period
// (12)", "−1.5 pts vs previous period (40.0 %)").
struct HeadlineText {
    QString label;
    QString value;
    QString delta; // empty without a previous period, or when it (or a rate's period) had no calls
    int sign = 0; // the change's direction: -1, 0 or 1

    static constexpr int Count = 7;
    static QList<HeadlineText> of(const HeadlineFigures &now, const std::optional<HeadlineFigures> &before);

    // "42.5 %" and "1,234" in the default locale; "+3", "−3" (a real minus sign), "±0".
    static QString percent(double rate);
    static QString count(qint64 n);
    static QString signedText(const QString &magnitude, int sign);
};

} // namespace CallScope
