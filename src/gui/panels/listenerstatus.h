// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/incomingdelivery.h"
#include "storage/storecounts.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <deque>

namespace CallScope {

// The listener in the status bar: the URL to give the platform and its state, the time since the last
// delivery, the store's counts (StoreCounts), and deliveries per minute over the last minute. Only what
// the listener received moves the last two; an import changes the counts alone.
class ListenerStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerStatus)
public:
    explicit ListenerStatus(QWidget *parent = nullptr);

    void setStarting();
    // The store is upgraded before the listener starts: which step, how far, and what it does.
    void setUpgrading(int step, int steps, double fraction, const QString &text);
    void setListening(const QString &url);
    void setStopped(const QString &reason);
    void setCounts(const StoreCounts &counts);
    // Deliveries the listener received (never imported ones): count towards the rate and reset "last delivery".
    void addDeliveries(int count);
    // How far the calls shown are behind the deliveries answered (DeliveryStore::derivationLagChanged):
    // said only past a fraction of a second, hidden again once caught up.
    void setDerivationLag(qint64 deliveries, qint64 behindMs);
    QString lagText() const { return m_lag->isHidden() ? QString() : m_lag->text(); }

    QString stateText() const { return m_state->text(); }
    QString countsText() const { return m_counts->text(); }
    QString lastDeliveryText() const { return m_last->text(); }
    int ratePerMinute() const;

private:
    void tick();

    QLabel *m_state;
    QLabel *m_last;
    QLabel *m_counts;
    QLabel *m_rate;
    QLabel *m_lag;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    std::deque<std::pair<qint64, int>> m_recent; // (ms since start, deliveries)
    QElapsedTimer m_clock;
};

} // namespace CallScope
