// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "auditexport.h"

#include "domain/outcomevalue.h"
#include "storage/maskedrecords.h"
#include "storage/sqlsupport.h"
#include "storage/storetables.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace CallScope {

namespace {

// The strings of this file, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::AuditExport)
};

// Schema steps (storeschema.cpp): 4 made the audit trail, 11 gave its lines a reason. A read-only
// connection cannot migrate an older store, so it is read as it is.
constexpr int AuditTrailStep = 4;
constexpr int ReasonStep = 11;

// One audit line as written: absent values are null QStrings.
using Line = std::array<QString, 9>;

// An audit line's columns, then its call's.
enum : int { CallIdColumn = AuditColumn::Count, IdempotencyKeyColumn };

Line lineAt(const QSqlQuery &q, const std::optional<Masker> &masker)
{
    using namespace AuditColumn;
    const auto present = [&q](int column) {
        const QString text = q.value(column).toString();
        return text.isEmpty() ? QString() : text;
    };
    QString field = q.value(Field).toString();
    QString outcome;
    static const QLatin1String disposition("disposition:");
    if (field.startsWith(disposition)) {
        outcome = field.mid(disposition.size());
        field = QStringLiteral("disposition");
    }
    QString oldValue = present(OldValue);
    QString newValue = present(NewValue);
    QString reason = present(Reason);
    // Notes and reasons are free text, where any name may stand: presenter mode shows that there is one.
    if (masker) {
        const auto hidden = [](const QString &text) { return text.isNull() ? text : presenterHiddenText(); };
        if (field == QLatin1String("note")) {
            oldValue = hidden(oldValue);
            newValue = hidden(newValue);
        }
        reason = hidden(reason);
    }
    return {QString::fromLatin1(ExportWriter::isoUtc(q.value(AtMs).toLongLong())), q.value(Reviewer).toString(), present(CallIdColumn),
            present(IdempotencyKeyColumn), field, outcome, oldValue, newValue, reason};
}

QByteArray csvRow(const Line &line)
{
    QByteArray row;
    for (size_t i = 0; i < line.size(); ++i) {
        if (i)
            row += ',';
        row += ExportWriter::csvCell(line[i]);
    }
    return row + "\r\n";
}

QByteArray jsonObject(const Line &line, const QStringList &keys)
{
    QByteArray object = "{";
    for (size_t i = 0; i < line.size(); ++i) {
        const QJsonValue value = line[i].isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(line[i]);
        object += (i ? ",\"" : "\"") + keys[qsizetype(i)].toLatin1() + "\":" + compactJsonText(value).toUtf8();
    }
    return object + '}';
}

} // namespace

std::optional<AuditFormat> auditFormatFromName(QStringView name)
{
    for (const AuditFormat f : {AuditFormat::Csv, AuditFormat::Json}) {
        if (name.compare(auditFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString auditFormatName(AuditFormat format)
{
    return format == AuditFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
}

QStringList AuditExport::columns()
{
    return {QStringLiteral("at"),    QStringLiteral("reviewer"), QStringLiteral("callId"), QStringLiteral("idempotencyKey"), QStringLiteral("field"),
            QStringLiteral("outcome"), QStringLiteral("old"),    QStringLiteral("new"),    QStringLiteral("reason")};
}

std::optional<qint64> AuditExport::write(const QString &databasePath, const AuditRequest &request, QIODevice &out, QString *error,
                                         const ExportWriter::Progress &progress)
{
    if (!request.filter.isValid()) {
        *error = Text::tr("The filter is not valid: %1").arg(request.filter.errorText());
        return std::nullopt;
    }
    const ReadOnlyDatabase store(databasePath);
    if (!store.isOpen()) {
        *error = store.error();
        return std::nullopt;
    }
    const QSqlDatabase &db = store.database();
    const auto unreadable = [&](const QSqlQuery &q) {
        *error = Text::tr("The database %1 cannot be read: %2").arg(QDir::toNativeSeparators(databasePath), sqlProblem(q.lastError()));
        return std::nullopt;
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return unreadable(q);
    const int version = q.value(0).toInt();
    q.finish();

    // The calls' condition stays inside a subquery: its column names (id, reviewer) are the calls table's.
    QString where = QStringLiteral(" WHERE 1");
    QVariantList binds;
    if (!request.filter.matchesEverything()) {
        const CallFilter filter = filterForStore(db, request.filter);
        where += QLatin1String(" AND a.call_ref IN (SELECT id FROM calls WHERE ") + filter.sql() + QLatin1Char(')');
        binds = filter.bindings();
    }
    if (request.fromMs) {
        where += QLatin1String(" AND a.at_ms >= ?");
        binds.append(*request.fromMs);
    }
    if (request.untilMs) {
        where += QLatin1String(" AND a.at_ms < ?");
        binds.append(*request.untilMs);
    }
    qint64 total = 0;
    if (version >= AuditTrailStep) {
        q.prepare(QLatin1String("SELECT count(*) FROM review_audit a") + where);
        bindAll(q, binds);
        if (!q.exec() || !q.next())
            return unreadable(q);
        total = q.value(0).toLongLong();
        q.finish();
    }

    ExportWriter w(out, error, progress, total);
    if (!w.start())
        return std::nullopt;
    const bool csv = request.format == AuditFormat::Csv;
    const QStringList keys = columns();
    if (!w.write(csv ? ExportWriter::csvHeader(keys) : QByteArray("[")))
        return std::nullopt;
    if (version >= AuditTrailStep) {
        q.prepare(QLatin1String("SELECT ") + StoreTables::auditColumns(QLatin1String("a"), version >= ReasonStep)
                  + QLatin1String(", c.call_id, c.idempotency_key")
                  // LEFT: a line whose call is gone (another program's DELETE) is still evidence, its call unknown.
                  + QLatin1String(" FROM review_audit a LEFT JOIN calls c ON c.id = a.call_ref") + where + QLatin1String(" ORDER BY a.at_ms, a.id"));
        bindAll(q, binds);
        if (!q.exec())
            return unreadable(q);
        while (q.next()) {
            const Line line = lineAt(q, request.masker);
            const QByteArray bytes = csv ? csvRow(line) : (w.done() ? ",\n" : "\n") + jsonObject(line, keys);
            if (!w.write(bytes) || !w.step())
                return std::nullopt;
        }
        if (q.lastError().isValid())
            return unreadable(q);
    }
    if (!csv && !w.write(w.done() ? "\n]\n" : "]\n"))
        return std::nullopt;
    w.finish();
    return w.done();
}

} // namespace CallScope
