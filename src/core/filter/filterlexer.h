// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/filtererror.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace CallScope {

struct FilterToken {
    enum Kind { Word, Quoted, Op, Open, Close, Bang, End };
    Kind kind = End;
    QString text; // a quoted word without its quotes and escapes
    qsizetype position = 0;
    qsizetype length = 0;
};

// The first stage of CallFilter: the text into words, quoted words, operators and parentheses, ending with
// an End token at the end of the text. The only error it finds is a quote that is never closed.
class FilterLexer final
{
public:
    FilterLexer() = delete;

    static std::optional<QList<FilterToken>> tokenize(QStringView text, FilterError *error);
    static bool isOperatorChar(QChar c);
};

} // namespace CallScope
