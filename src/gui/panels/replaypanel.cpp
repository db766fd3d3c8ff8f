// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "replaypanel.h"
#include "ui_replaypanel.h"

#include "storage/maskedrecords.h"
#include "widgets/plaintooltip.h"

#include <QDateTime>
#include <QHeaderView>
#include <QStandardItemModel>

namespace CallScope {

ReplayPanel::ReplayPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReplayPanel>())
    , m_log(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_log->setHorizontalHeaderLabels({tr("Time"), tr("Target"), tr("Call"), tr("Answer"), tr("ms"), tr("Response")});
    m_ui->logView->setModel(m_log);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ReplayPanel::stop);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_log->removeRows(0, m_log->rowCount());
        m_responses.clear();
    });
}

ReplayPanel::~ReplayPanel() = default;

void ReplayPanel::start(Session session)
{
    if (m_sender) {
        m_sender->disconnect(this);
        m_sender->stop();
        m_sender->deleteLater();
    }
    auto *sender = new DeliverySender(session.target, this);
    m_sender = sender;
    m_target = session.target.toString();
    sender->setSpeed(session.speed);
    sender->setRate(session.rate);
    sender->setSigningKey(session.signingKey);
    QStringList labels;
    for (const OutgoingDelivery &d : session.deliveries)
        labels.append(d.label);
    const int total = int(session.deliveries.size());
    connect(sender, &DeliverySender::answered, this, [this, labels, total, title = session.title](int i, int status, qint64 ms, const QByteArray &answer) {
        log(labels.value(i), QString::number(status), ms, QString::fromUtf8(answer));
        m_ui->stateLabel->setText(tr("%1: %2 of %3 sent").arg(title).arg(i + 1).arg(total));
    });
    connect(sender, &DeliverySender::failed, this, [this, labels](int i, const QString &reason) { log(labels.value(i), tr("failed"), -1, reason); });
    connect(sender, &DeliverySender::finished, this, [this, sender, title = session.title](int answered, int failed, bool unreachable) {
        m_ui->stateLabel->setText(unreachable ? tr("%1: stopped, %2 cannot be reached").arg(title, m_target)
                                              : tr("%1: done, %2 answered, %3 failed").arg(title).arg(answered).arg(failed));
        m_ui->stopButton->setEnabled(false);
        sender->deleteLater();
        Q_EMIT runningChanged(false);
    });
    m_ui->stateLabel->setText(tr("%1: starting…").arg(session.title));
    m_ui->stopButton->setEnabled(true);
    Q_EMIT runningChanged(true);
    sender->start(std::move(session.deliveries));
}

void ReplayPanel::stop()
{
    if (m_sender)
        m_sender->stop();
}

namespace {

constexpr int ResponseColumn = 5;

} // namespace

void ReplayPanel::setPresenterMode(bool on)
{
    m_presenter = on;
    for (int row = 0; row < m_log->rowCount(); ++row) {
        QStandardItem *item = m_log->item(row, ResponseColumn);
        const QString text = on ? presenterHiddenText() : m_responses.value(row);
        item->setText(text);
        item->setToolTip(text.size() > 60 ? plainToolTip(text) : QString());
    }
}

void ReplayPanel::log(const QString &call, const QString &status, qint64 ms, const QString &response)
{
    m_responses.append(response);
    QList<QStandardItem *> row;
    for (const QString &text : {QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")), m_target, call, status,
                                ms >= 0 ? QString::number(ms) : QString(), m_presenter ? presenterHiddenText() : response}) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setToolTip(text.size() > 60 ? plainToolTip(text) : QString());
        row.append(item);
    }
    m_log->appendRow(row);
    m_ui->logView->scrollToBottom();
}

} // namespace CallScope
