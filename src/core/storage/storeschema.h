// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace CallScope {

// How far an upgrade of a store is, for the user: a million-call store takes minutes (BENCHMARKS.md).
struct MigrationProgress {
    int step = 0; // 1..steps: which of this upgrade's steps runs
    int steps = 0;
    int version = 0; // the schema version that step makes
    double fraction = 0; // within the step, 0..1: an estimate
    QString text; // what the step does, one sentence, translated
};
using MigrationProgressCallback = std::function<void(const MigrationProgress &)>;

// The store's schema: its numbered steps (storeMigrations(), one function each), each applied once in a
// transaction of its own from PRAGMA user_version, so that a kill part-way leaves the version before the step.
// Never edit a step once released: add one.
class StoreSchema final
{
public:
    StoreSchema() = delete;
    static constexpr int Version = 15;

    // Applies the steps after `version` to an open, writable connection. On failure, why (for the user).
    // `progress` is called in the calling thread, at each step's start and end and as its work goes on.
    static bool migrate(QSqlDatabase &db, const QString &path, int version, QString *error,
                        const MigrationProgressCallback &progress = {});
    // The same, up to schema `to` only: a test takes a store of one version to the next.
    static bool migrateTo(QSqlDatabase &db, const QString &path, int from, int to, QString *error,
                          const MigrationProgressCallback &progress = {});
};

} // namespace CallScope
