// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "masker.h"

#include "domain/outcomevalue.h"
#include "domain/httpheaders.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <algorithm>

namespace CallScope {

namespace {

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
        // Names too: nothing is known of an object nobody documented ({"Maria Gonzalez": …}).
        QJsonObject masked;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            masked.insert(identifier(it.key()), unknown(it.value()));
        return masked;
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
        else if (!OutcomeValue::read(*info, it.value()).isValue()
                 || (info->type == OutcomeType::PlanType && !OutcomeCatalogue::isPlanType(it.value().toString())))
            it.value() = unknown(it.value()); // not the value the spec describes: it may be anything ("no, says Maria")
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
        case OutcomeType::Boolean: parts.append(OutcomeCatalogue::label(info)); break;
        case OutcomeType::Number: // the one number of the spec
            parts.append(v.json().toInteger() == 1 ? QCoreApplication::translate("CallScope::Masker", "promise to pay in 1 day")
                                                   : QCoreApplication::translate("CallScope::Masker", "promise to pay in %1 days").arg(v.text()));
            break;
        case OutcomeType::PlanType:
            if (!OutcomeCatalogue::isPlanType(v.text()))
                break; // outside the spec's list: free text
            Q_FALLTHROUGH();
        case OutcomeType::String: parts.append(QStringLiteral("%1: %2").arg(OutcomeCatalogue::label(info), v.text())); break;
        }
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("CallScope::Masker", "No outcome reported.");
    // One sentence: the first part as the catalogue writes it, the others in lower case but for words
    // that are capitals throughout ("SMS sent").
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString firstWord = parts[i].section(QLatin1Char(' '), 0, 0);
        if (firstWord != firstWord.toUpper())
            parts[i][0] = parts[i][0].toLower();
    }
    parts[0][0] = parts[0][0].toUpper();
    return parts.join(QLatin1String("; ")) + QLatin1Char('.');
}

QJsonObject Masker::envelope(const QJsonObject &body) const
{
    // Known fields are kept when they have the spec's type; anything else may be anything.
    const auto keptIf = [this](const QJsonValue &v, bool wellTyped) { return wellTyped ? v : unknown(v); };
    const auto party = [this](const QJsonValue &v) -> QJsonValue {
        if (!v.isObject())
            return unknown(v);
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool listed = it.key() == QLatin1String("id") || it.key() == QLatin1String("name");
            if (!listed || !it.value().isString())
                it.value() = unknown(it.value()); // an agent's e-mail, say
        }
        return o;
    };
    QJsonObject masked;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("organization") || key == QLatin1String("agent"))
            masked.insert(key, party(v));
        else if (key == QLatin1String("payload"))
            masked.insert(key, v.isObject() ? QJsonValue(payload(v.toObject())) : unknown(v));
        else if (key == QLatin1String("event") || key == QLatin1String("eventCategory") || key == QLatin1String("idempotencyKey")
                 || key == QLatin1String("timestamp"))
            masked.insert(key, keptIf(v, v.isString()));
        else
            masked.insert(identifier(key), unknown(v));
    }
    return masked;
}

QJsonObject Masker::payload(const QJsonObject &payload) const
{
    QJsonObject masked;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        QJsonValue out;
        if (key == QLatin1String("phoneNumber"))
            out = v.isString() ? QJsonValue(phone(v.toString())) : unknown(v);
        else if (key == QLatin1String("recordingUrl"))
            out = v.isString() ? QJsonValue(url(v.toString())) : unknown(v);
        else if (key == QLatin1String("summary"))
            out = summaryFromOutcomes(payload.value(QLatin1String("outcomes")).toObject());
        else if (key == QLatin1String("outcomes"))
            out = v.isObject() ? QJsonValue(outcomes(v.toObject())) : unknown(v);
        else if (key == QLatin1String("duration"))
            out = v.isDouble() ? v : unknown(v);
        else if (key == QLatin1String("callId") || key == QLatin1String("status") || key == QLatin1String("createdAt")
                 || key == QLatin1String("endedAt"))
            out = v.isString() ? v : unknown(v);
        else // fileNumber, and keys the spec does not list (their names too)
            out = unknown(v);
        static const QStringList listed{QStringLiteral("callId"),     QStringLiteral("phoneNumber"), QStringLiteral("fileNumber"),
                                        QStringLiteral("status"),     QStringLiteral("duration"),    QStringLiteral("outcomes"),
                                        QStringLiteral("summary"),    QStringLiteral("recordingUrl"), QStringLiteral("createdAt"),
                                        QStringLiteral("endedAt")};
        masked.insert(listed.contains(key) ? key : identifier(key), out);
    }
    return masked;
}

QString Masker::headerValue(const QString &name, const QString &value) const
{
    static const QStringList plain{
        QStringLiteral("host"),           QStringLiteral("content-type"),      QStringLiteral("content-length"),
        QStringLiteral("content-encoding"), QStringLiteral("transfer-encoding"), QStringLiteral("connection"),
        QStringLiteral("user-agent"),     QStringLiteral("accept"),            QStringLiteral("accept-encoding"),
        QStringLiteral("expect"),         QStringLiteral("webhook-id"),        QStringLiteral("webhook-timestamp"),
        QStringLiteral("webhook-signature"), QStringLiteral("x-forwarded-for"), QStringLiteral("x-forwarded-proto"),
        QStringLiteral("x-request-id"),
    };
    if (plain.contains(name.toLower()) || isSecretHeader(name.toLatin1()))
        return value; // a secret header's value is "[redacted]" by then
    return identifier(value);
}

QString Masker::query(const QString &query) const
{
    QStringList parts = query.split(QLatin1Char('&'));
    for (QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq >= 0)
            part = part.left(eq + 1) + identifier(part.mid(eq + 1));
    }
    return parts.join(QLatin1Char('&'));
}

Masker::MaskedBody Masker::body(const QByteArray &raw) const
{
    MaskedBody result;
    // Read as QJsonDocument does, so that a body an older version accepted (raw control characters) is
    // masked all the same.
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        result.withheld = true;
        return result;
    }
    // Always written anew from the masked values: the sender's bytes can hide a value from any check made
    // on them (a repeated name, which a reader keeps only once; an escape spelled otherwise).
    result.bytes = QJsonDocument(envelope(doc.object())).toJson(QJsonDocument::Indented);
    return result;
}

QByteArray Masker::answer(const QByteArray &answer)
{
    // Our answers quote the values they complain of: only their verdict is kept.
    const QJsonValue status = QJsonDocument::fromJson(answer).object().value(QLatin1String("status"));
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), status.isString() ? status : QJsonValue()}}).toJson(QJsonDocument::Compact);
}

} // namespace CallScope
