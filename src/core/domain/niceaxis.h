// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QtGlobal>

namespace CallScope {

// The round scale of an axis of counts, shared by the dashboard and the PDF report so that both label
// their charts alike: 0..100,000 by 25,000, 0..3 by 1. The step is a whole number (counts have no halves),
// so a small count never shows repeated labels (2, 1, 1, 0) as a fractional step rounded would.
struct NiceAxis {
    qint64 max = 1; // the top of the axis, a multiple of step, at least the largest value
    qint64 step = 1;

    // About `targetTicks` steps (never more than targetTicks + 1) from 0 to at least `largest`.
    static NiceAxis forMaximum(qint64 largest, int targetTicks = 4);
    // 0, step, 2 step, … max.
    QList<qint64> ticks() const;
};

} // namespace CallScope
