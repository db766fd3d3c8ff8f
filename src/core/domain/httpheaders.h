// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace CallScope {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>; // in the order received, names as sent

// The first value of a header, by case-insensitive name; empty when absent.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

// The headers with the values of the secret ones (Authorization, Proxy-Authorization, Cookie, X-Api-Key)
// replaced by their scheme and "[redacted]": "Bearer [redacted]", "[redacted]". What is stored, exported
// and shown; only the listener's check of a token ever sees the value.
HttpHeaders withSecretsRedacted(HttpHeaders headers);
bool isSecretHeader(QByteArrayView name);

} // namespace CallScope
