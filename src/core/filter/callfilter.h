// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/filtererror.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantList>

#include <memory>
#include <optional>

namespace CallScope {

struct CallRow;
struct FilterNode;

// The filter language of the contract ("Filter expressions"), compiled once into an SQL condition over the
// calls table: the window's filter bar, quick filters and `--filter` of every command all use this class,
// so an expression means the same everywhere and filtering runs in SQLite, on indexed columns where it can.
// The same expression also judges a call in memory (matches()), for calls that have just been stored.
//
//   words            text in callId, phoneNumber, fileNumber, summary, organization and agent names
//   "two words"      the same, for a phrase (a quoted word is always text, never an outcome key)
//   doNotCall        an outcome key alone: that outcome is true; !doNotCall: it is not
//   field OP value   OP is = != < <= > >= ~ (contains); field is an outcome key or callId, phoneNumber,
//                    fileNumber, status, duration, summary, org, agent, event, createdAt, endedAt,
//                    receivedAt, review, validation (and idempotencyKey). field:value means field=value.
//   group:compliance any outcome of that group is true
//   pattern          the call has a contact-pattern warning (after a stop request, too frequent, after
//                    a bankruptcy on the same phone or file number)
//   pattern=changed  the call's contact-pattern warnings changed since its review was last saved (a call
//                    that arrived late, a recomputation); pattern!=changed: they did not, or it is unreviewed
//   a b, a and b     both;  a or b: either;  !term: not;  ( ) group
//
// Values: duration in seconds, or 90s, 2m, 1:30, 1500ms. Times as ISO dates or date-times (local time
// unless the value names a zone), or today / yesterday; a date means the whole day, so receivedAt=2026-11-27
// is that day and receivedAt>2026-11-27 is after it. Boolean outcomes take true / false / none (not
// reported); review takes unreviewed / reviewed / follow-up; validation ok / warning / invalid / rejected /
// conflict.
//
// Compiling runs FilterLexer -> FilterParser (a FilterNode) -> SqlEmitter; CallMatcher reads the node.
class CallFilter final
{
public:
    // How deep "(" and "!" may nest; deeper is an error that says so.
    static constexpr int MaxNesting = 64;
    // An empty (or blank) text is a valid filter that matches every call. `now` sets what today means.
    static CallFilter compile(QStringView text, const QDateTime &now = QDateTime::currentDateTime());

    bool isValid() const { return m_valid; }
    bool matchesEverything() const { return m_valid && m_sql.isEmpty(); }
    const FilterError &error() const { return m_error; }
    // "at column 12: expected a value after “>=”." — for the command line and tooltips.
    QString errorText() const;

    const QString &text() const { return m_text; }
    // A condition to put after WHERE ("1" when it matches everything), its values in order of the ?s.
    QString sql() const { return m_sql.isEmpty() ? QStringLiteral("1") : m_sql; }
    const QVariantList &bindings() const { return m_bindings; }
    // True when the condition reads text or JSON columns of the calls table (then a sequential scan of the
    // table is the fastest plan); false when the narrow columns of the calls_scan index are enough.
    bool readsWideColumns() const { return m_readsWideColumns; }
    // The same filter with words and ~ as a scan of the rows rather than a search of the word index (schema
    // step 14): for a store made before that step and read as it is (filterForStore()), and to check the index.
    CallFilter withoutWordIndex() const;
    bool usesWordIndex() const { return m_withoutWordIndex != nullptr; }
    // The searches of the word index in sql(), as its MATCH reads them (bound in the order of the ?s).
    const QStringList &wordQueries() const { return m_wordQueries; }
    // The same filter with the searches in `broad` (some of wordQueries()) probed rather than looked up: for
    // those that many calls match (filterForStore() counts them), so that the store walks a narrow index
    // instead of fetching every matching row.
    CallFilter withBroadWords(const QStringList &broad) const;

    // Whether the call matches, judged in memory the way sql() judges it in the store; nullopt when the row
    // does not hold what a term needs (see CallMatcher) or the filter is invalid: then ask the store.
    std::optional<bool> matches(const CallRow &row) const;

private:
    QString m_text;
    QString m_sql;
    QVariantList m_bindings;
    FilterError m_error;
    bool m_valid = false;
    bool m_readsWideColumns = false;
    QStringList m_wordQueries;
    std::shared_ptr<const CallFilter> m_withoutWordIndex; // null when the filter does not use the index
    std::shared_ptr<const FilterNode> m_root; // immutable, shared by copies (they cross threads); null: everything
};

} // namespace CallScope
