// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace CallScope {

// Why an expression was refused: where (a character offset into the text) and what was expected there.
struct FilterError {
    qsizetype position = 0;
    qsizetype length = 0; // how many characters to underline (at least one)
    QString message; // one translated sentence, without the position
};

} // namespace CallScope
