// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "calleventparser.h"

#include "jsonpath.h"
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace CallScope {

namespace {

using Kind = ValidationProblem::Kind;
using Grade = ValidationProblem::Grade;

// What this file writes goes to senders (HTTP answers, the warnings of an answer) and is stored with each
// delivery: it stays in English whatever the desk's language, as an API's messages do.

// What a JSON value is, in words, for messages: "a number", "null".
QString describeType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// A value as compact JSON for a message, cut short: payload strings can be megabytes.
QString quote(const QJsonValue &v)
{
    constexpr qsizetype maxLength = 60;
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    if (text.size() > maxLength)
        text = text.left(maxLength) + QStringLiteral("…");
    return text;
}

bool isWholeNonNegative(double d)
{
    return d >= 0 && std::floor(d) == d;
}

// ISO-8601 date and time, extended format, as RFC 3339 profiles it; QDateTime::fromString alone also takes
// a bare date or a space for the 'T', which a sender's clock never means.
const QRegularExpression &isoDateTimePattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$)"));
    return re;
}

// Checks one object's fields and collects the problems, each at its JSON path.
class Checker
{
public:
    ValidationProblems problems;

    void add(Kind kind, Grade grade, const QString &path, const QString &message, qsizetype offset = -1)
    {
        problems.append(ValidationProblem{kind, grade, path, message, offset});
    }

    // The value at key when it has the wanted type; a problem when it is missing (and required) or mistyped.
    std::optional<QJsonValue> field(const QJsonObject &o, const QString &parent, QLatin1String key,
                                    QJsonValue::Type type, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                add(Kind::MissingField, Grade::Error, JsonPath::child(parent, key),
                    QStringLiteral("The required field \"%1\" is missing.").arg(key));
            return std::nullopt;
        }
        if (v.type() != type) {
            add(Kind::WrongType, Grade::Error, JsonPath::child(parent, key),
                QStringLiteral("\"%1\" must be %2, not %3.").arg(key, describeType(QJsonValue(type)), describeType(v)));
            return std::nullopt;
        }
        return v;
    }

    std::optional<QString> string(const QJsonObject &o, const QString &parent, QLatin1String key,
                                  bool required, bool mayBeEmpty = true)
    {
        const auto v = field(o, parent, key, QJsonValue::String, required);
        if (!v)
            return std::nullopt;
        QString s = v->toString();
        if (!mayBeEmpty && s.isEmpty())
            add(Kind::EmptyField, Grade::Error, JsonPath::child(parent, key),
                QStringLiteral("\"%1\" must not be empty.").arg(key));
        return s;
    }

    QJsonObject object(const QJsonObject &o, const QString &parent, QLatin1String key, bool required)
    {
        const auto v = field(o, parent, key, QJsonValue::Object, required);
        return v ? v->toObject() : QJsonObject();
    }

    std::optional<Party> party(const QJsonObject &o, const QString &parent, QLatin1String key, bool required)
    {
        if (!o.contains(key) && !required)
            return std::nullopt;
        const auto v = field(o, parent, key, QJsonValue::Object, required);
        if (!v)
            return std::nullopt;
        const QJsonObject p = v->toObject();
        const QString path = JsonPath::child(parent, key);
        Party party;
        party.id = string(p, path, QLatin1String("id"), true, false).value_or(QString());
        party.name = string(p, path, QLatin1String("name"), false).value_or(QString());
        return party;
    }

    Timestamp timestamp(const QJsonObject &o, const QString &parent, QLatin1String key)
    {
        Timestamp t;
        const auto text = string(o, parent, key, true);
        if (!text)
            return t;
        t.text = *text;
        const QRegularExpressionMatch m = isoDateTimePattern().match(t.text);
        if (m.hasMatch())
            t.value = QDateTime::fromString(t.text, Qt::ISODateWithMs).toUTC();
        if (!t.value.isValid()) {
            add(Kind::BadTimestamp, Grade::Error, JsonPath::child(parent, key),
                QStringLiteral("\"%1\" is %2, not an ISO-8601 date and time such as 2026-02-17T17:03:01.000Z.")
                    .arg(key, quote(t.text)));
        } else if (m.capturedView(1).isEmpty()) {
            add(Kind::BadTimestamp, Grade::Warning, JsonPath::child(parent, key),
                QStringLiteral("\"%1\" has no time zone; it is read as UTC.").arg(key));
        }
        return t;
    }
};

const QString kRoot = QStringLiteral("$");

void checkEnvelope(CallEvent &e, Checker &c, bool strict)
{
    const QJsonObject &o = e.json;
    e.eventCategory = c.string(o, kRoot, QLatin1String("eventCategory"), strict).value_or(QString());
    e.idempotencyKey = c.string(o, kRoot, QLatin1String("idempotencyKey"), strict, !strict).value_or(QString());
    e.organization = c.party(o, kRoot, QLatin1String("organization"), strict).value_or(Party());
    e.agent = c.party(o, kRoot, QLatin1String("agent"), false);
    if (strict || o.contains(QLatin1String("timestamp")))
        e.timestamp = c.timestamp(o, kRoot, QLatin1String("timestamp"));
    e.payload = c.object(o, kRoot, QLatin1String("payload"), strict);

    static const QStringList known{
        QStringLiteral("event"),        QStringLiteral("eventCategory"), QStringLiteral("idempotencyKey"),
        QStringLiteral("organization"), QStringLiteral("agent"),         QStringLiteral("timestamp"),
        QStringLiteral("payload"),
    };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            e.extraEnvelope.insert(it.key(), it.value());
    }
}

