// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "replaycommand.h"

#include "commands/commandparser.h"
#include "commands/commandsupport.h"
#include "commands/sendercommandline.h"

namespace CallScope::Commands {

int runReplay(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("replay"),
                          tr("POSTs stored deliveries again, oldest first: the exact body bytes as received, with their content headers. "
                             "--token adds Authorization: Bearer, --secret signs each request anew. Exits 1 when any delivery "
                             "was not answered 2xx, with the count."),
                          QStringLiteral("callscope replay --db calls.db --to http://127.0.0.1:9000/ --filter 'receivedAt=today' --rate 10"));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption db{QStringLiteral("db"), tr("The database file."), QStringLiteral("PATH")};
    const QCommandLineOption filter{QStringLiteral("filter"), tr("Only the calls that match EXPR (the filter language)."), QStringLiteral("EXPR")};
    parser.addOptions({db, filter});
    SenderCommandLine sender;
    sender.addTo(parser);
    if (const auto status = command.parse(arguments))
        return *status;

    QString error;
    if (!parser.isSet(db))
        return usageError(parser, tr("replay needs --db PATH"));
    const std::optional<AuthPolicy> auth = sender.check(parser, &error);
    if (!auth)
        return usageError(parser, error);
    const CallFilter calls = CallFilter::compile(parser.value(filter));
    if (!calls.isValid())
        return usageError(parser, tr("bad --filter %1").arg(calls.errorText()));
    const auto deliveries = DeliverySender::fromStore(parser.value(db), calls, &error);
    if (!deliveries)
        return runtimeError(error);
    return sender.run(parser, *auth, *deliveries);
}

} // namespace CallScope::Commands
