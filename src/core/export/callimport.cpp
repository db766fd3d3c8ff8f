// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callimport.h"

#include "domain/jsonstringstate.h"
#include "domain/strictjson.h"
#include "export/harformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>

namespace CallScope {

namespace {

// The strings of this file, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::CallImport)
};

} // namespace

IncomingDelivery CallImport::delivery(QByteArray body, qint64 receivedMs, const QString &origin)
{
    IncomingDelivery d;
    d.receivedMs = receivedMs;
    d.method = "POST";
    d.path = "/";
    d.headers = {{"Content-Type", "application/json"}};
    d.remoteAddress = QStringLiteral("import:") + origin; // where it came from, for the deliveries tab
    d.bodySize = body.size();
    d.parsed = CallEventParser::parse(body);
    return d;
}

QList<QByteArrayView> CallImport::arrayElements(QByteArrayView array)
{
    QList<QByteArrayView> elements;
    int depth = 0;
    JsonStringState state;
    qsizetype start = -1; // where the current element began, or -1 between elements
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    for (qsizetype i = 0; i < array.size(); ++i) {
        const char c = array[i];
        if (depth == 1 && start < 0 && !isSpace(c) && c != ',' && c != ']')
            start = i;
        if (state.step(c))
            continue;
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0 && start >= 0)
                elements.append(array.sliced(start, i - start).trimmed());
        } else if (c == ',' && depth == 1) {
            elements.append(array.sliced(start, i - start).trimmed());
            start = -1;
        }
    }
    return elements;
}

std::optional<QList<IncomingDelivery>> CallImport::parse(const QByteArray &file, const QString &origin, qint64 receivedMs, QString *error)
{
    // A byte-order mark at the top is the file's (editors on Windows write one), not the first body's.
    const QByteArray bytes = StrictJson::startsWithByteOrderMark(file) ? file.sliced(3) : file;
    QJsonParseError parseError;
    const QJsonDocument whole = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (whole.isObject() && whole.object().value(QLatin1String("log")).isObject())
            return HarFormat::read(whole.object().value(QLatin1String("log")).toObject(), origin, error);
        if (whole.isObject())
            return QList<IncomingDelivery>{delivery(bytes.trimmed(), receivedMs, origin)};
        QList<IncomingDelivery> deliveries;
        const QList<QByteArrayView> elements = arrayElements(bytes);
        for (qsizetype i = 0; i < elements.size(); ++i) {
            if (!elements[i].startsWith('{')) {
                *error = Text::tr("%1: element %2 of the array is not an object.").arg(origin).arg(i + 1);
                return std::nullopt;
            }
            deliveries.append(delivery(elements[i].toByteArray(), receivedMs, origin));
        }
        return deliveries;
    }
    // Not one JSON document: ndjson, one envelope a line; every line must hold one. A line that is an object
    // by its braces but not JSON by RFC 8259 (a raw control character, bytes that are not UTF-8) is a
    // delivery all the same, kept as rejected as the listener would keep it; anything else is not this
    // kind of file, and the whole is refused.
    QList<IncomingDelivery> deliveries;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const auto lineError = StrictJson::check(line);
        const bool braced = line.startsWith('{') && line.endsWith('}');
        if (lineError && !braced) {
            *error = Text::tr("%1, line %2: not JSON (%3 at column %4).").arg(origin).arg(i + 1).arg(lineError->reason).arg(lineError->offset + 1);
            return std::nullopt;
        }
        if (!braced) {
            *error = Text::tr("%1, line %2: not a JSON object.").arg(origin).arg(i + 1);
            return std::nullopt;
        }
        deliveries.append(delivery(line, receivedMs, origin));
    }
    if (deliveries.isEmpty()) {
        *error = Text::tr("%1: no envelope in it (expected ndjson, json or HAR).").arg(origin);
        return std::nullopt;
    }
    return deliveries;
}

std::optional<QList<IncomingDelivery>> CallImport::read(const QString &path, qint64 receivedMs, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), receivedMs, error);
}

} // namespace CallScope
