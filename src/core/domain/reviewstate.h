// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace CallScope {

// Where a reviewer stands with a call. Stored as its number: never reorder, only append.
enum class ReviewState {
    Unreviewed,
    Reviewed,
    FollowUp,
};

// "unreviewed", "reviewed", "follow-up": the names of the filter language and the CSV export.
QString reviewStateName(ReviewState state);
// Accepts the names above, case-insensitively, and "followup" / "needs-follow-up".
std::optional<ReviewState> reviewStateFromName(QStringView name);
// "Needs follow-up", translated.
QString reviewStateLabel(ReviewState state);

} // namespace CallScope
