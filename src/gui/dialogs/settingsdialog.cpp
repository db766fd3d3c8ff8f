// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "replay/webhooksignature.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>

namespace CallScope {

namespace {

double seconds(std::chrono::milliseconds ms)
{
    return double(ms.count()) / 1000.0;
}

std::chrono::milliseconds milliseconds(double seconds)
{
    return std::chrono::milliseconds(qRound64(seconds * 1000.0));
}

} // namespace

SettingsDialog::SettingsDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->databaseEdit->setPlaceholderText(QDir::toNativeSeparators(AppSettings::defaultDatabasePath()));
    m_ui->reviewerEdit->setPlaceholderText(AppSettings::defaultReviewer());
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();
    m_ui->secretsLocationLabel->hide();

    // Each language in its own name; the system's first.
    // The C locale (and some minimal systems) name no language: then it says only "System", never "System ()".
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_ui->languageCombo->addItem(systemLanguage.isEmpty() ? tr("System") : tr("System (%1)").arg(systemLanguage), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));

    for (auto [button, edit] : {std::pair{m_ui->tokenShow, m_ui->tokenEdit}, std::pair{m_ui->secretShow, m_ui->secretEdit}}) {
        connect(button, &QToolButton::toggled, edit, [edit = edit](bool shown) {
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        });
    }
    connect(m_ui->secretGenerate, &QPushButton::clicked, this, [this] {
        m_ui->secretEdit->setText(generateSecret());
        m_ui->secretShow->setChecked(true);
    });
    connect(m_ui->databaseBrowse, &QPushButton::clicked, this, [this] {
        browse(m_ui->databaseEdit, tr("Database"), tr("CallScope databases (*.db);;All files (*)"), true);
    });
    connect(m_ui->tlsCertificateBrowse, &QPushButton::clicked, this, [this] {
        browse(m_ui->tlsCertificateEdit, tr("TLS certificate"), tr("PEM files (*.pem *.crt *.cer);;All files (*)"), false);
    });
    connect(m_ui->tlsKeyBrowse, &QPushButton::clicked, this, [this] {
        browse(m_ui->tlsKeyEdit, tr("TLS private key"), tr("PEM files (*.pem *.key);;All files (*)"), false);
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        fill(Values{});
    });
    fill(values);
    resize(qMax(width(), 620), sizeHint().height()); // room for file paths
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setPresenterMode(bool on)
{
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{m_ui->tokenShow, m_ui->secretShow, m_ui->secretGenerate}) {
        if (on && button->isCheckable())
            button->setChecked(false);
        button->setEnabled(!on);
        button->setToolTip(on ? tr("Not in presenter mode: secrets are never shown to an audience.") : QString());
    }
}

