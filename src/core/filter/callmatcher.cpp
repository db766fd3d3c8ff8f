// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callmatcher.h"

#include "domain/outcomecatalogue.h"
#include "storage/callrecord.h"

#include <QJsonValue>

namespace CallScope {

namespace {

// What SQL's NULL turns into does not need a third value here: every NOT the emitter writes either
// coalesces NULL to "not matched" first or wraps a test that is never NULL, and WHERE drops NULL, so a
// NULL comparison is simply false. The third value, nullopt, is "cannot be told from this row".
using Verdict = std::optional<bool>;

// SQLite's LIKE and COLLATE NOCASE fold ASCII letters only: "É" is not "é" to them, nor here.
QString foldAscii(QStringView s)
{
    QString folded = s.toString();
    for (QChar &c : folded) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return folded;
}

bool equalNoCase(QStringView a, QStringView b)
{
    return a.size() == b.size() && foldAscii(a) == foldAscii(b);
}

// column LIKE '%value%': a NULL column is no match. With an empty value any column that is not NULL is
// one, and CallRow reads NULL and '' alike: only a value known to be there (`notNull`) says yes.
Verdict contains(QStringView column, QStringView value, bool notNull = false)
{
    if (value.isEmpty())
        return notNull || !column.isEmpty() ? Verdict(true) : std::nullopt;
    return foldAscii(column).contains(foldAscii(value));
}

// coalesce(column, '') OP value, as SQLite compares text: = and != under NOCASE, the others by the bytes
// of UTF-8 (BINARY), which is not the order of UTF-16 code units above the surrogates.
bool compareText(QStringView column, FilterOp op, QStringView value)
{
    switch (op) {
    case FilterOp::Equal: return equalNoCase(column, value);
    case FilterOp::NotEqual: return !equalNoCase(column, value);
    default: break;
    }
    const int order = column.toUtf8().compare(value.toUtf8());
    switch (op) {
    case FilterOp::Less: return order < 0;
    case FilterOp::LessEqual: return order <= 0;
    case FilterOp::Greater: return order > 0;
    case FilterOp::GreaterEqual: return order >= 0;
    default: return false;
    }
}

Verdict textTest(const std::optional<QString> &column, FilterOp op, const QString &value)
{
    if (!column)
        return std::nullopt;
    return op == FilterOp::Contains ? contains(*column, value) : Verdict(compareText(*column, op, value));
}

std::optional<QString> textOf(int column, const CallRow &r)
{
    switch (TextColumn(column)) {
    case TextColumn::CallId: return r.callId;
    case TextColumn::PhoneNumber: return r.phoneNumber;
    case TextColumn::FileNumber: return r.fileNumber;
    case TextColumn::Status: return r.status;
    case TextColumn::Summary: return r.summary; // nullopt in rows read for the table
    case TextColumn::Event: return r.event;
    case TextColumn::IdempotencyKey: return r.idempotencyKey;
    case TextColumn::OrganizationName: return r.organizationName;
    case TextColumn::OrganizationId: return r.organizationId;
    case TextColumn::AgentName: return r.agentName;
    case TextColumn::AgentId: return r.agentId;
    case TextColumn::CreatedAt: return r.createdAt;
    case TextColumn::EndedAt: return r.endedAt;
    }
    return std::nullopt;
}

// -1 is how CallRow says NULL.
std::optional<qint64> rangeOf(int column, const CallRow &r)
{
    qint64 v = -1;
    switch (RangeColumn(column)) {
    case RangeColumn::Duration: v = r.durationMs; break;
    case RangeColumn::Created: v = r.createdMs; break;
    case RangeColumn::Ended: v = r.endedMs; break;
    case RangeColumn::Received: return r.firstReceivedMs;
    }
    return v == -1 ? std::nullopt : std::optional(v);
}

bool rangeTest(std::optional<qint64> v, FilterOp op, qint64 from, qint64 to)
{
    switch (op) {
    case FilterOp::Equal: return v && *v >= from && *v < to;
    case FilterOp::NotEqual: return !(v && *v >= from && *v < to);
    case FilterOp::Less: return v && *v < from;
    case FilterOp::LessEqual: return v && *v < to;
    case FilterOp::Greater: return v && *v >= to;
    case FilterOp::GreaterEqual:
    case FilterOp::Contains: break;
    }
    return v && *v >= from;
}

Verdict orOf(Verdict a, Verdict b)
{
    if (a == true || b == true)
        return true;
    if (!a || !b)
        return std::nullopt;
    return false;
}

Verdict negate(Verdict v)
{
    return v ? Verdict(!*v) : std::nullopt;
}

// json_extract(outcomes, '$."key"') OP n, when json_type is 'integer' or 'real'.
bool compareNumber(const QJsonValue &sent, FilterOp op, qint64 n)
{
    const QVariant value = sent.toVariant();
    int order = 0;
    if (value.typeId() == QMetaType::LongLong) {
        const qint64 v = value.toLongLong();
        order = v < n ? -1 : v > n ? 1 : 0;
    } else {
        const double v = value.toDouble();
        const double m = double(n);
        order = v < m ? -1 : v > m ? 1 : 0;
    }
    switch (op) {
    case FilterOp::Equal: return order == 0;
    case FilterOp::NotEqual: return order != 0;
    case FilterOp::Less: return order < 0;
    case FilterOp::LessEqual: return order <= 0;
    case FilterOp::Greater: return order > 0;
    case FilterOp::GreaterEqual: return order >= 0;
    case FilterOp::Contains: break;
    }
    return false;
}

} // namespace

std::optional<bool> CallMatcher::matches(const FilterNode &node, const CallRow &row)
{
    switch (node.kind) {
    case FilterNode::Kind::Term:
        return term(node.term, row);
    case FilterNode::Kind::Not:
        return negate(matches(node.children.front(), row));
    case FilterNode::Kind::And: {
        Verdict all = true;
        for (const FilterNode &child : node.children) {
            const Verdict v = matches(child, row);
            if (v == false)
                return false;
            if (!v)
                all = std::nullopt;
        }
        return all;
    }
    case FilterNode::Kind::Or: {
        Verdict any = false;
        for (const FilterNode &child : node.children) {
            const Verdict v = matches(child, row);
            if (v == true)
                return true;
            if (!v)
                any = std::nullopt;
        }
        return any;
    }
    }
    return std::nullopt;
}

std::optional<bool> CallMatcher::term(const FilterTerm &t, const CallRow &row)
{
    // A quoted "" reaches SQL as a NULL binding (Qt binds a null QString as NULL): a comparison with it is
    // NULL, negated or not, and never matches. Only ~ (a LIKE pattern of its own) reads it as text.
    const bool comparesWithNull = t.text.isEmpty() && t.op != FilterOp::Contains;
    switch (t.kind) {
    case FilterTerm::Kind::Words: {
        Verdict any = false;
        for (const TextColumn column : {TextColumn::CallId, TextColumn::PhoneNumber, TextColumn::FileNumber, TextColumn::Summary,
                                        TextColumn::OrganizationName, TextColumn::AgentName})
            any = orOf(any, textTest(textOf(int(column), row), FilterOp::Contains, t.text));
        return any;
    }
    case FilterTerm::Kind::Raised:
        return (row.raisedMask & t.value) != 0;
    case FilterTerm::Kind::OtherRaised:
        // json_each over the object: a key the spec does not list (JSON keys are case-sensitive) sent as true.
        for (auto it = row.outcomes.constBegin(); it != row.outcomes.constEnd(); ++it) {
            if (it.value().isBool() && it.value().toBool() && OutcomeCatalogue::indexOf(it.key()) < 0)
                return true;
        }
        return false;
    case FilterTerm::Kind::Pattern:
        return row.patternWarnings != 0;
    case FilterTerm::Kind::PatternChanged:
        return row.patternChangedSinceReview() == (t.op == FilterOp::Equal);
    case FilterTerm::Kind::Text:
        if (comparesWithNull)
            return false;
        return textTest(textOf(t.column, row), t.op, t.text);
    case FilterTerm::Kind::Party: {
        if (comparesWithNull)
            return false;
        const FilterOp each = t.op == FilterOp::NotEqual ? FilterOp::Equal : t.op;
        const Verdict name = textTest(textOf(t.column, row), each, t.text);
        if (t.op != FilterOp::Equal && t.op != FilterOp::NotEqual && t.op != FilterOp::Contains)
            return name;
        const Verdict either = orOf(name, textTest(textOf(t.column2, row), each, t.text));
        return t.op == FilterOp::NotEqual ? negate(either) : either;
    }
    case FilterTerm::Kind::Range:
        return rangeTest(rangeOf(t.column, row), t.op, t.value, t.to);
    case FilterTerm::Kind::Review:
        return (int(row.review) == t.value) == (t.op == FilterOp::Equal);
    case FilterTerm::Kind::Validation:
        return (int(row.validation) == t.value) == (t.op == FilterOp::Equal);
    case FilterTerm::Kind::Conflict:
        return row.conflict == (t.op == FilterOp::Equal);
    case FilterTerm::Kind::OutcomeNone:
        return row.outcomes.contains(t.outcome->key) != (t.op == FilterOp::Equal);
    case FilterTerm::Kind::OutcomeMalformed:
        return row.isMalformed(t.outcome->id) == (t.op == FilterOp::Equal);
    case FilterTerm::Kind::OutcomeBool: {
        const bool is = t.value == 1 ? row.isRaised(t.outcome->id) : row.outcomes.value(t.outcome->key) == QJsonValue(false);
        return is == (t.op == FilterOp::Equal);
    }
    case FilterTerm::Kind::OutcomeNumber: {
        const QJsonValue sent = row.outcomes.value(t.outcome->key);
        return sent.isDouble() && !row.isMalformed(t.outcome->id) && compareNumber(sent, t.op, t.value);
    }
    case FilterTerm::Kind::OutcomeText: {
        // Not reported reads as "" (but is NULL to ~); sent as anything but a string, it matches nothing.
        if (comparesWithNull)
            return false;
        const QJsonValue sent = row.outcomes.value(t.outcome->key);
        if (sent.isUndefined())
            return t.op != FilterOp::Contains && compareText(QString(), t.op, t.text);
        if (!sent.isString())
            return false;
        return t.op == FilterOp::Contains ? contains(sent.toString(), t.text, true) : Verdict(compareText(sent.toString(), t.op, t.text));
    }
    }
    return std::nullopt;
}

} // namespace CallScope
