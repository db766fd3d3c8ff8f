// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/listeneroptions.h"
#include "settings/secretstore.h"

#include <QDialog>

class QLineEdit;

#include <memory>
#include <optional>

namespace Ui {
class SettingsDialog;
}

namespace CallScope {

// Every listener option (address, port, database, body limit, token, secret, TLS, strict mode and the
// connection limits), the interface language and the reviewer's name. accept() refuses values the listener could not use and
// says why; the caller applies what it gets.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    struct Values {
        ListenerOptions options;
        QString databasePath; // empty: the default database
        QString language; // empty: the system's
        QString reviewer; // the name the audit trail records; empty: the login name (AppSettings::defaultReviewer)
    };

    SettingsDialog(const Values &values, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    // Presenter mode: the token and secret cannot be shown (nor a new secret generated, which shows it).
    void setPresenterMode(bool on);

    Values values() const;
    void accept() override;
    // Says where the token and the secret are kept (nothing while it is not known yet).
    void setSecretsLocation(SecretStore::Location location);

    // "whsec_" and 24 random bytes in base64, as Standard Webhooks senders make them.
    static QString generateSecret();

private:
    void fill(const Values &values);
    // Why the values cannot be used, or nothing.
    std::optional<QString> problem() const;
    void browse(QLineEdit *edit, const QString &title, const QString &filter, bool save);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace CallScope
