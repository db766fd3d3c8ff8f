// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/callfilter.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QAbstractButton;
class QStringListModel;

namespace Ui {
class FilterBar;
}

namespace CallScope {

class AppSettings;

// The filter bar: the contract's filter language, checked as you type (valid, or invalid with the reason
// and the column), applied on Enter or after a pause, with history, saved named filters and one-click
// quick filters. An invalid expression is never applied: the table keeps its last valid filter.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)
public:
    FilterBar(AppSettings *settings, QWidget *parent = nullptr);
    ~FilterBar() override;

    QString text() const;
    // Sets the text and applies it at once.
    void apply(const QString &text);
    // Focuses the edit with its text selected (Ctrl+F, /).
    void focusEdit();
    // What the applied filter gives (elapsedMs < 0: a count after new calls came in).
    void showResult(int rows, qint64 elapsedMs = -1);
    void showQueryError(const QString &error);

    // The quick filters' expressions, built from the catalogue.
    static QString complianceExpression();
    static QString paymentsExpression();
    static QString wrongPartyExpression();
    static QString invalidExpression();
    static QString unreviewedExpression();
    // Unreviewed calls with a stop-contact outcome or a contact-pattern warning.
    static QString needsAttentionExpression();
    static QString followUpExpression();
    // A work queue (Needs attention, Follow-up): worked oldest first.
    static bool isQueue(const QString &expression);

Q_SIGNALS:
    void filterApplied(const CallScope::CallFilter &filter);

private:
    void showStatus(const QString &text);
    void check();
    void applyNow(bool remember);
    void rebuildSavedMenu();
    void saveCurrent();
    void updateQuickButtons();

    std::unique_ptr<Ui::FilterBar> m_ui;
    AppSettings *m_settings;
    QStringListModel *m_history;
    QTimer m_pause;
    QString m_applied;
    QList<std::pair<QAbstractButton *, QString>> m_quick;
};

} // namespace CallScope
