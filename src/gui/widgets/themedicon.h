// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace CallScope {

// A toolbar icon from resources/icons/toolbar/NAME.svg, drawn in the palette's text colour (the SVGs
// stroke with currentColor), so that it reads on light and dark themes alike; the disabled state uses the
// palette's disabled text colour. Make the icons again when the palette changes.
QIcon themedIcon(const QString &name, const QPalette &palette);

} // namespace CallScope
