// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callimport.h"

#include "domain/strictjson.h"
#include "export/harformat.h"
#include "export/jsonstream.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace CallScope {

namespace {

// The strings of this file, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::CallImport)
};

// A value read whole by QJsonDocument, as reading the file whole did (it takes only an object or an array:
// a scalar is read inside one). Nothing, and why, when it is not JSON.
std::optional<QJsonDocument> jsonOf(QByteArrayView value, QString *why)
{
    QJsonParseError error;
    const bool container = value.startsWith('{') || value.startsWith('[');
    QJsonDocument doc = QJsonDocument::fromJson(container ? value.toByteArray() : '[' + value.toByteArray() + ']', &error);
    if (error.error != QJsonParseError::NoError) {
        *why = error.errorString();
        return std::nullopt;
    }
    return doc;
}

// A member's name as JSON reads it: the bytes between its quotes, unless they hold an escape.
QByteArray nameText(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return raw;
    return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString().toUtf8();
}

// What the first pass found in a file that begins with `{` or `[`.
struct Document {
    bool json = false; // one JSON document, and nothing after it
    bool har = false; // an object with a "log" object
    qint64 deliveries = 0;
    QString problem; // the first entry or element that cannot be imported (a HAR entry without a time)
    QString why; // why it is not one JSON document
};

// Walks a HAR's "log" object (the stream at its `{`): `entry(index, json)` for each element of "entries",
// every other value read and handed to `other` (checked, or skipped).
bool walkLog(JsonStream &s, const std::function<bool(qsizetype, QByteArrayView)> &entry, const std::function<bool()> &other, QString *why)
{
    return s.object(
        [&](const QByteArray &name) {
            if (nameText(name) != "entries" || s.peek() != '[')
                return other();
            return s.array(
                [&](qsizetype i) {
                    const std::optional<QByteArrayView> value = s.value(why);
                    return value && entry(i, *value);
                },
                why);
        },
        why);
}

// Walks a document that begins with `{`: a HAR's entries go to `entry`, every other value to `other`; `har`
// says whether a "log" object was found.
bool walkObject(JsonStream &s, bool *har, const std::function<bool(qsizetype, QByteArrayView)> &entry, const std::function<bool()> &other,
                QString *why)
{
    return s.object(
        [&](const QByteArray &name) {
            if (nameText(name) != "log" || s.peek() != '{')
                return other();
            *har = true;
            return walkLog(s, entry, other, why);
        },
        why);
}

Document checkDocument(JsonStream &s, const QString &origin)
{
    Document doc;
    // Any value besides a HAR's entries and an array's elements: read and judged by QJsonDocument. (A HAR's
    // "creator" and "pages" are small; a value is held only while it is judged.)
    const auto other = [&] {
        const std::optional<QByteArrayView> value = s.value(&doc.why);
        return value && jsonOf(*value, &doc.why);
    };
    bool complete = false;
    if (s.peek() == '[') {
        complete = s.array(
            [&](qsizetype i) {
                const std::optional<QByteArrayView> value = s.value(&doc.why);
                if (!value)
                    return false;
                QString why;
                // The strict check first, as it is cheap; a body it refuses is still an element (kept as
                // rejected) when QJsonDocument reads it, as it read the whole array before.
                if (StrictJson::check(*value) && !jsonOf(*value, &why)) {
                    doc.why = Text::tr("element %1 of the array is not JSON (%2)").arg(i + 1).arg(why);
                    return false;
                }
                if (!value->startsWith('{') && doc.problem.isEmpty())
                    doc.problem = Text::tr("%1: element %2 of the array is not an object.").arg(origin).arg(i + 1);
                ++doc.deliveries;
                return true;
            },
            &doc.why);
    } else {
        const auto entry = [&](qsizetype i, QByteArrayView value) {
            QString why;
            const std::optional<QJsonDocument> json = jsonOf(value, &why);
            if (!json) {
                doc.why = Text::tr("entry %1 of the HAR log is not JSON (%2)").arg(i + 1).arg(why);
                return false;
            }
            bool isDelivery = false;
            if (!HarFormat::checkEntry(json->object(), i, origin, &isDelivery, &why) && doc.problem.isEmpty())
                doc.problem = why;
            doc.deliveries += isDelivery ? 1 : 0;
            return true;
        };
        complete = walkObject(s, &doc.har, entry, other, &doc.why);
        if (!doc.har)
            doc.deliveries = 1; // one envelope
    }
    if (complete && s.peek() >= 0)
        doc.why = Text::tr("more follows the JSON document, at byte %1").arg(s.offset() + 1);
    else
        doc.json = complete;
    return doc;
}

// Every line that is not blank holds one envelope. A line that is an object by its braces but not JSON by
// RFC 8259 (a raw control character, bytes that are not UTF-8) is a delivery all the same, kept as rejected
// as the listener would keep it; anything else is not this kind of file, and the whole is refused.
std::optional<qint64> checkNdjson(JsonStream &s, const QString &origin, QString *error)
{
    qint64 deliveries = 0;
    qint64 number = 0;
    while (const std::optional<QByteArrayView> read = s.line()) {
        ++number;
        const QByteArrayView line = read->trimmed();
        if (line.isEmpty())
            continue;
        const auto lineError = StrictJson::check(line);
        const bool braced = line.startsWith('{') && line.endsWith('}');
        if (lineError && !braced) {
            *error = Text::tr("%1, line %2: not JSON (%3 at column %4).").arg(origin).arg(number).arg(lineError->reason).arg(lineError->offset + 1);
            return std::nullopt;
        }
        if (!braced) {
            *error = Text::tr("%1, line %2: not a JSON object.").arg(origin).arg(number);
            return std::nullopt;
        }
        ++deliveries;
    }
    return deliveries;
}

