// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace CallScope {

class AppSettings;

// The listener's bearer token and signing secret, in the desktop's secret store through QtKeychain (the
// Secret Service of GNOME Keyring, KeePassXC and others, KWallet, the macOS Keychain, the Windows Credential
// Store), so never in a file of ours; where none answers (no D-Bus session, no keyring daemon), in the
// settings file, readable by its owner only. Asynchronous throughout: a keyring may first ask the user to
// unlock it, and the GUI thread never waits for that.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    enum class Location { Unknown, Keychain, SettingsFile };
    Q_ENUM(Location)

    // `service` names the entries in the secret store; the tests use one of their own.
    explicit SecretStore(AppSettings *settings, QString service = QStringLiteral("CallScope"), QObject *parent = nullptr);
    ~SecretStore() override;

    // Reads the token and the secret: loaded() or readFailed() follows. Values the settings file holds (kept
    // there while no secret service ran, or by CallScope 0.1) are the newer ones: they are moved into the
    // secret store, and out of the file once it holds them.
    void read();
    // Keeps them (an empty one is removed): saved() follows.
    void save(const QByteArray &token, const QString &secret);
    // Where they are kept, as far as the last read or save could tell.
    Location location() const { return m_location; }

Q_SIGNALS:
    void loaded(const QByteArray &token, const QString &secret);
    // The secret store holds them but did not give them (left locked, access refused): why, for the user.
    void readFailed(const QString &reason);
    void saved(CallScope::SecretStore::Location location);

private:
    // Starts the jobs; `done` follows the last with the first failure's text (empty: all succeeded).
    void whenFinished(const QList<QKeychain::Job *> &jobs, std::function<void(const QString &failure)> done);
    void finishRead(const QString &token, const QString &secret, const QString &failure);

    AppSettings *m_settings;
    QString m_service;
    Location m_location = Location::Unknown;
    // Answers to a read or a save overtaken by a newer one are dropped.
    quint64 m_reads = 0;
    quint64 m_saves = 0;
};

} // namespace CallScope
