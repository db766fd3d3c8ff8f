// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace CallScope {

// The store's schema: its numbered steps, each applied once in a transaction of its own from
// PRAGMA user_version. Never edit a step once released: add one.
class StoreSchema final
{
public:
    StoreSchema() = delete;
    static constexpr int Version = 14;

    // Applies the steps after `version` to an open, writable connection. On failure, why (for the user).
    static bool migrate(QSqlDatabase &db, const QString &path, int version, QString *error);
};

} // namespace CallScope
