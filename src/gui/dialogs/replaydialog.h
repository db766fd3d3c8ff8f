// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "replay/deliverysender.h"

#include <QDialog>
#include <QUrl>

#include <memory>
#include <optional>

namespace Ui {
class ReplayDialog;
}

namespace CallScope {

class AppSettings;

// Where to replay to (recent targets remembered), whether to re-sign for Standard Webhooks, and, for
// "Replay with edits", the body and content headers to send instead of the stored ones.
class ReplayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayDialog)
public:
    // With `edit`, the single delivery is shown for editing; otherwise the stored bytes go as they are.
    ReplayDialog(AppSettings *settings, int calls, std::optional<OutgoingDelivery> edit, QWidget *parent = nullptr);
    ~ReplayDialog() override;

    QUrl target() const;
    std::optional<QByteArray> signingKey() const;
    // The edited delivery (with edits only).
    OutgoingDelivery editedDelivery() const;

    void accept() override;

private:
    std::unique_ptr<Ui::ReplayDialog> m_ui;
    AppSettings *m_settings;
    std::optional<OutgoingDelivery> m_edit;
};

} // namespace CallScope
