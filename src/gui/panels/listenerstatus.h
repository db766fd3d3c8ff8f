// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/incomingdelivery.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <deque>

namespace CallScope {

// The listener in the status bar: the URL to give the platform and its state, the time since the last
// delivery, the calls and deliveries stored, and deliveries per minute over the last minute.
class ListenerStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerStatus)
public:
    explicit ListenerStatus(QWidget *parent = nullptr);

    void setStarting();
    void setListening(const QString &url);
    void setStopped(const QString &reason);
    void setCounts(qint64 calls, qint64 deliveries);
    // A committed batch: counts towards the rate and resets "last delivery".
    void addDeliveries(int count);

    QString stateText() const { return m_state->text(); }
    int ratePerMinute() const;

private:
    void tick();

    QLabel *m_state;
    QLabel *m_last;
    QLabel *m_counts;
    QLabel *m_rate;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    std::deque<std::pair<qint64, int>> m_recent; // (ms since start, deliveries)
    QElapsedTimer m_clock;
};

} // namespace CallScope
