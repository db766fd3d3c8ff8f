// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "validationproblem.h"

#include <algorithm>

namespace CallScope {

QString ValidationProblem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotJson: return QStringLiteral("not-json");
    case Kind::NotObject: return QStringLiteral("not-object");
    case Kind::MissingField: return QStringLiteral("missing-field");
    case Kind::WrongType: return QStringLiteral("wrong-type");
    case Kind::EmptyField: return QStringLiteral("empty-field");
    case Kind::BadStatus: return QStringLiteral("bad-status");
    case Kind::BadDuration: return QStringLiteral("bad-duration");
    case Kind::BadTimestamp: return QStringLiteral("bad-timestamp");
    case Kind::BadPlanType: return QStringLiteral("bad-plan-type");
    case Kind::BadPromiseToPayDays: return QStringLiteral("bad-promise-to-pay-days");
    case Kind::BadRecordingUrl: return QStringLiteral("bad-recording-url");
    case Kind::TimeOrder: return QStringLiteral("time-order");
    case Kind::IdempotencyKeyMismatch: return QStringLiteral("idempotency-key-mismatch");
    case Kind::DetailWithoutFlag: return QStringLiteral("detail-without-flag");
    case Kind::ByteOrderMark: return QStringLiteral("byte-order-mark");
    }
    return {};
}

QJsonObject ValidationProblem::toJson() const
{
    QJsonObject o{
        {QStringLiteral("path"), path},
        {QStringLiteral("message"), message},
        {QStringLiteral("code"), kindName(kind)},
    };
    if (offset >= 0)
        o.insert(QStringLiteral("offset"), offset);
    return o;
}

Validation validationOf(const ValidationProblems &problems)
{
    const auto has = [&](auto pred) { return std::any_of(problems.begin(), problems.end(), pred); };
    if (has([](const ValidationProblem &p) { return p.kind == ValidationProblem::Kind::NotJson; }))
        return Validation::Rejected;
    if (has([](const ValidationProblem &p) { return p.isError(); }))
        return Validation::Invalid;
    return problems.isEmpty() ? Validation::Ok : Validation::Warning;
}

QString validationName(Validation validation)
{
    switch (validation) {
    case Validation::Ok: return QStringLiteral("ok");
    case Validation::Warning: return QStringLiteral("warning");
    case Validation::Invalid: return QStringLiteral("invalid");
    case Validation::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QJsonArray toJson(const ValidationProblems &problems)
{
    QJsonArray a;
    for (const ValidationProblem &p : problems)
        a.append(p.toJson());
    return a;
}

} // namespace CallScope
