// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/review.h"
#include "storage/callrecord.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReviewPanel;
}

namespace CallScope {

// The review of the shown call: its state, a note, a disposition (confirmed / overturned) for each
// compliance-relevant flag it raises, and its audit trail. Emits the change; the store applies it.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)
public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    void showCall(const CallDetail &detail, const QString &reviewer, bool presenter = false);
    // The change the form holds against the call shown (state, note, dispositions).
    ReviewChange change() const;
    qint64 callRow() const { return m_callRow; }

Q_SIGNALS:
    void saveRequested(qint64 callRow, const CallScope::ReviewChange &change);
    // Saved as reviewed, then on to the next unreviewed call.
    void reviewedAndNextRequested(qint64 callRow, const CallScope::ReviewChange &change);

private:
    std::unique_ptr<Ui::ReviewPanel> m_ui;
    qint64 m_callRow = 0;
    bool m_presenter = false;
};

} // namespace CallScope
