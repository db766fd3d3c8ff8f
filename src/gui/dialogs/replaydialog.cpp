// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "replaydialog.h"
#include "ui_replaydialog.h"

#include "replay/webhooksignature.h"
#include "settings/appsettings.h"

#include <QFontDatabase>
#include <QPushButton>

namespace CallScope {

ReplayDialog::ReplayDialog(AppSettings *settings, int calls, std::optional<OutgoingDelivery> edit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplayDialog>())
    , m_settings(settings)
    , m_edit(std::move(edit))
{
    m_ui->setupUi(this);
    m_ui->targetCaption->setBuddy(m_ui->targetCombo);
    m_ui->targetCombo->addItems(settings->recentReplayTargets());
    m_ui->targetCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    m_ui->secretEdit->setEnabled(false);
    connect(m_ui->signCheck, &QCheckBox::toggled, m_ui->secretEdit, &QWidget::setEnabled);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ReplayDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ReplayDialog::reject);
    const bool editing = m_edit.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->headersCaption, m_ui->headersEdit, m_ui->bodyCaption, m_ui->bodyEdit})
        w->setVisible(editing);
    if (editing) {
        setWindowTitle(tr("Replay with edits"));
        m_ui->introLabel->setText(tr("Edit the body and content headers, then send them to the target. The stored delivery is not changed."));
        QStringList headers;
        for (const auto &[name, value] : m_edit->headers)
            headers.append(QString::fromLatin1(name + ": " + value));
        m_ui->headersEdit->setPlainText(headers.join(QLatin1Char('\n')));
        m_ui->bodyEdit->setPlainText(QString::fromUtf8(m_edit->body));
        m_ui->bodyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        resize(800, 600);
    } else {
        setWindowTitle(tr("Replay"));
        m_ui->introLabel->setText(tr("Sends the stored deliveries of %n call(s) again, the exact bytes received, with their content headers.", nullptr, calls));
        resize(600, 160);
    }
}

ReplayDialog::~ReplayDialog() = default;

QUrl ReplayDialog::target() const
{
    return QUrl(m_ui->targetCombo->currentText().trimmed(), QUrl::StrictMode);
}

std::optional<QByteArray> ReplayDialog::signingKey() const
{
    if (!m_ui->signCheck->isChecked())
        return std::nullopt;
    return WebhookSignature::keyOf(m_ui->secretEdit->text().trimmed());
}

OutgoingDelivery ReplayDialog::editedDelivery() const
{
    OutgoingDelivery d = *m_edit;
    d.body = m_ui->bodyEdit->toPlainText().toUtf8();
    d.headers.clear();
    for (const QString &line : m_ui->headersEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            d.headers.append(qMakePair(line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toLatin1()));
    }
    return d;
}

void ReplayDialog::accept()
{
    const QUrl url = target();
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()) {
        m_ui->errorLabel->setText(tr("The target must be an http or https URL, such as http://127.0.0.1:8787/."));
        return;
    }
    if (m_ui->signCheck->isChecked() && !signingKey()) {
        m_ui->errorLabel->setText(tr("The secret must look like whsec_ followed by base64, as Standard Webhooks secrets do."));
        return;
    }
    m_settings->addRecentReplayTarget(url.toString());
    QDialog::accept();
}

} // namespace CallScope
