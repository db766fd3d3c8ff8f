// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "reviewstate.h"

#include <QCoreApplication>

namespace CallScope {

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Unreviewed: return QStringLiteral("unreviewed");
    case ReviewState::Reviewed: return QStringLiteral("reviewed");
    case ReviewState::FollowUp: return QStringLiteral("follow-up");
    }
    return {};
}

std::optional<ReviewState> reviewStateFromName(QStringView name)
{
    for (const ReviewState s : {ReviewState::Unreviewed, ReviewState::Reviewed, ReviewState::FollowUp}) {
        if (name.compare(reviewStateName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    if (name.compare(u"followup", Qt::CaseInsensitive) == 0 || name.compare(u"needs-follow-up", Qt::CaseInsensitive) == 0)
        return ReviewState::FollowUp;
    return std::nullopt;
}

QString reviewStateLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::Unreviewed: return QCoreApplication::translate("CallScope::ReviewState", "Unreviewed");
    case ReviewState::Reviewed: return QCoreApplication::translate("CallScope::ReviewState", "Reviewed");
    case ReviewState::FollowUp: return QCoreApplication::translate("CallScope::ReviewState", "Needs follow-up");
    }
    return {};
}

} // namespace CallScope
