// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "commands/commandparser.h"
#include "commands/commandsupport.h"
#include "export/callexport.h"
#include "settings/appsettings.h"

#include <QFile>

namespace CallScope::Commands {

int runExport(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("export"),
                          tr("Writes the stored calls that match the filter, oldest first, to stdout or a file."),
                          QStringLiteral("callscope export --db calls.db --format csv --filter 'group:compliance' --out compliance.csv"));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption db{QStringLiteral("db"), tr("The database file."), QStringLiteral("PATH")};
    const QCommandLineOption format{QStringLiteral("format"), tr("csv, ndjson, json or har."), QStringLiteral("FORMAT")};
    const QCommandLineOption filter{QStringLiteral("filter"), tr("Only the calls that match EXPR (the filter language)."), QStringLiteral("EXPR")};
    const QCommandLineOption mask{QStringLiteral("mask"), tr("Mask personal data as presenter mode does (the same stand-ins as the window's).")};
    const QCommandLineOption out{QStringLiteral("out"), tr("Write to FILE instead of stdout."), QStringLiteral("FILE")};
    parser.addOptions({db, format, filter, mask, out});
    if (const auto status = command.parse(arguments))
        return *status;

    if (!parser.isSet(db))
        return usageError(parser, tr("export needs --db PATH"));
    const QString formatName = parser.value(format);
    const std::optional<ExportFormat> exportFormat = exportFormatFromName(formatName);
    if (!exportFormat)
        return usageError(parser, formatName.isEmpty() ? tr("export needs --format csv, ndjson, json or har")
                                                       : tr("unknown export format \"%1\"; use csv, ndjson, json or har").arg(formatName));
    ExportRequest request;
    request.format = *exportFormat;
    request.filter = CallFilter::compile(parser.value(filter));
    if (!request.filter.isValid())
        return usageError(parser, tr("bad --filter %1").arg(request.filter.errorText()));
    if (parser.isSet(mask))
        request.masker.emplace(AppSettings().maskingKey()); // the window's key: one debtor, one stand-in
    QFile file;
    if (parser.isSet(out)) {
        file.setFileName(parser.value(out));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return runtimeError(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return runtimeError(tr("cannot write to standard output"));
    }
    deriveRecorded(parser.value(db));
    QString error;
    if (!CallExport::write(parser.value(db), request, file, &error))
        return runtimeError(error);
    return 0;
}

} // namespace CallScope::Commands
