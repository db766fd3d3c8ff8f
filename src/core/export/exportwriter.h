// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace CallScope {

// What every export writes through (the calls' and the audit trail's): its bytes, or the reason they could
// not be written; its count for the progress callback, which may cancel; and the one spelling of a CSV
// cell and of a time, so that every export reads the same in a spreadsheet.
class ExportWriter final
{
public:
    // `progress(done, total)` now and then; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ExportWriter(QIODevice &out, QString *error, const Progress &progress, qint64 total);

    bool write(const QByteArray &bytes);
    // Before the first item: the total, which the window says. False when the user cancelled.
    bool start();
    // After each item: false when the user cancelled.
    bool step();
    // After the last item.
    void finish();
    qint64 done() const { return m_done; }

    // The header row of a CSV (with a byte-order mark, so that spreadsheets read UTF-8), its line end included.
    static QByteArray csvHeader(const QStringList &columns);
    // A CSV cell: formula defusing (a leading ' before = + - @ tab CR, unless the text is wholly a
    // number or an E.164 phone number), then RFC 4180 quoting.
    static QByteArray csvCell(const QString &text);
    // ISO 8601 in UTC with milliseconds, 2026-12-01T10:15:00.123Z: never needs quoting or defusing.
    static QByteArray isoUtc(qint64 ms);

private:
    QIODevice &m_out;
    QString *m_error;
    const Progress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

} // namespace CallScope
