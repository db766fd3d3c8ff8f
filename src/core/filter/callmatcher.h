// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/filterast.h"

#include <optional>

namespace CallScope {

struct CallRow;

// Judges a call in memory by the same expression that SqlEmitter turns into SQL, with the same answer
// (tests/tst_callmatcher.cpp checks them against each other). Where a term needs what the row does not
// hold (the summary of a row read for the table; whether an empty text column is NULL or '', which
// `~""` tells apart) the answer is unknown, and an unknown that the rest of the expression cannot settle
// (false AND unknown is false, true OR unknown is true) makes the whole answer nullopt: ask the store.
class CallMatcher final
{
public:
    CallMatcher() = delete;

    static std::optional<bool> matches(const FilterNode &node, const CallRow &row);

private:
    static std::optional<bool> term(const FilterTerm &t, const CallRow &row);
};

} // namespace CallScope
