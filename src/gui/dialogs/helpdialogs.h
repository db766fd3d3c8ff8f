// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace CallScope {

// Help > Outcome reference: a small, read-only window over the outcome catalogue (not modal).
void showOutcomeReference(QWidget *parent);
// Help > Filter language.
void showFilterHelp(QWidget *parent);
// Help > About CallScope.
void showAbout(QWidget *parent);

} // namespace CallScope
