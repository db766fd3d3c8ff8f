// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/outcomecatalogue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace CallScope {

// Presenter mode's masking of personal data, the one layer every view (through CallQueryService) and every
// export goes through. Personal values are the phone and file numbers, the recording URL, the bankruptcy
// attorney's name and phone and the case number, and any value of a key the spec does not list (nothing is
// known of it). The free-text summary cannot be masked (names in free text cannot be found): it is replaced
// by one written from the call's outcomes. Everything else (days, chapters, durations, dates, flags, names
// of the organization and agent) stays exactly as sent.
// Each personal value gets a stand-in derived from a keyed hash, so one number always masks to the same
// stand-in (two calls of one debtor still look alike), while the stand-in says nothing about the number.
class Masker final
{
public:
    explicit Masker(QByteArray key);

    // A phone number: +1 555 and digits ("+15550148237").
    QString phone(const QString &value) const;
    // Letters and digits replaced one for one, separators kept ("ACC-429795" -> "QRT-580213").
    QString identifier(const QString &value) const;
    // A person or firm: "Attorney K7QF".
    QString name(const QString &value) const;
    QString url(const QString &value) const;

    // The value of a catalogue key as the panels show it, masked when it is personal.
    QString outcomeValue(OutcomeId id, const QString &value) const;
    // An outcomes object with its personal values (and those of unlisted keys) masked.
    QJsonObject outcomes(const QJsonObject &outcomes) const;
    // The summary presenter mode shows instead of the sent one, in the catalogue's words: "Right party
    // confirmed; promise to pay in 14 days; email only preference".
    static QString summaryFromOutcomes(const QJsonObject &outcomes);
    // A whole envelope with its personal values masked and its summary replaced.
    QJsonObject envelope(const QJsonObject &body) const;

    // A body as presenter mode shows and exports it.
    struct MaskedBody {
        QByteArray bytes; // the masked JSON, written anew (indented, keys sorted)
        bool withheld = false; // not a JSON object: nothing is known of where personal data is in it, so
                               // bytes is empty
    };
    MaskedBody body(const QByteArray &raw) const;
    // One of our answers as presenter mode shows it: its verdict ({"status":"accepted"}) without the
    // problems, which quote the values they complain of.
    static QByteArray answer(const QByteArray &answer);
    // A request header's value: kept for the headers of HTTP and of webhooks, whose values say nothing of a
    // person (Host, Content-Type, User-Agent, webhook-id…; the secret ones are redacted when stored),
    // masked for any other ("X-Debtor-Name").
    QString headerValue(const QString &name, const QString &value) const;
    // A query string with each parameter's value masked ("?customer=Maria" -> "?customer=Qxbnt").
    QString query(const QString &query) const;

private:
    quint64 hash(const QString &value) const;
    // A value of a key the spec does not list, or a personal value of an unexpected type: strings and
    // numbers masked as identifiers (a number stays a number), containers walked.
    QJsonValue unknown(const QJsonValue &value) const;
    QJsonValue personal(OutcomeId id, const QJsonValue &value) const;
    QJsonObject payload(const QJsonObject &payload) const;
    QByteArray m_key;
};

} // namespace CallScope
