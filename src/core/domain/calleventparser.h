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
    // A body as it arrives (listener, import): one that is not JSON by RFC 8259 (StrictJson) is rejected,
    // with nothing read from it.
    static ParsedEvent parse(const QByteArray &body);
    // A stored body read again, for the detail view and presenter mode's masking: the same problems, but
    // the values are read from whatever QJsonDocument reads, so that a body a version before the strict
    // check accepted (raw control characters in strings), or one rejected only for such things, still shows
    // its fields and has its personal values masked.
    static ParsedEvent reread(const QByteArray &storedBody);

private:
    static ParsedEvent read(const QByteArray &body, bool laxValues);
};

} // namespace CallScope
