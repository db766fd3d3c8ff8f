// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "ndjsonexport.h"

#include "domain/jsonstringstate.h"
#include "domain/strictjson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace CallScope {

QByteArray NdjsonExport::compact(QByteArrayView json)
{
    static constexpr char hex[] = "0123456789abcdef";
    if (StrictJson::startsWithByteOrderMark(json))
        json = json.sliced(3);
    QByteArray out;
    out.reserve(json.size());
    JsonStringState state;
    for (char c : json) {
        const bool afterBackslash = state.inEscape();
        if (!state.step(c)) {
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                out.append(c);
            continue;
        }
        if (uchar(c) >= 0x20) {
            out.append(c);
            continue;
        }
        if (afterBackslash)
            out.chop(1); // QJsonDocument read "\" and a control character as the character alone
        switch (c) {
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: out.append("\\u00").append(hex[uchar(c) >> 4]).append(hex[uchar(c) & 0xf]); break;
        }
    }
    return out;
}

std::optional<QByteArray> NdjsonExport::envelope(QByteArrayView body)
{
    QByteArray line = compact(body);
    if (!StrictJson::check(line))
        return line;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc.toJson(QJsonDocument::Compact);
}

} // namespace CallScope
