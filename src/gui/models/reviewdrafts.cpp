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

void ReviewDrafts::edit(qint64 callRow, const ReviewChange &form, bool differs)
{
    if (callRow == 0)
        return;
    if (m_pauseCall != 0 && m_pauseCall != callRow)
        save(m_pauseCall); // another call's edit waits no longer
    const auto it = m_drafts.find(callRow);
    if (!differs && (it == m_drafts.end() || it->ticket == 0)) {
        // Back to what is stored, with nothing on its way: nothing to save.
        if (it != m_drafts.end())
            m_drafts.erase(it);
        if (m_pauseCall == callRow) {
            m_pause.stop();
            m_pauseCall = 0;
        }
    } else {
        m_drafts[callRow].change = form;
        m_pauseCall = callRow;
        m_pause.start();
    }
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
            const ReviewChange written = m_undo.previous;
            setUndo({});
            Q_EMIT saved(result.callRow, true, written);
        } else {
            Q_EMIT saveFailed(result.callRow, result.error);
        }
    } else {
        const auto it = std::find_if(m_drafts.begin(), m_drafts.end(), [&](const Draft &d) { return d.ticket != 0 && d.ticket == result.ticket; });
        if (it == m_drafts.end())
            return; // not ours, or a draft discarded since
        const qint64 callRow = it.key();
        const ReviewChange written = it->sent;
        it->ticket = 0;
        if (result.ok) {
            it->error.clear();
            const bool caughtUp = it->sent == it->change;
            if (!result.previous.isEmpty())
                setUndo({callRow, QDateTime::currentMSecsSinceEpoch(), result.previous});
            // Edited since it was sent: the pause (or leaving the call) sends the newer form.
            if (caughtUp)
                m_drafts.erase(it);
            Q_EMIT saved(callRow, false, written);
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

QList<qint64> ReviewDrafts::failed() const
{
    QList<qint64> calls;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        if (!it->error.isEmpty() && it->ticket == 0)
            calls.append(it.key());
    }
    return calls;
}

void ReviewDrafts::forgetUndo()
{
    m_undo = {};
    m_undoTicket = 0;
    Q_EMIT undoAvailableChanged(false);
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
