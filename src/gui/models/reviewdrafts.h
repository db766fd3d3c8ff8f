// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/review.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace CallScope {

// The review edits that are not in the store yet, by call: what the Review tab holds that differs from what
// was read. An edit is saved after a short pause, or at once when the reviewer leaves the call, the tab or
// the window. A save that fails keeps its edit and the reason, until a later save works: nothing typed is
// dropped. The last save that worked can be undone.
class ReviewDrafts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDrafts)
public:
    // Sends a change to the store; the answer comes back through onReviewed() with the ticket returned.
    using Saver = std::function<quint64(qint64 callRow, const ReviewChange &change)>;
    static constexpr int PauseMs = 1200;

    explicit ReviewDrafts(Saver saver, QObject *parent = nullptr);
    ~ReviewDrafts() override;
    void setPause(int ms) { m_pause.setInterval(ms); }

    // The Review tab of `callRow` now holds `form` (every field it shows), which differs from what was read of
    // the store or not. Saved after PauseMs without another edit. A form back at what was read is no draft,
    // unless a save of the call is on its way: then it is saved after it, so that the revert is not lost.
    void edit(qint64 callRow, const ReviewChange &form, bool differs);
    // Saves the call's edit now (it is left), if it has one that is not on its way already.
    void save(qint64 callRow);
    void saveAll();
    // Forgets every edit that is not stored (the reviewer chose to, when closing).
    void discardAll();
    void onReviewed(const ReviewResult &result);

    std::optional<ReviewChange> draft(qint64 callRow) const;
    // Why the last save of the call's edit failed; empty when it did not.
    QString failure(qint64 callRow) const;
    // The calls whose edits are not stored (waiting, on their way, or failed).
    QList<qint64> unsaved() const { return m_drafts.keys(); }
    // The calls whose last save failed.
    QList<qint64> failed() const;
    bool isSaving() const;
    // Saving an undo: the form must wait for it.
    bool isUndoing(qint64 callRow) const { return m_undoTicket != 0 && m_undo.callRow == callRow; }
    // The store changes: the last save is not undone in another.
    void forgetUndo();

    bool canUndo() const;
    // The call whose last save Undo reverts, or 0.
    qint64 undoCall() const { return canUndo() ? m_undo.callRow : 0; }
    // Writes back what the last save replaced (audited as an undo).
    void undo();

Q_SIGNALS:
    // A save of the call worked: `written` is now what the store holds for the fields it sets (what is shown
    // of the call should be read again).
    void saved(qint64 callRow, bool wasUndo, const CallScope::ReviewChange &written);
    void saveFailed(qint64 callRow, const QString &error);
    // No save is on its way any more.
    void settled();
    void undoAvailableChanged(bool available);

private:
    struct Draft {
        ReviewChange change; // what the form holds against the store
        ReviewChange sent; // what the save on its way holds
        quint64 ticket = 0; // the save on its way, or 0
        QString error; // why the last save failed
    };
    struct LastSave {
        qint64 callRow = 0;
        qint64 atMs = 0;
        ReviewChange previous;
    };
    void setUndo(LastSave last);

    Saver m_saver;
    QHash<qint64, Draft> m_drafts;
    QTimer m_pause;
    qint64 m_pauseCall = 0;
    LastSave m_undo;
    quint64 m_undoTicket = 0;
};

} // namespace CallScope
