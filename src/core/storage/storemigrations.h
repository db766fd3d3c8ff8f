// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <span>

namespace CallScope {

// One step's run, handed to its function inside the step's transaction: the connection, why it failed, and
// how far it is. StoreSchema makes it; a step only uses it.
class MigrationStep final
{
    Q_DISABLE_COPY_MOVE(MigrationStep)
public:
    MigrationStep(QSqlDatabase &db, std::function<void(double fraction)> report);
    ~MigrationStep();

    QSqlDatabase &db() { return m_db; }
    // Runs the statements of `sql` in order: each ends at a ";" that ends its line (a trigger's body has ";"
    // inside a line). On failure, error() says why.
    bool exec(const char *sql);
    // The work ahead is the rows of `table`, each about `opsPerRow` SQLite instructions (measured by bench_migrate):
    // SQLite's progress ticks are then read as a fraction of it, an estimate (a sort inside a statement does not
    // tick). The rows are read from the largest rowid, at no cost.
    void expectRowsOf(const char *table, int opsPerRow);
    // Old values of rewritten rows can stay in free pages and the WAL: the file is rebuilt after the last step.
    void needRewrite() { m_rewriteFile = true; }
    bool rewriteFile() const { return m_rewriteFile; }
    void fail(const QString &why) { m_error = why; }
    const QString &error() const { return m_error; }

private:
    static int tick(void *self);

    QSqlDatabase &m_db;
    std::function<void(double)> m_report;
    QString m_error;
    bool m_rewriteFile = false;
    qint64 m_ticks = 0;
    qint64 m_expectedTicks = 0;
};

// A released schema step: the version it makes, its function (SQL and code together), and what the user is
// told while it runs (for QCoreApplication::translate, context "CallScope::StoreSchema").
struct StoreMigration {
    int version;
    bool (*apply)(MigrationStep &step);
    const char *work;
};

// Every step, in order from version 1. Never edit a step once released: add one (a function and a line).
std::span<const StoreMigration> storeMigrations();

} // namespace CallScope
