// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callexport.h"

#include "domain/calleventparser.h"
#include "domain/outcomecatalogue.h"
#include "domain/outcomevalue.h"
#include "domain/reviewstate.h"
#include "domain/validationproblem.h"
#include "export/exportwriter.h"
#include "export/harformat.h"
#include "export/ndjsonexport.h"
#include "listener/webhookanswer.h"
#include "storage/maskedrecords.h"
#include "storage/sqlsupport.h"
#include "storage/storetables.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>

namespace CallScope {

namespace {

// The strings of this file, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::CallExport)
};

bool writeCsv(const QSqlDatabase &db, const QString &calls, const QVariantList &binds, const std::optional<Masker> &masker, ExportWriter &w, QString *error)
{
    if (!w.write(ExportWriter::csvHeader(CallExport::csvColumns())))
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // A call's columns, then the timestamp its first delivery was sent with.
    constexpr int TimestampColumn = CallDetailColumn::Count;
    q.prepare(QLatin1String("SELECT ") + StoreTables::callDetailColumns(db) + QLatin1String(", ") + StoreTables::firstTimestampSql()
              + QLatin1String(" FROM calls WHERE ") + calls + QLatin1String(" AND validation != ") + QString::number(int(Validation::Rejected))
              + QLatin1String(" ORDER BY id"));
    bindAll(q, binds);
    if (!q.exec()) {
        *error = Text::tr("The database cannot be read: %1").arg(sqlProblem(q.lastError()));
        return false;
    }
    const auto outcomeKeys = OutcomeCatalogue::outcomes();
    while (q.next()) {
        QByteArray row;
        row.reserve(1024);
        const auto cell = [&row](const QString &text) {
            if (!row.isEmpty())
                row += ',';
            row += ExportWriter::csvCell(text);
        };
        const auto text = [&q](int c) { return q.value(c).toString(); };
        using namespace CallRowColumn;
        using CallDetailColumn::RecordingUrl, CallDetailColumn::ReviewNote;
        row += ExportWriter::isoUtc(q.value(FirstReceivedMs).toLongLong()); // never needs quoting or defusing
        cell(text(Deliveries));
        cell(text(Event));
        cell(text(IdempotencyKey));
        cell(text(OrganizationId));
        cell(text(OrganizationName));
        cell(text(AgentId));
        cell(text(AgentName));
        cell(text(TimestampColumn)); // as sent
        cell(text(CallId));
        cell(masker ? masker->phone(text(PhoneNumber)) : text(PhoneNumber));
        cell(masker && !text(FileNumber).isEmpty() ? masker->identifier(text(FileNumber)) : text(FileNumber));
        cell(text(Status));
        cell(text(DurationMs));
        QJsonObject outcomes = QJsonDocument::fromJson(q.value(Outcomes).toString().toUtf8()).object();
        cell(masker ? Masker::summaryFromOutcomes(outcomes) : text(CallDetailColumn::Summary));
        cell(masker ? masker->url(text(RecordingUrl)) : text(RecordingUrl));
        cell(text(CreatedAt));
        cell(text(EndedAt));
        QString validation = validationName(CallScope::Validation(q.value(CallRowColumn::Validation).toInt()));
        if (q.value(Conflict).toBool())
            validation += QLatin1String(";conflict");
        cell(validation);
        cell(reviewStateName(CallScope::ReviewState(q.value(CallRowColumn::ReviewState).toInt())));
        cell(masker && !text(ReviewNote).isEmpty() ? presenterHiddenText() : text(ReviewNote)); // notes are free text
        if (masker)
            outcomes = masker->outcomes(outcomes);
        for (const OutcomeInfo &info : outcomeKeys) {
            const OutcomeValue value = OutcomeValue::read(info, outcomes.value(info.key));
            cell(value.csvCell());
            outcomes.remove(info.key);
        }
        cell(outcomes.isEmpty() ? QString() : compactJsonText(outcomes));
        if (!w.write(row + "\r\n") || !w.step())
            return false;
    }
    return true;
}

// In presenter mode, a body with its personal values replaced by their stand-ins. Masker::body reads it as
// QJsonDocument does, so that a body that is not strict JSON, kept by an older version, is masked all the same.
QByteArray maskedBody(const QByteArray &body, const std::optional<Masker> &masker)
{
    return masker ? masker->body(body).bytes : body;
}

bool writeBodies(const QSqlDatabase &db, const QString &calls, const QVariantList &binds, bool asArray, const std::optional<Masker> &masker, ExportWriter &w,
                 QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT body FROM deliveries WHERE body IS NOT NULL AND validation != ") + QString::number(int(Validation::Rejected))
              + QLatin1String(" AND ") + StoreTables::deliveriesOfCalls(calls) + QLatin1String(" ORDER BY id"));
    bindAll(q, binds);
    if (!q.exec()) {
        *error = Text::tr("The database cannot be read: %1").arg(sqlProblem(q.lastError()));
        return false;
    }
    bool first = true;
    if (asArray && !w.write("["))
        return false;
    while (q.next()) {
        // The envelope as received: whitespace between tokens dropped, every other byte kept; always JSON
        // text, even from a store that an older, laxer version filled (NdjsonExport::envelope).
        std::optional<QByteArray> envelope = NdjsonExport::envelope(maskedBody(q.value(0).toByteArray(), masker));
        if (!envelope) {
            if (!w.step())
                return false;
            continue;
        }
        QByteArray line = *std::move(envelope);
        if (asArray)
            line = (first ? "\n" : ",\n") + line;
        else
            line += '\n';
        first = false;
        if (!w.write(line) || !w.step())
            return false;
    }
    return !asArray || w.write(first ? "]\n" : "\n]\n");
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (const ExportFormat f : {ExportFormat::Csv, ExportFormat::Ndjson, ExportFormat::Json, ExportFormat::Har}) {
        if (name.compare(exportFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Ndjson: return QStringLiteral("ndjson");
    case ExportFormat::Json: return QStringLiteral("json");
    case ExportFormat::Har: return QStringLiteral("har");
    }
    return {};
}

QStringList CallExport::csvColumns()
{
    QStringList columns{QStringLiteral("receivedAt"), QStringLiteral("deliveries"), QStringLiteral("event"), QStringLiteral("idempotencyKey"),
                        QStringLiteral("organizationId"), QStringLiteral("organizationName"), QStringLiteral("agentId"),
                        QStringLiteral("agentName"), QStringLiteral("timestamp"), QStringLiteral("callId"), QStringLiteral("phoneNumber"),
                        QStringLiteral("fileNumber"), QStringLiteral("status"), QStringLiteral("durationMs"), QStringLiteral("summary"),
                        QStringLiteral("recordingUrl"), QStringLiteral("createdAt"), QStringLiteral("endedAt"), QStringLiteral("validation"),
                        QStringLiteral("reviewState"), QStringLiteral("reviewNote")};
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes())
        columns.append(info.key);
    columns.append(QStringLiteral("otherOutcomes"));
    return columns;
}

bool CallExport::write(const QString &databasePath, const ExportRequest &request, QIODevice &out, QString *error,
                       const std::function<bool(qint64, qint64)> &progress)
{
    if (!request.filter.isValid()) {
        *error = Text::tr("The filter is not valid: %1").arg(request.filter.errorText());
        return false;
    }
    const ReadOnlyDatabase store(databasePath);
    if (!store.isOpen()) {
        *error = store.error();
        return false;
    }
    const QSqlDatabase &db = store.database();
    const CallFilter filter = filterForStore(db, request.filter);
    const QString calls = request.callIds.isEmpty() ? filter.sql() : idsCondition(request.callIds);
    const QVariantList binds = request.callIds.isEmpty() ? filter.bindings() : QVariantList();
    // The total is what the format writes (the same conditions as its query): csv the rows of calls that are
    // neither rejected nor refused (validation Rejected), ndjson and json the deliveries whose body is JSON,
    // har every delivery.
    const QString rejected = QString::number(int(Validation::Rejected));
    const QString ofCalls = QLatin1Char(' ') + StoreTables::deliveriesOfCalls(calls);
    QString countSql;
    switch (request.format) {
    case ExportFormat::Csv: countSql = QLatin1String("SELECT count(*) FROM calls WHERE (") + calls + QLatin1String(") AND validation != ") + rejected; break;
    case ExportFormat::Ndjson:
    case ExportFormat::Json:
        countSql = QLatin1String("SELECT count(*) FROM deliveries WHERE body IS NOT NULL AND validation != ") + rejected + QLatin1String(" AND") + ofCalls;
        break;
    case ExportFormat::Har: countSql = QLatin1String("SELECT count(*) FROM deliveries WHERE") + ofCalls; break;
    }
    QSqlQuery count(db);
    count.prepare(countSql);
    bindAll(count, binds);
    if (!count.exec() || !count.next()) {
        *error = Text::tr("The database %1 cannot be read: %2").arg(QDir::toNativeSeparators(databasePath), sqlProblem(count.lastError()));
        return false;
    }
    ExportWriter w(out, error, progress, count.value(0).toLongLong());
    count.finish();
    if (!w.start())
        return false;
    bool ok = false;
    switch (request.format) {
    case ExportFormat::Csv: ok = writeCsv(db, calls, binds, request.masker, w, error); break;
    case ExportFormat::Ndjson: ok = writeBodies(db, calls, binds, false, request.masker, w, error); break;
    case ExportFormat::Json: ok = writeBodies(db, calls, binds, true, request.masker, w, error); break;
    case ExportFormat::Har: ok = HarFormat::write(db, calls, binds, request.masker, w, error); break;
    }
    if (ok)
        w.finish();
    return ok;
}

} // namespace CallScope