QString cannotRead(const QString &path, const QString &why)
{
    return Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), why);
}

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

std::optional<CallImport::Checked> CallImport::check(const QString &path, QString *error, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = cannotRead(path, file.errorString());
        return std::nullopt;
    }
    Checked checked{path, QFileInfo(path).fileName(), Format::Ndjson, 0, file.size()};
    const QString &origin = checked.origin;
    const auto stopped = [&](const JsonStream &s) {
        if (!s.stopped() && s.readError().isEmpty())
            return false;
        *error = s.stopped() ? QString() : cannotRead(path, s.readError());
        return true;
    };
    {
        JsonStream s(&file, progress);
        const int first = s.peek();
        if (first == '{' || first == '[') {
            const Document doc = checkDocument(s, origin);
            if (stopped(s))
                return std::nullopt;
            if (doc.json && !doc.problem.isEmpty()) {
                *error = doc.problem;
                return std::nullopt;
            }
            if (doc.json) {
                checked.format = first == '[' ? Format::Array : doc.har ? Format::Har : Format::Envelope;
                checked.deliveries = doc.deliveries;
                return checked;
            }
            // An array or a HAR log that is not JSON is named as such; an object that is not one JSON document
            // may be the first line of ndjson.
            if (first == '[' || doc.har) {
                *error = Text::tr("%1: not JSON: %2.").arg(origin, doc.why);
                return std::nullopt;
            }
        }
    }
    if (!file.seek(0)) {
        *error = cannotRead(path, file.errorString());
        return std::nullopt;
    }
    JsonStream s(&file, progress);
    const std::optional<qint64> deliveries = checkNdjson(s, origin, error);
    if (stopped(s) || !deliveries)
        return std::nullopt;
    if (*deliveries == 0) {
        *error = Text::tr("%1: no envelope in it (expected ndjson, json or HAR).").arg(origin);
        return std::nullopt;
    }
    checked.deliveries = *deliveries;
    return checked;
}

bool CallImport::read(const Checked &file, qint64 receivedMs, const std::function<bool(IncomingDelivery &&)> &take, QString *error)
{
    QFile device(file.path);
    if (!device.open(QIODevice::ReadOnly)) {
        *error = cannotRead(file.path, device.errorString());
        return false;
    }
    const QString &origin = file.origin;
    JsonStream s(&device);
    bool stop = false; // `take` said so
    QString why;
    bool complete = false;
    switch (file.format) {
    case Format::Ndjson:
        complete = true;
        while (const std::optional<QByteArrayView> read = s.line()) {
            const QByteArrayView line = read->trimmed();
            if (line.isEmpty())
                continue;
            if (!line.startsWith('{') || !line.endsWith('}')) {
                complete = false;
                break;
            }
            if (!take(delivery(line.toByteArray(), receivedMs, origin))) {
                stop = true;
                break;
            }
        }
        break;
    case Format::Array:
        complete = s.array(
            [&](qsizetype) {
                const std::optional<QByteArrayView> value = s.value(&why);
                if (!value || !value->startsWith('{'))
                    return false;
                stop = !take(delivery(value->toByteArray(), receivedMs, origin));
                return !stop;
            },
            &why);
        break;
    case Format::Envelope:
        if (const std::optional<QByteArrayView> value = s.value(&why)) {
            complete = true;
            stop = !take(delivery(value->toByteArray(), receivedMs, origin));
        }
        break;
    case Format::Har: {
        bool har = false;
        const auto entry = [&](qsizetype i, QByteArrayView value) {
            const std::optional<QJsonDocument> json = jsonOf(value, &why);
            if (!json)
                return false;
            std::optional<IncomingDelivery> d = HarFormat::readEntry(json->object(), i, origin, &why);
            if (!why.isEmpty())
                return false;
            stop = d && !take(std::move(*d));
            return !stop;
        };
        complete = walkObject(s, &har, entry, [&] { return s.value(&why).has_value(); }, &why);
        break;
    }
    }
    if (stop)
        return false;
    if (!s.readError().isEmpty()) {
        *error = cannotRead(file.path, s.readError());
        return false;
    }
    if (!complete) {
        *error = Text::tr("%1 changed while it was being imported%2").arg(origin, why.isEmpty() ? QStringLiteral(".") : QStringLiteral(" (%1).").arg(why));
        return false;
    }
    return true;
}

std::optional<QList<IncomingDelivery>> CallImport::read(const QString &path, qint64 receivedMs, QString *error)
{
    const std::optional<Checked> checked = check(path, error);
    if (!checked)
        return std::nullopt;
    QList<IncomingDelivery> deliveries;
    deliveries.reserve(checked->deliveries);
    if (!read(*checked, receivedMs, [&](IncomingDelivery &&d) { deliveries.append(std::move(d)); return true; }, error))
        return std::nullopt;
    return deliveries;
}

} // namespace CallScope
