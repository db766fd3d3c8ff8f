// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listener/listeneroptions.h"

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePanel;
}

namespace CallScope {

// What an empty window shows in place of the calls table: the URL to give the platform, a curl line that
// sends a call to it (with the token when one is required), and buttons that fill the window from the
// webhook's sample calls or the generator.
class WelcomePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)
public:
    explicit WelcomePanel(QWidget *parent = nullptr);
    ~WelcomePanel() override;

    // The listener's URL (empty while it is not running) and what it requires of a sender.
    void setListener(const QString &url, const ListenerOptions &options);
    // Presenter mode: the token is never shown (nor copied) in the curl line.
    void setPresenterMode(bool on);
    QString curlLine() const;

Q_SIGNALS:
    void sendSamplesRequested();
    void syntheticRequested();
    void settingsRequested();

private:
    std::unique_ptr<Ui::WelcomePanel> m_ui;
    QString m_url;
    ListenerOptions m_options;
    bool m_presenter = false;
};

} // namespace CallScope
