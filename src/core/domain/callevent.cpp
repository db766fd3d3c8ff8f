// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callevent.h"

#include <algorithm>

namespace CallScope {

std::array<QJsonValue, OutcomeCount> CallEvent::makeUnreported()
{
    std::array<QJsonValue, OutcomeCount> a;
    a.fill(QJsonValue(QJsonValue::Undefined));
    return a;
}

Severity CallEvent::severity() const
{
    Severity highest = Severity::None;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (info.severity > highest && isRaised(info.id))
            highest = info.severity;
    }
    return highest;
}

qint64 CallEvent::raisedMask() const
{
    return maskOf([](const OutcomeValue &v) { return v.isRaised(); });
}

qint64 CallEvent::malformedMask() const
{
    return maskOf([](const OutcomeValue &v) { return v.isMalformed(); });
}

int CallEvent::reportedOutcomeCount() const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), [](const QJsonValue &v) { return !v.isUndefined(); }))
        + int(otherOutcomes.size());
}

} // namespace CallScope
