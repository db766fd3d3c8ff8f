// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace CallScope {

namespace {

bool isShorthandName(QStringView key)
{
    const auto isAlpha = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; };
    const auto isAlnum = [&](QChar c) { return isAlpha(c) || (c >= u'0' && c <= u'9'); };
    return !key.isEmpty() && isAlpha(key.front()) && std::all_of(key.begin(), key.end(), isAlnum);
}

} // namespace

QString JsonPath::child(const QString &parent, QAnyStringView key)
{
    const QString name = key.toString();
    if (isShorthandName(name))
        return parent + QLatin1Char('.') + name;
    // JSON string quoting escapes quotes, backslashes and control characters exactly as RFC 9535 needs;
    // the array's brackets become the selector's.
    const QByteArray quoted = QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact);
    return parent + QString::fromUtf8(quoted);
}

} // namespace CallScope
