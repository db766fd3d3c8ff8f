// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Parses the command line, builds the objects, wires them, and shows the window.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

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
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Receives, stores and shows call.completed webhooks."));
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, QCoreApplication::translate("main", "unknown command \"%1\"")
                                      .arg(parser.positionalArguments().constFirst()));

    CallScope::MainWindow window;
    window.show();
    return QCoreApplication::exec();
}
