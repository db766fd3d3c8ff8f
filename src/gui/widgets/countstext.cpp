// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "countstext.h"

#include <QCoreApplication>
#include <QLocale>

namespace CallScope {

QString countsText(const StoreCounts &counts)
{
    const QLocale locale;
    return QCoreApplication::translate("CallScope::CountsText", "%1 calls · %2 deliveries (%3 rejected, %4 refused)")
        .arg(locale.toString(counts.calls), locale.toString(counts.deliveries), locale.toString(counts.rejected),
             locale.toString(counts.refused));
}

QString countsToolTip()
{
    return QCoreApplication::translate("CallScope::CountsText",
                                       "Calls: call.completed envelopes that could be read, each counted once however often it was delivered.\n"
                                       "Deliveries: every request stored, redeliveries, rejected and refused ones included.\n"
                                       "Rejected: bodies that were not JSON (answered 400), kept as received.\n"
                                       "Refused: attempts answered 401 (no or wrong token or signature) or 413 (too large), their bodies not kept.");
}

} // namespace CallScope
