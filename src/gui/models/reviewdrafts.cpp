// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "reviewdrafts.h"

#include <QDateTime>

namespace CallScope {

ReviewDrafts::ReviewDrafts(Saver saver, QObject *parent)
    : QObject(parent)
    , m_saver(std::move(saver))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, [this] { save(std::exchange(m_pauseCall, 0)); });
}

ReviewDrafts::~ReviewDrafts() = default;

void ReviewDrafts::edit(qint64 callRow, const ReviewChange &change)
{
    if (callRow == 0)
        return;
    if (m_pauseCall != 0 && m_pauseCall != callRow)
        save(m_pauseCall); // another call's edit waits no longer
    const auto it = m_drafts.find(callRow);
    if (change.isEmpty()) {
        // Back to what is stored: nothing to save, unless a save is on its way (its answer ends the draft).
        if (it != m_drafts.end() && it->ticket == 0)
            m_drafts.erase(it);
        else if (it != m_drafts.end())
            it->change = change;
        if (m_pauseCall == callRow) {
            m_pause.stop();
            m_pauseCall = 0;
        }
        Q_EMIT undoAvailableChanged(canUndo());
        return;
    }
    Draft &draft = m_drafts[callRow];
    draft.change = change;
    m_pauseCall = callRow;
    m_pause.start();
    Q_EMIT undoAvailableChanged(canUndo());
}

void ReviewDrafts::save(qint64 callRow)
{
    const auto it = m_drafts.find(callRow);
    if (it == m_drafts.end())
        return;
    if (m_pauseCall == callRow) {
        m_pause.stop();
        m_pauseCall = 0;
    }
    if (it->change.isEmpty() || (it->ticket != 0 && it->sent == it->change))
        return; // nothing to write, or exactly this on its way
    it->sent = it->change;
    it->ticket = m_saver(callRow, it->change);
}

void ReviewDrafts::saveAll()
{
    const QList<qint64> calls = m_drafts.keys();
    for (const qint64 call : calls)
        save(call);
}

void ReviewDrafts::discardAll()
{
    m_pause.stop();
    m_pauseCall = 0;
    m_drafts.clear();
    Q_EMIT undoAvailableChanged(canUndo());
}

void ReviewDrafts::onReviewed(const ReviewResult &result)
{
    if (result.ticket != 0 && result.ticket == m_undoTicket) {
        m_undoTicket = 0;
        if (result.ok) {
            setUndo({});
            Q_EMIT saved(result.callRow, true);
        } else {
            Q_EMIT saveFailed(result.callRow, result.error);
        }
    } else {
        const auto it = std::find_if(m_drafts.begin(), m_drafts.end(), [&](const Draft &d) { return d.ticket != 0 && d.ticket == result.ticket; });
        if (it == m_drafts.end())
            return; // not ours, or a draft discarded since
        const qint64 callRow = it.key();
        it->ticket = 0;
        if (result.ok) {
            it->error.clear();
            const bool caughtUp = it->sent == it->change;
            if (!result.previous.isEmpty())
                setUndo({callRow, QDateTime::currentMSecsSinceEpoch(), result.previous});
            if (caughtUp)
                m_drafts.erase(it);
            else if (m_pauseCall != callRow)
                save(callRow); // edited again while saving, and left since: save that too
            Q_EMIT saved(callRow, false);
        } else {
            it->error = result.error;
            Q_EMIT saveFailed(callRow, result.error);
        }
    }
    Q_EMIT undoAvailableChanged(canUndo());
    if (!isSaving())
        Q_EMIT settled();
}

std::optional<ReviewChange> ReviewDrafts::draft(qint64 callRow) const
{
    const auto it = m_drafts.constFind(callRow);
    if (it == m_drafts.cend() || it->change.isEmpty())
        return std::nullopt;
    return it->change;
}

QString ReviewDrafts::failure(qint64 callRow) const
{
    return m_drafts.value(callRow).error;
}

bool ReviewDrafts::isSaving() const
{
    return m_undoTicket != 0 || std::any_of(m_drafts.cbegin(), m_drafts.cend(), [](const Draft &d) { return d.ticket != 0; });
}

bool ReviewDrafts::canUndo() const
{
    // Not over an edit of the same call that is not stored yet: the undo would write under it.
    return m_undo.callRow != 0 && m_undoTicket == 0 && !m_drafts.contains(m_undo.callRow);
}

void ReviewDrafts::setUndo(LastSave last)
{
    m_undo = std::move(last);
}

void ReviewDrafts::undo()
{
    if (!canUndo())
        return;
    ReviewChange change = m_undo.previous;
    change.reason = tr("Undo of the save at %1").arg(QDateTime::fromMSecsSinceEpoch(m_undo.atMs).toString(QStringLiteral("HH:mm:ss")));
    m_undoTicket = m_saver(m_undo.callRow, change);
    Q_EMIT undoAvailableChanged(false);
}

} // namespace CallScope
