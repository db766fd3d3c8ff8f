// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "strictjson.h"

#include <array>
#include <bitset>
#include <cstdint>
#include <cstring>

namespace CallScope {

namespace {

using Error = StrictJson::Error;

// What a byte is inside a string: itself, the closing quote, an escape, a control character the RFC wants
// escaped, or the first of a multi-byte UTF-8 sequence (or a byte that cannot begin one).
enum StringByte : std::uint8_t { Plain, Quote, Backslash, Control, NonAscii };

constexpr std::array<std::uint8_t, 256> kStringBytes = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[size_t(c)] = c < 0x20 ? Control : c >= 0x80 ? NonAscii : c == '"' ? Quote : c == '\\' ? Backslash : Plain;
    return t;
}();

// True when one of the 8 bytes in v ends the fast path: below 0x20, '"', '\\' or 0x80 and above.
// The classic bit tricks ("Bit Twiddling Hacks", haszero/hasless): no false negatives.
constexpr bool mayHaveSpecialByte(std::uint64_t v)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const auto hasZero = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
    const std::uint64_t below20 = (v - ones * 0x20) & ~v & highs;
    return (below20 | hasZero(v ^ (ones * '"')) | hasZero(v ^ (ones * '\\')) | (v & highs)) != 0;
}

// ASCII only: <cctype> follows the locale, which QCoreApplication sets from the environment.
constexpr bool isDigit(std::uint8_t c) { return c >= '0' && c <= '9'; }
constexpr bool isHexDigit(std::uint8_t c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
constexpr bool isLetter(std::uint8_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool isNumberish(std::uint8_t c) { return isDigit(c) || isLetter(c) || c == '.' || c == '-' || c == '+'; }

QString hexByte(std::uint8_t c)
{
    return QLatin1String("0x") + QString::number(c, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_begin(reinterpret_cast<const std::uint8_t *>(text.data()))
        , m_p(m_begin)
        , m_end(m_begin + text.size())
    {
    }

    std::optional<Error> run();

private:
    enum class Expect { Value, Name, Colon, CommaOrEnd };

    qsizetype at(const std::uint8_t *p) const { return p - m_begin; }
    Error fail(const std::uint8_t *p, QString reason) const { return Error{at(p), std::move(reason)}; }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    std::optional<Error> string();
    std::optional<Error> number();
    std::optional<Error> word();
    // The length of the UTF-8 sequence of two to four bytes at lead, or why it is not one.
    std::optional<Error> utf8(const std::uint8_t *lead, int *length) const;
    Error unexpected(Expect expected) const;
    Error endedEarly() const
    {
        return fail(m_end, QStringLiteral("the text ends before the JSON value is complete"));
    }

    bool push(bool isObject)
    {
        if (m_depth == StrictJson::MaxDepth)
            return false;
        m_objects[size_t(m_depth++)] = isObject;
        return true;
    }
    bool inObject() const { return m_objects[size_t(m_depth - 1)]; }

    const std::uint8_t *m_begin;
    const std::uint8_t *m_p;
    const std::uint8_t *m_end;
    int m_depth = 0;
    std::bitset<StrictJson::MaxDepth> m_objects; // for each open level: an object (or an array)
};

std::optional<Error> Scanner::run()
{
    if (StrictJson::startsWithByteOrderMark(QByteArrayView(m_begin, m_end - m_begin)))
        return fail(m_p, QStringLiteral("a byte-order mark (RFC 8259 forbids a sender to add one)"));
    skipSpace();
    Expect expect = Expect::Value;
    for (;;) {
        if (m_p == m_end) {
            if (m_depth == 0 && expect == Expect::CommaOrEnd)
                return std::nullopt;
            return endedEarly();
        }
        const std::uint8_t c = *m_p;
        switch (expect) {
        case Expect::Value:
            if (c == '{' || c == '[') {
                if (!push(c == '{'))
                    return fail(m_p, QStringLiteral("nesting deeper than %1 levels").arg(StrictJson::MaxDepth));
                ++m_p;
                skipSpace();
                if (m_p < m_end && *m_p == (c == '{' ? '}' : ']')) {
                    ++m_p;
                    --m_depth;
                    expect = Expect::CommaOrEnd;
                } else {
                    expect = c == '{' ? Expect::Name : Expect::Value;
                }
                break;
            }
            if (auto e = c == '"' ? string() : isDigit(c) || c == '-' || c == '.' || c == '+' ? number() : word())
                return e;
            expect = Expect::CommaOrEnd;
            break;
        case Expect::Name:
            if (c != '"')
                return unexpected(expect);
            if (auto e = string())
                return e;
            expect = Expect::Colon;
            break;
        case Expect::Colon:
            if (c != ':')
                return unexpected(expect);
            ++m_p;
            expect = Expect::Value;
            break;
        case Expect::CommaOrEnd:
            if (m_depth == 0) {
                int length = 0;
                if (c >= 0x80)
                    if (auto e = utf8(m_p, &length))
                        return e;
                return fail(m_p, QStringLiteral("text after the end of the JSON value"));
            }
            if (c == ',') {
                ++m_p;
                expect = inObject() ? Expect::Name : Expect::Value;
            } else if (c == (inObject() ? '}' : ']')) {
                ++m_p;
                --m_depth;
            } else {
                return unexpected(expect);
            }
            break;
        }
        skipSpace();
    }
}

std::optional<Error> Scanner::string()
{
    ++m_p; // the opening quote
    for (;;) {
        // Most of a body is plain ASCII inside strings: eight bytes a step while none of them is special.
        while (m_end - m_p >= 8) {
            std::uint64_t v;
            std::memcpy(&v, m_p, 8);
            if (mayHaveSpecialByte(v))
                break;
            m_p += 8;
        }
        while (m_p < m_end && kStringBytes[*m_p] == Plain)
            ++m_p;
        if (m_p == m_end)
            return fail(m_end, QStringLiteral("the text ends inside a string"));
        switch (kStringBytes[*m_p]) {
        case Quote:
            ++m_p;
            return std::nullopt;
        case Control:
            return fail(m_p, QStringLiteral("a raw control character (%1) inside a string").arg(hexByte(*m_p)));
        case NonAscii: {
            int length = 0;
            if (auto e = utf8(m_p, &length))
                return e;
            m_p += length;
            break;
        }
        case Backslash: {
            const std::uint8_t *escape = m_p;
            if (m_end - m_p < 2)
                return fail(m_end, QStringLiteral("the text ends inside a string"));
            const std::uint8_t e = m_p[1];
            if (e == 'u') {
                for (int i = 2; i < 6; ++i) {
                    if (m_p + i >= m_end || !isHexDigit(m_p[i]))
                        return fail(escape, QStringLiteral("\"\\u\" without four hexadecimal digits after it"));
                }
                m_p += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                m_p += 2;
            } else {
                const QString shown = e >= 0x20 && e < 0x7f ? QStringLiteral("\"\\%1\"").arg(QLatin1Char(char(e)))
                                                            : QStringLiteral("a backslash before byte %1").arg(hexByte(e));
                return fail(escape, QStringLiteral("an escape that JSON does not have (%1) inside a string").arg(shown));
            }
            break;
        }
        default: // Plain: never, the loop above stops only before another kind of byte
            break;
        }
    }
}

std::optional<Error> Scanner::number()
{
    const std::uint8_t *start = m_p;
    const auto digits = [this] {
        const std::uint8_t *from = m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        return m_p > from;
    };
    const auto malformed = [&] {
        // The whole token as the sender spelled it (cut short), so that "01" or "1." is plain to see.
        const std::uint8_t *stop = start;
        while (stop < m_end && stop - start < 24 && isNumberish(*stop))
            ++stop;
        const QString token = QString::fromLatin1(reinterpret_cast<const char *>(start), stop - start);
        if (start + 1 < m_end && *start == '-' && isLetter(start[1]))
            return fail(start, QStringLiteral("an unknown word \"%1\"").arg(token));
        return fail(start, QStringLiteral("a number that JSON does not allow (\"%1\")").arg(token));
    };
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0')
        ++m_p;
    else if (!digits())
        return malformed();
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (!digits())
            return malformed();
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digits())
            return malformed();
    }
    // "01", "1.2.3", "12abc": the number must end where a delimiter begins.
    if (m_p < m_end && isNumberish(*m_p))
        return malformed();
    return std::nullopt;
}

std::optional<Error> Scanner::word()
{
    const std::uint8_t *start = m_p;
    while (m_p < m_end && (isLetter(*m_p) || isDigit(*m_p)) && m_p - start < 24)
        ++m_p;
    const QByteArrayView w(reinterpret_cast<const char *>(start), m_p - start);
    if (w == "true" || w == "false" || w == "null")
        return std::nullopt;
    if (w.isEmpty()) {
        m_p = start;
        return unexpected(Expect::Value);
    }
    return fail(start, QStringLiteral("an unknown word \"%1\"").arg(QString::fromLatin1(w)));
}

// Unicode's table 3-7 of well-formed UTF-8 byte sequences.
std::optional<Error> Scanner::utf8(const std::uint8_t *lead, int *length) const
{
    const std::uint8_t c = *lead;
    const auto bad = [&](const char *why) {
        return fail(lead, QStringLiteral("bytes that are not UTF-8 (%1)").arg(QLatin1String(why)));
    };
    std::uint8_t low = 0x80; // the range of the second byte
    std::uint8_t high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        *length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        *length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        *length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else if (c >= 0x80 && c <= 0xBF) {
        return bad("a continuation byte without a lead byte");
    } else if (c == 0xC0 || c == 0xC1) {
        return bad("an overlong encoding");
    } else {
        return fail(lead, QStringLiteral("bytes that are not UTF-8 (%1 never occurs in UTF-8)").arg(hexByte(c)));
    }
    if (m_end - lead < 2 || lead[1] < 0x80 || lead[1] > 0xBF)
        return bad("a sequence cut short");
    if (lead[1] < low)
        return bad("an overlong encoding");
    if (lead[1] > high)
        return bad(c == 0xED ? "a UTF-16 surrogate encoded as UTF-8" : "a code point above U+10FFFF");
    for (int i = 2; i < *length; ++i) {
        if (m_end - lead <= i || lead[i] < 0x80 || lead[i] > 0xBF)
            return bad("a sequence cut short");
    }
    return std::nullopt;
}

Error Scanner::unexpected(Expect expected) const
{
    const std::uint8_t c = *m_p;
    QString what;
    int length = 1;
    if (c < 0x20 || c == 0x7f)
        what = QStringLiteral("a control character (%1)").arg(hexByte(c));
    else if (c < 0x80)
        what = QStringLiteral("\"%1\"").arg(QLatin1Char(char(c)));
    else if (auto e = utf8(m_p, &length))
        return *e;
    else
        what = QStringLiteral("\"%1\"").arg(QString::fromUtf8(reinterpret_cast<const char *>(m_p), length));
    QString wanted;
    switch (expected) {
    case Expect::Value: wanted = QStringLiteral("a value"); break;
    case Expect::Name: wanted = QStringLiteral("a name in quotes"); break;
    case Expect::Colon: wanted = QStringLiteral("\":\""); break;
    case Expect::CommaOrEnd: wanted = inObject() ? QStringLiteral("\",\" or \"}\"") : QStringLiteral("\",\" or \"]\""); break;
    }
    return fail(m_p, QStringLiteral("%1 where %2 was expected").arg(what, wanted));
}

} // namespace

std::optional<StrictJson::Error> StrictJson::check(QByteArrayView text)
{
    return Scanner(text).run();
}

} // namespace CallScope
