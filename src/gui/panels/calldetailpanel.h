// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/callrecord.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStandardItemModel;

namespace Ui {
class CallDetailPanel;
}

namespace CallScope {

class CallOutcomeModel;
class CallQueryService;
class JsonHighlighter;
class Masker;
class ReviewDrafts;
class ReviewPanel;

// The selected call in full: header, summary, recording, the outcome panels, and tabs for validation
// problems, deliveries (with a diff for a conflicting redelivery), the raw body and the headers. Loaded
// off the GUI thread; every payload string is shown as plain text, never interpreted.
class CallDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallDetailPanel)
public:
    explicit CallDetailPanel(CallQueryService *service, QWidget *parent = nullptr);
    ~CallDetailPanel() override;

    // Loads and shows a call; 0 shows the empty page.
    void showCall(qint64 id);
    qint64 shownCall() const { return m_detail ? m_detail->row.id : 0; }
    // The call last asked for (shown, or on its way).
    qint64 requestedCall() const { return m_requested; }
    const std::optional<CallDetail> &detail() const { return m_detail; }
    // Puts the keyboard in the current tab (Alt+2).
    void focusDetails();
    ReviewPanel *reviewPanel() const { return m_review; }
    // The review edits not stored yet: shown over what the store holds.
    void setReviewDrafts(const ReviewDrafts *drafts) { m_drafts = drafts; }
    // Brings the Review tab to the front.
    void showReviewTab();
    void setReviewer(const QString &name) { m_reviewer = name; }
    const QString &reviewer() const { return m_reviewer; }
    // Presenter mode: the service now answers masked details (CallQueryService::setMasker); the call shown
    // is read again, and what only presenter mode changes (no recording to open, no note to edit) follows.
    void setPresenterMode(bool on);
    // The body of the first delivery as shown (masked in presenter mode): what Ctrl+C copies.
    QByteArray shownBody() const;

    // The most of a body's text (indented JSON or hex dump) the Raw body tab shows until Show all: a 1 MB
    // body pushed whole into the highlighted editor froze the window for seconds (issue 15, item 9).
    static constexpr qsizetype kShownChars = 256 * 1024;
    // Whether the Raw body tab shows its text whole (short, or after Show all).
    bool rawShownWhole() const;

Q_SIGNALS:
    void loaded(qint64 id);
    // The reviewer went from the Review tab to another one (its edits are saved then).
    void reviewTabLeft(qint64 id);
    // Save body… under a capped body: the bytes of the delivery shown (masked in presenter mode).
    void saveBodyRequested(const QByteArray &body);

private:
    void onDetailReady(quint64 ticket, const std::optional<CallDetail> &detail);
    void fill(const CallDetail &d);
    void showDelivery(int index);
    void showDiff(int index);
    // The raw text of delivery `index`, whole or capped at kShownChars with the notice saying so.
    void showRawText(int index, bool whole);

    std::unique_ptr<Ui::CallDetailPanel> m_ui;
    CallQueryService *m_service;
    CallOutcomeModel *m_outcomes;
    QStandardItemModel *m_problems;
    QStandardItemModel *m_deliveries;
    QStandardItemModel *m_headers;
    JsonHighlighter *m_rawHighlighter;
    JsonHighlighter *m_diffHighlighter;
    ReviewPanel *m_review;
    QWidget *m_capNotice;
    QLabel *m_capLabel;
    QPushButton *m_showAllButton;
    QPushButton *m_saveBodyButton;
    int m_rawDelivery = -1;
    const ReviewDrafts *m_drafts = nullptr;
    int m_lastTab = -1;
    QString m_reviewer;
    bool m_presenter = false;
    quint64 m_ticket = 0;
    qint64 m_requested = 0;
    std::optional<CallDetail> m_detail;
};

} // namespace CallScope
