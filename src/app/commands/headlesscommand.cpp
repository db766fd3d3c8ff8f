// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "headlesscommand.h"

#include "commands/commandsupport.h"
#include "listener/listenerservice.h"
#include "listener/webhooklistener.h"
#include "storage/deliverystore.h"

#include <QSocketNotifier>

#include <csignal>
#include <functional>
#include <sys/socket.h>
#include <unistd.h>

namespace CallScope::Commands {

namespace {

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

} // namespace

int runHeadless(const ListenerOptions &options, const QString &databasePath)
{
    ListenerService service(options, databasePath);
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

} // namespace CallScope::Commands
