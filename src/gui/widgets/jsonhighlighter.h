// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace CallScope {

// Colours indented JSON (keys, strings, numbers, literals) and diff lines ("+ ", "- ") in the raw views.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)
public:
    explicit JsonHighlighter(QTextDocument *document);
    // Off for a hex dump: nothing in it is JSON.
    void setEnabled(bool enabled);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_enabled = true;
    QRegularExpression m_token;
    QTextCharFormat m_key, m_string, m_number, m_literal, m_added, m_removed;
};

} // namespace CallScope
