// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "welcomepanel.h"
#include "ui_welcomepanel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

namespace CallScope {

namespace {

// A small, valid call.completed: enough for a first row (sent again, it is a duplicate of that call).
constexpr char kTryBody[] =
    R"({"event":"call.completed","eventCategory":"calls","idempotencyKey":"call.completed:try:first-call",)"
    R"("organization":{"id":"507f1f77bcf86cd799439011","name":"Acme Corp"},"timestamp":"2026-02-17T17:03:01.000Z",)"
    R"("payload":{"callId":"first-call","phoneNumber":"+15125550100","status":"Completed","duration":180000,)"
    R"("outcomes":{"wasTheRightParty":true,"paymentMade":true},"summary":"A first call sent with curl.",)"
    R"("createdAt":"2026-02-17T17:00:01.000Z","endedAt":"2026-02-17T17:03:01.000Z"}})";

} // namespace

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePanel>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->urlEdit->setFont(fixed);
    m_ui->curlEdit->setFont(fixed);
    m_ui->authNote->hide();
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_ui->urlEdit->text()); });
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(curlLine()); });
    connect(m_ui->sendSamplesButton, &QPushButton::clicked, this, &WelcomePanel::sendSamplesRequested);
    connect(m_ui->syntheticButton, &QPushButton::clicked, this, &WelcomePanel::syntheticRequested);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &WelcomePanel::settingsRequested);
}

WelcomePanel::~WelcomePanel() = default;

void WelcomePanel::setPresenterMode(bool on)
{
    m_presenter = on;
    setListener(m_url, m_options);
}

void WelcomePanel::setListener(const QString &url, const ListenerOptions &options)
{
    m_url = url;
    m_options = options;
    const bool running = !url.isEmpty();
    m_ui->urlEdit->setText(running ? url : tr("The listener is not running"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->copyUrlButton, m_ui->copyCurlButton, m_ui->sendSamplesButton, m_ui->syntheticButton})
        w->setEnabled(running);
    QStringList curl{QStringLiteral("curl -s -H 'Content-Type: application/json'")};
    if (!options.auth.token.isEmpty())
        curl.append(QStringLiteral("-H 'Authorization: Bearer %1'").arg(m_presenter ? QStringLiteral("[redacted]") : QString::fromUtf8(options.auth.token)));
    curl.append(QStringLiteral("-d '%1'").arg(QLatin1String(kTryBody)));
    curl.append(running ? url : QStringLiteral("http://127.0.0.1:%1/").arg(options.port));
    if (options.usesTls())
        curl.insert(1, QStringLiteral("-k")); // a self-signed certificate is the usual case on a desk
    m_ui->curlEdit->setPlainText(curl.join(QLatin1Char(' ')));
    QString note;
    if (options.auth.secretKey)
        note = tr("This listener requires Standard Webhooks signatures, which curl cannot make: use Send sample calls, "
                  "or callscope send with the same secret.");
    if (m_presenter && !options.auth.token.isEmpty())
        note = (note.isEmpty() ? QString() : note + QLatin1Char(' ')) + tr("Presenter mode: the token is not shown.");
    if (options.address == QHostAddress::LocalHost || options.address == QHostAddress::LocalHostIPv6)
        note = (note.isEmpty() ? QString() : note + QLatin1Char(' '))
            + tr("The listener accepts this computer only; to receive calls from the platform, listen on 0.0.0.0 (Settings) "
                 "or use a tunnel (see Troubleshooting in the README).");
    m_ui->authNote->setText(note);
    m_ui->authNote->setVisible(!note.isEmpty());
}

QString WelcomePanel::curlLine() const
{
    return m_ui->curlEdit->toPlainText();
}

} // namespace CallScope
