// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callfilter.h"

#include "domain/outcomecatalogue.h"
#include "domain/reviewstate.h"
#include "domain/timerange.h"
#include "domain/validationproblem.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace CallScope {

namespace {

struct Token {
    enum Kind { Word, Quoted, Op, Open, Close, Bang, End };
    Kind kind = End;
    QString text;
    qsizetype position = 0;
    qsizetype length = 0;
};

// The fields a comparison may name besides outcome keys, and how their values are read.
enum class FieldKind { Text, Party, Duration, Time, Review, Validation };
struct Field {
    QLatin1String name;
    FieldKind kind;
    const char *column; // Party: the name column; the id column follows it in `column2`
    const char *column2 = nullptr; // Party: the id; Time: the text column for ~
};

const Field kFields[] = {
    {QLatin1String("callId"), FieldKind::Text, "call_id"},
    {QLatin1String("phoneNumber"), FieldKind::Text, "phone_number"},
    {QLatin1String("phone"), FieldKind::Text, "phone_number"},
    {QLatin1String("fileNumber"), FieldKind::Text, "file_number"},
    {QLatin1String("status"), FieldKind::Text, "status"},
    {QLatin1String("summary"), FieldKind::Text, "summary"},
    {QLatin1String("event"), FieldKind::Text, "event"},
    {QLatin1String("idempotencyKey"), FieldKind::Text, "idempotency_key"},
    {QLatin1String("org"), FieldKind::Party, "organization_name", "organization_id"},
    {QLatin1String("organization"), FieldKind::Party, "organization_name", "organization_id"},
    {QLatin1String("agent"), FieldKind::Party, "agent_name", "agent_id"},
    {QLatin1String("duration"), FieldKind::Duration, "duration_ms"},
    {QLatin1String("createdAt"), FieldKind::Time, "created_ms", "created_at"},
    {QLatin1String("endedAt"), FieldKind::Time, "ended_ms", "ended_at"},
    {QLatin1String("receivedAt"), FieldKind::Time, "first_received_ms"},
    {QLatin1String("review"), FieldKind::Review, "review_state"},
    {QLatin1String("validation"), FieldKind::Validation, "validation"},
};

// The columns a bare word searches.
const char *const kTextColumns[] = {"call_id", "phone_number", "file_number", "summary", "organization_name", "agent_name"};

const Field *findField(QStringView name)
{
    for (const Field &f : kFields) {
        if (name.compare(f.name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
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

QString likePattern(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The strings of this file, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::CallFilter)
};

bool isOperatorChar(QChar c)
{
    return c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('=') || c == QLatin1Char('~');
}

// A half-open range [from, to) of milliseconds (durations or times): what a value written to some precision
// covers, so that "=" means "within", "<" "before the start" and ">" "after the end".
struct Range {
    qint64 from = 0;
    qint64 to = 0;
};

std::optional<Range> parseDuration(const QString &v)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:(\d+):([0-5]\d)|(\d+(?:\.\d+)?)(ms|s|m|h)?)$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(v);
    if (!m.hasMatch())
        return std::nullopt;
    if (m.hasCaptured(1)) {
        const qint64 ms = (m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 1000;
        return Range{ms, ms + 1000};
    }
    const double n = m.captured(3).toDouble();
    const QString unit = m.captured(4).toLower();
    if (unit == QLatin1String("ms"))
        return Range{qint64(n), qint64(n) + 1};
    const double scale = unit == QLatin1String("h") ? 3600000 : unit == QLatin1String("m") ? 60000 : 1000;
    const qint64 ms = qint64(n * scale);
    return Range{ms, ms + 1000};
}

} // namespace

// Recursive descent over the tokens, writing SQL as it goes (bindings are appended in text order).
class FilterCompiler
{
public:
    FilterCompiler(QStringView text, const QDateTime &now)
        : m_text(text)
        , m_now(now)
    {
    }

    CallFilter run()
    {
        CallFilter f;
        f.m_text = m_text.toString();
        if (!tokenize()) {
            f.m_error = m_error;
            return f;
        }
        if (peek().kind != Token::End) {
            const std::optional<QString> sql = parseOr();
            if (sql && peek().kind != Token::End)
                fail(peek(), Text::tr("Unexpected “)” without a matching “(”."));
            if (m_failed) {
                f.m_error = m_error;
                return f;
            }
            f.m_sql = *sql;
            f.m_bindings = m_bindings;
            f.m_readsWideColumns = m_readsWideColumns;
        }
        f.m_valid = true;
        return f;
    }

private:
    bool tokenize()
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            const QChar c = m_text[i];
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.position = i;
            if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                t.kind = c == QLatin1Char('(') ? Token::Open : Token::Close;
                t.text = c;
                ++i;
            } else if (c == QLatin1Char('!') && i + 1 < n && m_text[i + 1] == QLatin1Char('=')) {
                t.kind = Token::Op;
                t.text = QStringLiteral("!=");
                i += 2;
            } else if (c == QLatin1Char('!')) {
                t.kind = Token::Bang;
                t.text = c;
                ++i;
            } else if (isOperatorChar(c)) {
                t.kind = Token::Op;
                const bool twoChars = (c == QLatin1Char('<') || c == QLatin1Char('>')) && i + 1 < n && m_text[i + 1] == QLatin1Char('=');
                t.text = m_text.mid(i, twoChars ? 2 : 1).toString();
                i += t.text.size();
            } else if (c == QLatin1Char('"')) {
                t.kind = Token::Quoted;
                ++i;
                bool closed = false;
                while (i < n) {
                    if (m_text[i] == QLatin1Char('\\') && i + 1 < n) {
                        t.text += m_text[i + 1];
                        i += 2;
                    } else if (m_text[i] == QLatin1Char('"')) {
                        closed = true;
                        ++i;
                        break;
                    } else {
                        t.text += m_text[i++];
                    }
                }
                if (!closed) {
                    m_error = {t.position, 1, Text::tr("This quote is never closed; expected a closing “\"”.")};
                    return false;
                }
            } else {
                t.kind = Token::Word;
                while (i < n && !m_text[i].isSpace() && m_text[i] != QLatin1Char('(') && m_text[i] != QLatin1Char(')')
                       && m_text[i] != QLatin1Char('"') && !isOperatorChar(m_text[i])
                       && !(m_text[i] == QLatin1Char('!') && i + 1 < n && m_text[i + 1] == QLatin1Char('=')))
                    t.text += m_text[i++];
            }
            t.length = i - t.position;
            m_tokens.append(t);
        }
        Token end;
        end.position = n;
        m_tokens.append(end);
        return true;
    }

    const Token &peek() const { return m_tokens[m_next]; }
    const Token &take() { return m_tokens[m_next++]; }
    bool isKeyword(const Token &t, QLatin1String word) const
    {
        return t.kind == Token::Word && t.text.compare(word, Qt::CaseInsensitive) == 0;
    }

    std::nullopt_t fail(const Token &at, const QString &message)
    {
        if (!m_failed)
            m_error = {at.position, qMax<qsizetype>(1, at.length), message};
        m_failed = true;
        return std::nullopt;
    }

    std::optional<QString> parseOr()
    {
        std::optional<QString> left = parseAnd();
        while (left && isKeyword(peek(), QLatin1String("or"))) {
            const Token &orToken = take();
            if (peek().kind == Token::End || peek().kind == Token::Close || isKeyword(peek(), QLatin1String("or")))
                return fail(orToken, Text::tr("Expected a term after “or”."));
            const std::optional<QString> right = parseAnd();
            if (!right)
                return std::nullopt;
            left = QLatin1Char('(') + *left + QLatin1String(" OR ") + *right + QLatin1Char(')');
        }
        return left;
    }

    std::optional<QString> parseAnd()
    {
        QStringList terms;
        while (peek().kind != Token::End && peek().kind != Token::Close && !isKeyword(peek(), QLatin1String("or"))) {
            if (isKeyword(peek(), QLatin1String("and"))) {
                const Token &andToken = take();
                if (terms.isEmpty() || peek().kind == Token::End || peek().kind == Token::Close || isKeyword(peek(), QLatin1String("or")))
                    return fail(andToken, Text::tr("“and” needs a term on both sides."));
                continue;
            }
            const std::optional<QString> term = parseUnary();
            if (!term)
                return std::nullopt;
            terms.append(*term);
        }
        if (terms.isEmpty())
            return fail(peek(), peek().kind == Token::End ? Text::tr("Expected a term here.") : Text::tr("Expected a term before “%1”.").arg(peek().text));
        return terms.size() == 1 ? terms.constFirst() : QLatin1Char('(') + terms.join(QLatin1String(" AND ")) + QLatin1Char(')');
    }

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

    std::optional<QString> parseUnary()
    {
        if (peek().kind == Token::Bang) {
            const Token &bang = take();
            const Nesting nesting(m_nesting);
            if (nesting.tooDeep())
                return fail(bang, Text::tr("Nested deeper than %1 levels of “(” and “!”.").arg(CallFilter::MaxNesting));
            if (peek().kind == Token::End || peek().kind == Token::Close || peek().kind == Token::Op)
                return fail(bang, Text::tr("Expected a term after “!”."));
            const std::optional<QString> operand = parseUnary();
            if (!operand)
                return std::nullopt;
            // NOT of a NULL comparison is NULL, which would drop the call: coalesce to "not matched".
            return QLatin1String("NOT coalesce(") + *operand + QLatin1String(", 0)");
        }
        return parsePrimary();
    }

    std::optional<QString> parsePrimary()
    {
        const Token &t = take();
        switch (t.kind) {
        case Token::Open: {
            const Nesting nesting(m_nesting);
            if (nesting.tooDeep())
                return fail(t, Text::tr("Nested deeper than %1 levels of “(” and “!”.").arg(CallFilter::MaxNesting));
            const std::optional<QString> inner = parseOr();
            if (!inner)
                return std::nullopt;
            if (peek().kind != Token::Close)
                return fail(t, Text::tr("This “(” is never closed; expected “)”."));
            take();
            return inner;
        }
        case Token::Quoted:
            return textMatch(t.text);
        case Token::Op:
            return fail(t, Text::tr("Expected a field name or an outcome key before “%1”.").arg(t.text));
        case Token::Close:
            return fail(t, Text::tr("Unexpected “)” without a matching “(”."));
        case Token::Bang:
        case Token::End:
            return fail(t, Text::tr("Expected a term here."));
        case Token::Word:
            break;
        }
        if (peek().kind == Token::Op) {
            const Token &op = take();
            if (peek().kind != Token::Word && peek().kind != Token::Quoted)
                return fail(op, Text::tr("Expected a value after “%1”.").arg(op.text));
            const Token &value = take();
            return comparison(t, op.text, value);
        }
        const qsizetype colon = t.text.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QStringView name = QStringView(t.text).left(colon);
            Token value = t;
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
            if (findField(name) || findOutcome(name)) {
                if (value.text.isEmpty())
                    return fail(t, Text::tr("Expected a value after “:”."));
                Token field = t;
                field.text = name.toString();
                return comparison(field, QStringLiteral("="), value);
            }
        }
        if (const OutcomeInfo *info = findOutcome(t.text))
            return raised(*info);
        if (t.text.compare(QLatin1String("pattern"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("pattern_warnings != 0"); // a contact-pattern warning (CallPattern)
        return textMatch(t.text);
    }

    QString bind(const QVariant &value)
    {
        m_bindings.append(value);
        return QStringLiteral("?");
    }

    QString raised(const OutcomeInfo &info)
    {
        return QLatin1String("(raised_mask & ") + bind(qint64(1) << int(info.id)) + QLatin1String(") != 0");
    }

    QString textMatch(const QString &word)
    {
        m_readsWideColumns = true;
        QStringList parts;
        const QString pattern = likePattern(word);
        for (const char *column : kTextColumns)
            parts.append(QLatin1String(column) + QLatin1String(" LIKE ") + bind(pattern) + QLatin1String(" ESCAPE '\\'"));
        return QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }

    std::optional<QString> group(const Token &value)
    {
        const std::optional<OutcomeGroup> g = OutcomeCatalogue::groupFromId(value.text.toLower());
        if (!g) {
            QStringList ids;
            for (OutcomeGroup each : OutcomeCatalogue::groups())
                ids.append(OutcomeCatalogue::groupId(each));
            return fail(value, Text::tr("Unknown group “%1”; expected one of %2.").arg(value.text, ids.join(QLatin1String(", "))));
        }
        if (*g == OutcomeGroup::Other) {
            m_readsWideColumns = true;
            QStringList known;
            for (const OutcomeInfo &info : OutcomeCatalogue::outcomes())
                known.append(QLatin1Char('\'') + info.key + QLatin1Char('\''));
            return QLatin1String("EXISTS (SELECT 1 FROM json_each(calls.outcomes) o WHERE o.type = 'true' AND o.key NOT IN (")
                + known.join(QLatin1Char(',')) + QLatin1String("))");
        }
        qint64 mask = 0;
        for (int index : OutcomeCatalogue::indexesOf(*g))
            mask |= qint64(1) << index;
        return QLatin1String("(raised_mask & ") + bind(mask) + QLatin1String(") != 0");
    }

    // field OP value, for every kind of field.
    std::optional<QString> comparison(const Token &fieldToken, const QString &op, const Token &value)
    {
        if (fieldToken.text.compare(QLatin1String("pattern"), Qt::CaseInsensitive) == 0)
            return patternComparison(fieldToken, op, value);
        if (const Field *field = findField(fieldToken.text))
            return fieldComparison(*field, fieldToken, op, value);
        if (const OutcomeInfo *info = findOutcome(fieldToken.text))
            return outcomeComparison(*info, op, value);
        QStringList names;
        for (const Field &f : kFields)
            names.append(f.name);
        return fail(fieldToken, Text::tr("Unknown field “%1”; expected an outcome key or one of %2.").arg(fieldToken.text, names.join(QLatin1String(", "))));
    }

    // pattern=changed: the call's contact-pattern warnings are no longer those it had when its review was last
    // saved (reviewed_pattern; NULL: never reviewed). The bare word `pattern` means any warning.
    std::optional<QString> patternComparison(const Token &fieldToken, const QString &op, const Token &value)
    {
        if (op != QLatin1String("=") && op != QLatin1String("!="))
            return fail(fieldToken, Text::tr("pattern takes = or != (pattern=changed)."));
        if (value.text.compare(QLatin1String("changed"), Qt::CaseInsensitive) != 0)
            return fail(value, Text::tr("Unknown pattern value “%1”; expected changed (pattern=changed: the warnings changed since "
                                        "the review; pattern alone: any contact-pattern warning).").arg(value.text));
        const QLatin1String changed("(reviewed_pattern IS NOT NULL AND reviewed_pattern != pattern_warnings)");
        return op == QLatin1String("=") ? QString(changed) : QString(QLatin1String("NOT ") + changed);
    }

    static QString sqlOp(const QString &op) { return op == QLatin1String("!=") ? QStringLiteral("<>") : op; }

    QString textComparison(const QString &column, const QString &op, const QString &value)
    {
        m_readsWideColumns = true;
        if (op == QLatin1String("~"))
            return column + QLatin1String(" LIKE ") + bind(likePattern(value)) + QLatin1String(" ESCAPE '\\'");
        const QString collate = op == QLatin1String("=") || op == QLatin1String("!=") ? QStringLiteral(" COLLATE NOCASE") : QString();
        return QLatin1String("coalesce(") + column + QLatin1String(", '') ") + sqlOp(op) + QLatin1Char(' ') + bind(value) + collate;
    }

    QString rangeComparison(const QString &column, const QString &op, Range r)
    {
        if (op == QLatin1String("=") || op == QLatin1String("!=")) {
            // Two values: bound one statement after the other, as the ?s come (operands of + have no order).
            QString within = QLatin1Char('(') + column + QLatin1String(" >= ");
            within += bind(r.from);
            within += QLatin1String(" AND ") + column + QLatin1String(" < ");
            within += bind(r.to);
            within += QLatin1Char(')');
            return op == QLatin1String("=") ? within : QLatin1String("NOT coalesce(") + within + QLatin1String(", 0)");
        }
        if (op == QLatin1String("<"))
            return column + QLatin1String(" < ") + bind(r.from);
        if (op == QLatin1String("<="))
            return column + QLatin1String(" < ") + bind(r.to);
        if (op == QLatin1String(">"))
            return column + QLatin1String(" >= ") + bind(r.to);
        return column + QLatin1String(" >= ") + bind(r.from);
    }

    std::optional<QString> fieldComparison(const Field &field, const Token &fieldToken, const QString &op, const Token &value)
    {
        const QString column = QLatin1String(field.column);
        const bool equality = op == QLatin1String("=") || op == QLatin1String("!=");
        switch (field.kind) {
        case FieldKind::Text:
            return textComparison(column, op, value.text);
        case FieldKind::Party: {
            const QString name = textComparison(column, op == QLatin1String("!=") ? QStringLiteral("=") : op, value.text);
            if (!equality && op != QLatin1String("~"))
                return name;
            const QString id = textComparison(QLatin1String(field.column2), op == QLatin1String("!=") ? QStringLiteral("=") : op, value.text);
            const QString either = QLatin1Char('(') + name + QLatin1String(" OR ") + id + QLatin1Char(')');
            return op == QLatin1String("!=") ? QLatin1String("NOT ") + either : either;
        }
        case FieldKind::Duration: {
            if (op == QLatin1String("~"))
                return fail(fieldToken, Text::tr("“~” compares text; duration is a length of time (try duration>=90)."));
            const std::optional<Range> r = parseDuration(value.text);
            if (!r)
                return fail(value, Text::tr("“%1” is not a duration; expected seconds, 90s, 2m, 1:30 or 1500ms.").arg(value.text));
            return rangeComparison(column, op, *r);
        }
        case FieldKind::Time: {
            if (op == QLatin1String("~")) {
                if (!field.column2)
                    return fail(fieldToken, Text::tr("“~” compares text; %1 is a time (try %1>=2026-01-31).").arg(field.name));
                return textComparison(QLatin1String(field.column2), op, value.text);
            }
            const std::optional<TimeRange> r = TimeRange::parse(value.text, m_now);
            if (!r)
                return fail(value, Text::tr("“%1” is not a time; expected a date such as 2026-01-31, a date and time such as "
                                      "2026-01-31T14:30, today or yesterday.").arg(value.text));
            return rangeComparison(column, op, Range{r->fromMs, r->toMs});
        }
        case FieldKind::Review: {
            if (!equality)
                return fail(fieldToken, Text::tr("review takes = or != (review=unreviewed)."));
            const std::optional<ReviewState> state = reviewStateFromName(value.text);
            if (!state)
                return fail(value, Text::tr("Unknown review state “%1”; expected unreviewed, reviewed or follow-up.").arg(value.text));
            return column + QLatin1Char(' ') + sqlOp(op) + QLatin1Char(' ') + bind(int(*state));
        }
        case FieldKind::Validation: {
            if (!equality)
                return fail(fieldToken, Text::tr("validation takes = or != (validation=invalid)."));
            if (value.text.compare(QLatin1String("conflict"), Qt::CaseInsensitive) == 0)
                return QLatin1String("conflict ") + sqlOp(op) + QLatin1String(" 1");
            for (const Validation v : {Validation::Ok, Validation::Warning, Validation::Invalid, Validation::Rejected}) {
                if (value.text.compare(validationName(v), Qt::CaseInsensitive) == 0)
                    return column + QLatin1Char(' ') + sqlOp(op) + QLatin1Char(' ') + bind(int(v));
            }
            return fail(value, Text::tr("Unknown validation “%1”; expected ok, warning, invalid, rejected or conflict.").arg(value.text));
        }
        }
        return std::nullopt;
    }

    std::optional<QString> outcomeComparison(const OutcomeInfo &info, const QString &op, const Token &value)
    {
        const QString extract = QLatin1String("json_extract(outcomes, '$.\"") + info.key + QLatin1String("\"')");
        const QString type = QLatin1String("json_type(outcomes, '$.\"") + info.key + QLatin1String("\"')");
        const bool equality = op == QLatin1String("=") || op == QLatin1String("!=");
        const QString v = value.text.toLower();
        const bool none = value.kind == Token::Word && (v == QLatin1String("none") || v == QLatin1String("null"));
        // Only "is true" is read from raised_mask; every other test of an outcome reads the outcomes JSON.
        const bool isTrue = info.type == OutcomeType::Boolean && (v == QLatin1String("true") || v == QLatin1String("yes")) && value.kind == Token::Word;
        if (!isTrue)
            m_readsWideColumns = true;
        if (none) {
            if (!equality)
                return fail(value, Text::tr("“none” (not reported) takes = or !=."));
            return type + (op == QLatin1String("=") ? QLatin1String(" IS NULL") : QLatin1String(" IS NOT NULL"));
        }
        // A value of the wrong type (OutcomeValue's Malformed) is found by KEY=invalid and by nothing else.
        const auto malformed = [&]() -> QString { return QLatin1String("(malformed_mask & ") + bind(qint64(1) << int(info.id)) + QLatin1String(") != 0"); };
        if (value.kind == Token::Word && v == QLatin1String("invalid")) {
            if (!equality)
                return fail(value, Text::tr("“invalid” (sent with the wrong type) takes = or !=."));
            return op == QLatin1String("=") ? malformed() : QString(QLatin1String("NOT ") + malformed());
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
            const QString is = *wanted ? raised(info) : type + QLatin1String(" IS 'false'");
            return op == QLatin1String("=") ? is : QLatin1String("NOT (") + is + QLatin1Char(')');
        }
        case OutcomeType::Number: {
            bool ok = false;
            const qint64 n = value.text.toLongLong(&ok);
            if (!ok || op == QLatin1String("~"))
                return fail(value, Text::tr("%1 is a number; expected a whole number after %2.").arg(info.key, op));
            // The test's value is bound before the malformed bit: the SQL reads them in that order.
            const QString test = type + QLatin1String(" IN ('integer','real') AND ") + extract + QLatin1Char(' ') + sqlOp(op) + QLatin1Char(' ') + bind(n);
            const QString notMalformed = QLatin1String("NOT ") + malformed();
            return QString(QLatin1Char('(') + test + QLatin1String(" AND ") + notMalformed + QLatin1Char(')'));
        }
        case OutcomeType::String:
        case OutcomeType::PlanType:
            // Not reported reads as "" (as before); a number or a flag sent for a string reads as nothing.
            const QString test = textComparison(extract, op, value.text);
            return QString(QLatin1String("(coalesce(") + type + QLatin1String(", 'text') = 'text' AND ") + test + QLatin1Char(')'));
        }
        return std::nullopt;
    }

    QStringView m_text;
    QDateTime m_now;
    QList<Token> m_tokens;
    qsizetype m_next = 0;
    QVariantList m_bindings;
    FilterError m_error;
    bool m_failed = false;
    int m_nesting = 0;
    bool m_readsWideColumns = false;
};

CallFilter CallFilter::compile(QStringView text, const QDateTime &now)
{
    return FilterCompiler(text, now).run();
}

QString CallFilter::errorText() const
{
    return QCoreApplication::translate("CallScope::CallFilter", "at column %1: %2").arg(m_error.position + 1).arg(m_error.message);
}

} // namespace CallScope
