// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/httprequest.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

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
// Runs the query; on failure logs it in `category` and gives the reason (sqlProblem).
bool execLogged(QSqlQuery &query, const QLoggingCategory &category, QString *error = nullptr);

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