void checkOutcomes(CallEvent &e, Checker &c, const QJsonObject &outcomes, const QString &path)
{
    for (auto it = outcomes.begin(); it != outcomes.end(); ++it) {
        const OutcomeInfo *info = OutcomeCatalogue::find(it.key());
        if (!info) {
            e.otherOutcomes.insert(it.key(), it.value());
            continue;
        }
        const QJsonValue v = it.value();
        e.outcomes[size_t(info->id)] = v;
        // Paths are built only for a problem: most deliveries have none.
        const auto at = [&] { return JsonPath::child(path, info->key); };
        const auto wrongType = [&](const QString &wanted) {
            c.add(Kind::WrongType, Grade::Error, at(),
                  QStringLiteral("\"%1\" must be %2, not %3.").arg(info->key, wanted, describeType(v)));
        };
        switch (info->type) {
        case OutcomeType::Boolean:
            if (!v.isBool())
                wrongType(QStringLiteral("true or false"));
            break;
        case OutcomeType::String:
            if (!v.isString())
                wrongType(QStringLiteral("a string"));
            break;
        case OutcomeType::Number:
            if (!v.isDouble())
                wrongType(QStringLiteral("a number"));
            else if (!isWholeNonNegative(v.toDouble()))
                c.add(Kind::BadPromiseToPayDays, Grade::Error, at(),
                      QStringLiteral("\"%1\" must be a whole number of days, zero or more, not %2.").arg(info->key, quote(v)));
            break;
        case OutcomeType::PlanType:
            if (!v.isString()) {
                wrongType(QStringLiteral("a string"));
            } else if (!OutcomeCatalogue::isPlanType(v.toString())) {
                QStringList values;
                for (QLatin1String t : OutcomeCatalogue::planTypes())
                    values.append(t);
                c.add(Kind::BadPlanType, Grade::Error, at(),
                      QStringLiteral("\"%1\" is %2, not one of %3.").arg(info->key, quote(v), values.join(QStringLiteral(", "))));
            }
            break;
        }
    }
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (info.detailOf && e.isReported(info.id) && e.flag(*info.detailOf) != true) {
            const QLatin1String flag = OutcomeCatalogue::at(*info.detailOf).key;
            c.add(Kind::DetailWithoutFlag, Grade::Warning, JsonPath::child(path, info.key),
                  QStringLiteral("\"%1\" is given while \"%2\" is not true.").arg(info.key, flag));
        }
    }
}

void checkPayload(CallEvent &e, Checker &c)
{
    const QJsonObject &p = e.payload;
    const QString path = JsonPath::child(kRoot, QLatin1String("payload"));
    e.callId = c.string(p, path, QLatin1String("callId"), true, false).value_or(QString());
    e.phoneNumber = c.string(p, path, QLatin1String("phoneNumber"), true).value_or(QString());
    e.fileNumber = c.string(p, path, QLatin1String("fileNumber"), false);
    if (const auto status = c.string(p, path, QLatin1String("status"), true)) {
        e.status = *status;
        if (e.status != QLatin1String("Completed"))
            c.add(Kind::BadStatus, Grade::Error, JsonPath::child(path, QLatin1String("status")),
                  QStringLiteral("\"status\" must be \"Completed\" for call.completed, not %1.").arg(quote(e.status)));
    }
    if (const auto duration = c.field(p, path, QLatin1String("duration"), QJsonValue::Double, true)) {
        const double ms = duration->toDouble();
        if (isWholeNonNegative(ms))
            e.durationMs = qint64(ms);
        else
            c.add(Kind::BadDuration, Grade::Error, JsonPath::child(path, QLatin1String("duration")),
                  QStringLiteral("\"duration\" must be a whole number of milliseconds, zero or more, not %1.")
                      .arg(quote(*duration)));
    }
    const QJsonObject outcomes = c.object(p, path, QLatin1String("outcomes"), true);
    checkOutcomes(e, c, outcomes, JsonPath::child(path, QLatin1String("outcomes")));
    e.summary = c.string(p, path, QLatin1String("summary"), true).value_or(QString());
    e.recordingUrl = c.string(p, path, QLatin1String("recordingUrl"), false);
    if (e.recordingUrl && !e.recordingUrl->isEmpty()) {
        const QUrl url(*e.recordingUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.host().isEmpty())
            c.add(Kind::BadRecordingUrl, Grade::Warning, JsonPath::child(path, QLatin1String("recordingUrl")),
                  QStringLiteral("\"recordingUrl\" is not an http or https address; it will not be opened."));
    }
    e.createdAt = c.timestamp(p, path, QLatin1String("createdAt"));
    e.endedAt = c.timestamp(p, path, QLatin1String("endedAt"));
    if (e.createdAt.value.isValid() && e.endedAt.value.isValid() && e.endedAt.value < e.createdAt.value)
        c.add(Kind::TimeOrder, Grade::Warning, JsonPath::child(path, QLatin1String("endedAt")),
              QStringLiteral("\"endedAt\" is earlier than \"createdAt\"."));

    static const QStringList known{
        QStringLiteral("callId"),   QStringLiteral("phoneNumber"), QStringLiteral("fileNumber"),
        QStringLiteral("status"),   QStringLiteral("duration"),    QStringLiteral("outcomes"),
        QStringLiteral("summary"),  QStringLiteral("recordingUrl"), QStringLiteral("createdAt"),
        QStringLiteral("endedAt"),
    };
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (!known.contains(it.key()))
            e.extraPayload.insert(it.key(), it.value());
    }
}

