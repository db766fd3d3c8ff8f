// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"

#include <QList>
#include <QString>

#include <optional>

namespace CallScope {

// The desktop notification for a committed batch: how many new calls raised a stop-contact flag, and
// which flags, in the catalogue's own words (never a payload string: notification daemons may read
// markup). Nothing when no new call did.
std::optional<QString> stopContactNotice(const QList<StoreReceipt> &receipts);

} // namespace CallScope
