// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/masker.h"
#include "storage/callrecord.h"

namespace CallScope {

// Presenter mode's view of the store: a row or a call's details with every personal value masked, the
// summary written from the outcomes, bodies masked (Masker::body) and every text derived from them (the
// parsed event, its problems, the answers) derived again from the masked bodies. CallQueryService hands
// the window nothing else while presenter mode is on, so no widget sees an unmasked value.
CallRow maskedRow(const Masker &masker, CallRow row);
CallDetail maskedDetail(const Masker &masker, CallDetail detail);

// What a free text (a review note, a replay target's response) reads as in presenter mode.
QString presenterHiddenText();

} // namespace CallScope
