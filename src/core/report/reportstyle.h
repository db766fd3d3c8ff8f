// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

namespace CallScope::ReportStyle {

// The report's few colours, chosen to survive a black-and-white printer (distinct greys) and to read for
// the colour-blind (blue and orange rather than red and green).
inline QColor ink() { return QColor(0x20, 0x24, 0x2a); }
inline QColor muted() { return QColor(0x6a, 0x70, 0x78); }
inline QColor rule() { return QColor(0xc8, 0xcc, 0xd2); }
inline QColor stripe() { return QColor(0xf3, 0xf5, 0xf7); }
inline QColor headerFill() { return QColor(0xdf, 0xe5, 0xec); }
inline QColor accent() { return QColor(0x1f, 0x5f, 0xa8); }
// The chart series, in the order they are used.
inline QColor series(int i)
{
    static const QColor colours[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0xe0, 0x7b, 0x1a), QColor(0x6b, 0xa7, 0xd9), QColor(0x3c, 0x3c, 0x3c)};
    return colours[i % 4];
}

} // namespace CallScope::ReportStyle
