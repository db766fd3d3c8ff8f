// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/callevent.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace CallScope {

// Presenter mode's masking of personal data: phone and file numbers, the bankruptcy attorney's name and
// phone, case numbers, recording URLs, and digits and e-mail addresses inside summaries. Each value gets
// a stand-in derived from a keyed hash, so one number always masks to the same stand-in (and two calls of
// one debtor still look alike), while the stand-in says nothing about the number.
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
    // Free text: every run of digits and every e-mail address replaced.
    QString freeText(const QString &value) const;

    // The value of a catalogue key as the panels show it, masked when it is personal.
    QString outcomeValue(OutcomeId id, const QString &value) const;
    // Every personal value of an event with its stand-in, longest first: for texts that quote them (the raw
    // body, headers, diffs, exported bodies).
    QList<QPair<QString, QString>> replacements(const CallEvent &event) const;
    static QString apply(QString text, const QList<QPair<QString, QString>> &replacements);
    static QByteArray apply(QByteArray bytes, const QList<QPair<QString, QString>> &replacements);

private:
    quint64 hash(const QString &value) const;
    QByteArray m_key;
};

} // namespace CallScope
