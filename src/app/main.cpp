// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Parses the command line, builds the objects, wires them, and shows the window or runs headless.
#include "commands/auditcommand.h"
#include "commands/commandsupport.h"
#include "export/callexport.h"
#include "domain/syntheticcalls.h"
#include "export/callimport.h"
#include "export/ndjsonexport.h"
#include "replay/deliverysender.h"
#include "replay/webhooksignature.h"
#include "storage/deliverystore.h"
#include "listener/listenerservice.h"
#include "listener/webhooklistener.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using namespace CallScope;
using namespace CallScope::Commands;

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("callscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("CallScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLSCOPE_VERSION));
}

// Commands that print and exit, and the commands run from scripts, must work without a display (CI, ssh):
// they get a QCoreApplication. A command comes first (`callscope export …`), as the contract writes it.
bool wantsWindow(int argc, char *argv[])
{
    if (argc > 1 && argv[1][0] != '-')
        return false;
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--version", "-v", "--headless"}) {
            if (!std::strcmp(argv[i], flag))
                return false;
        }
    }
    return true;
}

struct Credential {
    QByteArray value; // empty: none given
    QString source; // where it came from, for messages: "--token", "--token-file F", "CALLSCOPE_TOKEN"
};

// A token or secret from --NAME, --NAME-file FILE or the environment variable, in that order. A file or the
// environment keeps it out of the process list (ps, /proc/PID/cmdline), where any local user can read an
// option. Nothing (and the reason) when both options are given, or the file cannot be read or is empty.
std::optional<Credential> credential(const QCommandLineParser &parser, const QCommandLineOption &option,
                                     const QCommandLineOption &fileOption, const char *variable, QString *error)
{
    const QString name = QLatin1String("--") + option.names().constFirst();
    if (parser.isSet(option) && parser.isSet(fileOption)) {
        *error = tr("give %1 or %1-file, not both").arg(name);
        return std::nullopt;
    }
    if (parser.isSet(option)) {
        if (parser.value(option).isEmpty()) {
            *error = tr("%1 needs a value").arg(name);
            return std::nullopt;
        }
        return Credential{parser.value(option).toUtf8(), name};
    }
    if (parser.isSet(fileOption)) {
        const QString source = tr("%1-file %2").arg(name, parser.value(fileOption));
        QFile file(parser.value(fileOption));
        if (QFileInfo(file).isDir() || !file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(source, QFileInfo(file).isDir() ? tr("it is a folder") : file.errorString());
            return std::nullopt;
        }
        constexpr qint64 limit = 64 * 1024; // a token or secret is short; this is not one (or it is /dev/zero)
        QByteArray value = file.read(limit + 1);
        if (value.size() > limit) {
            *error = tr("%1 holds more than %2 bytes: not a token or a secret").arg(source).arg(limit);
            return std::nullopt;
        }
        while (value.endsWith('\n') || value.endsWith('\r'))
            value.chop(1);
        if (value.isEmpty()) {
            *error = tr("%1 is empty").arg(source);
            return std::nullopt;
        }
        return Credential{value, source};
    }
    return Credential{qgetenv(variable), QString::fromLatin1(variable)};
}

// SIGINT and SIGTERM reach the event loop through a socket pair: a handler may only write(2).
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
}

