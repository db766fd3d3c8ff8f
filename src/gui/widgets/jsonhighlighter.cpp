// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "jsonhighlighter.h"

namespace CallScope {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_token(QStringLiteral(R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)"))
{
    m_key.setForeground(QColor(0x1a, 0x5f, 0xb4));
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(QColor(0xad, 0x14, 0x57));
    m_literal.setForeground(QColor(0x6a, 0x1b, 0x9a));
    m_literal.setFontWeight(QFont::Bold);
    m_added.setBackground(QColor(0xd5, 0xef, 0xd8));
    m_removed.setBackground(QColor(0xf8, 0xd2, 0xd2));
}

void JsonHighlighter::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    if (!m_enabled)
        return;
    if (text.startsWith(QLatin1String("+ ")))
        setFormat(0, int(text.size()), m_added);
    else if (text.startsWith(QLatin1String("- ")))
        setFormat(0, int(text.size()), m_removed);
    for (auto it = m_token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0) {
            QTextCharFormat f = m.capturedLength(2) > 0 ? m_key : m_string;
            f.setBackground(format(int(m.capturedStart(1))).background());
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), f);
        } else if (m.capturedLength(3) > 0) {
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), m_number);
        } else if (m.capturedLength(4) > 0) {
            setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), m_literal);
        }
    }
}

} // namespace CallScope
