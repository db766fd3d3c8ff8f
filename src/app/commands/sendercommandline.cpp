// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "sendercommandline.h"

#include "commands/commandsupport.h"
#include "export/ndjsonexport.h"

namespace CallScope::Commands {

SenderCommandLine::SenderCommandLine()
    : to(QStringLiteral("to"), tr("POST to URL (http or https)."), QStringLiteral("URL"))
    , rate(QStringLiteral("rate"), tr("At most N deliveries a second."), QStringLiteral("N"))
{
}

void SenderCommandLine::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({to, rate});
    credentials.addTo(parser);
}

std::optional<AuthPolicy> SenderCommandLine::check(const QCommandLineParser &parser, QString *error) const
{
    const QUrl target(parser.value(to), QUrl::StrictMode);
    if (!parser.isSet(to) || !target.isValid() || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))) {
        *error = parser.isSet(to) ? tr("--to needs an http or https URL, not \"%1\"").arg(parser.value(to)) : tr("this command needs --to URL");
        return std::nullopt;
    }
    if (parser.isSet(rate)) {
        bool ok = false;
        const double perSecond = parser.value(rate).toDouble(&ok);
        if (!ok || !(perSecond > 0)) {
            *error = tr("--rate needs a number of deliveries a second, not \"%1\"").arg(parser.value(rate));
            return std::nullopt;
        }
    }
    return credentials.read(parser, {}, error);
}

int SenderCommandLine::run(const QCommandLineParser &parser, const AuthPolicy &auth, QList<OutgoingDelivery> deliveries, double speed) const
{
    const QUrl target(parser.value(to));
    DeliverySender sender(target);
    sender.setBearerToken(auth.token);
    sender.setSigningKey(auth.secretKey);
    if (parser.isSet(rate))
        sender.setRate(parser.value(rate).toDouble());
    sender.setSpeed(speed);
    const int total = int(deliveries.size());
    QStringList labels;
    for (const OutgoingDelivery &d : deliveries)
        labels.append(d.label);
    int notAccepted = 0; // answered other than 2xx, or not answered
    QObject::connect(&sender, &DeliverySender::answered, &sender, [&](int i, int status, qint64 ms, const QByteArray &answer) {
        if (status < 200 || status > 299)
            ++notAccepted;
        std::printf("%d/%d %d %lld ms %s %s\n", i + 1, total, status, qlonglong(ms), qPrintable(labels[i]), NdjsonExport::compact(answer).constData());
        std::fflush(stdout);
    });
    QObject::connect(&sender, &DeliverySender::failed, &sender, [&](int i, const QString &reason) {
        ++notAccepted;
        std::printf("%d/%d failed %s: %s\n", i + 1, total, qPrintable(labels[i]), qPrintable(reason));
        std::fflush(stdout);
    });
    int code = 0;
    QObject::connect(&sender, &DeliverySender::finished, &sender, [&](int, int, bool unreachable) {
        // A sender must not take 401s for success: any delivery not answered 2xx makes the run fail.
        code = unreachable      ? runtimeError(tr("cannot reach %1").arg(target.toString()))
            : notAccepted > 0 ? runtimeError(tr("%1 of %2 deliveries were not answered 2xx").arg(notAccepted).arg(total))
                              : 0;
        QCoreApplication::exit(code);
    });
    // Started from the event loop: with nothing to send, finished() (and exit()) must come after exec()
    // has begun, or exec() would wait for ever.
    QMetaObject::invokeMethod(&sender, [&sender, &deliveries] { sender.start(std::move(deliveries)); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    return code;
}

} // namespace CallScope::Commands
