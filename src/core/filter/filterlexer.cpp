// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "filterlexer.h"

#include <QCoreApplication>

namespace CallScope {

namespace {

// The strings of the filter, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::CallFilter)
};

} // namespace

bool FilterLexer::isOperatorChar(QChar c)
{
    return c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('=') || c == QLatin1Char('~');
}

std::optional<QList<FilterToken>> FilterLexer::tokenize(QStringView text, FilterError *error)
{
    QList<FilterToken> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        FilterToken t;
        t.position = i;
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            t.kind = c == QLatin1Char('(') ? FilterToken::Open : FilterToken::Close;
            t.text = c;
            ++i;
        } else if (c == QLatin1Char('!') && i + 1 < n && text[i + 1] == QLatin1Char('=')) {
            t.kind = FilterToken::Op;
            t.text = QStringLiteral("!=");
            i += 2;
        } else if (c == QLatin1Char('!')) {
            t.kind = FilterToken::Bang;
            t.text = c;
            ++i;
        } else if (isOperatorChar(c)) {
            t.kind = FilterToken::Op;
            const bool twoChars = (c == QLatin1Char('<') || c == QLatin1Char('>')) && i + 1 < n && text[i + 1] == QLatin1Char('=');
            t.text = text.mid(i, twoChars ? 2 : 1).toString();
            i += t.text.size();
        } else if (c == QLatin1Char('"')) {
            t.kind = FilterToken::Quoted;
            ++i;
            bool closed = false;
            while (i < n) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n) {
                    t.text += text[i + 1];
                    i += 2;
                } else if (text[i] == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                } else {
                    t.text += text[i++];
                }
            }
            if (!closed) {
                *error = {t.position, 1, Text::tr("This quote is never closed; expected a closing “\"”.")};
                return std::nullopt;
            }
        } else {
            t.kind = FilterToken::Word;
            while (i < n && !text[i].isSpace() && text[i] != QLatin1Char('(') && text[i] != QLatin1Char(')')
                   && text[i] != QLatin1Char('"') && !isOperatorChar(text[i])
                   && !(text[i] == QLatin1Char('!') && i + 1 < n && text[i + 1] == QLatin1Char('=')))
                t.text += text[i++];
        }
        t.length = i - t.position;
        tokens.append(t);
    }
    FilterToken end;
    end.position = n;
    tokens.append(end);
    return tokens;
}

} // namespace CallScope
