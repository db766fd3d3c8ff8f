// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "replay/deliverysender.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QStandardItemModel;

namespace Ui {
class ReplayPanel;
}

namespace CallScope {

// The replay log, docked under the calls: every attempt of a replay or a demo session, with its target,
// call, answer status, time taken and the response body; and Stop. Sending is asynchronous (Qt Network),
// so the window stays responsive while a session plays.
class ReplayPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayPanel)
public:
    explicit ReplayPanel(QWidget *parent = nullptr);
    ~ReplayPanel() override;

    struct Session {
        QString title; // "Replay of 3 calls", "Demo: 100 synthetic calls"
        QUrl target;
        QList<OutgoingDelivery> deliveries;
        double speed = 1;
        double rate = 0;
        std::optional<QByteArray> signingKey;
    };
    // Starts a session; one already playing is stopped first.
    void start(Session session);
    void stop();
    bool isRunning() const { return m_sender; }
    // Presenter mode: a target's responses (which may echo a body) are hidden, in the log already and to come.
    void setPresenterMode(bool on);

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void log(const QString &call, const QString &status, qint64 ms, const QString &response);

    std::unique_ptr<Ui::ReplayPanel> m_ui;
    QStandardItemModel *m_log;
    QPointer<DeliverySender> m_sender;
    QString m_target;
    QStringList m_responses; // each log row's response as received, shown unless in presenter mode
    bool m_presenter = false;
};

} // namespace CallScope
