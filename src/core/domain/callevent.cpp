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

std::optional<bool> CallEvent::flag(OutcomeId id) const
{
    const QJsonValue &v = outcome(id);
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

bool CallEvent::isRaised(OutcomeId id) const
{
    const QJsonValue &v = outcome(id);
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::String: return !v.toString().isEmpty();
    case QJsonValue::Double: return true;
    default: return false;
    }
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

int CallEvent::reportedOutcomeCount() const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), [](const QJsonValue &v) { return !v.isUndefined(); }))
        + int(otherOutcomes.size());
}

} // namespace CallScope
