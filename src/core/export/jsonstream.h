// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace CallScope {

// A file read in pieces, as lines or as JSON values, so that an import never holds more than the value or
// line it is at (a HAR of a million entries is one JSON document of gigabytes). It finds where a value ends
// by its brackets and strings only (JsonStringState, as CallImport::arrayElements did); what is inside a
// value is the caller's to judge (StrictJson, QJsonDocument). It walks the structure around the values
// itself, strictly: the objects and arrays an import descends into (a HAR's log, its entries).
//
// A view it returns stays valid until the next call that reads. A leading byte-order mark is skipped (it is
// the file's, not the first value's).
class JsonStream final
{
public:
    // `onRead(offset)` is called after each piece read from the device (progress); false stops the stream,
    // which then reads as if it ended, with stopped() set.
    explicit JsonStream(QIODevice *device, std::function<bool(qint64 offset)> onRead = {}, qsizetype pieceSize = 1 << 20);

    // Where the stream is: bytes of the device consumed.
    qint64 offset() const { return m_base + m_pos; }
    bool stopped() const { return m_stopped; }
    // The device failed to read (not its end): why, else empty.
    const QString &readError() const { return m_readError; }

    // Skips JSON whitespace; the next byte, or -1 at the end.
    int peek();
    // Consumes `c` when it comes next (after whitespace).
    bool take(char c);
    // The next line without its line feed, or nothing at the end.
    std::optional<QByteArrayView> line();
    // The next value (after whitespace), its bytes as in the file: an object or array to its closing bracket,
    // a string to its closing quote, else a scalar up to the next delimiter. Nothing at the end or when it is
    // cut short; `why` then says what is wrong.
    std::optional<QByteArrayView> value(QString *why);
    // A string's text between its quotes, undecoded (a member name); the stream must be at its quote.
    std::optional<QByteArray> name(QString *why);

    // Walks an object (the stream at its `{`): for each member, `member(name)` must consume its value.
    // False on a member function's false or on bytes that break the object's grammar (`why` says which).
    bool object(const std::function<bool(const QByteArray &name)> &member, QString *why);
    // Walks an array (the stream at its `[`): `element(index)` must consume each element's value.
    bool array(const std::function<bool(qsizetype index)> &element, QString *why);

private:
    // Reads more, keeping the bytes from `keep` on (moved to the front). False at the end.
    bool fill(qsizetype keep);
    bool more();

    QIODevice *m_device;
    std::function<bool(qint64)> m_onRead;
    qsizetype m_pieceSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // the next byte
    qsizetype m_end = 0; // bytes of m_buffer that hold data
    qint64 m_base = 0; // the device offset of m_buffer[0]
    bool m_atEnd = false;
    bool m_stopped = false;
    QString m_readError;
};

} // namespace CallScope
