// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace CallScope {

// What the store did with a delivery (issue 17: the store returns a verdict, the listener turns it into an
// answer, DeliveryAnswer). Kept on the delivery's row as its `duplicate` and `conflict` columns.
enum class DeliveryVerdict : quint8 {
    Unstored, // the store failed: nothing of its batch was committed, the sender gets 503 and may retry
    Accepted, // recorded as a row of its own: a new call (or a body that is not JSON, a refused attempt)
    Duplicate, // recorded against the earlier call of its idempotencyKey or webhook-id, the same JSON
    Conflict, // as Duplicate, but its JSON differs from the first delivery's
};

} // namespace CallScope
