// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "listenercommandline.h"

#include "commands/commandsupport.h"
#include "settings/appsettings.h"

namespace CallScope::Commands {

ListenerCommandLine::ListenerCommandLine()
    : headless(QStringLiteral("headless"), tr("Run the listener and store only, no window."))
    , bind(QStringLiteral("bind"), tr("Listen on ADDR (default 127.0.0.1)."), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"))
    , port(QStringLiteral("port"), tr("Listen on port N (default 8787; 0 = any free port)."), QStringLiteral("N"), QStringLiteral("8787"))
    , db(QStringLiteral("db"), tr("The database file (default %1).").arg(AppSettings::defaultDatabasePath()), QStringLiteral("PATH"))
    , maxBody(QStringLiteral("max-body"), tr("Refuse bodies over BYTES with 413 (default 1048576)."), QStringLiteral("BYTES"), QStringLiteral("1048576"))
    , strict(QStringLiteral("strict"), tr("Answer 422 to schema violations instead of 200 with warnings."))
    , tlsCert(QStringLiteral("tls-cert"), tr("Serve HTTPS with this PEM certificate (with --tls-key)."), QStringLiteral("FILE"))
    , tlsKey(QStringLiteral("tls-key"), tr("The PEM private key of --tls-cert."), QStringLiteral("FILE"))
    , maxConnections(QStringLiteral("max-connections"), tr("Serve at most N connections at once; more wait in the backlog (default 1000)."),
                     QStringLiteral("N"))
    , headerTimeout(QStringLiteral("header-timeout"), tr("Answer 408 to a request whose head takes over S seconds (default 10)."), QStringLiteral("S"))
    , bodyTimeout(QStringLiteral("body-timeout"), tr("Answer 408 when no byte of a body arrives for S seconds (default 30)."), QStringLiteral("S"))
    , idleTimeout(QStringLiteral("idle-timeout"), tr("Close a keep-alive connection idle for S seconds (default 60)."), QStringLiteral("S"))
{
}

void ListenerCommandLine::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({headless, bind, port, db, maxBody, strict});
    credentials.addTo(parser);
    parser.addOptions({tlsCert, tlsKey, maxConnections, headerTimeout, bodyTimeout, idleTimeout});
}

std::optional<ListenerOptions> ListenerCommandLine::options(const QCommandLineParser &parser, ListenerOptions base, QString *error) const
{
    ListenerOptions o = std::move(base);
    if (parser.isSet(bind) && !o.address.setAddress(parser.value(bind))) {
        *error = tr("--bind needs an IP address, not \"%1\"").arg(parser.value(bind));
        return std::nullopt;
    }
    bool ok = false;
    const uint p = parser.value(port).toUInt(&ok);
    if (parser.isSet(port) && (!ok || p > 65535)) {
        *error = tr("--port needs a number from 0 to 65535, not \"%1\"").arg(parser.value(port));
        return std::nullopt;
    }
    if (parser.isSet(port))
        o.port = quint16(p);
    const qint64 bytes = parser.value(maxBody).toLongLong(&ok);
    if (parser.isSet(maxBody) && (!ok || bytes < 0)) {
        *error = tr("--max-body needs a number of bytes, not \"%1\"").arg(parser.value(maxBody));
        return std::nullopt;
    }
    if (parser.isSet(maxBody))
        o.maxBodyBytes = bytes;
    if (parser.isSet(maxConnections)) {
        const int n = parser.value(maxConnections).toInt(&ok);
        if (!ok || n < 1) {
            *error = tr("--max-connections needs a number of 1 or more, not \"%1\"").arg(parser.value(maxConnections));
            return std::nullopt;
        }
        o.maxConnections = n;
    }
    for (const auto &[option, timeout] : {std::pair{&headerTimeout, &o.headerTimeout}, std::pair{&bodyTimeout, &o.bodyTimeout},
                                          std::pair{&idleTimeout, &o.idleTimeout}}) {
        if (!parser.isSet(*option))
            continue;
        const double seconds = parser.value(*option).toDouble(&ok);
        if (!ok || !(seconds >= 0.1 && seconds <= 86400)) {
            *error = tr("--%1 needs a number of seconds from 0.1 to 86400, not \"%2\"").arg(option->names().constFirst(), parser.value(*option));
            return std::nullopt;
        }
        *timeout = std::chrono::milliseconds(qRound64(seconds * 1000));
    }
    o.strict = o.strict || parser.isSet(strict);
    const std::optional<AuthPolicy> auth = credentials.read(parser, o.auth, error);
    if (!auth)
        return std::nullopt;
    o.auth = *auth;
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        *error = tr("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    if (parser.isSet(tlsCert)) {
        o.tlsCertificate = parser.value(tlsCert);
        o.tlsKey = parser.value(tlsKey);
    }
    return o;
}

} // namespace CallScope::Commands
