// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QFontMetrics;
class QLabel;

namespace CallScope {

// `text` cut to `width` with "…" at the end, at a word's end where one fits ("ok · ⚠ Called after…", never
// "ok · ⚠ Called after a do-n…"); a single word too long for the width (an id, a URL) is cut where it must.
QString elideAtWord(const QString &text, const QFontMetrics &metrics, int width);

// A one-line label whose text may not fit shows it elided by elideAtWord() instead of clipped; its text()
// stays whole (the tooltip, copied text and screen readers get all of it).
void elideWhenCut(QLabel *label);

} // namespace CallScope
