// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "outcomecatalogue.h"
#include "outcomevalue.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace CallScope {

// The organization or agent of the envelope.
struct Party {
    QString id;
    QString name;
    friend bool operator==(const Party &, const Party &) = default;
};

// A timestamp as sent, and its value when the text is ISO-8601 (else an invalid QDateTime).
struct Timestamp {
    QString text;
    QDateTime value; // UTC
    friend bool operator==(const Timestamp &, const Timestamp &) = default;
};

// One delivered event, as parsed from its body. Fields the body lacks or mistypes stay empty; the
// parser's problems say why. Values are kept as sent: nothing is normalised but the timestamps' values.
struct CallEvent {
    static inline const QString CallCompleted = QStringLiteral("call.completed");

    QByteArray raw; // the body, untouched
    QJsonObject json; // the whole body when it is a JSON object

    // The envelope.
    QString event;
    QString eventCategory;
    QString idempotencyKey;
    Party organization;
    std::optional<Party> agent; // absent for an organization-only webhook
    Timestamp timestamp;
    QJsonObject extraEnvelope; // top-level keys the spec does not list

    // The payload. For events other than call.completed only `payload` is filled.
    QJsonObject payload;
    QString callId;
    QString phoneNumber;
    std::optional<QString> fileNumber;
    QString status;
    std::optional<qint64> durationMs; // none when missing or not a whole number of ms, zero or more
    QString summary;
    std::optional<QString> recordingUrl;
    Timestamp createdAt;
    Timestamp endedAt;
    QJsonObject extraPayload; // payload keys the spec does not list

    // The outcomes the spec lists, by OutcomeId; Undefined when not reported. Values keep their JSON type
    // even when it is the wrong one (the problems name it), so that a reviewer sees what was sent.
    std::array<QJsonValue, OutcomeCount> outcomes = makeUnreported();
    QJsonObject otherOutcomes; // outcome keys the spec does not list ("Other")

    bool isCallCompleted() const { return event == CallCompleted; }

    // What was sent for an outcome, whatever its type; value() is how it reads.
    const QJsonValue &outcome(OutcomeId id) const { return outcomes[size_t(id)]; }
    OutcomeValue value(OutcomeId id) const { return OutcomeValue::read(OutcomeCatalogue::at(id), outcome(id)); }
    bool isReported(OutcomeId id) const { return !outcome(id).isUndefined(); }
    // Tri-state: true, false, or nothing (not reported, or malformed).
    std::optional<bool> flag(OutcomeId id) const { return value(id).flag(); }
    // A flag that is true, a non-empty string, a number, each of its right type: what raises a severity.
    bool isRaised(OutcomeId id) const { return value(id).isRaised(); }
    // The highest severity among the raised outcomes.
    Severity severity() const;
    // Bit OutcomeId set for each raised outcome, and for each malformed one.
    qint64 raisedMask() const;
    qint64 malformedMask() const;
    int reportedOutcomeCount() const;

private:
    static std::array<QJsonValue, OutcomeCount> makeUnreported();
    template<typename Predicate>
    qint64 maskOf(Predicate predicate) const
    {
        qint64 mask = 0;
        for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
            if (predicate(value(info.id)))
                mask |= qint64(1) << int(info.id);
        }
        return mask;
    }
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::CallEvent)
