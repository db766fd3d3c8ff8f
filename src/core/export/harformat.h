// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/masker.h"
#include "domain/incomingdelivery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlDatabase;

namespace CallScope {

class ExportWriter;

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), both ways: every delivery of the chosen calls
// as an entry, and the POST entries of a HAR file as deliveries. What HAR leaves open is settled here:
// - request.url is always a URI (RFC 3986): the Host the sender gave when it is a valid authority, else
//   localhost; the path and query percent-encoded where the request carried bytes a URI may not hold.
// - A body that is not UTF-8 goes as base64 in postData.text with "encoding": "base64" (as HAR's
//   content.encoding does); files of CallScope 0.1 with "_base64" beside lossy text are read too.
// - A refused attempt (401, 413: no body kept) has a postData without text and a comment saying why; it is
//   read back as a refused attempt with its answer, not as an empty POST.
class HarFormat final
{
public:
    HarFormat() = delete;

    // Writes the deliveries of the calls that `calls` (an SQL condition on calls, with its bindings)
    // selects, in the order received.
    static bool write(const QSqlDatabase &db, const QString &calls, const QVariantList &binds, const std::optional<Masker> &masker, ExportWriter &w,
                      QString *error);
    // Entry `index` (from 0) of a HAR log, as readEntry() takes it but without reading its body: whether it
    // is a delivery (a POST), or false and why it cannot be read.
    static bool checkEntry(const QJsonObject &entry, qsizetype index, const QString &origin, bool *isDelivery, QString *error);
    // A POST entry as a delivery, stamped with `origin` (the file) for the deliveries tab; nothing for an
    // entry that is no POST (`error` left empty) or that cannot be read (`error` says why).
    static std::optional<IncomingDelivery> readEntry(const QJsonObject &entry, qsizetype index, const QString &origin, QString *error);
    // The URI of a request that came with this Host header value, path and query (as received).
    static QString requestUrl(const QString &host, const QByteArray &path, const QByteArray &query);
};

} // namespace CallScope
