// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace CallScope {

struct OutcomeInfo;

enum class FilterOp { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Contains };

// The text columns of the calls table that a term reads (CallRow has a field for each).
enum class TextColumn {
    CallId,
    PhoneNumber,
    FileNumber,
    Status,
    Summary,
    Event,
    IdempotencyKey,
    OrganizationName,
    OrganizationId,
    AgentName,
    AgentId,
    CreatedAt, // the text as sent
    EndedAt,
};

// The integer columns of milliseconds that a range term reads; NULL when the call has no such value.
enum class RangeColumn { Duration, Created, Ended, Received };

// One test of a call, resolved when parsed (field names, units, dates, outcome keys): the SQL emitter
// and the in-memory matcher read the same terms, so they cannot disagree on what an expression means.
struct FilterTerm {
    enum class Kind {
        Words, // text in the word columns (callId, phone, file number, summary, organization and agent names)
        Raised, // any outcome of `mask` is raised (an outcome key alone, KEY=true, group:NAME)
        OtherRaised, // group:other: an outcome the spec does not list is true
        Pattern, // any contact-pattern warning
        PatternChanged, // the warnings changed since the review (op Equal or NotEqual)
        Text, // `column` op `text`
        Party, // `column` (a name) or `column2` (its id) op `text`; < <= > >= compare the name only
        Range, // `column` of RangeColumn op the range [from, to)
        Review, // review_state op `value` (Equal or NotEqual)
        Validation, // validation op `value`
        Conflict, // conflict op 1
        OutcomeNone, // the outcome was not reported (op Equal) or was (NotEqual)
        OutcomeMalformed, // sent with the wrong type (op Equal) or not (NotEqual)
        OutcomeBool, // `value` 1: raised, 0: sent as false; NotEqual negates
        OutcomeNumber, // a number outcome op `value`
        OutcomeText, // a string outcome (reported as text, or not reported: "") op `text`
    };
    Kind kind = Kind::Words;
    FilterOp op = FilterOp::Equal;
    QString text;
    int column = 0; // TextColumn or RangeColumn
    int column2 = 0; // Party: the id's TextColumn
    qint64 value = 0; // Raised: the mask; Range: from; Review, Validation: the enum; OutcomeNumber: the number
    qint64 to = 0; // Range: the first millisecond after it
    const OutcomeInfo *outcome = nullptr; // Outcome*
    bool quoted = false; // OutcomeBool: the value was quoted (then it reads the JSON, not raised_mask)
};

// An expression: a term, or terms combined. Parentheses leave no node of their own.
struct FilterNode {
    enum class Kind { Term, And, Or, Not };
    Kind kind = Kind::Term;
    FilterTerm term;
    std::vector<FilterNode> children; // And, Or: two or more; Not: one
};

} // namespace CallScope
