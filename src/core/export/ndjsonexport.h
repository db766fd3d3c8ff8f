// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace CallScope {

// The contract's ndjson lines: an envelope as received, compact, no value changed (CallExport writes them).
class NdjsonExport final
{
public:
    NdjsonExport() = delete;
    // JSON text without the whitespace between tokens, every other byte kept as it was (key order,
    // number spelling, escapes): re-serialising through QJsonDocument would sort keys and respell numbers.
    static QByteArray compact(QByteArrayView json);
};

} // namespace CallScope
