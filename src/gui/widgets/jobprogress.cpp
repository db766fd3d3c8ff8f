// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "jobprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

namespace CallScope {

JobProgress::JobProgress(int job, const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_job(job)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobProgress%1").arg(job));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_label->setTextFormat(Qt::PlainText); // a file name is no markup
    m_bar->setRange(0, 0);
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    setLabel(label);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false); // the job answers at its next step
        Q_EMIT cancelRequested(m_job);
    });
}

QString JobProgress::label() const
{
    return m_label->text();
}

void JobProgress::setLabel(const QString &text)
{
    m_label->setText(text);
    // A screen reader tells one job's bar and button from the other's by what they say.
    m_bar->setAccessibleName(tr("Progress: %1").arg(text));
    m_cancel->setAccessibleName(tr("Cancel: %1").arg(text));
    m_cancel->setToolTip(tr("Cancel: %1").arg(text));
}

void JobProgress::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    // Per mille: a QProgressBar counts in int, and a store may hold more rows than that.
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

} // namespace CallScope
