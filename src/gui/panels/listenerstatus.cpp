// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "listenerstatus.h"

#include "widgets/countstext.h"
#include "widgets/plaintooltip.h"

#include <QHBoxLayout>
#include <QLocale>

namespace CallScope {

namespace {
QLabel *statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString age(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return ListenerStatus::tr("%1 s ago").arg(s);
    if (s < 3600)
        return ListenerStatus::tr("%1 min ago").arg(s / 60);
    return ListenerStatus::tr("%1 h ago").arg(s / 3600);
}
} // namespace

ListenerStatus::ListenerStatus(QWidget *parent)
    : QWidget(parent)
    , m_state(statusLabel(this))
    , m_last(statusLabel(this))
    , m_counts(statusLabel(this))
    , m_rate(statusLabel(this))
    , m_lag(statusLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QLabel *l : {m_state, m_last, m_counts, m_rate, m_lag})
        layout->addWidget(l);
    m_lag->setToolTip(tr("Every delivery answered is stored; its call shows in the table once it is indexed."));
    m_lag->hide();
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clock.start();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ListenerStatus::tick);
    m_timer.start();
    m_last->setText(tr("no delivery yet"));
    m_counts->setToolTip(countsToolTip());
    setCounts({});
    tick();
}

void ListenerStatus::setStarting()
{
    m_state->setText(tr("Listener starting…"));
}

void ListenerStatus::setUpgrading(int step, int steps, double fraction, const QString &text)
{
    m_state->setText(tr("Upgrading the database: step %1 of %2, %3 %").arg(step).arg(steps).arg(qRound(fraction * 100)));
    m_state->setToolTip(tr("%1 The listener starts once the database is upgraded.").arg(text));
}

void ListenerStatus::setListening(const QString &url)
{
    m_state->setText(tr("● Listening on %1").arg(url));
    m_state->setToolTip(tr("Point the platform's call.completed webhook at this URL."));
}

void ListenerStatus::setStopped(const QString &reason)
{
    m_state->setText(reason.isEmpty() ? tr("○ Listener stopped") : tr("○ Not listening: %1").arg(reason));
    m_state->setToolTip(plainToolTip(reason));
}

void ListenerStatus::setCounts(const StoreCounts &counts)
{
    m_counts->setText(CallScope::countsText(counts));
}

void ListenerStatus::setDerivationLag(qint64 deliveries, qint64 behindMs)
{
    // Within a tenth of a second is live (the target at 1,000 calls/s): not worth a word.
    const bool behind = deliveries > 0 && behindMs > 100;
    m_lag->setVisible(behind);
    if (!behind)
        return;
    const QString calls = deliveries == 1 ? tr("1 delivery") : tr("%1 deliveries").arg(QLocale().toString(deliveries));
    m_lag->setText(tr("Indexing: %1 behind (%2 s)").arg(calls, QLocale().toString(double(behindMs) / 1000.0, 'f', 1)));
    m_lag->setAccessibleName(m_lag->text());
}

void ListenerStatus::addDeliveries(int count)
{
    m_sinceLast.start();
    m_recent.emplace_back(m_clock.elapsed(), count);
    tick();
}

int ListenerStatus::ratePerMinute() const
{
    int n = 0;
    for (const auto &[at, count] : m_recent)
        n += at >= m_clock.elapsed() - 60000 ? count : 0;
    return n;
}

void ListenerStatus::tick()
{
    while (!m_recent.empty() && m_recent.front().first < m_clock.elapsed() - 60000)
        m_recent.pop_front();
    if (m_sinceLast.isValid())
        m_last->setText(tr("last delivery %1").arg(age(m_sinceLast.elapsed())));
    m_rate->setText(tr("%1/min").arg(ratePerMinute()));
}

} // namespace CallScope
