// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QVariant>

namespace CallScope {

struct CallRow;

// How one stored call reads in the call table's fixed columns (CallTableModel::Column): its texts, tooltips,
// row colour and validation icon, and what a screen reader says of its badges. The model adds the outcome
// columns, the paging and the roles; these are the cells' words, kept apart so that each stays readable.
namespace CallCells {

QVariant text(const CallRow &row, int column); // invalid past the fixed columns
QVariant toolTip(const CallRow &row, int column);
QVariant background(const CallRow &row);
QVariant accessibleOutcomes(const CallRow &row);
QVariant validationIcon(const CallRow &row);

} // namespace CallCells

} // namespace CallScope
