// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callfilter.h"

#include "filter/callmatcher.h"
#include "filter/filterast.h"
#include "filter/filterlexer.h"
#include "filter/filterparser.h"
#include "filter/sqlemitter.h"

#include <QCoreApplication>

namespace CallScope {

CallFilter CallFilter::compile(QStringView text, const QDateTime &now)
{
    CallFilter f;
    f.m_text = text.toString();
    const std::optional<QList<FilterToken>> tokens = FilterLexer::tokenize(text, &f.m_error);
    if (!tokens)
        return f;
    if (tokens->constFirst().kind != FilterToken::End) {
        FilterParser parser(*tokens, now);
        std::optional<FilterNode> root = parser.parse();
        if (!root) {
            f.m_error = parser.error();
            return f;
        }
        SqlEmitter::Sql sql = SqlEmitter::write(*root);
        f.m_sql = std::move(sql.condition);
        f.m_bindings = std::move(sql.bindings);
        f.m_readsWideColumns = sql.readsWideColumns;
        f.m_wordQueries = std::move(sql.wordQueries);
        if (sql.usesWordIndex) {
            SqlEmitter::Sql scan = SqlEmitter::write(*root, SqlEmitter::Words::Scan);
            CallFilter plain;
            plain.m_sql = std::move(scan.condition);
            plain.m_bindings = std::move(scan.bindings);
            plain.m_readsWideColumns = scan.readsWideColumns;
            f.m_withoutWordIndex = std::make_shared<const CallFilter>(std::move(plain));
        }
        f.m_root = std::make_shared<const FilterNode>(std::move(*root));
    }
    f.m_valid = true;
    return f;
}

CallFilter CallFilter::withoutWordIndex() const
{
    if (!m_withoutWordIndex)
        return *this;
    CallFilter f = *this;
    f.m_sql = m_withoutWordIndex->m_sql;
    f.m_bindings = m_withoutWordIndex->m_bindings;
    f.m_readsWideColumns = m_withoutWordIndex->m_readsWideColumns;
    f.m_withoutWordIndex.reset();
    f.m_wordQueries.clear();
    return f;
}

CallFilter CallFilter::withBroadWords(const QStringList &broad) const
{
    if (broad.isEmpty() || !m_root || !m_withoutWordIndex)
        return *this;
    CallFilter f = *this;
    SqlEmitter::Sql sql = SqlEmitter::write(*m_root, SqlEmitter::Words::Index, broad);
    f.m_sql = std::move(sql.condition);
    f.m_bindings = std::move(sql.bindings);
    return f;
}

QString CallFilter::errorText() const
{
    return QCoreApplication::translate("CallScope::CallFilter", "at column %1: %2").arg(m_error.position + 1).arg(m_error.message);
}

std::optional<bool> CallFilter::matches(const CallRow &row) const
{
    if (!m_valid)
        return std::nullopt;
    if (!m_root)
        return true;
    return CallMatcher::matches(*m_root, row);
}

} // namespace CallScope
