// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Parses the command line, builds the objects, wires them, and shows the window or runs headless.
#include "export/callexport.h"
#include "export/callimport.h"
#include "storage/deliverystore.h"
#include "listener/listenerservice.h"
#include "listener/webhooklistener.h"
#include "mainwindow.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
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

int usageError(const QCommandLineParser &parser, const QString &reason)
{
    std::fprintf(stderr, "callscope: %s\n\n%s", qPrintable(reason), qPrintable(parser.helpText()));
    return 2; // the contract: a usage error exits 2, with the usage
}

int runtimeError(const QString &reason)
{
    std::fprintf(stderr, "callscope: %s\n", qPrintable(reason));
    return 1; // the contract: a runtime failure exits 1, in one line
}

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
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

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("callscope.db"));
}

struct ListenerCommandLine {
    QCommandLineOption headless{QStringLiteral("headless"), tr("Run the listener and store only, no window.")};
    QCommandLineOption bind{QStringLiteral("bind"), tr("Listen on ADDR (default 127.0.0.1)."), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")};
    QCommandLineOption port{QStringLiteral("port"), tr("Listen on port N (default 8787; 0 = any free port)."), QStringLiteral("N"), QStringLiteral("8787")};
    QCommandLineOption db{QStringLiteral("db"), tr("The database file (default %1).").arg(defaultDatabasePath()), QStringLiteral("PATH")};
    QCommandLineOption maxBody{QStringLiteral("max-body"), tr("Refuse bodies over BYTES with 413 (default 1048576)."), QStringLiteral("BYTES"), QStringLiteral("1048576")};
    QCommandLineOption strict{QStringLiteral("strict"), tr("Answer 422 to schema violations instead of 200 with warnings.")};
    QCommandLineOption format{QStringLiteral("format"), tr("export: csv, ndjson, json or har."), QStringLiteral("FORMAT")};
    QCommandLineOption out{QStringLiteral("out"), tr("export: write to FILE instead of stdout."), QStringLiteral("FILE")};
    QCommandLineOption filter{QStringLiteral("filter"), tr("export: only the calls that match EXPR (the filter language)."), QStringLiteral("EXPR")};

    void addTo(QCommandLineParser &parser)
    {
        parser.addOptions({headless, bind, port, db, maxBody, strict, format, out, filter});
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
        o.strict = o.strict || parser.isSet(strict);
        return o;
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

int runHeadless(ListenerService &service)
{
    QString error;
    if (!service.start(&error))
        return runtimeError(error);
    std::printf("listening on %s\n", qPrintable(service.listener()->url()));
    std::fflush(stdout);
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
        QApplication::setDesktopFileName(QStringLiteral("callscope"));
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Receives, stores and shows call.completed webhooks.\n\n"
                                        "Commands: callscope [--headless] [LISTENER OPTIONS]\n"
                                        "          callscope export --db PATH --format csv|ndjson|json|har [--filter EXPR] [--out FILE]\n"
                                        "          callscope import --db PATH FILE..."));
    parser.addHelpOption();
    parser.addVersionOption();
    ListenerCommandLine cli;
    cli.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("export or import, or nothing for the listener."), QStringLiteral("[command]"));
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
        return usageError(parser, tr("unknown command \"%1\"").arg(positional.join(QLatin1Char(' '))));
    }

    QString error;
    if (parser.isSet(cli.headless)) {
        const auto options = cli.options(parser, ListenerOptions{}, &error);
        if (!options)
            return usageError(parser, error);
        ListenerService service(*options, parser.isSet(cli.db) ? parser.value(cli.db) : defaultDatabasePath());
        return runHeadless(service);
    }

    // The window: the settings' listener options, with what the command line sets on top (not saved).
    AppSettings settings;
    const auto options = cli.options(parser, settings.listenerOptions(), &error);
    if (!options)
        return usageError(parser, error);
    const QString database = parser.isSet(cli.db) ? parser.value(cli.db)
        : settings.databasePath().isEmpty()      ? defaultDatabasePath()
                                                 : settings.databasePath();
    MainWindow window(&settings, *options, database);
    window.show();
    return QCoreApplication::exec();
}
