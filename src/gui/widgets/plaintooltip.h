// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace CallScope {

// A tooltip that shows its text literally. Qt renders a tooltip as rich text whenever it looks like
// markup (Qt::mightBeRichText), so a payload string such as "<img src=…>" would be interpreted; escaped
// inside a paragraph that keeps line breaks, it is shown as it is.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QLatin1String("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QLatin1String("</p>");
}

} // namespace CallScope
