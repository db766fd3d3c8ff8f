// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "masker.h"

#include "domain/outcomevalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <algorithm>

namespace CallScope {

namespace {

QByteArray jsonLiteral(const QString &s)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Walks two JSON values of the same shape and lists each string that differs as a pair of literals.
void collectReplacements(const QJsonValue &from, const QJsonValue &to, QList<QPair<QByteArray, QByteArray>> &into)
{
    if (from.isString() && to.isString() && from != to) {
        into.append({jsonLiteral(from.toString()), jsonLiteral(to.toString())});
    } else if (from.isObject() && to.isObject()) {
        const QJsonObject a = from.toObject();
        const QJsonObject b = to.toObject();
        for (auto it = a.begin(); it != a.end(); ++it)
            collectReplacements(it.value(), b.value(it.key()), into);
    } else if (from.isArray() && to.isArray()) {
        const QJsonArray a = from.toArray();
        const QJsonArray b = to.toArray();
        for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
            collectReplacements(a.at(i), b.at(i), into);
    }
}

const OutcomeId personalIds[] = {OutcomeId::BankruptcyAttorneyName, OutcomeId::BankruptcyAttorneyPhone, OutcomeId::BankruptcyCaseNumber};

bool isPersonal(OutcomeId id)
{
    return std::find(std::begin(personalIds), std::end(personalIds), id) != std::end(personalIds);
}

} // namespace

Masker::Masker(QByteArray key)
    : m_key(std::move(key))
{
}

quint64 Masker::hash(const QString &value) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(value.toUtf8(), m_key, QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(mac.constData());
}

QString Masker::phone(const QString &value) const
{
    if (value.isEmpty())
        return value;
    return QStringLiteral("+1555%1").arg(hash(value) % 10'000'000, 7, 10, QLatin1Char('0'));
}

QString Masker::identifier(const QString &value) const
{
    quint64 h = hash(value);
    QString out = value;
    for (QChar &c : out) {
        if (h < 64)
            h = hash(out + QString::number(h)); // more stand-in characters for long values
        if (c.isDigit())
            c = QLatin1Char(char('0' + h % 10));
        else if (c.isLetter())
            c = c.isUpper() ? QLatin1Char(char('A' + h % 26)) : QLatin1Char(char('a' + h % 26));
        else
            continue;
        h /= 26;
    }
    return out;
}

QString Masker::name(const QString &value) const
{
    if (value.isEmpty())
        return value;
    return QStringLiteral("Attorney %1").arg(QString::number(hash(value) % 0xFFFFF, 36).toUpper());
}

QString Masker::url(const QString &value) const
{
    if (value.isEmpty())
        return value;
    return QStringLiteral("https://masked.invalid/recording-%1").arg(hash(value) % 0xFFFFFFFF, 8, 16, QLatin1Char('0'));
}

QString Masker::outcomeValue(OutcomeId id, const QString &value) const
{
    switch (id) {
    case OutcomeId::BankruptcyAttorneyName: return name(value);
    case OutcomeId::BankruptcyAttorneyPhone: return phone(value);
    case OutcomeId::BankruptcyCaseNumber: return identifier(value);
    default: return value;
    }
}

QJsonValue Masker::unknown(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String: return identifier(value.toString());
    case QJsonValue::Double: {
        // An account or card number sent as a number stays a number of the same shape.
        const double d = value.toDouble();
        const QString masked = identifier(QString::number(d, 'g', 17));
        return masked.toDouble();
    }
    case QJsonValue::Array: {
        QJsonArray a;
        for (const QJsonValue &v : value.toArray())
            a.append(unknown(v));
        return a;
    }
    case QJsonValue::Object: {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = unknown(it.value());
        return o;
    }
    default: return value; // true, false, null say nothing of a person
    }
}

QJsonValue Masker::personal(OutcomeId id, const QJsonValue &value) const
{
    return value.isString() ? QJsonValue(outcomeValue(id, value.toString())) : unknown(value);
}