void SettingsDialog::fill(const Values &v)
{
    const ListenerOptions &o = v.options;
    m_ui->addressCombo->setCurrentText(o.address.toString());
    m_ui->portSpin->setValue(o.port);
    m_ui->databaseEdit->setText(QDir::toNativeSeparators(v.databasePath));
    m_ui->strictCheck->setChecked(o.strict);
    m_ui->tokenEdit->setText(QString::fromUtf8(o.auth.token));
    m_ui->secretEdit->setText(o.auth.secret);
    m_ui->tlsCertificateEdit->setText(QDir::toNativeSeparators(o.tlsCertificate));
    m_ui->tlsKeyEdit->setText(QDir::toNativeSeparators(o.tlsKey));
    m_ui->maxBodySpin->setValue(int(qBound<qint64>(1, (o.maxBodyBytes + 1023) / 1024, qint64(m_ui->maxBodySpin->maximum()))));
    m_ui->maxConnectionsSpin->setValue(o.maxConnections);
    m_ui->headerTimeoutSpin->setValue(seconds(o.headerTimeout));
    m_ui->bodyTimeoutSpin->setValue(seconds(o.bodyTimeout));
    m_ui->idleTimeoutSpin->setValue(seconds(o.idleTimeout));
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(v.language)));
    m_ui->reviewerEdit->setText(v.reviewer);
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    ListenerOptions &o = v.options;
    o.address = QHostAddress(m_ui->addressCombo->currentText().trimmed());
    o.port = quint16(m_ui->portSpin->value());
    o.strict = m_ui->strictCheck->isChecked();
    o.auth.token = m_ui->tokenEdit->text().trimmed().toUtf8();
    o.auth.secret = m_ui->secretEdit->text().trimmed();
    o.auth.secretKey = o.auth.secret.isEmpty() ? std::nullopt : WebhookSignature::keyOf(o.auth.secret);
    o.tlsCertificate = QDir::fromNativeSeparators(m_ui->tlsCertificateEdit->text().trimmed());
    o.tlsKey = QDir::fromNativeSeparators(m_ui->tlsKeyEdit->text().trimmed());
    o.maxBodyBytes = qint64(m_ui->maxBodySpin->value()) * 1024;
    o.maxConnections = m_ui->maxConnectionsSpin->value();
    o.headerTimeout = milliseconds(m_ui->headerTimeoutSpin->value());
    o.bodyTimeout = milliseconds(m_ui->bodyTimeoutSpin->value());
    o.idleTimeout = milliseconds(m_ui->idleTimeoutSpin->value());
    v.databasePath = QDir::fromNativeSeparators(m_ui->databaseEdit->text().trimmed());
    v.language = m_ui->languageCombo->currentData().toString();
    v.reviewer = m_ui->reviewerEdit->text().trimmed();
    return v;
}

std::optional<QString> SettingsDialog::problem() const
{
    const Values v = values();
    const ListenerOptions &o = v.options;
    if (o.address.isNull())
        return tr("The address must be an IP address, such as 127.0.0.1 or 0.0.0.0.");
    if (!o.auth.secret.isEmpty() && !o.auth.secretKey)
        return tr("The signing secret must be whsec_ followed by base64, as the platform gives it (or use Generate).");
    if (o.tlsCertificate.isEmpty() != o.tlsKey.isEmpty())
        return tr("HTTPS needs both a certificate and its private key.");
    for (const QString &file : {o.tlsCertificate, o.tlsKey}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return tr("%1 cannot be read.").arg(QDir::toNativeSeparators(file));
    }
    if (!v.databasePath.isEmpty()) {
        const QFileInfo db(v.databasePath);
        if (db.isDir())
            return tr("The database must be a file, not the folder %1.").arg(QDir::toNativeSeparators(v.databasePath));
        if (!db.absoluteDir().exists())
            return tr("The database's folder %1 does not exist.").arg(QDir::toNativeSeparators(db.absolutePath()));
    }
    return std::nullopt;
}

void SettingsDialog::setSecretsLocation(SecretStore::Location location)
{
    switch (location) {
    case SecretStore::Location::Keychain:
        m_ui->secretsLocationLabel->setText(tr("Kept in the desktop's secret store."));
        break;
    case SecretStore::Location::SettingsFile:
        m_ui->secretsLocationLabel->setText(tr("No secret service is running: kept in the settings file, readable by you only."));
        break;
    case SecretStore::Location::Unknown:
        break;
    }
    m_ui->secretsLocationLabel->setVisible(location != SecretStore::Location::Unknown);
}

void SettingsDialog::accept()
{
    if (const auto why = problem()) {
        m_ui->errorLabel->setText(*why);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

QString SettingsDialog::generateSecret()
{
    QByteArray key(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    return QStringLiteral("whsec_") + QString::fromLatin1(key.toBase64());
}

void SettingsDialog::browse(QLineEdit *edit, const QString &title, const QString &filter, bool save)
{
    const QString start = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    const QString path = save ? QFileDialog::getSaveFileName(this, title, start, filter, nullptr, QFileDialog::DontConfirmOverwrite)
                              : QFileDialog::getOpenFileName(this, title, start, filter);
    if (!path.isEmpty())
        edit->setText(QDir::toNativeSeparators(path));
}

} // namespace CallScope
