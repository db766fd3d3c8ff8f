// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "niceaxis.h"

namespace CallScope {

NiceAxis NiceAxis::forMaximum(qint64 largest, int targetTicks)
{
    targetTicks = qMax(1, targetTicks);
    if (largest <= 0)
        return {1, 1}; // an empty chart still gets an axis, 0..1
    // The smallest 1, 2, 2.5 or 5 times a power of ten that covers `largest` in targetTicks steps; 2.5 only
    // where it stays whole (25, 250…).
    for (qint64 magnitude = 1;; magnitude *= 10) {
        for (const int tenths : {10, 20, 25, 50}) {
            if (tenths == 25 && magnitude < 10)
                continue;
            const qint64 step = magnitude * tenths / 10;
            if (step * targetTicks >= largest) {
                const qint64 steps = (largest + step - 1) / step;
                return {steps * step, step};
            }
        }
    }
}

QList<qint64> NiceAxis::ticks() const
{
    QList<qint64> t;
    for (qint64 v = 0; v <= max; v += step)
        t.append(v);
    return t;
}

} // namespace CallScope
