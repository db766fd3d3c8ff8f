// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callpattern.h"

#include <QCoreApplication>

namespace CallScope {

QStringList CallPattern::describe(int warnings)
{
    QStringList lines;
    if (warnings & AfterStopRequest)
        lines.append(QCoreApplication::translate("CallScope::CallPattern", "Called after a do-not-call or cease-and-desist on the same phone or file number."));
    if (warnings & TooFrequent)
        lines.append(QCoreApplication::translate("CallScope::CallPattern", "More than %1 calls to the same phone or file number in 7 days.").arg(MaxCalls));
    if (warnings & AfterBankruptcy)
        lines.append(QCoreApplication::translate("CallScope::CallPattern", "Called after a bankruptcy was reported on the same phone or file number."));
    return lines;
}

QString CallPattern::describeChange(int reviewed, int now)
{
    const int appeared = now & ~reviewed;
    const int disappeared = reviewed & ~now;
    if (appeared == 0 && disappeared == 0)
        return {};
    QString text = QCoreApplication::translate("CallScope::CallPattern", "Contact pattern changed since review.");
    if (appeared != 0)
        text += QLatin1Char(' ') + QCoreApplication::translate("CallScope::CallPattern", "Now also: %1").arg(describe(appeared).join(QLatin1Char(' ')));
    if (disappeared != 0)
        text += QLatin1Char(' ') + QCoreApplication::translate("CallScope::CallPattern", "No longer: %1").arg(describe(disappeared).join(QLatin1Char(' ')));
    return text;
}

} // namespace CallScope
