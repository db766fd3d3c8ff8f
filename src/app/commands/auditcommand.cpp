// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "auditcommand.h"

#include "commands/commandparser.h"
#include "commands/commandsupport.h"
#include "commands/timeoption.h"
#include "export/auditexport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace CallScope::Commands {

int runAudit(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("audit"),
                          tr("Writes the review audit trail: who changed what on which call, when, the old and new value, "
                             "and the reason given.\nOne line per change, oldest first; columns (csv) and keys (json): "
                             "at, reviewer, callId, idempotencyKey, field, outcome, old, new, reason."),
                          QStringLiteral("callscope audit --db calls.db --from 2026-11-01 --to 2026-11-30 --format csv --out november-audit.csv"));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption db{QStringLiteral("db"), tr("The database file."), QStringLiteral("PATH")};
    const QCommandLineOption filter{QStringLiteral("filter"), tr("Only the lines of the calls that match EXPR (the filter language)."),
                                    QStringLiteral("EXPR")};
    const QCommandLineOption from{QStringLiteral("from"), tr("Only the lines from DATE on: YYYY-MM-DD (from the start of that local day) or an "
                                                             "ISO 8601 date-time."),
                                  QStringLiteral("DATE")};
    const QCommandLineOption to{QStringLiteral("to"), tr("Only the lines up to DATE, inclusive: YYYY-MM-DD (to the end of that local day) or an "
                                                         "ISO 8601 date-time (to the end of the second or minute it names)."),
                                QStringLiteral("DATE")};
    const QCommandLineOption format{QStringLiteral("format"), tr("csv or json."), QStringLiteral("FORMAT")};
    const QCommandLineOption out{QStringLiteral("out"), tr("Write to FILE instead of stdout (replaced only once the export is complete)."),
                                 QStringLiteral("FILE")};
    parser.addOptions({db, filter, from, to, format, out});
    if (const auto status = command.parse(arguments))
        return *status;

    if (!parser.isSet(db))
        return usageError(parser, tr("audit needs --db PATH"));
    const QString formatName = parser.value(format);
    const std::optional<AuditFormat> auditFormat = auditFormatFromName(formatName);
    if (!auditFormat)
        return usageError(parser, formatName.isEmpty() ? tr("audit needs --format csv or json")
                                                       : tr("unknown audit format \"%1\"; use csv or json").arg(formatName));
    AuditRequest request;
    request.format = *auditFormat;
    request.filter = CallFilter::compile(parser.value(filter));
    if (!request.filter.isValid())
        return usageError(parser, tr("bad --filter %1").arg(request.filter.errorText()));
    QString error;
    const std::optional<PeriodOptions> period = periodOptions(parser, from, to, &error);
    if (!period)
        return usageError(parser, error);
    request.fromMs = period->fromMs;
    request.untilMs = period->untilMs;

    if (!parser.isSet(out)) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return runtimeError(tr("cannot write to standard output"));
        return AuditExport::write(parser.value(db), request, stdoutFile, &error) ? 0 : runtimeError(error);
    }
    // Like the window's exports: the file appears whole or not at all.
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly))
        return runtimeError(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    if (!AuditExport::write(parser.value(db), request, file, &error)) {
        file.cancelWriting();
        return runtimeError(error);
    }
    if (!file.commit())
        return runtimeError(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return 0;
}

} // namespace CallScope::Commands
