// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QAnyStringView>

namespace CallScope {

// Builds the JSONPath expressions (RFC 9535) that name where a problem is: $.payload.outcomes.plan_type,
// or $.payload["odd key"] for a member name that is not a plain identifier.
class JsonPath final
{
public:
    JsonPath() = delete;
    static QString child(const QString &parent, QAnyStringView key);
};

} // namespace CallScope