void checkIdempotencyKey(const CallEvent &e, Checker &c)
{
    if (e.idempotencyKey.isEmpty() || e.organization.id.isEmpty() || e.callId.isEmpty())
        return;
    const QString expected = CallEvent::CallCompleted + QLatin1Char(':') + e.organization.id + QLatin1Char(':') + e.callId;
    if (e.idempotencyKey != expected)
        c.add(Kind::IdempotencyKeyMismatch, Grade::Warning, JsonPath::child(kRoot, QLatin1String("idempotencyKey")),
              QStringLiteral("\"idempotencyKey\" is %1; the spec builds it as %2.").arg(quote(e.idempotencyKey), quote(expected)));
}

} // namespace

ParsedEvent CallEventParser::parse(const QByteArray &body)
{
    return read(body, false);
}

ParsedEvent CallEventParser::reread(const QByteArray &storedBody)
{
    return read(storedBody, true);
}

ParsedEvent CallEventParser::read(const QByteArray &body, bool laxValues)
{
    ParsedEvent result;
    CallEvent &e = result.event;
    Checker c;
    e.raw = body;

    // A leading byte-order mark: RFC 8259 (8.1) forbids senders to add one and lets readers ignore it, and
    // some senders' libraries write one (.NET's UTF-8 encoding): read past it, and warn once the rest is JSON.
    const bool byteOrderMark = StrictJson::startsWithByteOrderMark(body);
    const QByteArrayView text = QByteArrayView(body).sliced(byteOrderMark ? 3 : 0);
    const auto notJson = [&](const QString &message, qsizetype offset) {
        c.add(Kind::NotJson, Grade::Error, kRoot, message, offset);
        result.problems = c.problems;
        return result;
    };
    if (text.trimmed().isEmpty())
        return notJson(QStringLiteral("The body is empty."), 0);
    // The strict check first: QJsonDocument alone takes raw control characters in strings, unknown escapes
    // and numbers such as "1." (issue 13). Its offset counts from the body's first byte, the mark included.
    const auto strictError = StrictJson::check(text);
    if (strictError) {
        const qsizetype offset = strictError->offset + (byteOrderMark ? 3 : 0);
        const QString message = QStringLiteral("The body is not JSON: %1 at byte %2.").arg(strictError->reason).arg(offset);
        if (!laxValues)
            return notJson(message, offset);
        c.add(Kind::NotJson, Grade::Error, kRoot, message, offset);
    } else if (const char first = text.trimmed().front(); first != '{' && first != '[') {
        c.add(Kind::NotObject, Grade::Error, kRoot, QStringLiteral("The body is JSON but not an object: it is a single value."));
        result.problems = c.problems;
        return result;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError && strictError) {
        result.problems = c.problems; // read again laxly, and QJsonDocument cannot read it either
        return result;
    }
    if (error.error != QJsonParseError::NoError) {
        // JSON text all the same, but past what QJsonDocument holds (RFC 8259, 9 lets a reader set limits):
        // a number a double cannot hold, such as 1e400.
        const QString what = error.error == QJsonParseError::IllegalNumber ? QStringLiteral("a number out of range") : error.errorString();
        return notJson(QStringLiteral("The body is not JSON: %1 at byte %2.").arg(what).arg(error.offset), error.offset);
    }
    if (!doc.isObject()) {
        c.add(Kind::NotObject, Grade::Error, kRoot,
              QStringLiteral("The body is JSON but not an object: it is %1.").arg(describeType(QJsonArray())));
        result.problems = c.problems;
        return result;
    }
    if (byteOrderMark)
        c.add(Kind::ByteOrderMark, Grade::Warning, kRoot,
              QStringLiteral("The body begins with a byte-order mark, which RFC 8259 forbids a sender to add; it was ignored."));
    e.json = doc.object();

    // A missing or mistyped event is checked as call.completed, the one event this endpoint documents.
    e.event = c.string(e.json, kRoot, QLatin1String("event"), true, false).value_or(QString());
    const bool callCompleted = e.event.isEmpty() || e.isCallCompleted();
    checkEnvelope(e, c, callCompleted);
    if (callCompleted) {
        checkPayload(e, c);
        checkIdempotencyKey(e, c);
    }
    result.problems = c.problems;
    return result;
}

} // namespace CallScope
