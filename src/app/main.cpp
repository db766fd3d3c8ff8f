// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Parses the command line, builds the objects, wires them, and shows the window or runs headless. Each
// command (`callscope export …`) lives in commands/, with a parser of its own.
#include "commands/auditcommand.h"
#include "commands/commandsupport.h"
#include "commands/exportcommand.h"
#include "commands/headlesscommand.h"
#include "commands/importcommand.h"
#include "commands/listenercommandline.h"
#include "commands/replaycommand.h"
#include "commands/reportcommand.h"
#include "commands/sendcommand.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstring>
#include <memory>

namespace {

using namespace CallScope;
using namespace CallScope::Commands;

struct Command {
    const char *name;
    int (*run)(const QStringList &arguments);
};
// The contract's commands; the command goes first (`callscope export --db …`).
constexpr Command TheCommands[] = {{"export", runExport}, {"import", runImport}, {"replay", runReplay}, {"send", runSend}, {"audit", runAudit}, {"report", runReport}};

// Commands that print and exit, and the commands run from scripts, must work without a display (CI, ssh):
// they get a QCoreApplication. So does a command out of its place (`--db x export`), to be told where it goes.
bool wantsWindow(int argc, char *argv[])
{
    if (argc > 1 && argv[1][0] != '-')
        return false;
    for (int i = 1; i < argc; ++i) {
        for (const Command &command : TheCommands) {
            if (!std::strcmp(argv[i], command.name))
                return false;
        }
        for (const char *flag : {"--help", "-h", "-?", "--version", "-v", "--headless"}) {
            if (!std::strcmp(argv[i], flag))
                return false;
        }
    }
    return true;
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("callscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("CallScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLSCOPE_VERSION));
    std::unique_ptr<QCoreApplication> app;
    if (wantsWindow(argc, argv)) {
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("CallScope"));
        QApplication::setDesktopFileName(QStringLiteral("org.callscope.CallScope")); // packaging/linux
    } else if (argc > 1 && !std::strcmp(argv[1], "report")) {
        // The report draws text, and fonts need a QGuiApplication; it shows nothing, so it runs offscreen and
        // needs no display (CI, ssh, cron).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    const QStringList arguments = QCoreApplication::arguments();
    for (const Command &command : TheCommands) {
        if (arguments.size() > 1 && arguments.at(1) == QLatin1String(command.name))
            return command.run(arguments);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Receives, stores and shows call.completed webhooks: the window, or with --headless the listener "
                                        "and store only.\n\n"
                                        "Commands (each has its own --help, with an example):\n"
                                        "  callscope export --db PATH --format csv|ndjson|json|har [--filter EXPR] [--mask] [--out FILE]\n"
                                        "  callscope import --db PATH FILE...\n"
                                        "  callscope replay --db PATH --to URL [--filter EXPR] [--rate N] [--token T] [--secret whsec_...]\n"
                                        "  callscope send --to URL [--speed F] [--rate N] [--token T] [--secret whsec_...] FILE... | --synthetic N\n"
                                        "  callscope audit --db PATH [--filter EXPR] [--from DATE] [--to DATE] --format csv|json [--out FILE]\n"
                                        "  callscope report --db PATH [--filter EXPR] [--from DATE] [--to DATE] [--mask] [--page-size a4|letter] --out FILE.pdf"));
    parser.addHelpOption();
    parser.addVersionOption();
    const ListenerCommandLine cli;
    cli.addTo(parser);
    if (!parser.parse(arguments))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (const QStringList positional = parser.positionalArguments(); !positional.isEmpty()) {
        const bool known = std::any_of(std::begin(TheCommands), std::end(TheCommands),
                                       [&](const Command &c) { return positional.constFirst() == QLatin1String(c.name); });
        return usageError(parser, known ? tr("the command goes first: callscope %1 [OPTIONS]").arg(positional.constFirst())
                                        : tr("unknown command \"%1\"; the commands are export, import, replay, send, audit and report")
                                              .arg(positional.join(QLatin1Char(' '))));
    }

    QString error;
    if (parser.isSet(cli.headless)) {
        const auto options = cli.options(parser, ListenerOptions{}, &error);
        if (!options)
            return usageError(parser, error);
        return runHeadless(*options, parser.isSet(cli.db) ? parser.value(cli.db) : AppSettings::defaultDatabasePath());
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
