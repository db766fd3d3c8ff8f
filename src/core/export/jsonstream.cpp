// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "jsonstream.h"

#include "domain/jsonstringstate.h"
#include "domain/strictjson.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace CallScope {

namespace {

// The strings of this file, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::JsonStream)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool endsScalar(char c)
{
    return isSpace(c) || c == ',' || c == ']' || c == '}' || c == ':';
}

} // namespace

JsonStream::JsonStream(QIODevice *device, std::function<bool(qint64 offset)> onRead, qsizetype pieceSize)
    : m_device(device)
    , m_onRead(std::move(onRead))
    , m_pieceSize(pieceSize)
{
    more();
    if (StrictJson::startsWithByteOrderMark(QByteArrayView(m_buffer.constData(), m_end)))
        m_pos = 3;
}

bool JsonStream::fill(qsizetype keep)
{
    if (m_atEnd)
        return false;
    // What is still needed goes to the front; the buffer grows only for a value longer than a piece.
    if (keep > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + keep, size_t(m_end - keep));
        m_base += keep;
        m_pos -= keep;
        m_end -= keep;
    }
    if (m_buffer.size() - m_end < m_pieceSize)
        m_buffer.resize(m_end + m_pieceSize);
    const qint64 n = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (n < 0)
        m_readError = m_device->errorString();
    if (n <= 0) {
        m_atEnd = true;
        return false;
    }
    m_end += qsizetype(n);
    if (m_onRead && !m_onRead(m_base + m_end)) {
        m_stopped = true;
        m_atEnd = true;
        return false;
    }
    return true;
}

bool JsonStream::more()
{
    return fill(m_pos);
}

int JsonStream::peek()
{
    for (;;) {
        while (m_pos < m_end && isSpace(m_buffer.at(m_pos)))
            ++m_pos;
        if (m_pos < m_end)
            return uchar(m_buffer.at(m_pos));
        if (!more())
            return -1;
    }
}

bool JsonStream::take(char c)
{
    if (peek() != uchar(c))
        return false;
    ++m_pos;
    return true;
}

std::optional<QByteArrayView> JsonStream::line()
{
    qsizetype scanned = 0; // bytes of the line looked at so far
    for (;;) {
        const char *from = m_buffer.constData() + m_pos + scanned;
        if (const void *feed = std::memchr(from, '\n', size_t(m_end - m_pos - scanned))) {
            const qsizetype end = static_cast<const char *>(feed) - m_buffer.constData();
            const QByteArrayView line(m_buffer.constData() + m_pos, end - m_pos);
            m_pos = end + 1;
            return line;
        }
        scanned = m_end - m_pos;
        if (!more()) {
            if (m_pos == m_end)
                return std::nullopt;
            const QByteArrayView last(m_buffer.constData() + m_pos, m_end - m_pos);
            m_pos = m_end;
            return last;
        }
    }
}

std::optional<QByteArrayView> JsonStream::value(QString *why)
{
    const int first = peek();
    if (first < 0) {
        *why = Text::tr("the file ends where a value should begin");
        return std::nullopt;
    }
    qsizetype start = m_pos;
    const qint64 startOffset = offset();
    const auto cutShort = [&] {
        *why = Text::tr("the value that begins at byte %1 is cut short by the end of the file").arg(startOffset + 1);
        return std::nullopt;
    };
    // Reads on when the buffer is used up, keeping the value's bytes so far.
    const auto available = [&] {
        if (m_pos < m_end)
            return true;
        const qsizetype keep = start;
        if (!fill(keep))
            return false;
        start = 0;
        return true;
    };
    if (first == '{' || first == '[') {
        int depth = 0;
        JsonStringState state;
        for (;;) {
            if (!available())
                return cutShort();
            const char c = m_buffer.at(m_pos++);
            if (state.step(c))
                continue;
            if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return QByteArrayView(m_buffer.constData() + start, m_pos - start);
            }
        }
    }
    if (first == '"') {
        bool escaped = false;
        ++m_pos;
        for (;;) {
            if (!available())
                return cutShort();
            const char c = m_buffer.at(m_pos++);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                return QByteArrayView(m_buffer.constData() + start, m_pos - start);
        }
    }
    for (;;) {
        if (!available())
            break; // a scalar may end with the file
        if (endsScalar(m_buffer.at(m_pos)))
            break;
        ++m_pos;
    }
    if (m_pos == start) {
        *why = Text::tr("a value was expected at byte %1").arg(startOffset + 1);
        return std::nullopt;
    }
    return QByteArrayView(m_buffer.constData() + start, m_pos - start);
}

std::optional<QByteArray> JsonStream::name(QString *why)
{
    if (peek() != '"') {
        *why = Text::tr("a member name was expected at byte %1").arg(offset() + 1);
        return std::nullopt;
    }
    const std::optional<QByteArrayView> string = value(why);
    if (!string)
        return std::nullopt;
    return string->sliced(1, string->size() - 2).toByteArray();
}

bool JsonStream::object(const std::function<bool(const QByteArray &name)> &member, QString *why)
{
    if (!take('{')) {
        *why = Text::tr("'{' was expected at byte %1").arg(offset() + 1);
        return false;
    }
    if (take('}'))
        return true;
    for (;;) {
        const std::optional<QByteArray> key = name(why);
        if (!key)
            return false;
        if (!take(':')) {
            *why = Text::tr("':' was expected at byte %1").arg(offset() + 1);
            return false;
        }
        if (!member(*key))
            return false;
        if (take(','))
            continue;
        if (take('}'))
            return true;
        *why = Text::tr("',' or '}' was expected at byte %1").arg(offset() + 1);
        return false;
    }
}

bool JsonStream::array(const std::function<bool(qsizetype index)> &element, QString *why)
{
    if (!take('[')) {
        *why = Text::tr("'[' was expected at byte %1").arg(offset() + 1);
        return false;
    }
    if (take(']'))
        return true;
    for (qsizetype i = 0;; ++i) {
        if (!element(i))
            return false;
        if (take(','))
            continue;
        if (take(']'))
            return true;
        *why = Text::tr("',' or ']' was expected at byte %1").arg(offset() + 1);
        return false;
    }
}

} // namespace CallScope
