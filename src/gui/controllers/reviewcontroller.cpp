// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "reviewcontroller.h"

#include "filter/callfilter.h"
#include "listener/backgroundlistener.h"
#include "models/calltablemodel.h"
#include "models/reviewdrafts.h"
#include "panels/calldetailpanel.h"
#include "panels/dashboardpanel.h"
#include "panels/filterbar.h"
#include "panels/reviewpanel.h"
#include "settings/appsettings.h"
#include "storage/callqueryservice.h"

#include <QAction>
#include <QDateTime>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

namespace CallScope {

ReviewController::ReviewController(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
{
    CallDetailPanel *details = m_parts.details;
    ReviewDrafts *drafts = m_parts.drafts;
    ReviewPanel *panel = details->reviewPanel();
    details->setReviewDrafts(drafts);
    connect(panel, &ReviewPanel::edited, drafts, &ReviewDrafts::edit);
    connect(panel, &ReviewPanel::saveNowRequested, m_parts.save, &QAction::trigger);
    connect(panel, &ReviewPanel::reviewedAndNextRequested, this, &ReviewController::reviewedAndNext);
    connect(panel, &ReviewPanel::undoRequested, this, [drafts, panel] {
        drafts->undo();
        // The form waits for the undo: an edit meanwhile would be made against values about to change.
        if (drafts->isUndoing(panel->callRow()))
            panel->setEnabled(false);
    });
    connect(details, &CallDetailPanel::reviewTabLeft, drafts, &ReviewDrafts::save);
    connect(details, &CallDetailPanel::loaded, this, &ReviewController::updateUndo);
    connect(m_parts.listener, &BackgroundListener::reviewed, drafts, &ReviewDrafts::onReviewed);
    connect(drafts, &ReviewDrafts::saved, this, &ReviewController::onReviewSaved);
    connect(drafts, &ReviewDrafts::saveFailed, this, &ReviewController::onReviewSaveFailed);
    connect(drafts, &ReviewDrafts::undoAvailableChanged, this, &ReviewController::updateUndo);
    connect(drafts, &ReviewDrafts::settled, this, [this] {
        if (const std::function<void()> then = std::exchange(m_afterSaves, {}))
            then();
    });
    connect(m_parts.save, &QAction::triggered, this, [this] {
        const qint64 call = m_parts.details->shownCall();
        if (call == 0)
            return;
        if (!m_parts.drafts->draft(call))
            m_parts.statusBar->showMessage(tr("Nothing to save: the review is as stored."), 3000);
        m_parts.drafts->save(call);
    });
    connect(m_parts.reviewedNext, &QAction::triggered, this, &ReviewController::reviewedAndNext);
    connect(m_parts.followUp, &QAction::triggered, this, [this, panel] {
        if (m_parts.details->shownCall() == 0)
            return;
        // Marked for later: saved, then on to the next unreviewed call, as Ctrl+Return does.
        panel->setState(ReviewState::FollowUp);
        m_nextAfterReview = m_parts.details->shownCall();
        m_parts.drafts->save(m_parts.details->shownCall());
        if (!m_parts.drafts->draft(m_nextAfterReview) && !m_parts.drafts->isSaving())
            moveToNextUnreviewed(); // it was marked already
    });
    connect(m_parts.nextUnreviewed, &QAction::triggered, this, &ReviewController::moveToNextUnreviewed);
    // The queues from the keyboard; the table takes the keyboard to work them.
    connect(m_parts.queueAttention, &QAction::triggered, this, [this] {
        m_parts.filterBar->apply(FilterBar::needsAttentionExpression());
        m_parts.view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_parts.queueFollowUp, &QAction::triggered, this, [this] {
        m_parts.filterBar->apply(FilterBar::followUpExpression());
        m_parts.view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_parts.queries, &CallQueryService::nextFound, this, [this](quint64 ticket, qint64 id, bool wrapped) {
        if (ticket != m_nextTicket)
            return;
        m_nextTicket = 0;
        const int row = m_parts.calls->rowOf(id);
        if (id == 0 || row < 0) {
            m_parts.statusBar->showMessage(tr("No unreviewed call in this list."), 5000);
            return;
        }
        m_parts.moveCurrent(row);
        if (wrapped)
            m_parts.statusBar->showMessage(tr("No unreviewed call after that one: went on from the top."), 5000);
    });
    connect(m_parts.reviewerName, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(m_parts.window, tr("Reviewer name"), tr("The audit trail records your reviews under:"),
                                                   QLineEdit::Normal, m_parts.settings->reviewer(), &ok).trimmed();
        if (ok && !name.isEmpty()) {
            m_parts.settings->setReviewer(name);
            m_parts.details->setReviewer(name);
        }
    });
}

void ReviewController::currentCallChanged(qint64 id)
{
    m_parts.drafts->save(m_parts.details->requestedCall()); // leaving a call saves its review
    if (id != m_nextAfterReview)
        m_nextAfterReview = 0; // the reviewer went elsewhere: the answer must not pull them on
}

void ReviewController::reviewedAndNext()
{
    const qint64 call = m_parts.details->shownCall();
    if (call == 0)
        return;
    ReviewPanel *panel = m_parts.details->reviewPanel();
    if (!panel->markReviewed()) {
        // Says which flags lack a disposition, with the keyboard on the first.
        m_parts.details->showReviewTab();
        panel->markReviewed();
        return;
    }
    if (!m_parts.drafts->draft(call)) {
        moveToNextUnreviewed(); // already reviewed as it stands
        return;
    }
    m_nextAfterReview = call;
    m_parts.drafts->save(call);
}

void ReviewController::moveToNextUnreviewed()
{
    static const CallFilter unreviewed = CallFilter::compile(u"review=unreviewed");
    m_nextTicket = m_parts.queries->findNext(m_parts.calls->ids(), m_parts.view->currentIndex().row(), unreviewed);
}

void ReviewController::onReviewSaved(qint64 callRow, bool wasUndo, const ReviewChange &written)
{
    CallDetailPanel *details = m_parts.details;
    m_parts.calls->refreshCall(callRow);
    m_parts.dashboard->storeChanged();
    details->reviewPanel()->acceptWritten(callRow, written);
    // Read again when it is the call asked for (shown, or on its way: that read may predate the save).
    if (details->requestedCall() == callRow) {
        details->showCall(callRow); // the audit trail grew
        const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
        details->reviewPanel()->showSaveStatus(wasUndo ? tr("Undone at %1: the review is back as it was.").arg(time)
                                                       : tr("Saved at %1. Ctrl+Z on this tab undoes it.").arg(time),
                                               false);
    }
    if (std::exchange(m_nextAfterReview, 0) == callRow) {
        m_parts.calls->setHeldCall(0); // done with it: a queue lets it go now
        moveToNextUnreviewed();
    }
    m_parts.statusBar->showMessage(wasUndo ? tr("Review save undone.") : tr("Review saved."), 3000);
}

void ReviewController::onReviewSaveFailed(qint64 callRow, const QString &error)
{
    m_nextAfterReview = 0;
    CallDetailPanel *details = m_parts.details;
    if (details->requestedCall() == callRow) {
        details->reviewPanel()->setEnabled(true); // an undo that failed
        details->reviewPanel()->showSaveStatus(
            tr("Not saved: %1 Your edits are kept here and saved again when you leave this call, or now with Ctrl+S.").arg(error), true);
        return;
    }
    const CallRow *row = m_parts.calls->cachedRow(m_parts.calls->rowOf(callRow));
    m_parts.problem(tr("The review of call %1 was not saved: %2 Your edits are kept: open the call to see them; they are saved again when "
                       "you leave it.")
                        .arg(row ? row->callId : QString::number(callRow), error));
}

void ReviewController::updateUndo()
{
    const qint64 shown = m_parts.details->shownCall();
    m_parts.details->reviewPanel()->setUndoAvailable(shown != 0 && m_parts.drafts->undoCall() == shown);
}

bool ReviewController::reviewsSettled(std::function<void()> retry)
{
    ReviewDrafts *drafts = m_parts.drafts;
    drafts->saveAll();
    if (drafts->isSaving()) {
        m_afterSaves = std::move(retry); // settled() runs it: it asks again, and saves what was typed meanwhile
        m_parts.statusBar->showMessage(tr("Saving reviews…"));
        return false;
    }
    const QList<qint64> failed = drafts->failed();
    if (failed.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Reviews not saved"),
                    tr("%n review edit(s) could not be saved: %1", nullptr, int(failed.size())).arg(drafts->failure(failed.constFirst())),
                    QMessageBox::NoButton, m_parts.window);
    box.setInformativeText(tr("Try again once the store can be written (another program may hold it), or go on and lose these edits."));
    QPushButton *again = box.addButton(tr("&Try again"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard them"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(again);
    box.exec();
    if (box.clickedButton() == discard) {
        drafts->discardAll();
        return true;
    }
    if (box.clickedButton() == again) {
        drafts->saveAll();
        if (drafts->isSaving())
            m_afterSaves = std::move(retry);
    }
    return false;
}

} // namespace CallScope
