// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "bodytext.h"

#include "strictjson.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace CallScope {

BodyText BodyText::of(const QByteArray &body, qsizetype hexLimit)
{
    BodyText view;
    // JSON by the listener's own rule (a byte-order mark aside, as the parser skips it): what it rejected
    // shows as bytes, where the offset its message names can be found.
    const QByteArrayView text = QByteArrayView(body).sliced(StrictJson::startsWithByteOrderMark(body) ? 3 : 0);
    if (!text.trimmed().isEmpty() && !StrictJson::check(text)) {
        view.isJson = true;
        view.text = indentJson(body);
        return view;
    }
    const qsizetype shown = std::min(body.size(), hexLimit);
    QString dump;
    dump.reserve(shown / 16 * 78 + 100);
    for (qsizetype row = 0; row < shown; row += 16) {
        dump += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < shown) {
                const auto byte = uchar(body[i]);
                dump += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += byte >= 0x20 && byte < 0x7f ? QChar(char16_t(byte)) : QLatin1Char('.');
            } else {
                dump += QLatin1String("   ");
            }
            if (i == row + 7)
                dump += QLatin1Char(' ');
        }
        dump += QLatin1Char(' ') + ascii + QLatin1Char('\n');
    }
    if (body.isEmpty())
        dump = QCoreApplication::translate("CallScope::BodyText", "(empty body)");
    if (shown < body.size()) {
        view.truncated = true;
        dump += QCoreApplication::translate("CallScope::BodyText", "… the dump stops here: %1 of %2 bytes shown.").arg(shown).arg(body.size());
    }
    view.text = dump;
    return view;
}

QString indentJson(const QByteArray &json)
{
    const QString in = QString::fromUtf8(json);
    QString out;
    out.reserve(in.size() * 2);
    int depth = 0;
    bool inString = false;
    const auto newline = [&] { out += QLatin1Char('\n') + QString(depth * 2, QLatin1Char(' ')); };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (inString) {
            out += c;
            if (c == QLatin1Char('\\') && i + 1 < in.size())
                out += in[++i];
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            // An empty object or array stays on one line.
            qsizetype next = i + 1;
            while (next < in.size() && in[next].isSpace())
                ++next;
            if (next < in.size() && (in[next] == QLatin1Char('}') || in[next] == QLatin1Char(']'))) {
                out += c;
                out += in[next];
                i = next;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += QLatin1String(": ");
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString lineDiff(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    QString out;
    const auto line = [&out](QLatin1String prefix, const QString &text) { out += prefix + text + QLatin1Char('\n'); };
    if (a.size() > 4000 || b.size() > 4000) {
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            if (i < a.size() && i < b.size() && a[i] == b[i]) {
                line(QLatin1String("  "), a[i]);
                continue;
            }
            if (i < a.size())
                line(QLatin1String("- "), a[i]);
            if (i < b.size())
                line(QLatin1String("+ "), b[i]);
        }
        return out;
    }
    const size_t n = size_t(a.size());
    const size_t m = size_t(b.size());
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            line(QLatin1String("  "), a[qsizetype(i)]);
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            line(QLatin1String("+ "), b[qsizetype(j++)]);
        } else {
            line(QLatin1String("- "), a[qsizetype(i++)]);
        }
    }
    return out;
}

} // namespace CallScope
