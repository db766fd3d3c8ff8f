// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "outcomevalue.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace CallScope {

namespace {

bool hasItsType(const OutcomeInfo &info, const QJsonValue &json)
{
    switch (info.type) {
    case OutcomeType::Boolean: return json.isBool();
    case OutcomeType::String:
    case OutcomeType::PlanType: // a string outside the spec's list is a value all the same, flagged by the parser
        return json.isString();
    case OutcomeType::Number: {
        // promiseToPayDays: a whole number of days, zero or more. "-3" or "1.5" days is no reading of it.
        const double d = json.toDouble(-1);
        return json.isDouble() && d >= 0 && std::floor(d) == d;
    }
    }
    return false;
}

} // namespace

OutcomeValue OutcomeValue::read(const OutcomeInfo &info, const QJsonValue &json)
{
    OutcomeValue v;
    v.m_json = json;
    if (json.isUndefined())
        v.m_state = State::NotReported;
    else
        v.m_state = hasItsType(info, json) ? State::Value : State::Malformed;
    return v;
}

OutcomeValue OutcomeValue::unlisted(const QJsonValue &json)
{
    OutcomeValue v;
    v.m_json = json;
    v.m_state = json.isUndefined() ? State::NotReported : State::Value;
    return v;
}

std::optional<bool> OutcomeValue::flag() const
{
    if (m_state != State::Value || !m_json.isBool())
        return std::nullopt;
    return m_json.toBool();
}

bool OutcomeValue::isRaised() const
{
    if (m_state != State::Value)
        return false;
    switch (m_json.type()) {
    case QJsonValue::Bool: return m_json.toBool();
    case QJsonValue::String: return !m_json.toString().isEmpty();
    case QJsonValue::Double: return true;
    default: return false;
    }
}

QString OutcomeValue::text() const
{
    switch (m_state) {
    case State::NotReported: return {};
    case State::Malformed: return compactJsonText(m_json);
    case State::Value: break;
    }
    if (m_json.isBool())
        return m_json.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (m_json.isString())
        return m_json.toString();
    return compactJsonText(m_json);
}

QString OutcomeValue::csvCell() const
{
    return m_state == State::Malformed ? QStringLiteral("invalid:") + text() : text();
}

QString compactJsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace CallScope
