// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/review.h"
#include "storage/callrecord.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;

namespace Ui {
class ReviewPanel;
}

namespace CallScope {

// The review of the shown call: its state, a note, a disposition (confirmed, or overturned with a reason)
// for each stop-contact flag it raises, and its audit trail. Every edit is reported as the change the form
// holds against the store (edited()); ReviewDrafts saves it. The form never loses an edit to a reload of
// the same call.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)
public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    // Shows a call as stored, with `draft` (edits not stored yet) over it and why its last save failed.
    // The same call again (read after a save) keeps what the form holds.
    void showCall(const CallDetail &detail, const QString &reviewer, bool presenter, const std::optional<ReviewChange> &draft = {},
                  const QString &failure = {});
    qint64 callRow() const { return m_callRow; }
    // Every field the form holds (the note only when it may be edited): what a save writes.
    ReviewChange form() const;
    // The form differs from what was read of the store (and saved since).
    bool differsFromStore() const { return form() != storedForm(); }
    // A save of this call worked: `written` is what the store now holds for the fields it sets.
    void acceptWritten(qint64 callRow, const ReviewChange &written);
    // Sets the state to Reviewed when every flag to judge has its disposition; otherwise says which do not,
    // puts the keyboard on the first, and returns false.
    bool markReviewed();
    void setState(ReviewState state);
    // A line under the state: saving, saved, or why a save failed (`problem`: shown as one).
    void showSaveStatus(const QString &text, bool problem);
    void setUndoAvailable(bool available);

Q_SIGNALS:
    void edited(qint64 callRow, const CallScope::ReviewChange &form, bool differs);
    void saveNowRequested();
    void reviewedAndNextRequested();
    void undoRequested();

private:
    struct FlagRow {
        QString key;
        QString label;
        QComboBox *disposition;
        QLineEdit *reason;
    };
    void buildFlags(const CallDetail &detail);
    // Puts these values in the form, touching only the widgets whose value differs.
    void fillForm(ReviewState state, const QString &note, const Dispositions &dispositions);
    std::optional<DispositionEntry> formEntry(const FlagRow &row) const;
    // What form() would be with the stored values.
    ReviewChange storedForm() const;
    Dispositions formDispositions() const;
    void onStateChosen();
    void onFormEdited();
    void updateReasonEdit(const FlagRow &row);

    std::unique_ptr<Ui::ReviewPanel> m_ui;
    qint64 m_callRow = 0;
    bool m_presenter = false;
    bool m_filling = false; // the form is being filled: no edit to report
    qint64 m_raisedMask = 0;
    qint64 m_malformedMask = 0;
    ReviewState m_storedState = ReviewState::Unreviewed;
    QString m_storedNote;
    Dispositions m_storedDispositions;
    ReviewState m_shownState = ReviewState::Unreviewed; // the combo's value before the last choice
    QList<FlagRow> m_flags;
    // Presenter mode shows no free text: a draft's note and reasons are carried, hidden, into the changes.
    std::optional<ReviewChange> m_hiddenDraft;
};

} // namespace CallScope
