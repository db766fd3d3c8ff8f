// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include "settings/appsettings.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

#include <array>
#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "callscope.secrets", QtWarningMsg)

namespace CallScope {

namespace {

constexpr std::array kEntries{AppSettings::Secret::Token, AppSettings::Secret::SigningSecret};

QString keyOf(AppSettings::Secret which)
{
    return which == AppSettings::Secret::Token ? QStringLiteral("listener-token") : QStringLiteral("listener-secret");
}

} // namespace

SecretStore::SecretStore(AppSettings *settings, QString service, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_service(std::move(service))
{
}

SecretStore::~SecretStore()
{
    // A job still waiting for the secret service must outlive us: libsecret calls it back later, and a job
    // deleted with its parent was then used after free (a crash in tst_mainwindow, seen in CI). Unparented,
    // it deletes itself once answered (QKeychain's autoDelete); our handlers, whose context is this store,
    // are gone with it.
    for (QKeychain::Job *job : findChildren<QKeychain::Job *>(Qt::FindDirectChildrenOnly))
        job->setParent(nullptr);
}

void SecretStore::whenFinished(const QList<QKeychain::Job *> &jobs, std::function<void(const QString &failure)> done)
{
    auto pending = std::make_shared<qsizetype>(jobs.size());
    auto failure = std::make_shared<QString>();
    for (QKeychain::Job *job : jobs) {
        connect(job, &QKeychain::Job::finished, this, [pending, failure, done](QKeychain::Job *finished) {
            // No such entry is an answer too: nothing is kept under that name, or nothing was left to delete.
            const QKeychain::Error error = finished->error();
            if (error != QKeychain::NoError && error != QKeychain::EntryNotFound && failure->isEmpty())
                *failure = finished->errorString().isEmpty() ? tr("error %1").arg(int(error)) : finished->errorString();
            if (--*pending == 0)
                done(*failure);
        });
        job->start();
    }
}

void SecretStore::read()
{
    const quint64 id = ++m_reads;
    auto values = std::make_shared<std::array<QString, kEntries.size()>>();
    QList<QKeychain::Job *> jobs;
    for (size_t i = 0; i < kEntries.size(); ++i) {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        job->setKey(keyOf(kEntries[i]));
        // Connected before whenFinished()'s own handler, so it runs first.
        connect(job, &QKeychain::Job::finished, this, [values, i, job] {
            if (job->error() == QKeychain::NoError)
                (*values)[i] = job->textData();
        });
        jobs.append(job);
    }
    whenFinished(jobs, [this, id, values](const QString &failure) {
        if (id == m_reads)
            finishRead((*values)[0], (*values)[1], failure);
    });
}

void SecretStore::finishRead(const QString &token, const QString &secret, const QString &failure)
{
    const std::optional<QString> fileToken = m_settings->secret(AppSettings::Secret::Token);
    const std::optional<QString> fileSecret = m_settings->secret(AppSettings::Secret::SigningSecret);
    if (!failure.isEmpty()) {
        if (m_settings->secretsInKeychain()) {
            // Not taken for "no token": the listener would then accept anyone.
            m_location = Location::Keychain;
            qCWarning(lcSecrets).noquote() << "the secret store keeps the token and the secret but did not give them:" << failure;
            Q_EMIT readFailed(tr("The desktop's secret store keeps the token and the signing secret but did not give them (%1).").arg(failure));
            return;
        }
        m_location = Location::SettingsFile;
        qCInfo(lcSecrets).noquote() << "no secret service (" << failure << "): the token and the secret are kept in the settings file";
        Q_EMIT loaded(fileToken.value_or(QString()).toUtf8(), fileSecret.value_or(QString()));
        return;
    }
    if (m_settings->secretsInKeychain() && token.isEmpty() && secret.isEmpty() && !fileToken && !fileSecret) {
        // The keyring held them and now holds neither (removed outside CallScope): not "no token" either.
        m_location = Location::Keychain;
        qCWarning(lcSecrets) << "the secret store no longer holds the token and the secret CallScope kept there";
        Q_EMIT readFailed(tr("The desktop's secret store no longer holds the token and the signing secret CallScope kept there: "
                             "enter them again in Settings."));
        return;
    }
    m_location = Location::Keychain;
    const QString newToken = fileToken.value_or(token);
    const QString newSecret = fileSecret.value_or(secret);
    Q_EMIT loaded(newToken.toUtf8(), newSecret);
    if (fileToken || fileSecret) {
        qCInfo(lcSecrets) << "moving the token and the secret from the settings file into the secret store";
        save(newToken.toUtf8(), newSecret);
    }
}

void SecretStore::save(const QByteArray &token, const QString &secret)
{
    const quint64 id = ++m_saves;
    const std::array values{QString::fromUtf8(token), secret};
    QList<QKeychain::Job *> jobs;
    for (size_t i = 0; i < kEntries.size(); ++i) {
        QKeychain::Job *job = nullptr;
        if (values[i].isEmpty()) {
            job = new QKeychain::DeletePasswordJob(m_service, this);
        } else {
            auto *write = new QKeychain::WritePasswordJob(m_service, this);
            write->setTextData(values[i]);
            job = write;
        }
        job->setKey(keyOf(kEntries[i]));
        jobs.append(job);
    }
    whenFinished(jobs, [this, id, values](const QString &failure) {
        if (id != m_saves)
            return; // a newer save decides
        if (failure.isEmpty()) {
            for (const AppSettings::Secret which : kEntries)
                m_settings->setSecret(which, std::nullopt);
            m_settings->setSecretsInKeychain(!values[0].isEmpty() || !values[1].isEmpty());
            m_location = Location::Keychain;
        } else {
            // Both in the file, which then decides: a secret store that answers again gets them at the next read.
            qCInfo(lcSecrets).noquote() << "the secret store did not keep the token and the secret (" << failure
                                        << "): the settings file keeps them, readable by its owner only";
            for (size_t i = 0; i < kEntries.size(); ++i)
                m_settings->setSecret(kEntries[i], values[i]);
            m_settings->setSecretsInKeychain(false);
            m_location = Location::SettingsFile;
        }
        Q_EMIT saved(m_location);
    });
}

} // namespace CallScope
