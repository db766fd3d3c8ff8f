// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "commands/commandparser.h"
#include "commands/commandsupport.h"
#include "export/chunkedimport.h"
#include "storage/deliverystore.h"

#include <QDateTime>

namespace CallScope::Commands {

int runImport(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("import"),
                          tr("Reads deliveries from files into the store, deduplicated as the listener does. Every file is checked "
                             "first: a bad line anywhere imports nothing and is named. Then they are written a few thousand to a transaction."),
                          QStringLiteral("callscope import --db calls.db calls.ndjson session.har"), CommandParser::Files::Some);
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption db{QStringLiteral("db"), tr("The database file (created if missing)."), QStringLiteral("PATH")};
    parser.addOption(db);
    if (const auto status = command.parse(arguments))
        return *status;

    if (!parser.isSet(db))
        return usageError(parser, tr("import needs --db PATH"));
    const QStringList files = command.files();
    if (files.isEmpty())
        return usageError(parser, tr("import needs one or more FILEs (ndjson, json or HAR)"));
    // Every file is checked before the store is opened: a bad one imports nothing, and no store is made.
    QString error;
    const auto plan = ChunkedImport::check(files, &error);
    if (!plan)
        return runtimeError(error + tr(" Nothing was imported."));
    DeliveryStore store(parser.value(db));
    if (!store.open(&error))
        return runtimeError(error);
    const ChunkedImport::Result result = ChunkedImport::write(*plan, QDateTime::currentMSecsSinceEpoch(), [&store](const QList<IncomingDelivery> &chunk, QString *why) {
        return store.importChunk(chunk, why);
    });
    if (!result.ok)
        return runtimeError(result.error);
    const ImportSummary &summary = result.written;
    std::printf("%s\n", qPrintable(tr("imported %1 deliveries from %2 file(s): %3 new calls, %4 duplicates (%5 with a different body), %6 not JSON, %7 refused attempts")
                                       .arg(summary.deliveries).arg(files.size()).arg(summary.newCalls).arg(summary.duplicates)
                                       .arg(summary.conflicts).arg(summary.rejected).arg(summary.refused)));
    return 0;
}

} // namespace CallScope::Commands
