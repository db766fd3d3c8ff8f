// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace CallScope {

// The contract's ndjson lines: an envelope as received, compact, no value changed (CallExport writes them).
class NdjsonExport final
{
public:
    NdjsonExport() = delete;
    // JSON text without the whitespace between tokens, every other byte kept as it was (key order,
    // number spelling, escapes): re-serialising through QJsonDocument would sort keys and respell numbers.
    // Two repairs, so that what a version before the strict check (issue 13) stored still comes out as JSON:
    // a raw control character inside a string is written as its escape (the same value), and a leading
    // byte-order mark is dropped.
    static QByteArray compact(QByteArrayView json);

    // A stored body as an ndjson line (without the newline), always JSON text by RFC 8259: compact(body)
    // when that is JSON, as it is for everything this version accepts. For a body an older version accepted
    // with something else only QJsonDocument takes ("\x" escapes, the number "1."), the values as
    // QJsonDocument read them then, re-serialised (its keys then sorted). Nothing when not even that reads it.
    static std::optional<QByteArray> envelope(QByteArrayView body);
};

} // namespace CallScope
