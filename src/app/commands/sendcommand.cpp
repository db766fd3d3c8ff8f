// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "sendcommand.h"

#include "commands/commandparser.h"
#include "commands/commandsupport.h"
#include "commands/sendercommandline.h"
#include "domain/calleventparser.h"
#include "domain/syntheticcalls.h"
#include "export/callimport.h"

#include <QDateTime>
#include <QFileInfo>

namespace CallScope::Commands {

int runSend(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("send"),
                          tr("POSTs envelopes from files in order, or N realistic generated calls. HAR files keep their recorded gaps, "
                             "scaled by --speed; plain envelopes go back to back, or at --rate a second. Exits 1 when any delivery "
                             "was not answered 2xx, with the count."),
                          QStringLiteral("callscope send --to http://127.0.0.1:8787/ --speed 4 session.har"), CommandParser::Files::Some);
    QCommandLineParser &parser = command.parser();
    SenderCommandLine sender;
    sender.addTo(parser);
    const QCommandLineOption speed{QStringLiteral("speed"), tr("Play recorded gaps F times faster (default 1)."), QStringLiteral("F"), QStringLiteral("1")};
    const QCommandLineOption synthetic{QStringLiteral("synthetic"), tr("N generated, realistic calls instead of files."), QStringLiteral("N")};
    parser.addOptions({speed, synthetic});
    if (const auto status = command.parse(arguments))
        return *status;

    QString error;
    const std::optional<AuthPolicy> auth = sender.check(parser, &error);
    if (!auth)
        return usageError(parser, error);
    bool ok = false;
    const double factor = parser.value(speed).toDouble(&ok);
    if (!ok || !(factor > 0))
        return usageError(parser, tr("--speed needs a factor above 0, not \"%1\"").arg(parser.value(speed)));
    const QStringList files = command.files();
    QList<OutgoingDelivery> deliveries;
    if (parser.isSet(synthetic)) {
        const int n = parser.value(synthetic).toInt(&ok);
        if (!ok || n <= 0 || !files.isEmpty())
            return usageError(parser, tr("send --synthetic needs a number of calls, and no files"));
        SyntheticCalls generator{quint32(QDateTime::currentMSecsSinceEpoch()), n};
        for (int i = 0; i < n; ++i) {
            const QByteArray body = generator.next();
            deliveries.append({body, DeliverySender::contentHeaders({}), 0, CallEventParser::parse(body).event.callId});
        }
        return sender.run(parser, *auth, deliveries, factor);
    }
    if (files.isEmpty())
        return usageError(parser, tr("send needs FILEs (ndjson, json or HAR) or --synthetic N"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 first = -1;
    QStringList skipped;
    for (const QString &file : files) {
        const auto read = CallImport::read(file, now, &error);
        if (!read)
            return runtimeError(error);
        deliveries += DeliverySender::toSend(*read, QFileInfo(file).fileName(), &first, &skipped);
    }
    for (const QString &line : std::as_const(skipped))
        std::fprintf(stderr, "callscope: %s\n", qPrintable(line));
    return sender.run(parser, *auth, deliveries, factor);
}

} // namespace CallScope::Commands