QJsonObject Masker::outcomes(const QJsonObject &outcomes) const
{
    QJsonObject masked = outcomes;
    for (auto it = masked.begin(); it != masked.end(); ++it) {
        const OutcomeInfo *info = OutcomeCatalogue::find(it.key());
        if (!info)
            it.value() = unknown(it.value());
        else if (isPersonal(info->id))
            it.value() = personal(info->id, it.value());
    }
    return masked;
}

QString Masker::summaryFromOutcomes(const QJsonObject &outcomes)
{
    QStringList parts;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        const OutcomeValue v = OutcomeValue::read(info, outcomes.value(info.key));
        if (!v.isRaised() || info.detailOf)
            continue; // a detail (the attorney, the case) belongs to its flag, and may be personal
        switch (info.type) {
        case OutcomeType::Boolean: parts.append(QString::fromLatin1(info.label)); break;
        case OutcomeType::Number:
            parts.append(QStringLiteral("Promise to pay in %1 days").arg(v.text())); // the one number of the spec
            break;
        case OutcomeType::String:
        case OutcomeType::PlanType: parts.append(QStringLiteral("%1: %2").arg(QString::fromLatin1(info.label), v.text())); break;
        }
    }
    if (parts.isEmpty())
        return QStringLiteral("No outcome reported.");
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (parts[i].size() > 1 && !parts[i][1].isUpper()) // "SMS sent" keeps its capitals
            parts[i][0] = parts[i][0].toLower();
    return parts.join(QLatin1String("; ")) + QLatin1Char('.');
}

QJsonObject Masker::envelope(const QJsonObject &body) const
{
    static const QStringList knownEnvelope{QStringLiteral("event"), QStringLiteral("eventCategory"), QStringLiteral("idempotencyKey"),
                                           QStringLiteral("organization"), QStringLiteral("agent"), QStringLiteral("timestamp"),
                                           QStringLiteral("payload")};
    static const QStringList keptPayload{QStringLiteral("callId"), QStringLiteral("status"), QStringLiteral("duration"),
                                         QStringLiteral("createdAt"), QStringLiteral("endedAt")};
    QJsonObject masked = body;
    for (auto it = masked.begin(); it != masked.end(); ++it) {
        if (!knownEnvelope.contains(it.key()))
            it.value() = unknown(it.value());
    }
    if (!masked.value(QLatin1String("payload")).isObject())
        return masked;
    QJsonObject payload = masked.value(QLatin1String("payload")).toObject();
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("phoneNumber"))
            it.value() = v.isString() ? QJsonValue(phone(v.toString())) : unknown(v);
        else if (key == QLatin1String("recordingUrl"))
            it.value() = v.isString() ? QJsonValue(url(v.toString())) : unknown(v);
        else if (key == QLatin1String("summary"))
            it.value() = summaryFromOutcomes(payload.value(QLatin1String("outcomes")).toObject());
        else if (key == QLatin1String("outcomes"))
            it.value() = v.isObject() ? QJsonValue(outcomes(v.toObject())) : unknown(v);
        else if (!keptPayload.contains(key)) // fileNumber, and keys the spec does not list
            it.value() = unknown(v);
    }
    masked.insert(QLatin1String("payload"), payload);
    return masked;
}

Masker::MaskedBody Masker::body(const QByteArray &raw) const
{
    MaskedBody result;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        result.withheld = true;
        return result;
    }
    const QJsonObject masked = envelope(doc.object());
    collectReplacements(doc.object(), masked, result.replacements);
    // Longest first: a value that holds another is replaced whole.
    std::sort(result.replacements.begin(), result.replacements.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    result.bytes = apply(raw, result.replacements);
    // In place only when the bytes then read as exactly the masked JSON: a value the sender escaped
    // differently, or a masked number, is not found by its literal, and the JSON is written anew instead.
    if (QJsonDocument::fromJson(result.bytes).object() != masked) {
        result.bytes = QJsonDocument(masked).toJson(QJsonDocument::Indented);
        result.rewritten = true;
    }
    return result;
}

QByteArray Masker::apply(QByteArray text, const QList<QPair<QByteArray, QByteArray>> &replacements)
{
    for (const auto &[original, standIn] : replacements)
        text.replace(original, standIn);
    return text;
}

} // namespace CallScope
