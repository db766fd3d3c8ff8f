// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/listeneroptions.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace CallScope {

class DeliveryStore;
class WebhookListener;

// The engine under the window and the headless command: the store on its own thread, the listener on
// the caller's, started and stopped together so that no answered delivery is ever left uncommitted.
class ListenerService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerService)
public:
    ListenerService(ListenerOptions options, QString databasePath, QObject *parent = nullptr);
    ~ListenerService() override;

    // Opens the database, then listens. On failure, one sentence for the user (and nothing is left open).
    bool start(QString *error);
    // Stops accepting, answers what is in flight once it is committed, then emits stopped().
    void stop();
    WebhookListener *listener() const { return m_listener; }
    DeliveryStore *store() const { return m_store; }

Q_SIGNALS:
    void stopped();
    // start() upgrades an older store (DeliveryStore::upgrading); emitted in the store's thread.
    void storeUpgrading(int step, int steps, double fraction, const QString &text);

private:
    void shutDownStore();

    ListenerOptions m_options;
    QString m_databasePath;
    QThread m_storeThread;
    DeliveryStore *m_store = nullptr;
    WebhookListener *m_listener = nullptr;
};

} // namespace CallScope
