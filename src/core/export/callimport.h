// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace CallScope {

// Reads the files `callscope import` and the window accept: ndjson (one envelope a line), json (one
// envelope, or an array of them) and HAR 1.2 (the POST entries, with their headers, times and bodies; what
// CallScope's own har export writes). Bodies keep their bytes as they are in the file, and each is judged as
// the listener judges it (CallEventParser: one that is not JSON by RFC 8259 is kept as rejected).
//
// A file is never held whole (a million deliveries are most of a gigabyte, a HAR of them one JSON document):
// check() reads it through once (JsonStream), finds its format, counts its deliveries and refuses a bad
// file whole, naming the line or entry that is wrong; read() then reads it again, handing on one delivery
// at a time. What check() accepts is what reading the whole file with QJsonDocument accepted before: a json
// or HAR file is one JSON document (each value in it is judged by QJsonDocument, the structure around them
// by JsonStream); anything else is ndjson, where every line that is not blank must be an object. (One
// difference: an array's element that is JSON by RFC 8259 is not read by QJsonDocument again, so a number
// too large for a double no longer refuses the whole file; the parser reports it, as for the listener.)
class CallImport final
{
public:
    CallImport() = delete;

    enum class Format { Ndjson, Array, Envelope, Har };
    struct Checked {
        QString path;
        QString origin; // the file's name, which names its deliveries in the deliveries tab
        Format format = Format::Ndjson;
        qint64 deliveries = 0;
        qint64 bytes = 0;
    };
    // Called as the file is read, with the bytes read so far; false stops the reading (a cancel), which then
    // fails with `error` empty.
    using Progress = std::function<bool(qint64 bytesRead)>;

    // The first pass: the file's format and how many deliveries it holds, or why it cannot be imported.
    static std::optional<Checked> check(const QString &path, QString *error, const Progress &progress = {});
    // The second pass: each delivery of a checked file in order, to `take` (false from it stops the reading,
    // with `error` empty). `receivedMs` is the receive time of envelopes that carry none (ndjson, json).
    // It fails (`error` says why) only when the file changed since check().
    static bool read(const Checked &file, qint64 receivedMs, const std::function<bool(IncomingDelivery &&)> &take, QString *error);
    // Every delivery of a file at once, for the few that need them together (send, a session played).
    static std::optional<QList<IncomingDelivery>> read(const QString &path, qint64 receivedMs, QString *error);

    // One envelope read from a file, judged as the listener judges a body; `origin` (the file) names it in
    // the deliveries tab.
    static IncomingDelivery delivery(QByteArray body, qint64 receivedMs, const QString &origin);
};

} // namespace CallScope
