// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "stopcontactnotice.h"

#include "domain/outcomecatalogue.h"

#include <QCoreApplication>
#include <QStringList>

namespace CallScope {

std::optional<QString> stopContactNotice(const QList<StoreReceipt> &receipts)
{
    QStringList labels;
    int calls = 0;
    for (const StoreReceipt &r : receipts) {
        if (!r.newCall() || r.imported) // an import is no live traffic: nothing new just happened
            continue;
        bool stop = false;
        for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
            if (info.severity != Severity::StopContact || info.type != OutcomeType::Boolean || !(r.raisedMask & (qint64(1) << int(info.id))))
                continue;
            stop = true;
            if (!labels.contains(OutcomeCatalogue::label(info)))
                labels.append(OutcomeCatalogue::label(info));
        }
        calls += stop ? 1 : 0;
    }
    if (calls == 0)
        return std::nullopt;
    const QString flags = labels.join(QLatin1String(", "));
    return calls == 1 ? QCoreApplication::translate("CallScope::StopContactNotice", "A new call to review: %1.").arg(flags)
                      : QCoreApplication::translate("CallScope::StopContactNotice", "%1 new calls to review: %2.").arg(calls).arg(flags);
}

} // namespace CallScope
