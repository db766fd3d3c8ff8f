// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/filterast.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace CallScope {

// The last stage of CallFilter: an expression as a condition over the calls table, its values bound (in
// the order of the ?s), never spliced into the text.
class SqlEmitter final
{
public:
    struct Sql {
        QString condition;
        QVariantList bindings;
        bool readsWideColumns = false; // see CallFilter::readsWideColumns()
        bool usesWordIndex = false;
        QStringList wordQueries; // each search of the word index, as MATCH reads it, in the order of the text
    };
    // Words: whether words and ~ may use the word index (schema step 14) or scan the rows.
    enum class Words { Index, Scan };
    // `broad`: the searches of the word index that many calls match (CallFilter::withBroadWords).
    static Sql write(const FilterNode &root, Words words = Words::Index, const QStringList &broad = {});

private:
    QString node(const FilterNode &n);
    QString term(const FilterTerm &t);
    QString bind(const QVariant &value);
    QString raised(qint64 mask);
    QString wordIndexMatch(const QStringList &columns, const QString &phrase);
    QString textMatch(const QString &word);
    QString textComparison(const QString &column, FilterOp op, const QString &value);
    QString rangeComparison(const QString &column, FilterOp op, qint64 from, qint64 to);
    QString outcome(const FilterTerm &t);

    Sql m_sql;
    Words m_words = Words::Index;
    QStringList m_broad;
};

} // namespace CallScope
