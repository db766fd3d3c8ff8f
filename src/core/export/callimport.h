// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace CallScope {

// Reads the files `callscope import` and the window accept, into deliveries for DeliveryStore::importAll():
// ndjson (one envelope a line), json (one envelope, or an array of them) and HAR 1.2 (the POST entries,
// with their headers, times and bodies; what CallScope's own har export writes). Bodies keep their bytes
// as they are in the file, and each is judged as the listener judges it (CallEventParser: one that is not
// JSON by RFC 8259 is kept as rejected). A bad file is refused whole, with the line or entry that is wrong.
class CallImport final
{
public:
    CallImport() = delete;

    // `receivedMs` is the receive time of envelopes that carry none (ndjson, json).
    static std::optional<QList<IncomingDelivery>> read(const QString &path, qint64 receivedMs, QString *error);
    static std::optional<QList<IncomingDelivery>> parse(const QByteArray &bytes, const QString &origin, qint64 receivedMs, QString *error);

    // One envelope read from a file, judged as the listener judges a body; `origin` (the file) names it in
    // the deliveries tab.
    static IncomingDelivery delivery(QByteArray body, qint64 receivedMs, const QString &origin);

    // The elements of a JSON array as the byte ranges they have in the text, so that each keeps its key
    // order and spelling (QJsonDocument would sort keys). The text must be a valid JSON array.
    static QList<QByteArrayView> arrayElements(QByteArrayView array);
};

} // namespace CallScope
