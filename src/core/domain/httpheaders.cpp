// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "httpheaders.h"

namespace CallScope {

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool isSecretHeader(QByteArrayView name)
{
    for (QByteArrayView secret : {"authorization", "proxy-authorization", "cookie", "x-api-key"}) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpHeaders withSecretsRedacted(HttpHeaders headers)
{
    static const QByteArray redacted = QByteArrayLiteral("[redacted]");
    for (auto &[name, value] : headers) {
        if (!isSecretHeader(name))
            continue;
        // RFC 9110 §11.4: credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]. The scheme says what
        // kind of secret it was, which a reviewer may need. A cookie or an API key has none.
        const bool hasScheme = name.toLower().endsWith("authorization");
        const QByteArray trimmed = value.trimmed();
        const qsizetype space = hasScheme ? trimmed.indexOf(' ') : -1;
        value = space > 0 ? trimmed.left(space + 1) + redacted : redacted;
    }
    return headers;
}

} // namespace CallScope
