// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"
#include "storage/callrecord.h"

#include <QJsonObject>

namespace CallScope {

// The outcomes a call stores: the payload's own object when it sent one, else those the parser read.
QJsonObject storedOutcomes(const CallEvent &event);

// The row of a call that `delivery` has just made, as CallReader would read it back once committed, the
// summary included and the contact-pattern warnings aside (PatternRevisor works them out at the end of the
// batch). `refusedStatus` and `refusal`: the answer of a delivery whose body is not kept.
CallRow newCallRow(const IncomingDelivery &delivery, qint64 callRow, int refusedStatus, const QString &refusal);

} // namespace CallScope
