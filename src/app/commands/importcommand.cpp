// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "commands/commandparser.h"
#include "commands/commandsupport.h"
#include "export/callimport.h"
#include "storage/deliverystore.h"

#include <QDateTime>

namespace CallScope::Commands {

int runImport(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("import"),
                          tr("Reads deliveries from files into the store, deduplicated as the listener does, all or nothing: "
                             "a bad line stops the import whole and is named."),
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
    // Every file is read before anything is written: a bad one stops the import whole.
    QList<IncomingDelivery> deliveries;
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &file : files) {
        const auto read = CallImport::read(file, now, &error);
        if (!read)
            return runtimeError(error + tr(" Nothing was imported."));
        deliveries += *read;
    }
    DeliveryStore store(parser.value(db));
    if (!store.open(&error))
        return runtimeError(error);
    const auto summary = store.importAll(deliveries, &error);
    if (!summary)
        return runtimeError(error);
    std::printf("%s\n", qPrintable(tr("imported %1 deliveries from %2 file(s) in one transaction: %3 new calls, %4 duplicates (%5 with a different body), %6 not JSON, %7 refused attempts")
                                       .arg(summary->deliveries).arg(files.size()).arg(summary->newCalls).arg(summary->duplicates)
                                       .arg(summary->conflicts).arg(summary->rejected).arg(summary->refused)));
    return 0;
}

} // namespace CallScope::Commands
