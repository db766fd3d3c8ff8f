// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "harformat.h"

#include "domain/deliveryanswer.h"
#include "export/callimport.h"
#include "export/exportwriter.h"
#include "listener/webhookanswer.h"
#include "storage/sqlsupport.h"
#include "storage/storetables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QUrl>

namespace CallScope {

namespace {

// The strings of this file, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::HarFormat)
};

const QString Base64 = QStringLiteral("base64");

QJsonObject nameValue(const QString &name, const QString &value)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

// postData of a stored body: text when it is UTF-8, else base64 with its encoding; none when not kept.
QJsonObject postData(const QVariant &body, int answerStatus, const QString &mimeType, const std::optional<Masker> &masker)
{
    QJsonObject data{{QStringLiteral("mimeType"), mimeType}};
    if (body.isNull()) {
        data.insert(QStringLiteral("comment"), Text::tr("The body was not kept: %1.").arg(WebhookAnswer::whyBodyNotKept(answerStatus)));
        return data;
    }
    const Masker::MaskedBody masked = masker ? masker->body(body.toByteArray()) : Masker::MaskedBody{body.toByteArray(), false};
    if (masked.withheld)
        data.insert(QStringLiteral("comment"), Text::tr("Masked export: the body is not JSON, so it is left out."));
    // Stateless: a sequence cut short at the very end is an error, not left pending for more input.
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(masked.bytes);
    if (decode.hasError()) {
        data.insert(QStringLiteral("text"), QString::fromLatin1(masked.bytes.toBase64()));
        data.insert(QStringLiteral("encoding"), Base64);
    } else {
        data.insert(QStringLiteral("text"), text);
    }
    return data;
}

QJsonObject response(int status, const QString &answer)
{
    const qsizetype size = answer.toUtf8().size();
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("statusText"), QString::fromLatin1(WebhookAnswer::reasonPhrase(status))},
                       {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                       {QStringLiteral("cookies"), QJsonArray()},
                       {QStringLiteral("headers"), QJsonArray{nameValue(QStringLiteral("Content-Type"), QStringLiteral("application/json"))}},
                       {QStringLiteral("content"), QJsonObject{{QStringLiteral("size"), size},
                                                               {QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                                               {QStringLiteral("text"), answer}}},
                       {QStringLiteral("redirectURL"), QString()},
                       {QStringLiteral("headersSize"), -1},
                       {QStringLiteral("bodySize"), size}};
}

// The body of an entry's request, or nothing when it was not kept (no text, no params).
std::optional<QByteArray> bodyOf(const QJsonObject &data)
{
    if (data.contains(QLatin1String("_base64"))) // CallScope 0.1: lossy text, and the bytes beside it
        return QByteArray::fromBase64(data.value(QLatin1String("_base64")).toString().toLatin1());
    if (!data.contains(QLatin1String("text")))
        return std::nullopt;
    const QString text = data.value(QLatin1String("text")).toString();
    if (data.value(QLatin1String("encoding")).toString() == Base64)
        return QByteArray::fromBase64(text.toLatin1());
    return text.toUtf8();
}

} // namespace

QString HarFormat::requestUrl(const QString &host, const QByteArray &path, const QByteArray &query)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setAuthority(host, QUrl::StrictMode);
    if (host.isEmpty() || !url.isValid() || !url.userInfo().isEmpty())
        url.setAuthority(QStringLiteral("localhost"));
    // Tolerant: bytes a URI may not hold (a space, a raw non-ASCII byte) are percent-encoded, and what was
    // encoded already stays as it was.
    url.setPath(path.isEmpty() ? QStringLiteral("/") : QString::fromLatin1(path), QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
    return url.toString(QUrl::FullyEncoded);
}

