// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QStringList>

#include <atomic>

namespace CallScope {

QString headersToJson(const HttpHeaders &headers)
{
    QJsonArray a;
    for (const auto &[name, value] : headers)
        a.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

HttpHeaders headersFromJson(const QString &json)
{
    HttpHeaders headers;
    const QJsonArray pairs = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &pair : pairs) {
        const QJsonArray p = pair.toArray();
        headers.append(qMakePair(p.at(0).toString().toLatin1(), p.at(1).toString().toLatin1()));
    }
    return headers;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values)
        query.addBindValue(v);
}

QString idsCondition(std::span<const qint64> ids)
{
    QStringList list;
    list.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return QLatin1String("id IN (") + list.join(QLatin1Char(',')) + QLatin1Char(')');
}

bool execLogged(QSqlQuery &query, const QLoggingCategory &category, QString *error)
{
    if (query.exec())
        return true;
    qCWarning(category) << "query failed:" << query.lastError().text() << query.lastQuery();
    if (error)
        *error = query.lastError().text();
    return false;
}

ReadOnlyDatabase::ReadOnlyDatabase(const QString &path)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("CallScope::ReadOnlyDatabase", text); };
    if (!QFileInfo::exists(path)) {
        m_error = tr("There is no database at %1.").arg(QDir::toNativeSeparators(path));
        return;
    }
    static std::atomic<int> connections{0};
    m_name = QStringLiteral("callscope-read-only-%1").arg(++connections);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        m_error = tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(path), m_db.lastError().text());
}

ReadOnlyDatabase::~ReadOnlyDatabase()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace CallScope
