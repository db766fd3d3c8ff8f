// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "review.h"

namespace CallScope {

QString dispositionName(Disposition d)
{
    return d == Disposition::Confirmed ? QStringLiteral("confirmed") : QStringLiteral("overturned");
}

std::optional<Disposition> dispositionFromName(QStringView name)
{
    if (name == u"confirmed")
        return Disposition::Confirmed;
    if (name == u"overturned")
        return Disposition::Overturned;
    return std::nullopt;
}

} // namespace CallScope
