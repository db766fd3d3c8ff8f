// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "callevent.h"
#include "validationproblem.h"

#include <QByteArray>

namespace CallScope {

struct ParsedEvent {
    CallEvent event;
    ValidationProblems problems;

    Validation validation() const { return validationOf(problems); }
};

// Reads a webhook body into a CallEvent and checks it against the spec. Never fails: whatever the bytes,
// the result holds them, what could be read of them, and a problem for each thing that breaks the spec.
// Unknown keys are legal (the spec makes them forward-compatible): they are kept, never reported.
class CallEventParser final
{
public:
    CallEventParser() = delete;
    static ParsedEvent parse(const QByteArray &body);
};

} // namespace CallScope
