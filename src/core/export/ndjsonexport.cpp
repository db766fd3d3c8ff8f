// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "ndjsonexport.h"

#include "domain/validationproblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CallScope {

QByteArray NdjsonExport::compact(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (char c : json) {
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out.append(c);
        }
    }
    return out;
}

bool NdjsonExport::write(const QString &databasePath, QIODevice &out, QString *error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("NdjsonExport", text); };
    if (!QFileInfo::exists(databasePath)) {
        *error = tr("There is no database at %1.").arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    const QString name = QStringLiteral("callscope-export");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery q(db);
        if (!db.open()) {
            *error = tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(databasePath), db.lastError().text());
        } else if (!q.exec(QStringLiteral("SELECT body FROM deliveries WHERE body IS NOT NULL AND validation != %1 ORDER BY id")
                               .arg(int(Validation::Rejected)))) {
            *error = tr("The database %1 cannot be read: %2").arg(QDir::toNativeSeparators(databasePath), q.lastError().text());
        } else {
            ok = true;
            while (ok && q.next()) {
                const QByteArray line = compact(q.value(0).toByteArray()) + '\n';
                if (out.write(line) != line.size()) {
                    *error = tr("Cannot write the export: %1").arg(out.errorString());
                    ok = false;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace CallScope
