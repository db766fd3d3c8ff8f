// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "credentialoptions.h"

#include "commands/commandsupport.h"
#include "replay/webhooksignature.h"

#include <QFile>
#include <QFileInfo>

namespace CallScope::Commands {

namespace {

struct Credential {
    QByteArray value; // empty: none given
    QString source; // where it came from, for messages: "--token", "--token-file F", "CALLSCOPE_TOKEN"
};

// From --NAME, --NAME-file FILE or the environment variable, in that order.
std::optional<Credential> credential(const QCommandLineParser &parser, const QCommandLineOption &option, const QCommandLineOption &fileOption,
                                     const char *variable, QString *error)
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

} // namespace

CredentialOptions::CredentialOptions(Role role)
    : token(QStringLiteral("token"),
            role == Role::Listener ? tr("Require Authorization: Bearer T on every POST (401 otherwise).")
                                   : tr("Send Authorization: Bearer T with every request."),
            QStringLiteral("T"))
    , tokenFile(QStringLiteral("token-file"), tr("--token read from FILE (its trailing newline dropped), so that it never shows in a process list; "
                                                 "or set CALLSCOPE_TOKEN."),
                QStringLiteral("FILE"))
    , secret(QStringLiteral("secret"),
             role == Role::Listener ? tr("Require Standard Webhooks signatures made with this whsec_ secret (401 otherwise).")
                                    : tr("Sign each request with this whsec_ secret (Standard Webhooks: a new webhook-id and timestamp each)."),
             QStringLiteral("whsec_..."))
    , secretFile(QStringLiteral("secret-file"), tr("--secret read from FILE (its trailing newline dropped); or set CALLSCOPE_SECRET."), QStringLiteral("FILE"))
{
}

void CredentialOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({token, tokenFile, secret, secretFile});
}

std::optional<AuthPolicy> CredentialOptions::read(const QCommandLineParser &parser, AuthPolicy base, QString *error) const
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

} // namespace CallScope::Commands
