// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/review.h"

#include <QObject>

#include <functional>

class QAction;
class QStatusBar;
class QTableView;
class QWidget;

namespace CallScope {

class AppSettings;
class BackgroundListener;
class CallDetailPanel;
class CallQueryService;
class CallTableModel;
class DashboardPanel;
class FilterBar;
class ReviewDrafts;

// The review flow: the Review tab's edits go to the drafts and are saved when the reviewer leaves a call;
// Ctrl+Return marks a call reviewed and moves on to the next unreviewed one (found by the store, loaded or
// not); saves, failures and undo are reported where the reviewer looks; nothing is lost before the window
// closes or the store changes (reviewsSettled).
class ReviewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewController)
public:
    // What the flow works with; all owned by the window.
    struct Parts {
        QWidget *window = nullptr; // dialogs open over it
        AppSettings *settings = nullptr;
        BackgroundListener *listener = nullptr;
        CallQueryService *queries = nullptr;
        CallTableModel *calls = nullptr;
        QTableView *view = nullptr;
        CallDetailPanel *details = nullptr;
        ReviewDrafts *drafts = nullptr;
        FilterBar *filterBar = nullptr;
        DashboardPanel *dashboard = nullptr;
        QStatusBar *statusBar = nullptr;
        // The Review menu's actions.
        QAction *save = nullptr, *reviewedNext = nullptr, *followUp = nullptr, *nextUnreviewed = nullptr;
        QAction *queueAttention = nullptr, *queueFollowUp = nullptr, *reviewerName = nullptr;
        std::function<void(const QString &)> problem; // the window's banner
        std::function<void(int row)> moveCurrent; // selects a row of the table
    };
    explicit ReviewController(Parts parts, QObject *parent = nullptr);

    // Ctrl+Return: marked reviewed when its flags all hold a disposition (else the Review tab says which do
    // not), saved, then on to the next unreviewed call.
    void reviewedAndNext();
    // Ctrl+N: the store finds the next unreviewed call in the list's order, loaded or not.
    void moveToNextUnreviewed();
    // Saves every review edit before the window closes or the store changes. True when that can happen now;
    // otherwise `retry` runs once the saves are answered (or never, when the reviewer cancels).
    bool reviewsSettled(std::function<void()> retry);
    // The table's current call changed to `id`: the one left is saved, and a pending "and next" is dropped
    // when the reviewer went elsewhere.
    void currentCallChanged(qint64 id);

private:
    void onReviewSaved(qint64 callRow, bool wasUndo, const ReviewChange &written);
    void onReviewSaveFailed(qint64 callRow, const QString &error);
    void updateUndo();

    Parts m_parts;
    qint64 m_nextAfterReview = 0; // the call whose review, once stored, moves on to the next unreviewed
    quint64 m_nextTicket = 0; // the store is finding the next unreviewed call
    std::function<void()> m_afterSaves; // what waits for the reviews being saved (closing, another store)
};

} // namespace CallScope
