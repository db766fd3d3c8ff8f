// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

namespace CallScope {

// Where a byte of valid JSON text stands: inside a string or not. The scanners that keep a body's exact
// bytes (ndjson compaction, splitting an array into its elements) share it.
class JsonStringState final
{
public:
    // Feeds the next byte; true when it belongs to a string (its quotes included).
    bool step(char c)
    {
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"')
                m_inString = false;
            return true;
        }
        m_inString = c == '"';
        return m_inString;
    }
    // True when the last byte fed was the backslash that begins an escape.
    bool inEscape() const { return m_escaped; }

private:
    bool m_inString = false;
    bool m_escaped = false;
};

} // namespace CallScope
