// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "masker.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

namespace CallScope {

namespace {

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"));
    return re;
}

const QRegularExpression &digitRuns()
{
    static const QRegularExpression re(QStringLiteral(R"(\d+)"));
    return re;
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

QString Masker::freeText(const QString &value) const
{
    QString out = value;
    // E-mail addresses first: they may hold digits.
    for (auto it = emailPattern().globalMatch(value); it.hasNext();) {
        const QString email = it.next().captured();
        out.replace(email, QStringLiteral("person-%1@example.invalid").arg(hash(email) % 0xFFFF, 4, 16, QLatin1Char('0')));
    }
    QString result;
    qsizetype last = 0;
    for (auto it = digitRuns().globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(out).mid(last, m.capturedStart() - last);
        result += identifier(m.captured());
        last = m.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
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

QList<QPair<QString, QString>> Masker::replacements(const CallEvent &e) const
{
    QList<QPair<QString, QString>> pairs;
    const auto add = [&pairs](const QString &original, const QString &standIn) {
        if (!original.isEmpty() && original != standIn)
            pairs.append({original, standIn});
    };
    add(e.phoneNumber, phone(e.phoneNumber));
    if (e.fileNumber)
        add(*e.fileNumber, identifier(*e.fileNumber));
    if (e.recordingUrl)
        add(*e.recordingUrl, url(*e.recordingUrl));
    add(e.summary, freeText(e.summary));
    for (const OutcomeId id : {OutcomeId::BankruptcyAttorneyName, OutcomeId::BankruptcyAttorneyPhone, OutcomeId::BankruptcyCaseNumber}) {
        const QString value = e.outcome(id).toString();
        add(value, outcomeValue(id, value));
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return pairs;
}

QString Masker::apply(QString text, const QList<QPair<QString, QString>> &replacements)
{
    for (const auto &[original, standIn] : replacements)
        text.replace(original, standIn);
    return text;
}

QByteArray Masker::apply(QByteArray bytes, const QList<QPair<QString, QString>> &replacements)
{
    for (const auto &[original, standIn] : replacements)
        bytes.replace(original.toUtf8(), standIn.toUtf8());
    return bytes;
}

} // namespace CallScope