bool HarFormat::write(const QSqlDatabase &db, const QString &calls, const QVariantList &binds, const std::optional<Masker> &masker, ExportWriter &w,
                      QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT ") + StoreTables::deliveryColumns() + QLatin1String(" FROM deliveries WHERE ") + StoreTables::deliveriesOfCalls(calls)
              + QLatin1String(" ORDER BY id"));
    bindAll(q, binds);
    if (!q.exec()) {
        *error = Text::tr("The database cannot be read: %1").arg(sqlProblem(q.lastError()));
        return false;
    }
    const QJsonObject creator{{QStringLiteral("name"), QStringLiteral("CallScope")}, {QStringLiteral("version"), QStringLiteral(CALLSCOPE_VERSION)}};
    if (!w.write(R"({"log":{"version":"1.2","creator":)" + QJsonDocument(creator).toJson(QJsonDocument::Compact) + R"(,"entries":[)"))
        return false;
    bool first = true;
    using namespace DeliveryColumn;
    while (q.next()) {
        const QString query = masker ? masker->query(q.value(Query).toString()) : q.value(Query).toString();
        QJsonArray headers;
        QString host;
        QString mimeType = QStringLiteral("application/octet-stream");
        for (const auto &[nameBytes, valueBytes] : headersFromJson(q.value(Headers).toString())) {
            const QString name = QString::fromLatin1(nameBytes);
            const QString value = masker ? masker->headerValue(name, QString::fromLatin1(valueBytes)) : QString::fromLatin1(valueBytes);
            headers.append(nameValue(name, value));
            if (name.compare(QLatin1String("host"), Qt::CaseInsensitive) == 0)
                host = value;
            else if (name.compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0)
                mimeType = value;
        }
        QJsonArray queryString;
        for (const QString &part : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            queryString.append(nameValue(eq < 0 ? part : part.left(eq), eq < 0 ? QString() : part.mid(eq + 1)));
        }
        const int status = q.value(AnswerStatus).toInt();
        // The answer the sender got: as stored, or rebuilt from the row (the store keeps the verdict).
        const QByteArray answerBytes = DeliveryAnswer::ofStored(status, q.value(Answer).toByteArray(), q.value(Body).toByteArray(),
                                                                QJsonDocument::fromJson(q.value(Problems).toByteArray()).array(),
                                                                q.value(Duplicate).toBool());
        const QString answer = QString::fromUtf8(masker ? Masker::answer(answerBytes) : answerBytes);
        const QJsonObject entry{
            {QStringLiteral("startedDateTime"), QString::fromLatin1(ExportWriter::isoUtc(q.value(ReceivedMs).toLongLong()))},
            {QStringLiteral("time"), 0},
            {QStringLiteral("_remoteAddress"), q.value(RemoteAddress).toString()}, // the sender's address: HAR has a field for the server's only
            {QStringLiteral("request"),
             QJsonObject{{QStringLiteral("method"), q.value(Method).toString()},
                         {QStringLiteral("url"), requestUrl(host, q.value(Path).toByteArray(), query.toLatin1())},
                         {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                         {QStringLiteral("cookies"), QJsonArray()},
                         {QStringLiteral("headers"), headers},
                         {QStringLiteral("queryString"), queryString},
                         {QStringLiteral("postData"), postData(q.value(Body), status, mimeType, masker)},
                         {QStringLiteral("headersSize"), -1},
                         {QStringLiteral("bodySize"), q.value(BodySize).toLongLong()}}},
            {QStringLiteral("response"), response(status, answer)},
            {QStringLiteral("cache"), QJsonObject()},
            {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0}, {QStringLiteral("wait"), 0}, {QStringLiteral("receive"), 0}}},
        };
        if (!w.write((first ? "\n" : ",\n") + QJsonDocument(entry).toJson(QJsonDocument::Compact)) || !w.step())
            return false;
        first = false;
    }
    return w.write("\n]}}\n");
}

bool HarFormat::checkEntry(const QJsonObject &entry, qsizetype index, const QString &origin, bool *isDelivery, QString *error)
{
    *isDelivery = entry.value(QLatin1String("request")).toObject().value(QLatin1String("method")).toString() == QLatin1String("POST");
    if (!*isDelivery)
        return true; // only POSTs are deliveries
    if (!QDateTime::fromString(entry.value(QLatin1String("startedDateTime")).toString(), Qt::ISODateWithMs).isValid()) {
        *error = Text::tr("%1: entry %2 has no valid startedDateTime.").arg(origin).arg(index + 1);
        return false;
    }
    return true;
}

std::optional<IncomingDelivery> HarFormat::readEntry(const QJsonObject &entry, qsizetype index, const QString &origin, QString *error)
{
    bool isDelivery = false;
    if (!checkEntry(entry, index, origin, &isDelivery, error) || !isDelivery)
        return std::nullopt;
    const QDateTime started = QDateTime::fromString(entry.value(QLatin1String("startedDateTime")).toString(), Qt::ISODateWithMs);
    const QJsonObject request = entry.value(QLatin1String("request")).toObject();
    const std::optional<QByteArray> body = bodyOf(request.value(QLatin1String("postData")).toObject());
    IncomingDelivery d = CallImport::delivery(body.value_or(QByteArray()), started.toMSecsSinceEpoch(), origin);
    if (!body) {
        // A refused attempt: kept as one, with the answer it got (the store writes the same answer again:
        // a 413's reason too, as the listener keeps the one it gave).
        const QJsonObject answered = entry.value(QLatin1String("response")).toObject();
        const int status = answered.value(QLatin1String("status")).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(answered.value(QLatin1String("content")).toObject().value(QLatin1String("text")).toString().toUtf8()).object();
        d.bodySize = qMax<qint64>(0, request.value(QLatin1String("bodySize")).toInteger());
        d.refusal = answer.value(QLatin1String("error")).toString();
        if (status == 413)
            d.tooLarge = true;
        else if (d.refusal.isEmpty())
            d.refusal = Text::tr("Refused (%1) before its body was read.").arg(status);
    }
    const QUrl url(request.value(QLatin1String("url")).toString());
    d.path = url.path(QUrl::FullyEncoded).toLatin1();
    if (d.path.isEmpty())
        d.path = "/";
    d.query = url.query(QUrl::FullyEncoded).toLatin1();
    d.headers.clear();
    for (const QJsonValue &h : request.value(QLatin1String("headers")).toArray())
        d.headers.append({h.toObject().value(QLatin1String("name")).toString().toLatin1(), h.toObject().value(QLatin1String("value")).toString().toLatin1()});
    const QString remote = entry.value(QLatin1String("_remoteAddress")).toString();
    if (!remote.isEmpty())
        d.remoteAddress = remote;
    return d;
}

} // namespace CallScope
