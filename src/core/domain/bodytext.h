// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace CallScope {

// A body as the raw view shows it: indented JSON in the sender's key order, or a hex dump of what is
// not JSON. Computed off the GUI thread; a dump longer than the limit says where it stops.
struct BodyText {
    QString text;
    bool isJson = false;
    bool truncated = false;

    static BodyText of(const QByteArray &body, qsizetype hexLimit = 256 * 1024);
};

// Indents JSON text without reordering anything. Hand-written because QJsonDocument sorts object keys,
// and a reviewer must see the body in the order it was sent. The input must be valid JSON.
QString indentJson(const QByteArray &json);

// A line diff of two texts: every line prefixed "  " (both), "- " (only in before) or "+ " (only in after).
// Hand-written (a longest-common-subsequence table) because neither Qt nor its dependencies offer one;
// texts of more than 4,000 lines are compared line by line instead.
QString lineDiff(const QString &before, const QString &after);

} // namespace CallScope