void watchTerminationSignals(QObject *context, std::function<void()> onTerminate)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, onTerminate = std::move(onTerminate)] {
        char byte;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
        notifier->setEnabled(false);
        onTerminate();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

struct ListenerCommandLine {
    QCommandLineOption headless{QStringLiteral("headless"), tr("Run the listener and store only, no window.")};
    QCommandLineOption bind{QStringLiteral("bind"), tr("Listen on ADDR (default 127.0.0.1)."), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")};
    QCommandLineOption port{QStringLiteral("port"), tr("Listen on port N (default 8787; 0 = any free port)."), QStringLiteral("N"), QStringLiteral("8787")};
    QCommandLineOption db{QStringLiteral("db"), tr("The database file (default %1).").arg(AppSettings::defaultDatabasePath()), QStringLiteral("PATH")};
    QCommandLineOption maxBody{QStringLiteral("max-body"), tr("Refuse bodies over BYTES with 413 (default 1048576)."), QStringLiteral("BYTES"), QStringLiteral("1048576")};
    QCommandLineOption strict{QStringLiteral("strict"), tr("Answer 422 to schema violations instead of 200 with warnings.")};
    QCommandLineOption token{QStringLiteral("token"), tr("Require Authorization: Bearer T on every POST (401 otherwise); send, replay: send it."),
                             QStringLiteral("T")};
    QCommandLineOption tokenFile{QStringLiteral("token-file"), tr("--token read from FILE (its trailing newline dropped), so that it never shows "
                                                                  "in a process list; or set CALLSCOPE_TOKEN."), QStringLiteral("FILE")};
    QCommandLineOption tlsCert{QStringLiteral("tls-cert"), tr("Serve HTTPS with this PEM certificate (with --tls-key)."), QStringLiteral("FILE")};
    QCommandLineOption tlsKey{QStringLiteral("tls-key"), tr("The PEM private key of --tls-cert."), QStringLiteral("FILE")};
    QCommandLineOption secret{QStringLiteral("secret"), tr("Require Standard Webhooks signatures made with this whsec_ secret (401 otherwise); "
                                                           "send, replay: sign each request with it."),
                              QStringLiteral("whsec_...")};
    QCommandLineOption secretFile{QStringLiteral("secret-file"), tr("--secret read from FILE (its trailing newline dropped); or set CALLSCOPE_SECRET."),
                                  QStringLiteral("FILE")};
    QCommandLineOption maxConnections{QStringLiteral("max-connections"), tr("Serve at most N connections at once; more wait in the backlog (default 1000)."),
                                      QStringLiteral("N")};
    QCommandLineOption headerTimeout{QStringLiteral("header-timeout"), tr("Answer 408 to a request whose head takes over S seconds (default 10)."), QStringLiteral("S")};
    QCommandLineOption bodyTimeout{QStringLiteral("body-timeout"), tr("Answer 408 when no byte of a body arrives for S seconds (default 30)."), QStringLiteral("S")};
    QCommandLineOption idleTimeout{QStringLiteral("idle-timeout"), tr("Close a keep-alive connection idle for S seconds (default 60)."), QStringLiteral("S")};
    QCommandLineOption format{QStringLiteral("format"), tr("export: csv, ndjson, json or har."), QStringLiteral("FORMAT")};
    QCommandLineOption out{QStringLiteral("out"), tr("export: write to FILE instead of stdout."), QStringLiteral("FILE")};
    QCommandLineOption mask{QStringLiteral("mask"), tr("export: mask personal data as presenter mode does (the same stand-ins as the window's).")};
    QCommandLineOption filter{QStringLiteral("filter"), tr("export, replay: only the calls that match EXPR (the filter language)."), QStringLiteral("EXPR")};
    QCommandLineOption to{QStringLiteral("to"), tr("send, replay: POST to URL."), QStringLiteral("URL")};
    QCommandLineOption speed{QStringLiteral("speed"), tr("send: play recorded gaps F times faster (default 1)."), QStringLiteral("F"), QStringLiteral("1")};
    QCommandLineOption rate{QStringLiteral("rate"), tr("send, replay: at most N deliveries a second."), QStringLiteral("N")};
    QCommandLineOption synthetic{QStringLiteral("synthetic"), tr("send: N generated, realistic calls instead of files."), QStringLiteral("N")};

    void addTo(QCommandLineParser &parser)
    {
        parser.addOptions({headless, bind, port, db, maxBody, strict, token, tokenFile, secret, secretFile, tlsCert, tlsKey, maxConnections, headerTimeout,
                           bodyTimeout, idleTimeout, format, out, mask, filter, to, speed, rate, synthetic});
    }

    // The listener options: `base` with what the command line sets, or the reason they are unusable.
    std::optional<ListenerOptions> options(const QCommandLineParser &parser, ListenerOptions base, QString *error) const
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
        const std::optional<AuthPolicy> auth = credentials(parser, o.auth, error);
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

    // --token and --secret (from the options, their files or the environment) on top of `base`, or the reason
    // they are unusable.
    std::optional<AuthPolicy> credentials(const QCommandLineParser &parser, AuthPolicy base, QString *error) const
    {
        const std::optional<Credential> t = credential(parser, token, tokenFile, "CALLSCOPE_TOKEN", error);
        const std::optional<Credential> s = t ? credential(parser, secret, secretFile, "CALLSCOPE_SECRET", error) : std::nullopt;
        if (!s)
            return std::nullopt;
        if (!t->value.isEmpty())
            base.token = t->value;
        if (!s->value.isEmpty()) {
            base.secret = QString::fromUtf8(s->value);
            base.secretKey = WebhookSignature::keyOf(base.secret);
            if (!base.secretKey) {
                *error = tr("%1 needs a Standard Webhooks secret: whsec_ followed by base64").arg(s->source);
                return std::nullopt;
            }
        }
        return base;
    }
};

int runExport(const QCommandLineParser &parser, const ListenerCommandLine &cli)
{
    if (!parser.isSet(cli.db))
        return usageError(parser, tr("export needs --db PATH"));
    const QString formatName = parser.value(cli.format);
    const std::optional<ExportFormat> format = exportFormatFromName(formatName);
    if (!format)
        return usageError(parser, formatName.isEmpty() ? tr("export needs --format csv, ndjson, json or har")
                                                       : tr("unknown export format \"%1\"; use csv, ndjson, json or har").arg(formatName));
    ExportRequest request;
    request.format = *format;
    request.filter = CallFilter::compile(parser.value(cli.filter));
    if (!request.filter.isValid())
        return usageError(parser, tr("bad --filter %1").arg(request.filter.errorText()));
    if (parser.isSet(cli.mask))
        request.masker.emplace(AppSettings().maskingKey()); // the window's key: one debtor, one stand-in
    QFile out;
    const bool toFile = parser.isSet(cli.out);
    if (toFile) {
        out.setFileName(parser.value(cli.out));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return runtimeError(tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    } else if (!out.open(stdout, QIODevice::WriteOnly)) {
        return runtimeError(tr("cannot write to standard output"));
    }
    QString error;
    if (!CallExport::write(parser.value(cli.db), request, out, &error))
        return runtimeError(error);
    return 0;
}

int runImport(const QCommandLineParser &parser, const ListenerCommandLine &cli)
{
    if (!parser.isSet(cli.db))
        return usageError(parser, tr("import needs --db PATH"));
    const QStringList files = parser.positionalArguments().mid(1);
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
    DeliveryStore store(parser.value(cli.db));
    if (!store.open(&error))
        return runtimeError(error);
    const auto summary = store.importAll(deliveries, &error);
    if (!summary)
        return runtimeError(error);
    std::printf("%s\n", qPrintable(tr("imported %1 deliveries from %2 file(s) in one transaction: %3 new calls, %4 duplicates (%5 with a different body), %6 not JSON")
                                       .arg(summary->deliveries).arg(files.size()).arg(summary->newCalls).arg(summary->duplicates)
                                       .arg(summary->conflicts).arg(summary->rejected)));
    return 0;
}

// POSTs the deliveries to --to, one line each on stdout; exit 1 when the target cannot be reached or any
// delivery is not answered 2xx (with how many).
int runSender(const QCommandLineParser &parser, const ListenerCommandLine &cli, const AuthPolicy &auth, QList<OutgoingDelivery> deliveries)
{
    const QUrl target(parser.value(cli.to));
    DeliverySender sender(target);
    sender.setBearerToken(auth.token);
    sender.setSigningKey(auth.secretKey);
    bool ok = false;
    if (parser.isSet(cli.rate)) {
        const double rate = parser.value(cli.rate).toDouble(&ok);
        if (!ok || rate <= 0)
            return usageError(parser, tr("--rate needs a number of deliveries a second, not \"%1\"").arg(parser.value(cli.rate)));
        sender.setRate(rate);
    }
    const double speed = parser.value(cli.speed).toDouble(&ok);
    if (!ok || speed <= 0)
        return usageError(parser, tr("--speed needs a factor above 0, not \"%1\"").arg(parser.value(cli.speed)));
    sender.setSpeed(speed);
    const int total = int(deliveries.size());
    QStringList labels;
    for (const OutgoingDelivery &d : deliveries)
        labels.append(d.label);
    int notAccepted = 0; // answered other than 2xx, or not answered
    QObject::connect(&sender, &DeliverySender::answered, [&](int i, int status, qint64 ms, const QByteArray &answer) {
        if (status < 200 || status > 299)
            ++notAccepted;
        std::printf("%d/%d %d %lld ms %s %s\n", i + 1, total, status, qlonglong(ms), qPrintable(labels[i]), NdjsonExport::compact(answer).constData());
        std::fflush(stdout);
    });
    QObject::connect(&sender, &DeliverySender::failed, [&](int i, const QString &reason) {
        ++notAccepted;
        std::printf("%d/%d failed %s: %s\n", i + 1, total, qPrintable(labels[i]), qPrintable(reason));
        std::fflush(stdout);
    });
    int code = 0;
    QObject::connect(&sender, &DeliverySender::finished, [&](int, int, bool unreachable) {
        // A sender must not take 401s for success: any delivery not answered 2xx makes the run fail.
        code = unreachable      ? runtimeError(tr("cannot reach %1").arg(target.toString()))
            : notAccepted > 0 ? runtimeError(tr("%1 of %2 deliveries were not answered 2xx").arg(notAccepted).arg(total))
                              : 0;
        QCoreApplication::exit(code);
    });
    sender.start(std::move(deliveries));
    QCoreApplication::exec();
    return code;
}

bool checkTarget(const QCommandLineParser &parser, const ListenerCommandLine &cli, QString *error)
{
    const QUrl target(parser.value(cli.to), QUrl::StrictMode);
    if (!parser.isSet(cli.to) || !target.isValid() || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))) {
        *error = parser.isSet(cli.to) ? tr("--to needs an http or https URL, not \"%1\"").arg(parser.value(cli.to)) : tr("this command needs --to URL");
        return false;
    }
    return true;
}

int runSend(const QCommandLineParser &parser, const ListenerCommandLine &cli)
{
    QString error;
    if (!checkTarget(parser, cli, &error))
        return usageError(parser, error);
    const std::optional<AuthPolicy> auth = cli.credentials(parser, {}, &error);
    if (!auth)
        return usageError(parser, error);
    const QStringList files = parser.positionalArguments().mid(1);
    QList<OutgoingDelivery> deliveries;
    if (parser.isSet(cli.synthetic)) {
        bool ok = false;
        const int n = parser.value(cli.synthetic).toInt(&ok);
        if (!ok || n <= 0 || !files.isEmpty())
            return usageError(parser, tr("send --synthetic needs a number of calls, and no files"));
        SyntheticCalls generator{quint32(QDateTime::currentMSecsSinceEpoch())};
        for (int i = 0; i < n; ++i) {
            const QByteArray body = generator.next();
            deliveries.append({body, DeliverySender::contentHeaders({}), 0, CallEventParser::parse(body).event.callId});
        }
        return runSender(parser, cli, *auth, deliveries);
    }
    if (files.isEmpty())
        return usageError(parser, tr("send needs FILEs (ndjson, json or HAR) or --synthetic N"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 first = -1;
    for (const QString &file : files) {
        const auto read = CallImport::read(file, now, &error);
        if (!read)
            return runtimeError(error);
        for (const IncomingDelivery &d : *read) {
            if (first < 0)
                first = d.receivedMs;
            const QString label = d.parsed.event.callId.isEmpty() ? QFileInfo(file).fileName() : d.parsed.event.callId;
            // HAR entries keep their recorded gaps; plain envelopes all have the same time, so none.
            deliveries.append({d.parsed.event.raw, DeliverySender::contentHeaders(d.headers), std::max<qint64>(0, d.receivedMs - first), label});
        }
    }
    return runSender(parser, cli, *auth, deliveries);
}

int runReplay(const QCommandLineParser &parser, const ListenerCommandLine &cli)
{
    QString error;
    if (!parser.isSet(cli.db))
        return usageError(parser, tr("replay needs --db PATH"));
    if (!checkTarget(parser, cli, &error))
        return usageError(parser, error);
    const std::optional<AuthPolicy> auth = cli.credentials(parser, {}, &error);
    if (!auth)
        return usageError(parser, error);
    const CallFilter filter = CallFilter::compile(parser.value(cli.filter));
    if (!filter.isValid())
        return usageError(parser, tr("bad --filter %1").arg(filter.errorText()));
    const auto deliveries = DeliverySender::fromStore(parser.value(cli.db), filter, &error);
    if (!deliveries)
        return runtimeError(error);
    return runSender(parser, cli, *auth, *deliveries);
}

// The window speaks the settings' language, or the system's; the command line stays in English (its
// output is read by scripts). Qt's own strings (standard buttons, file dialogs) follow with qtbase.
void installTranslators(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("callscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(locale);
}

int runHeadless(ListenerService &service)
{
    QString error;
    if (!service.start(&error))
        return runtimeError(error);
    std::printf("listening on %s\n", qPrintable(service.listener()->url()));
    std::fflush(stdout);
    // Said on stderr once when storing starts failing and once when it works again, not per delivery.
    QObject::connect(service.store(), &DeliveryStore::writeProblemChanged, QCoreApplication::instance(), [](const QString &problem, int refused) {
        if (problem.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(tr("callscope: deliveries are stored again (%n refused with 503 meanwhile)", nullptr, refused)));
        else
            std::fprintf(stderr, "%s\n", qPrintable(tr("callscope: deliveries cannot be stored: %1; senders get 503 and may retry").arg(problem)));
        std::fflush(stderr);
    });
    QObject::connect(&service, &ListenerService::stopped, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
    watchTerminationSignals(&service, [&service] { service.stop(); });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();
    std::unique_ptr<QCoreApplication> app;
    if (wantsWindow(argc, argv)) {
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("CallScope"));
        QApplication::setDesktopFileName(QStringLiteral("org.callscope.CallScope")); // packaging/linux
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    // A command with a parser of its own, whose --help shows its options only (docs/CONTRACT.md).
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("audit"))
        return runAudit(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Receives, stores and shows call.completed webhooks.\n\n"
                                        "Commands: callscope [--headless] [LISTENER OPTIONS]\n"
                                        "          callscope export --db PATH --format csv|ndjson|json|har [--filter EXPR] [--out FILE]\n"
                                        "          callscope import --db PATH FILE...\n"
                                        "          callscope replay --db PATH --to URL [--filter EXPR] [--rate N] [--token T] [--secret whsec_...]\n"
                                        "          callscope send --to URL [--speed F] [--rate N] [--token T] [--secret whsec_...] FILE... | --synthetic N\n"
                                        "          callscope audit --db PATH [--filter EXPR] [--from DATE] [--to DATE] --format csv|json [--out FILE]\n"
                                        "          (audit has options of its own: callscope audit --help)\n\n"
                                        "--token and --secret can also come from --token-file and --secret-file, or from CALLSCOPE_TOKEN and\n"
                                        "CALLSCOPE_SECRET in the environment, so that they never show in a process list."));
    parser.addHelpOption();
    parser.addVersionOption();
    ListenerCommandLine cli;
    cli.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("export, import, replay, send or audit; nothing for the listener."), QStringLiteral("[command]"));
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.constFirst() == QLatin1String("export") && positional.size() == 1)
            return runExport(parser, cli);
        if (positional.constFirst() == QLatin1String("import"))
            return runImport(parser, cli);
        if (positional.constFirst() == QLatin1String("send"))
            return runSend(parser, cli);
        if (positional.constFirst() == QLatin1String("replay") && positional.size() == 1)
            return runReplay(parser, cli);
        return usageError(parser, tr("unknown command \"%1\"").arg(positional.join(QLatin1Char(' '))));
    }

    QString error;
    if (parser.isSet(cli.headless)) {
        const auto options = cli.options(parser, ListenerOptions{}, &error);
        if (!options)
            return usageError(parser, error);
        ListenerService service(*options, parser.isSet(cli.db) ? parser.value(cli.db) : AppSettings::defaultDatabasePath());
        return runHeadless(service);
    }

    // The window: the settings' listener options, with what the command line sets on top (not saved).
    AppSettings settings;
    installTranslators(settings.language());
    const auto options = cli.options(parser, settings.listenerOptions(), &error);
    if (!options)
        return usageError(parser, error);
    const QString database = parser.isSet(cli.db) ? parser.value(cli.db) : settings.databasePathOrDefault();
    SecretStore secrets(&settings);
    MainWindow window(&settings, &secrets, *options, database);
    window.show();
    return QCoreApplication::exec();
}
