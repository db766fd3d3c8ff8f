// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace CallScope {

// The contract's ndjson export: one stored delivery a line, every delivery whose body is JSON, in the
// order received, its envelope as received, compact, no value changed, unknown keys kept.
class NdjsonExport final
{
public:
    NdjsonExport() = delete;
    // Reads the database at path (read-only) and writes to out. On failure, one sentence for the user.
    static bool write(const QString &databasePath, QIODevice &out, QString *error);
    // JSON text without the whitespace between tokens, every other byte kept as it was (key order,
    // number spelling, escapes): re-serialising through QJsonDocument would sort keys and respell numbers.
    static QByteArray compact(QByteArrayView json);
};

} // namespace CallScope
