// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "httprequestparser.h"

#include <algorithm>
#include <cctype>
#include <cctype>

namespace CallScope {

namespace {

// What this file writes goes to senders (HTTP answers, the warnings of an answer) and is stored with each
// delivery: it stays in English whatever the desk's language, as an API's messages do.

// RFC 9110 token characters, for methods and header names.
bool isTokenChar(char c)
{
    static constexpr QByteArrayView specials = "!#$%&'*+-.^_`|~";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || specials.contains(c);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

// origin-form (RFC 9112 section 3.2.1): "/" then visible ASCII; the split at spaces left no space in it.
bool isOriginForm(QByteArrayView target)
{
    return target.startsWith('/') && std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// Host = uri-host [ ":" port ] (RFC 9110 section 7.2): a reg-name or IPv4 address of unreserved,
// pct-encoded and sub-delims characters, or an IP literal in brackets; empty is allowed (RFC 9112 section
// 3.2: a target without an authority).
bool isValidHost(QByteArrayView host)
{
    if (host.isEmpty())
        return true;
    QByteArrayView name = host;
    QByteArrayView port;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        const QByteArrayView literal = host.sliced(1, close - 1);
        const auto literalChar = [](char c) { return std::isxdigit(uchar(c)) || c == ':' || c == '.'; };
        if (literal.isEmpty() || !std::all_of(literal.begin(), literal.end(), literalChar))
            return false;
        const QByteArrayView rest = host.sliced(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        port = rest.isEmpty() ? rest : rest.sliced(1);
        name = {};
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        name = host.first(colon);
        port = host.sliced(colon + 1);
    }
    const auto nameChar = [](char c) { return std::isalnum(uchar(c)) || QByteArrayView("-._~%!$&'()*+,;=").contains(c); };
    const auto digit = [](char c) { return std::isdigit(uchar(c)) != 0; };
    return std::all_of(name.begin(), name.end(), nameChar) && port.size() <= 5 && std::all_of(port.begin(), port.end(), digit);
}

// A length of ASCII digits only: "+5", " 5", "0x5" and "-5" are not lengths.
std::optional<qint64> parseLength(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 18 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return s.toLongLong();
}

} // namespace

HttpRequestParser::HttpRequestParser(HttpLimits limits)
    : m_limits(limits)
{
}

void HttpRequestParser::reset()
{
    m_state = State::Head;
    m_request = HttpRequest();
    m_remaining = 0;
    m_trailerBytes = 0;
    m_started = false;
    m_errorStatus = 0;
    m_errorReason.clear();
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_request, HttpRequest());
}

HttpRequestParser::Status HttpRequestParser::fail(int status, QString reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = std::move(reason);
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::feed(QByteArray &buffer)
{
    switch (m_state) {
    case State::Done: return Status::Complete;
    case State::Failed: return Status::Failed;
    case State::Head: return parseHead(buffer);
    case State::Body:
        if (!takeBodyBytes(buffer))
            return Status::NeedMore;
        m_state = State::Done;
        return Status::Complete;
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers: return readChunked(buffer);
    }
    return Status::NeedMore;
}

bool HttpRequestParser::takeBodyBytes(QByteArray &buffer)
{
    const qint64 n = std::min<qint64>(m_remaining, buffer.size());
    m_request.body.append(buffer.constData(), qsizetype(n));
    buffer.remove(0, qsizetype(n));
    m_remaining -= n;
    return m_remaining == 0;
}

std::optional<QByteArray> HttpRequestParser::takeLine(QByteArray &buffer, qsizetype maxLength, bool *tooLong)
{
    const qsizetype lf = buffer.indexOf('\n');
    if (lf < 0) {
        *tooLong = buffer.size() > maxLength;
        return std::nullopt;
    }
    *tooLong = lf > maxLength;
    QByteArray line = buffer.left(lf);
    buffer.remove(0, lf + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

HttpRequestParser::Status HttpRequestParser::parseHead(QByteArray &buffer)
{
    // Clients may send an empty line after a previous request's body (RFC 9112 section 2.2).
    while (!m_started && (buffer.startsWith("\r\n") || buffer.startsWith('\n')))
        buffer.remove(0, buffer.startsWith('\n') ? 1 : 2);
    if (buffer.isEmpty() || (!m_started && buffer == "\r"))
        return Status::NeedMore;
    m_started = true;

    // The head ends at an empty line: "\n\n" or "\n\r\n" (bare LF line ends are allowed).
    const QByteArrayView window = QByteArrayView(buffer).first(std::min(buffer.size(), m_limits.maxHeaderBytes + 3));
    const qsizetype lfLf = window.indexOf("\n\n");
    const qsizetype lfCrLf = window.indexOf("\n\r\n");
    qsizetype end = -1;
    qsizetype endLength = 0;
    if (lfLf >= 0 && (lfCrLf < 0 || lfLf < lfCrLf))
        end = lfLf + 1, endLength = 1;
    else if (lfCrLf >= 0)
        end = lfCrLf + 1, endLength = 2;
    // Without an end yet, one may still come at maxHeaderBytes: its "\n\r\n" can begin in the last two bytes
    // (found by the fuzz target: whole and byte-by-byte feeds disagreed at the limit).
    if (end > m_limits.maxHeaderBytes || (end < 0 && buffer.size() > m_limits.maxHeaderBytes + 1))
        return fail(431, QStringLiteral("The request's header block is larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
    if (end < 0)
        return Status::NeedMore;
    const QByteArray head = buffer.left(end);
    buffer.remove(0, end + endLength);
    const Status status = readHead(head);
    if (status == Status::Failed)
        return status;
    if (m_state == State::Done)
        return Status::Complete;
    // The body may already be in the buffer; a caller that needs 100 Continue asks before feeding it.
    return Status::HeadComplete;
}

HttpRequestParser::Status HttpRequestParser::readHead(QByteArrayView head)
{
    if (head.contains('\0'))
        return fail(400, QStringLiteral("The request's head contains a NUL byte."));
    QList<QByteArrayView> lines;
    for (qsizetype from = 0; from < head.size();) {
        qsizetype lf = head.indexOf('\n', from);
        if (lf < 0)
            lf = head.size();
        QByteArrayView line = head.sliced(from, lf - from);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return fail(400, QStringLiteral("The request's head contains a bare CR."));
        lines.append(line);
        from = lf + 1;
    }

    // Request line: METHOD SP target SP HTTP/1.x
    const QList<QByteArray> parts = lines.front().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return fail(400, QStringLiteral("The request line is not \"METHOD target HTTP/1.1\"."));
    const QByteArray &version = parts[2];
    if (!version.startsWith("HTTP/") || version.size() != 8 || version[6] != '.' || version[5] < '0' || version[5] > '9'
        || version[7] < '0' || version[7] > '9')
        return fail(400, QStringLiteral("The request line has no valid HTTP version."));
    if (version[5] != '1')
        return fail(505, QStringLiteral("Only HTTP/1.x is supported."));
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.minorVersion = version[7] - '0';
    const qsizetype q = m_request.target.indexOf('?');
    m_request.path = q < 0 ? m_request.target : m_request.target.left(q);
    m_request.query = q < 0 ? QByteArray() : m_request.target.mid(q + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, QStringLiteral("A header is folded over two lines (obsolete line folding)."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, QStringLiteral("A header line is not \"Name: value\"."));
        m_request.headers.append({line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }

    // A request for this listener names a path, and an HTTP/1.1 one exactly one valid Host (RFC 9112 section
    // 3.2): anything else is refused before its body is read, and never written down as a URL it is not.
    if (!isOriginForm(m_request.target))
        return fail(400, QStringLiteral("The request target is not a path (\"/…\")."));
    if (m_request.minorVersion >= 1) {
        int hosts = 0;
        QByteArrayView host;
        for (const auto &[name, value] : m_request.headers) {
            if (QByteArrayView(name).compare("host", Qt::CaseInsensitive) == 0) {
                ++hosts;
                host = value;
            }
        }
        if (hosts == 0)
            return fail(400, QStringLiteral("An HTTP/1.1 request must have a Host header."));
        if (hosts > 1)
            return fail(400, QStringLiteral("The request has more than one Host header."));
        if (!isValidHost(host))
            return fail(400, QStringLiteral("The Host header is not a valid host[:port]."));
    }

    // Body framing (RFC 9112 section 6): the rules request smuggling exploits are refused.
    bool hasLength = false;
    bool hasEncoding = false;
    std::optional<qint64> length;
    for (const auto &[name, value] : m_request.headers) {
        if (QByteArrayView(name).compare("content-length", Qt::CaseInsensitive) == 0) {
            hasLength = true;
            for (const QByteArray &item : value.split(',')) {
                const auto n = parseLength(item.trimmed());
                if (!n)
                    return fail(400, QStringLiteral("Content-Length is not a non-negative number."));
                if (length && *length != *n)
                    return fail(400, QStringLiteral("The request has two different Content-Length values."));
                length = n;
            }
        } else if (QByteArrayView(name).compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (hasEncoding || value.trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
                return fail(501, QStringLiteral("Only the chunked transfer coding is supported."));
            hasEncoding = true;
        }
    }
    if (hasLength && hasEncoding)
        return fail(400, QStringLiteral("The request has both Content-Length and Transfer-Encoding."));
    if (hasEncoding) {
        m_state = State::ChunkSize;
        return Status::HeadComplete;
    }
    m_request.declaredLength = length.value_or(0);
    if (m_request.declaredLength > m_limits.maxBodyBytes)
        return fail(413, QStringLiteral("The body of %1 bytes is over the limit of %2 bytes.")
                             .arg(m_request.declaredLength).arg(m_limits.maxBodyBytes));
    m_remaining = m_request.declaredLength;
    m_request.body.reserve(qsizetype(m_remaining));
    m_state = m_remaining > 0 ? State::Body : State::Done;
    return Status::HeadComplete;
}

HttpRequestParser::Status HttpRequestParser::readChunked(QByteArray &buffer)
{
    constexpr qsizetype maxChunkLine = 1024;
    bool tooLong = false;
    for (;;) {
        switch (m_state) {
        case State::ChunkSize: {
            const auto line = takeLine(buffer, maxChunkLine, &tooLong);
            if (tooLong)
                return fail(400, QStringLiteral("A chunk-size line is too long."));
            if (!line)
                return Status::NeedMore;
            QByteArrayView size(*line);
            if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
                size = size.first(semicolon); // chunk extensions carry nothing we use
            size = size.trimmed();
            bool ok = false;
            const qint64 n = size.size() <= 15 && !size.isEmpty() && std::all_of(size.begin(), size.end(), [](char c) { return std::isxdigit(uchar(c)); })
                ? size.toLongLong(&ok, 16)
                : -1;
            if (!ok || n < 0)
                return fail(400, QStringLiteral("A chunk size is not a hexadecimal number."));
            if (m_request.body.size() + n > m_limits.maxBodyBytes)
                return fail(413, QStringLiteral("The chunked body is over the limit of %1 bytes.").arg(m_limits.maxBodyBytes));
            m_remaining = n;
            m_state = n == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData:
            if (!takeBodyBytes(buffer))
                return Status::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        case State::ChunkDataEnd: {
            if (buffer.startsWith("\r\n"))
                buffer.remove(0, 2);
            else if (buffer.startsWith('\n'))
                buffer.remove(0, 1);
            else if (buffer.isEmpty() || buffer == "\r")
                return Status::NeedMore;
            else
                return fail(400, QStringLiteral("A chunk's data is not followed by a line end."));
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            const auto line = takeLine(buffer, m_limits.maxHeaderBytes, &tooLong);
            if (tooLong || m_trailerBytes > m_limits.maxHeaderBytes)
                return fail(431, QStringLiteral("The request's trailer block is larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
            if (!line)
                return Status::NeedMore;
            m_trailerBytes += line->size() + 2;
            if (line->isEmpty()) {
                m_state = State::Done;
                return Status::Complete;
            }
            if (line->contains('\0') || line->contains('\r') || line->startsWith(' ') || line->startsWith('\t'))
                return fail(400, QStringLiteral("A trailer line is malformed."));
            break; // trailers are read and dropped: none of them may change the framing or the body
        }
        default:
            return feed(buffer);
        }
    }
}

} // namespace CallScope
