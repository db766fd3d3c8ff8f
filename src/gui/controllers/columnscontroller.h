// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QPoint;
class QSplitter;
class QTableView;

namespace CallScope {

class AppSettings;
class CallTableModel;

// The call table's columns and the window's layout: the widths and order a reviewer starts with (what needs
// them first, validation and review, where the eye starts), the column menu (fixed columns and outcome
// columns), the details beside or below the table, and the layout saved and restored across runs.
class ColumnsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnsController)
public:
    ColumnsController(QMainWindow *window, QTableView *view, CallTableModel *calls, QSplitter *splitter, QAction *detailsBelow,
                      AppSettings *settings, QObject *parent = nullptr);

    // The header's menu: which columns show, and which outcomes have a column.
    void showColumnMenu(const QPoint &at);
    // View > Details below the table; below, the table keeps at least half of the height.
    void setDetailsBelow(bool below);
    void restoreLayout();
    void saveLayout();

private:
    void setUpHeader();

    QMainWindow *m_window;
    QTableView *m_view;
    CallTableModel *m_calls;
    QSplitter *m_splitter;
    QAction *m_detailsBelow;
    AppSettings *m_settings;
};

} // namespace CallScope
