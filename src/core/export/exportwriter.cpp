// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "exportwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace CallScope {

namespace {

// The strings of this file, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::ExportWriter)
};

} // namespace

ExportWriter::ExportWriter(QIODevice &out, QString *error, const Progress &progress, qint64 total)
    : m_out(out)
    , m_error(error)
    , m_progress(progress)
    , m_total(total)
{
}

bool ExportWriter::write(const QByteArray &bytes)
{
    if (m_out.write(bytes) == bytes.size())
        return true;
    *m_error = Text::tr("Cannot write the export: %1").arg(m_out.errorString());
    return false;
}

bool ExportWriter::start()
{
    if (m_progress && !m_progress(0, m_total)) {
        *m_error = Text::tr("The export was cancelled; the file is incomplete.");
        return false;
    }
    return true;
}

bool ExportWriter::step()
{
    ++m_done;
    if (m_progress && m_done % 1000 == 0 && !m_progress(m_done, m_total)) {
        *m_error = Text::tr("The export was cancelled; the file is incomplete.");
        return false;
    }
    return true;
}

void ExportWriter::finish()
{
    if (m_progress)
        m_progress(m_done, m_total);
}

QByteArray ExportWriter::csvHeader(const QStringList &columns)
{
    QByteArray header = "\xEF\xBB\xBF";
    for (qsizetype i = 0; i < columns.size(); ++i)
        header += (i ? "," : "") + columns[i].toUtf8();
    return header + "\r\n";
}

QByteArray ExportWriter::csvCell(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$)"));
    static const QRegularExpression e164(QStringLiteral(R"(^\+\d{7,15}$)"));
    QString value = text;
    if (!value.isEmpty()) {
        const QChar c = value.front();
        const bool risky = c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r');
        if (risky && !number.match(value).hasMatch() && !e164.match(value).hasMatch())
            value.prepend(QLatin1Char('\''));
    }
    QByteArray bytes = value.toUtf8();
    const bool quote = std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; });
    if (quote) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray ExportWriter::isoUtc(qint64 ms)
{
    const qint64 day = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    const qint64 inDay = ms - day * 86'400'000;
    const QDate date = QDate(1970, 1, 1).addDays(day);
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
                                int(inDay / 3'600'000), int(inDay / 60'000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
    return QByteArray(buffer, n);
}

} // namespace CallScope
