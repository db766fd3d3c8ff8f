// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "sqlemitter.h"

#include "domain/outcomecatalogue.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace CallScope {

namespace {

QLatin1String textColumn(int column)
{
    switch (TextColumn(column)) {
    case TextColumn::CallId: return QLatin1String("call_id");
    case TextColumn::PhoneNumber: return QLatin1String("phone_number");
    case TextColumn::FileNumber: return QLatin1String("file_number");
    case TextColumn::Status: return QLatin1String("status");
    case TextColumn::Summary: return QLatin1String("summary");
    case TextColumn::Event: return QLatin1String("event");
    case TextColumn::IdempotencyKey: return QLatin1String("idempotency_key");
    case TextColumn::OrganizationName: return QLatin1String("organization_name");
    case TextColumn::OrganizationId: return QLatin1String("organization_id");
    case TextColumn::AgentName: return QLatin1String("agent_name");
    case TextColumn::AgentId: return QLatin1String("agent_id");
    case TextColumn::CreatedAt: return QLatin1String("created_at");
    case TextColumn::EndedAt: return QLatin1String("ended_at");
    }
    return QLatin1String("NULL");
}

QLatin1String rangeColumn(int column)
{
    switch (RangeColumn(column)) {
    case RangeColumn::Duration: return QLatin1String("duration_ms");
    case RangeColumn::Created: return QLatin1String("created_ms");
    case RangeColumn::Ended: return QLatin1String("ended_ms");
    case RangeColumn::Received: return QLatin1String("first_received_ms");
    }
    return QLatin1String("NULL");
}

// The columns a bare word searches (CallMatcher reads the same ones).
const TextColumn kWordColumns[] = {TextColumn::CallId,  TextColumn::PhoneNumber,      TextColumn::FileNumber,
                                   TextColumn::Summary, TextColumn::OrganizationName, TextColumn::AgentName};

QLatin1String sqlOp(FilterOp op)
{
    switch (op) {
    case FilterOp::Equal: return QLatin1String("=");
    case FilterOp::NotEqual: return QLatin1String("<>");
    case FilterOp::Less: return QLatin1String("<");
    case FilterOp::LessEqual: return QLatin1String("<=");
    case FilterOp::Greater: return QLatin1String(">");
    case FilterOp::GreaterEqual: return QLatin1String(">=");
    case FilterOp::Contains: return QLatin1String("~");
    }
    return QLatin1String("=");
}

// The word index (schema step 14): an FTS5 table of the trigrams of the word columns and of the organization
// and agent ids (org~ and agent~ search them too). This and SqlEmitter::wordIndexMatch() are all the
// emitter knows of it; another database would put its own text index behind the same two functions.
const QLatin1String kWordIndexColumns[] = {QLatin1String("call_id"),           QLatin1String("phone_number"),
                                           QLatin1String("file_number"),       QLatin1String("summary"),
                                           QLatin1String("organization_name"), QLatin1String("agent_name"),
                                           QLatin1String("organization_id"),   QLatin1String("agent_id")};

bool inWordIndex(const QString &column)
{
    return std::find(std::begin(kWordIndexColumns), std::end(kWordIndexColumns), column) != std::end(kWordIndexColumns);
}

// The text as an FTS5 phrase that finds exactly the rows LIKE '%text%' finds, or nothing when the index
// cannot: a trigram index has nothing for a text under three characters (then the emitter scans, as
// before). The index holds each value folded by SQLite's lower(), which folds A-Z only, as LIKE does; the
// text is folded the same way. Inside double quotes only '"' means something to FTS5 (it is doubled);
// % _ \ are plain characters there. A NUL or a lone surrogate would not reach SQLite as they are: scan.
std::optional<QString> wordPhrase(const QString &text)
{
    if (text.contains(QChar(0)) || !QStringView(text).isValidUtf16())
        return std::nullopt;
    QString folded = text;
    for (QChar &c : folded) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    if (folded.toUcs4().size() < 3)
        return std::nullopt;
    folded.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QString(QLatin1Char('"') + folded + QLatin1Char('"'));
}

QString likePattern(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

SqlEmitter::Sql SqlEmitter::write(const FilterNode &root, Words words, const QStringList &broad)
{
    SqlEmitter emitter;
    emitter.m_words = words;
    emitter.m_broad = broad;
    emitter.m_sql.condition = emitter.node(root);
    return std::move(emitter.m_sql);
}

QString SqlEmitter::node(const FilterNode &n)
{
    switch (n.kind) {
    case FilterNode::Kind::Term:
        return term(n.term);
    case FilterNode::Kind::Not:
        // NOT of a NULL comparison is NULL, which would drop the call: coalesce to "not matched".
        return QLatin1String("NOT coalesce(") + node(n.children.front()) + QLatin1String(", 0)");
    case FilterNode::Kind::And: {
        QStringList terms;
        for (const FilterNode &child : n.children)
            terms.append(node(child));
        return QLatin1Char('(') + terms.join(QLatin1String(" AND ")) + QLatin1Char(')');
    }
    case FilterNode::Kind::Or: {
        QString either = node(n.children.front());
        for (size_t i = 1; i < n.children.size(); ++i) {
            const QString right = node(n.children[i]); // binds after the left side's
            either = QLatin1Char('(') + either + QLatin1String(" OR ") + right + QLatin1Char(')');
        }
        return either;
    }
    }
    return {};
}

QString SqlEmitter::bind(const QVariant &value)
{
    m_sql.bindings.append(value);
    return QStringLiteral("?");
}

QString SqlEmitter::raised(qint64 mask)
{
    return QLatin1String("(raised_mask & ") + bind(mask) + QLatin1String(") != 0");
}

// The calls whose columns hold the phrase: candidates and answer at once, so no call's row is read (a text
// filter used to read every row: 1.6-7 s for a million calls from a cold cache, bench/gui_scale).
QString SqlEmitter::wordIndexMatch(const QStringList &columns, const QString &phrase)
{
    m_sql.usesWordIndex = true;
    const QString query = QLatin1Char('{') + columns.join(QLatin1Char(' ')) + QLatin1String("} : ") + phrase;
    m_sql.wordQueries.append(query);
    // A search that most calls match is a set to probe, not rowids to look up: "+id" keeps SQLite from
    // fetching each match's row (hundreds of thousands of random reads, 8 s cold for a million calls) and
    // makes it walk a narrow index (calls_scan, or the sort's) instead, asking the set about each entry.
    const QLatin1String column = m_broad.contains(query) ? QLatin1String("+id") : QLatin1String("id");
    return column + QLatin1String(" IN (SELECT rowid FROM calls_words WHERE calls_words MATCH ") + bind(query) + QLatin1Char(')');
}

QString SqlEmitter::textMatch(const QString &word)
{
    if (const std::optional<QString> phrase = m_words == Words::Index ? wordPhrase(word) : std::nullopt) {
        QStringList columns;
        for (const TextColumn column : kWordColumns)
            columns.append(textColumn(int(column)));
        return wordIndexMatch(columns, *phrase);
    }
    m_sql.readsWideColumns = true;
    QStringList parts;
    const QString pattern = likePattern(word);
    for (const TextColumn column : kWordColumns)
        parts.append(textColumn(int(column)) + QLatin1String(" LIKE ") + bind(pattern) + QLatin1String(" ESCAPE '\\'"));
    return QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

QString SqlEmitter::textComparison(const QString &column, FilterOp op, const QString &value)
{
    if (op == FilterOp::Contains && m_words == Words::Index && inWordIndex(column)) {
        if (const std::optional<QString> phrase = wordPhrase(value))
            return wordIndexMatch({column}, *phrase);
    }
    m_sql.readsWideColumns = true;
    if (op == FilterOp::Contains)
        return column + QLatin1String(" LIKE ") + bind(likePattern(value)) + QLatin1String(" ESCAPE '\\'");
    const bool equality = op == FilterOp::Equal || op == FilterOp::NotEqual;
    const QString collate = equality ? QStringLiteral(" COLLATE NOCASE") : QString();
    return QLatin1String("coalesce(") + column + QLatin1String(", '') ") + sqlOp(op) + QLatin1Char(' ') + bind(value) + collate;
}

// A range [from, to) of what a value written to some precision covers: "=" means within it, "<" before
// its start, ">" after its end.
QString SqlEmitter::rangeComparison(const QString &column, FilterOp op, qint64 from, qint64 to)
{
    switch (op) {
    case FilterOp::Equal:
    case FilterOp::NotEqual: {
        // Two values: bound one statement after the other, as the ?s come (operands of + have no order).
        QString within = QLatin1Char('(') + column + QLatin1String(" >= ");
        within += bind(from);
        within += QLatin1String(" AND ") + column + QLatin1String(" < ");
        within += bind(to);
        within += QLatin1Char(')');
        return op == FilterOp::Equal ? within : QLatin1String("NOT coalesce(") + within + QLatin1String(", 0)");
    }
    case FilterOp::Less: return column + QLatin1String(" < ") + bind(from);
    case FilterOp::LessEqual: return column + QLatin1String(" < ") + bind(to);
    case FilterOp::Greater: return column + QLatin1String(" >= ") + bind(to);
    case FilterOp::GreaterEqual:
    case FilterOp::Contains: break; // the parser refuses ~ on a range
    }
    return column + QLatin1String(" >= ") + bind(from);
}

QString SqlEmitter::term(const FilterTerm &t)
{
    switch (t.kind) {
    case FilterTerm::Kind::Words:
        return textMatch(t.text);
    case FilterTerm::Kind::Raised:
        return raised(t.value);
    case FilterTerm::Kind::OtherRaised: {
        m_sql.readsWideColumns = true;
        QStringList known;
        for (const OutcomeInfo &info : OutcomeCatalogue::outcomes())
            known.append(QLatin1Char('\'') + info.key + QLatin1Char('\''));
        return QLatin1String("EXISTS (SELECT 1 FROM json_each(calls.outcomes) o WHERE o.type = 'true' AND o.key NOT IN (")
            + known.join(QLatin1Char(',')) + QLatin1String("))");
    }
    case FilterTerm::Kind::Pattern:
        return QStringLiteral("pattern_warnings != 0"); // a contact-pattern warning (CallPattern)
    case FilterTerm::Kind::PatternChanged: {
        // reviewed_pattern: the warnings when the review was last saved; NULL: never reviewed.
        const QLatin1String changed("(reviewed_pattern IS NOT NULL AND reviewed_pattern != pattern_warnings)");
        return t.op == FilterOp::Equal ? QString(changed) : QString(QLatin1String("NOT ") + changed);
    }
    case FilterTerm::Kind::Text:
        return textComparison(textColumn(t.column), t.op, t.text);
    case FilterTerm::Kind::Party: {
        const FilterOp each = t.op == FilterOp::NotEqual ? FilterOp::Equal : t.op;
        const QString name = textComparison(textColumn(t.column), each, t.text);
        if (t.op != FilterOp::Equal && t.op != FilterOp::NotEqual && t.op != FilterOp::Contains)
            return name;
        const QString id = textComparison(textColumn(t.column2), each, t.text);
        const QString either = QLatin1Char('(') + name + QLatin1String(" OR ") + id + QLatin1Char(')');
        return t.op == FilterOp::NotEqual ? QLatin1String("NOT ") + either : either;
    }
    case FilterTerm::Kind::Range:
        return rangeComparison(rangeColumn(t.column), t.op, t.value, t.to);
    case FilterTerm::Kind::Review:
        return QLatin1String("review_state ") + sqlOp(t.op) + QLatin1Char(' ') + bind(int(t.value));
    case FilterTerm::Kind::Validation:
        return QLatin1String("validation ") + sqlOp(t.op) + QLatin1Char(' ') + bind(int(t.value));
    case FilterTerm::Kind::Conflict:
        return QLatin1String("conflict ") + sqlOp(t.op) + QLatin1String(" 1");
    case FilterTerm::Kind::OutcomeNone:
    case FilterTerm::Kind::OutcomeMalformed:
    case FilterTerm::Kind::OutcomeBool:
    case FilterTerm::Kind::OutcomeNumber:
    case FilterTerm::Kind::OutcomeText:
        return outcome(t);
    }
    return {};
}

QString SqlEmitter::outcome(const FilterTerm &t)
{
    const OutcomeInfo &info = *t.outcome;
    const QString extract = QLatin1String("json_extract(outcomes, '$.\"") + info.key + QLatin1String("\"')");
    const QString type = QLatin1String("json_type(outcomes, '$.\"") + info.key + QLatin1String("\"')");
    const qint64 bit = qint64(1) << int(info.id);
    // Only "is true" (unquoted) is read from raised_mask; every other test of an outcome reads the outcomes JSON.
    const bool isTrue = t.kind == FilterTerm::Kind::OutcomeBool && t.value == 1 && !t.quoted;
    if (!isTrue)
        m_sql.readsWideColumns = true;
    // A value of the wrong type (OutcomeValue's Malformed) is found by KEY=invalid and by nothing else.
    const auto malformed = [&]() -> QString { return QLatin1String("(malformed_mask & ") + bind(bit) + QLatin1String(") != 0"); };
    switch (t.kind) {
    case FilterTerm::Kind::OutcomeNone:
        return type + (t.op == FilterOp::Equal ? QLatin1String(" IS NULL") : QLatin1String(" IS NOT NULL"));
    case FilterTerm::Kind::OutcomeMalformed:
        return t.op == FilterOp::Equal ? malformed() : QString(QLatin1String("NOT ") + malformed());
    case FilterTerm::Kind::OutcomeBool: {
        const QString is = t.value == 1 ? raised(bit) : type + QLatin1String(" IS 'false'");
        return t.op == FilterOp::Equal ? is : QLatin1String("NOT (") + is + QLatin1Char(')');
    }
    case FilterTerm::Kind::OutcomeNumber: {
        // The test's value is bound before the malformed bit: the SQL reads them in that order.
        const QString test = type + QLatin1String(" IN ('integer','real') AND ") + extract + QLatin1Char(' ') + sqlOp(t.op) + QLatin1Char(' ') + bind(t.value);
        const QString notMalformed = QLatin1String("NOT ") + malformed();
        return QString(QLatin1Char('(') + test + QLatin1String(" AND ") + notMalformed + QLatin1Char(')'));
    }
    case FilterTerm::Kind::OutcomeText: {
        // Not reported reads as "" (as before); a number or a flag sent for a string reads as nothing.
        const QString test = textComparison(extract, t.op, t.text);
        return QString(QLatin1String("(coalesce(") + type + QLatin1String(", 'text') = 'text' AND ") + test + QLatin1Char(')'));
    }
    default: break;
    }
    return {};
}

} // namespace CallScope
