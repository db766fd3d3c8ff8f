// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/httpheaders.h"
#include "filter/callfilter.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <span>

namespace CallScope {

// What the store's readers and writers share: how headers are kept, how values are bound and failures
// logged, and a read-only connection for one job.

// Headers as the deliveries table keeps them: a JSON array of [name, value] pairs, in the order received.
QString headersToJson(const HttpHeaders &headers);
HttpHeaders headersFromJson(const QString &json);

void bindAll(QSqlQuery &query, const QVariantList &values);
// "id IN (1,2,3)": call ids are integers of our own, inlined to spare a bind each and any bind limit.
QString idsCondition(std::span<const qint64> ids);
// Why SQLite refused, in words a user can act on (locked by another program, read-only, disk full, damaged
// file), followed by SQLite's own text.
QString sqlProblem(const QSqlError &error);

// Whether the store has the word index of schema step 14 (calls_words).
bool hasWordIndex(const QSqlDatabase &db);
// The filter as this store can run it: a store made before schema step 14 and read as it is (an export of an
// old file; reading never upgrades) has no word index, and is scanned for words. With the index, the
// searches that many calls match are probed rather than looked up (CallFilter::withBroadWords).
CallFilter filterForStore(const QSqlDatabase &db, const CallFilter &filter);
// The same, told whether the store has the index and asking `isBroad` (isBroadWordSearch, or a reader's
// memory of it) about each search.
CallFilter filterForStore(const CallFilter &filter, bool wordIndex, const std::function<bool(const QString &query)> &isBroad);
// Whether a search of the word index (one of CallFilter::wordQueries()) matches so many calls that probing
// it as a set beats looking its matches up.
bool isBroadWordSearch(const QSqlDatabase &db, const QString &query);
// Runs the query; on failure logs it in `category` and gives the reason (sqlProblem).
bool execLogged(QSqlQuery &query, const QLoggingCategory &category, QString *error = nullptr);

// Makes `folder` and whichever of its parents are missing, each for its owner only (0700): a store's folder
// is nobody else's business. Folders that exist are left as they are.
bool makePrivateFolder(const QString &folder);
// Tightens a store's files (the database, its -wal, -shm and -journal) that other users may read or write to
// their owner's bits only (0644 becomes 0600), saying so once for each in the log. SQLite creates -wal and
// -shm with the database file's own mode, so they follow it. Files of another owner are left alone.
void restrictStoreFiles(const QString &databasePath);

// A read-only connection of its own to a store, for the length of one job (an export, a replay), in the
// thread that makes it. Check isOpen(); error() says why not, in one sentence for the user.
class ReadOnlyDatabase final
{
    Q_DISABLE_COPY_MOVE(ReadOnlyDatabase)
public:
    explicit ReadOnlyDatabase(const QString &path);
    ~ReadOnlyDatabase();

    bool isOpen() const { return m_db.isOpen(); }
    const QString &error() const { return m_error; }
    const QSqlDatabase &database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace CallScope
