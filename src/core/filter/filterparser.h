// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/filterast.h"
#include "filter/filtererror.h"
#include "filter/filterlexer.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace CallScope {

// The second stage of CallFilter: recursive descent over the tokens into a FilterNode, resolving each term
// (fields, units, dates, outcome keys) as it goes, so the first error in the text is the one reported.
class FilterParser final
{
public:
    FilterParser(const QList<FilterToken> &tokens, const QDateTime &now);

    // The expression, or nullopt with error() set. The tokens must hold more than End.
    std::optional<FilterNode> parse();
    const FilterError &error() const { return m_error; }

private:
    const FilterToken &peek() const { return m_tokens[m_next]; }
    const FilterToken &take() { return m_tokens[m_next++]; }
    static bool isKeyword(const FilterToken &t, QLatin1String word);
    std::nullopt_t fail(const FilterToken &at, const QString &message);

    std::optional<FilterNode> parseOr();
    std::optional<FilterNode> parseAnd();
    std::optional<FilterNode> parseUnary();
    std::optional<FilterNode> parsePrimary();

    std::optional<FilterNode> group(const FilterToken &value);
    std::optional<FilterNode> comparison(const FilterToken &fieldToken, const QString &op, const FilterToken &value);
    std::optional<FilterNode> patternComparison(const FilterToken &fieldToken, const QString &op, const FilterToken &value);
    std::optional<FilterNode> fieldComparison(int fieldIndex, const FilterToken &fieldToken, const QString &op, const FilterToken &value);
    std::optional<FilterNode> outcomeComparison(const OutcomeInfo &info, const QString &op, const FilterToken &value);

    const QList<FilterToken> &m_tokens;
    QDateTime m_now;
    qsizetype m_next = 0;
    FilterError m_error;
    bool m_failed = false;
    int m_nesting = 0;
};

} // namespace CallScope
