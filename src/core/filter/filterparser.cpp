// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "filterparser.h"

#include "filter/callfilter.h"

#include "domain/outcomecatalogue.h"
#include "domain/reviewstate.h"
#include "domain/timerange.h"
#include "domain/validationproblem.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

// Terms are written with designated initializers that leave the members a term does not use at their
// defaults, which is the point of them; GCC 12 warns about each one all the same.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

namespace CallScope {

namespace {

// The strings of the filter, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::CallFilter)
};

// The fields a comparison may name besides outcome keys, and how their values are read.
enum class FieldKind { Text, Party, Duration, Time, Review, Validation };
struct Field {
    QLatin1String name;
    FieldKind kind;
    int column; // TextColumn (Text, Party: the name), RangeColumn (Duration, Time)
    int column2 = -1; // Party: the id's TextColumn; Time: the TextColumn for ~ (none: -1)
};

constexpr int text(TextColumn c)
{
    return int(c);
}
constexpr int range(RangeColumn c)
{
    return int(c);
}

const Field kFields[] = {
    {QLatin1String("callId"), FieldKind::Text, text(TextColumn::CallId)},
    {QLatin1String("phoneNumber"), FieldKind::Text, text(TextColumn::PhoneNumber)},
    {QLatin1String("phone"), FieldKind::Text, text(TextColumn::PhoneNumber)},
    {QLatin1String("fileNumber"), FieldKind::Text, text(TextColumn::FileNumber)},
    {QLatin1String("status"), FieldKind::Text, text(TextColumn::Status)},
    {QLatin1String("summary"), FieldKind::Text, text(TextColumn::Summary)},
    {QLatin1String("event"), FieldKind::Text, text(TextColumn::Event)},
    {QLatin1String("idempotencyKey"), FieldKind::Text, text(TextColumn::IdempotencyKey)},
    {QLatin1String("org"), FieldKind::Party, text(TextColumn::OrganizationName), text(TextColumn::OrganizationId)},
    {QLatin1String("organization"), FieldKind::Party, text(TextColumn::OrganizationName), text(TextColumn::OrganizationId)},
    {QLatin1String("agent"), FieldKind::Party, text(TextColumn::AgentName), text(TextColumn::AgentId)},
    {QLatin1String("duration"), FieldKind::Duration, range(RangeColumn::Duration)},
    {QLatin1String("createdAt"), FieldKind::Time, range(RangeColumn::Created), text(TextColumn::CreatedAt)},
    {QLatin1String("endedAt"), FieldKind::Time, range(RangeColumn::Ended), text(TextColumn::EndedAt)},
    {QLatin1String("receivedAt"), FieldKind::Time, range(RangeColumn::Received)},
    {QLatin1String("review"), FieldKind::Review, 0},
    {QLatin1String("validation"), FieldKind::Validation, 0},
};

int findField(QStringView name)
{
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        if (name.compare(kFields[i].name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

const OutcomeInfo *findOutcome(QStringView name)
{
    if (const OutcomeInfo *exact = OutcomeCatalogue::find(name))
        return exact;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (name.compare(info.key, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

std::optional<FilterOp> toOp(const QString &op)
{
    static const std::pair<QLatin1String, FilterOp> kOps[] = {
        {QLatin1String("="), FilterOp::Equal},     {QLatin1String("!="), FilterOp::NotEqual},
        {QLatin1String("<"), FilterOp::Less},      {QLatin1String("<="), FilterOp::LessEqual},
        {QLatin1String(">"), FilterOp::Greater},   {QLatin1String(">="), FilterOp::GreaterEqual},
        {QLatin1String("~"), FilterOp::Contains},
    };
    for (const auto &[text, value] : kOps) {
        if (op == text)
            return value;
    }
    return std::nullopt; // the lexer makes no other operator
}

FilterNode termNode(FilterTerm term)
{
    FilterNode node;
    node.term = std::move(term);
    return node;
}

// A half-open range [from, to) of milliseconds: what a duration written to some precision covers, so that
// "=" means "within", "<" "before the start" and ">" "after the end".
std::optional<std::pair<qint64, qint64>> parseDuration(const QString &v)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:(\d+):([0-5]\d)|(\d+(?:\.\d+)?)(ms|s|m|h)?)$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(v);
    if (!m.hasMatch())
        return std::nullopt;
    if (m.hasCaptured(1)) {
        const qint64 ms = (m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 1000;
        return std::pair{ms, ms + 1000};
    }
    const double n = m.captured(3).toDouble();
    const QString unit = m.captured(4).toLower();
    if (unit == QLatin1String("ms"))
        return std::pair{qint64(n), qint64(n) + 1};
    const double scale = unit == QLatin1String("h") ? 3600000 : unit == QLatin1String("m") ? 60000 : 1000;
    const qint64 ms = qint64(n * scale);
    return std::pair{ms, ms + 1000};
}

} // namespace

FilterParser::FilterParser(const QList<FilterToken> &tokens, const QDateTime &now)
    : m_tokens(tokens)
    , m_now(now)
{
}

std::optional<FilterNode> FilterParser::parse()
{
    std::optional<FilterNode> root = parseOr();
    if (root && peek().kind != FilterToken::End)
        return fail(peek(), Text::tr("Unexpected “)” without a matching “(”."));
    return root;
}

bool FilterParser::isKeyword(const FilterToken &t, QLatin1String word)
{
    return t.kind == FilterToken::Word && t.text.compare(word, Qt::CaseInsensitive) == 0;
}

std::nullopt_t FilterParser::fail(const FilterToken &at, const QString &message)
{
    if (!m_failed)
        m_error = {at.position, qMax<qsizetype>(1, at.length), message};
    m_failed = true;
    return std::nullopt;
}

std::optional<FilterNode> FilterParser::parseOr()
{
    std::optional<FilterNode> left = parseAnd();
    if (!left || !isKeyword(peek(), QLatin1String("or")))
        return left;
    FilterNode either;
    either.kind = FilterNode::Kind::Or;
    either.children.push_back(std::move(*left));
    while (isKeyword(peek(), QLatin1String("or"))) {
        const FilterToken &orToken = take();
        if (peek().kind == FilterToken::End || peek().kind == FilterToken::Close || isKeyword(peek(), QLatin1String("or")))
            return fail(orToken, Text::tr("Expected a term after “or”."));
        std::optional<FilterNode> right = parseAnd();
        if (!right)
            return std::nullopt;
        either.children.push_back(std::move(*right));
    }
    return either;
}

std::optional<FilterNode> FilterParser::parseAnd()
{
    FilterNode both;
    both.kind = FilterNode::Kind::And;
    while (peek().kind != FilterToken::End && peek().kind != FilterToken::Close && !isKeyword(peek(), QLatin1String("or"))) {
        if (isKeyword(peek(), QLatin1String("and"))) {
            const FilterToken &andToken = take();
            if (both.children.empty() || peek().kind == FilterToken::End || peek().kind == FilterToken::Close
                || isKeyword(peek(), QLatin1String("or")))
                return fail(andToken, Text::tr("“and” needs a term on both sides."));
            continue;
        }
        std::optional<FilterNode> term = parseUnary();
        if (!term)
            return std::nullopt;
        both.children.push_back(std::move(*term));
    }
    if (both.children.empty())
        return fail(peek(), peek().kind == FilterToken::End ? Text::tr("Expected a term here.") : Text::tr("Expected a term before “%1”.").arg(peek().text));
    if (both.children.size() == 1)
        return std::move(both.children.front());
    return both;
}

namespace {

// Parentheses and "!" recurse: a bound keeps a pasted or generated expression from exhausting the stack.
struct Nesting {
    explicit Nesting(int &depth)
        : m_depth(++depth)
        , m_counter(depth)
    {
    }
    ~Nesting() { --m_counter; }
    Q_DISABLE_COPY_MOVE(Nesting)
    bool tooDeep() const { return m_depth > CallFilter::MaxNesting; }
    int m_depth;
    int &m_counter;
};

} // namespace

std::optional<FilterNode> FilterParser::parseUnary()
{
    if (peek().kind != FilterToken::Bang)
        return parsePrimary();
    const FilterToken &bang = take();
    const Nesting nesting(m_nesting);
    if (nesting.tooDeep())
        return fail(bang, Text::tr("Nested deeper than %1 levels of “(” and “!”.").arg(CallFilter::MaxNesting));
    if (peek().kind == FilterToken::End || peek().kind == FilterToken::Close || peek().kind == FilterToken::Op)
        return fail(bang, Text::tr("Expected a term after “!”."));
    std::optional<FilterNode> operand = parseUnary();
    if (!operand)
        return std::nullopt;
    FilterNode negated;
    negated.kind = FilterNode::Kind::Not;
    negated.children.push_back(std::move(*operand));
    return negated;
}

std::optional<FilterNode> FilterParser::parsePrimary()
{
    const FilterToken &t = take();
    switch (t.kind) {
    case FilterToken::Open: {
        const Nesting nesting(m_nesting);
        if (nesting.tooDeep())
            return fail(t, Text::tr("Nested deeper than %1 levels of “(” and “!”.").arg(CallFilter::MaxNesting));
        std::optional<FilterNode> inner = parseOr();
        if (!inner)
            return std::nullopt;
        if (peek().kind != FilterToken::Close)
            return fail(t, Text::tr("This “(” is never closed; expected “)”."));
        take();
        return inner;
    }
    case FilterToken::Quoted:
        return termNode({.kind = FilterTerm::Kind::Words, .text = t.text});
    case FilterToken::Op:
        return fail(t, Text::tr("Expected a field name or an outcome key before “%1”.").arg(t.text));
    case FilterToken::Close:
        return fail(t, Text::tr("Unexpected “)” without a matching “(”."));
    case FilterToken::Bang:
    case FilterToken::End:
        return fail(t, Text::tr("Expected a term here."));
    case FilterToken::Word:
        break;
    }
    if (peek().kind == FilterToken::Op) {
        const FilterToken &op = take();
        if (peek().kind != FilterToken::Word && peek().kind != FilterToken::Quoted)
            return fail(op, Text::tr("Expected a value after “%1”.").arg(op.text));
        const FilterToken &value = take();
        return comparison(t, op.text, value);
    }
    const qsizetype colon = t.text.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QStringView name = QStringView(t.text).left(colon);
        FilterToken value = t;
        value.text = t.text.mid(colon + 1);
        value.position = t.position + colon + 1;
        value.length = t.length - colon - 1;
        if (name.compare(QLatin1String("group"), Qt::CaseInsensitive) == 0)
            return group(value);
        if (name.compare(QLatin1String("pattern"), Qt::CaseInsensitive) == 0) {
            if (value.text.isEmpty())
                return fail(t, Text::tr("Expected a value after “:”."));
            return patternComparison(t, QStringLiteral("="), value);
        }
        if (findField(name) >= 0 || findOutcome(name)) {
            if (value.text.isEmpty())
                return fail(t, Text::tr("Expected a value after “:”."));
            FilterToken field = t;
            field.text = name.toString();
            return comparison(field, QStringLiteral("="), value);
        }
    }
    if (const OutcomeInfo *info = findOutcome(t.text))
        return termNode({.kind = FilterTerm::Kind::Raised, .value = qint64(1) << int(info->id)});
    if (t.text.compare(QLatin1String("pattern"), Qt::CaseInsensitive) == 0)
        return termNode({.kind = FilterTerm::Kind::Pattern});
    return termNode({.kind = FilterTerm::Kind::Words, .text = t.text});
}

std::optional<FilterNode> FilterParser::group(const FilterToken &value)
{
    const std::optional<OutcomeGroup> g = OutcomeCatalogue::groupFromId(value.text.toLower());
    if (!g) {
        QStringList ids;
        for (OutcomeGroup each : OutcomeCatalogue::groups())
            ids.append(OutcomeCatalogue::groupId(each));
        return fail(value, Text::tr("Unknown group “%1”; expected one of %2.").arg(value.text, ids.join(QLatin1String(", "))));
    }
    if (*g == OutcomeGroup::Other)
        return termNode({.kind = FilterTerm::Kind::OtherRaised});
    qint64 mask = 0;
    for (int index : OutcomeCatalogue::indexesOf(*g))
        mask |= qint64(1) << index;
    return termNode({.kind = FilterTerm::Kind::Raised, .value = mask});
}

// field OP value, for every kind of field.
std::optional<FilterNode> FilterParser::comparison(const FilterToken &fieldToken, const QString &op, const FilterToken &value)
{
    if (fieldToken.text.compare(QLatin1String("pattern"), Qt::CaseInsensitive) == 0)
        return patternComparison(fieldToken, op, value);
    if (const int field = findField(fieldToken.text); field >= 0)
        return fieldComparison(field, fieldToken, op, value);
    if (const OutcomeInfo *info = findOutcome(fieldToken.text))
        return outcomeComparison(*info, op, value);
    QStringList names;
    for (const Field &f : kFields)
        names.append(f.name);
    return fail(fieldToken, Text::tr("Unknown field “%1”; expected an outcome key or one of %2.").arg(fieldToken.text, names.join(QLatin1String(", "))));
}

// pattern=changed: the call's contact-pattern warnings are no longer those it had when its review was last
// saved. The bare word `pattern` means any warning.
std::optional<FilterNode> FilterParser::patternComparison(const FilterToken &fieldToken, const QString &op, const FilterToken &value)
{
    if (op != QLatin1String("=") && op != QLatin1String("!="))
        return fail(fieldToken, Text::tr("pattern takes = or != (pattern=changed)."));
    if (value.text.compare(QLatin1String("changed"), Qt::CaseInsensitive) != 0)
        return fail(value, Text::tr("Unknown pattern value “%1”; expected changed (pattern=changed: the warnings changed since "
                                    "the review; pattern alone: any contact-pattern warning).").arg(value.text));
    return termNode({.kind = FilterTerm::Kind::PatternChanged, .op = *toOp(op)});
}

std::optional<FilterNode> FilterParser::fieldComparison(int fieldIndex, const FilterToken &fieldToken, const QString &op, const FilterToken &value)
{
    const Field &field = kFields[fieldIndex];
    const FilterOp o = *toOp(op);
    const bool equality = o == FilterOp::Equal || o == FilterOp::NotEqual;
    switch (field.kind) {
    case FieldKind::Text:
        return termNode({.kind = FilterTerm::Kind::Text, .op = o, .text = value.text, .column = field.column});
    case FieldKind::Party:
        return termNode({.kind = FilterTerm::Kind::Party, .op = o, .text = value.text, .column = field.column, .column2 = field.column2});
    case FieldKind::Duration: {
        if (o == FilterOp::Contains)
            return fail(fieldToken, Text::tr("“~” compares text; duration is a length of time (try duration>=90)."));
        const auto r = parseDuration(value.text);
        if (!r)
            return fail(value, Text::tr("“%1” is not a duration; expected seconds, 90s, 2m, 1:30 or 1500ms.").arg(value.text));
        return termNode({.kind = FilterTerm::Kind::Range, .op = o, .column = field.column, .value = r->first, .to = r->second});
    }
    case FieldKind::Time: {
        if (o == FilterOp::Contains) {
            if (field.column2 < 0)
                return fail(fieldToken, Text::tr("“~” compares text; %1 is a time (try %1>=2026-01-31).").arg(field.name));
            return termNode({.kind = FilterTerm::Kind::Text, .op = o, .text = value.text, .column = field.column2});
        }
        const std::optional<TimeRange> r = TimeRange::parse(value.text, m_now);
        if (!r)
            return fail(value, Text::tr("“%1” is not a time; expected a date such as 2026-01-31, a date and time such as "
                                        "2026-01-31T14:30, today or yesterday.").arg(value.text));
        return termNode({.kind = FilterTerm::Kind::Range, .op = o, .column = field.column, .value = r->fromMs, .to = r->toMs});
    }
    case FieldKind::Review: {
        if (!equality)
            return fail(fieldToken, Text::tr("review takes = or != (review=unreviewed)."));
        const std::optional<ReviewState> state = reviewStateFromName(value.text);
        if (!state)
            return fail(value, Text::tr("Unknown review state “%1”; expected unreviewed, reviewed or follow-up.").arg(value.text));
        return termNode({.kind = FilterTerm::Kind::Review, .op = o, .value = int(*state)});
    }
    case FieldKind::Validation: {
        if (!equality)
            return fail(fieldToken, Text::tr("validation takes = or != (validation=invalid)."));
        if (value.text.compare(QLatin1String("conflict"), Qt::CaseInsensitive) == 0)
            return termNode({.kind = FilterTerm::Kind::Conflict, .op = o});
        for (const Validation v : {Validation::Ok, Validation::Warning, Validation::Invalid, Validation::Rejected}) {
            if (value.text.compare(validationName(v), Qt::CaseInsensitive) == 0)
                return termNode({.kind = FilterTerm::Kind::Validation, .op = o, .value = int(v)});
        }
        return fail(value, Text::tr("Unknown validation “%1”; expected ok, warning, invalid, rejected or conflict.").arg(value.text));
    }
    }
    return std::nullopt;
}

std::optional<FilterNode> FilterParser::outcomeComparison(const OutcomeInfo &info, const QString &op, const FilterToken &value)
{
    const FilterOp o = *toOp(op);
    const bool equality = o == FilterOp::Equal || o == FilterOp::NotEqual;
    const QString v = value.text.toLower();
    const bool word = value.kind == FilterToken::Word;
    if (word && (v == QLatin1String("none") || v == QLatin1String("null"))) {
        if (!equality)
            return fail(value, Text::tr("“none” (not reported) takes = or !=."));
        return termNode({.kind = FilterTerm::Kind::OutcomeNone, .op = o, .outcome = &info});
    }
    // A value of the wrong type (OutcomeValue's Malformed) is found by KEY=invalid and by nothing else.
    if (word && v == QLatin1String("invalid")) {
        if (!equality)
            return fail(value, Text::tr("“invalid” (sent with the wrong type) takes = or !=."));
        return termNode({.kind = FilterTerm::Kind::OutcomeMalformed, .op = o, .outcome = &info});
    }
    switch (info.type) {
    case OutcomeType::Boolean: {
        if (!equality)
            return fail(value, Text::tr("%1 is true or false; it takes = or !=.").arg(info.key));
        std::optional<bool> wanted;
        if (v == QLatin1String("true") || v == QLatin1String("yes"))
            wanted = true;
        else if (v == QLatin1String("false") || v == QLatin1String("no"))
            wanted = false;
        if (!wanted)
            return fail(value, Text::tr("“%1” is not a value of %2; expected true, false or none.").arg(value.text, info.key));
        return termNode({.kind = FilterTerm::Kind::OutcomeBool, .op = o, .value = *wanted ? 1 : 0, .outcome = &info, .quoted = !word});
    }
    case OutcomeType::Number: {
        bool ok = false;
        const qint64 n = value.text.toLongLong(&ok);
        if (!ok || o == FilterOp::Contains)
            return fail(value, Text::tr("%1 is a number; expected a whole number after %2.").arg(info.key, op));
        return termNode({.kind = FilterTerm::Kind::OutcomeNumber, .op = o, .value = n, .outcome = &info});
    }
    case OutcomeType::String:
    case OutcomeType::PlanType:
        return termNode({.kind = FilterTerm::Kind::OutcomeText, .op = o, .text = value.text, .outcome = &info});
    }
    return std::nullopt;
}

} // namespace CallScope
