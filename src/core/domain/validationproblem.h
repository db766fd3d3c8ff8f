// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace CallScope {

// One thing wrong with a delivery, where it is and how bad. Errors break the spec's schema (the delivery
// is "invalid", or rejected when it is not JSON); warnings are odd but within the schema.
struct ValidationProblem {
    enum class Grade { Warning, Error };
    enum class Kind {
        NotJson,
        NotObject,
        MissingField,
        WrongType,
        EmptyField,
        BadStatus,
        BadDuration,
        BadTimestamp,
        BadPlanType,
        BadPromiseToPayDays,
        BadRecordingUrl,
        TimeOrder,
        IdempotencyKeyMismatch,
        DetailWithoutFlag,
        ByteOrderMark,
    };

    Kind kind = Kind::NotJson;
    Grade grade = Grade::Error;
    QString path; // a JSONPath into the body: $.payload.outcomes.plan_type
    QString message; // one plain-language, translated sentence
    qsizetype offset = -1; // the byte offset (from 0) where a body stops being JSON, else -1

    bool isError() const { return grade == Grade::Error; }
    // A stable name of kind for machines (HTTP answers, exports): "missing-field".
    static QString kindName(Kind kind);
    // {"path": …, "message": …, "code": …} (plus "offset" for a syntax error), as the HTTP answers give it.
    QJsonObject toJson() const;

    friend bool operator==(const ValidationProblem &, const ValidationProblem &) = default;
};

using ValidationProblems = QList<ValidationProblem>;

// The verdict over a delivery's problems, as the table and CSV name it.
enum class Validation {
    Ok,
    Warning, // warnings only
    Invalid, // at least one error; JSON all the same
    Rejected, // not JSON, or empty: the listener answers 400
};

Validation validationOf(const ValidationProblems &problems);
// "ok", "warning", "invalid", "rejected".
QString validationName(Validation validation);
QJsonArray toJson(const ValidationProblems &problems);

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::ValidationProblem)
