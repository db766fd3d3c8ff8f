// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/listeneroptions.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace CallScope {

// Every persisted option, typed, with its default, in one place. Built once by main() and handed to
// whoever needs it; no widget reaches for a global QSettings.
class AppSettings final
{
public:
    // The platform's settings location, or an INI file (tests).
    AppSettings();
    explicit AppSettings(const QString &iniPath);

    // Every listener option but the token and the secret: SecretStore keeps those, in the desktop's secret store.
    ListenerOptions listenerOptions() const;
    void setListenerOptions(const ListenerOptions &options);
    // The token and the secret where SecretStore keeps them when no secret service runs (and where CallScope 0.1
    // kept them); nothing when the file holds none. A value makes the file readable by its owner only before it
    // is written; nothing removes it.
    enum class Secret { Token, SigningSecret };
    std::optional<QString> secret(Secret which) const;
    void setSecret(Secret which, const std::optional<QString> &value);
    // The desktop's secret store holds a token or a secret: a keyring that does not answer is then not taken for
    // an empty one (SecretStore).
    bool secretsInKeychain() const;
    void setSecretsInKeychain(bool held);
    // Empty: the default database in the application data folder.
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    // databasePath(), or the default when none is set.
    QString databasePathOrDefault() const;
    // callscope.db in the platform's application data folder.
    static QString defaultDatabasePath();

    // The interface language ("es", "en"), or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &code);

    bool followNewest() const;
    void setFollowNewest(bool on);
    QString lastFilter() const;
    void setLastFilter(const QString &text);
    // Most recent first, at most 20.
    QStringList filterHistory() const;
    void addToFilterHistory(const QString &text);
    // Named filters, in the order saved.
    QList<QPair<QString, QString>> savedFilters() const;
    void setSavedFilters(const QList<QPair<QString, QString>> &filters);
    // Catalogue keys shown as extra table columns.
    QStringList outcomeColumns() const;
    void setOutcomeColumns(const QStringList &keys);

    // A desktop notification for each new call with a stop-contact outcome (on by default).
    bool notifyStopContact() const;
    void setNotifyStopContact(bool on);

    // Who reviews on this desk (the audit trail names them); the login name until set, or when set empty.
    QString reviewer() const;
    void setReviewer(const QString &name);
    // The login name ($USER, %USERNAME%): the reviewer when Settings names no one.
    static QString defaultReviewer();

    // The key of presenter mode's stand-ins: made once, so a number masks the same way in every session.
    QByteArray maskingKey();

    // Replay targets, most recent first, at most 10.
    QStringList recentReplayTargets() const;
    void addRecentReplayTarget(const QString &url);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    QByteArray tableHeaderState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter, const QByteArray &header);

    void sync() { m_settings.sync(); }

private:
    // The settings file readable and writable by its owner only; made so, empty, when it is not there yet.
    void restrictToOwner();

    mutable QSettings m_settings;
};

} // namespace CallScope
