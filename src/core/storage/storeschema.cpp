// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "storeschema.h"

#include "storage/sqlsupport.h"
#include "storage/storemigrations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcMigrations)

namespace CallScope {

namespace {

// Old values of rewritten rows can stay in free pages of the file and in frames of the WAL: the file is
// rebuilt (VACUUM, with secure_delete on for the connection) and the WAL emptied, before and after.
bool rewriteFile(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    for (const char *statement : {"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = sqlProblem(q.lastError());
            return false;
        }
        q.finish();
    }
    return true;
}

} // namespace

bool StoreSchema::migrate(QSqlDatabase &db, const QString &path, int version, QString *error, const MigrationProgressCallback &progress)
{
    return migrateTo(db, path, version, Version, error, progress);
}

bool StoreSchema::migrateTo(QSqlDatabase &db, const QString &path, int from, int to, QString *error, const MigrationProgressCallback &progress)
{
    const auto migrations = storeMigrations();
    static_assert(Version > 0);
    Q_ASSERT(int(migrations.size()) == Version);
    Q_ASSERT(to <= Version);
    QSqlQuery q(db);
    bool needsRewrite = false;
    MigrationProgress said{0, to - from, 0, -1, {}};
    // Said when the percent changes: a tick comes every 1,000 SQLite instructions, far more often than a
    // window can show.
    const auto say = [&said, &progress](double fraction) {
        if (progress && (std::lround(fraction * 100) != std::lround(said.fraction * 100) || fraction == 0)) {
            said.fraction = fraction;
            progress(said);
        }
    };
    for (int version = from + 1; version <= to; ++version) {
        const StoreMigration &migration = migrations[size_t(version - 1)];
        Q_ASSERT(migration.version == version);
        said = {version - from, to - from, version, -1, QCoreApplication::translate("CallScope::StoreSchema", migration.work)};
        say(0);
        if (!db.transaction()) {
            *error = sqlProblem(db.lastError());
            return false;
        }
        bool ok = false;
        {
            MigrationStep step(db, say);
            ok = migration.apply(step);
            if (!ok)
                *error = step.error();
            needsRewrite = needsRewrite || step.rewriteFile();
        }
        if (ok && (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)) || !db.commit())) {
            *error = sqlProblem(q.lastError().isValid() ? q.lastError() : db.lastError());
            ok = false;
        }
        if (!ok) {
            db.rollback();
            return false;
        }
        say(1);
        qCInfo(lcMigrations) << "migrated" << path << "to schema" << version;
    }
    if (!needsRewrite)
        return true;
    said.text = QCoreApplication::translate("CallScope::StoreSchema", "Rewriting the file so that no free page keeps a removed secret.");
    say(0);
    return rewriteFile(db, error);
}

} // namespace CallScope
