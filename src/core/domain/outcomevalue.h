// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "outcomecatalogue.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace CallScope {

// The one reading of an outcome's value, used by every badge, colour, filter, statistic, panel and export.
// A value of the wrong JSON type for its key ("doNotCall":"no", "bankruptcy":0, null) is never read as a
// value: it is Malformed and keeps the JSON that was sent, so that a reviewer sees it and nothing counts it.
class OutcomeValue final
{
public:
    enum class State {
        NotReported,
        Value, // true/false for a flag, the string, the number
        Malformed,
    };

    OutcomeValue() = default;
    static OutcomeValue read(const OutcomeInfo &info, const QJsonValue &json);
    // A key the spec does not list: any JSON is a value of it.
    static OutcomeValue unlisted(const QJsonValue &json);

    State state() const { return m_state; }
    bool isReported() const { return m_state != State::NotReported; }
    bool isValue() const { return m_state == State::Value; }
    bool isMalformed() const { return m_state == State::Malformed; }
    // What was sent, whatever its state (Undefined when not reported).
    const QJsonValue &json() const { return m_json; }

    // A flag's value; nullopt when not reported, malformed or not a flag.
    std::optional<bool> flag() const;
    // What raises the outcome's severity: a flag that is true, a non-empty string, a number. Never a
    // malformed value.
    bool isRaised() const;
    // The value as it reads, untranslated: "true", "false", the string, the number as JSON spells it; for a
    // malformed value the JSON that was sent; empty when not reported.
    QString text() const;
    // The CSV's cell: text(), or for a malformed value "invalid:" followed by the raw JSON.
    QString csvCell() const;

private:
    State m_state = State::NotReported;
    QJsonValue m_json = QJsonValue(QJsonValue::Undefined);
};

// The compact JSON of one value, as it would stand in a document: "\"no\"", "0", "null".
QString compactJsonText(const QJsonValue &value);

} // namespace CallScope
