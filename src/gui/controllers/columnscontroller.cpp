// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "columnscontroller.h"

#include "domain/outcomecatalogue.h"
#include "models/calltablemodel.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSplitter>
#include <QTableView>

namespace CallScope {

ColumnsController::ColumnsController(QMainWindow *window, QTableView *view, CallTableModel *calls, QSplitter *splitter, QAction *detailsBelow,
                                     AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_view(view)
    , m_calls(calls)
    , m_splitter(splitter)
    , m_detailsBelow(detailsBelow)
    , m_settings(settings)
{
    setUpHeader();
    // A wider or taller window widens the table, not the details; the details never jump when their texts
    // change (the splitter only moves when the user drags it).
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    connect(m_detailsBelow, &QAction::toggled, this, &ColumnsController::setDetailsBelow);
}

void ColumnsController::setUpHeader()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(110);
    header->resizeSection(CallTableModel::ReceivedColumn, metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59.999")) + 16);
    header->resizeSection(CallTableModel::EndedColumn, metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 16);
    header->resizeSection(CallTableModel::DurationColumn, 70);
    header->resizeSection(CallTableModel::OutcomesColumn, 220);
    header->resizeSection(CallTableModel::DeliveriesColumn, 45);
    // Validation and review are read first: narrow enough that both fit a laptop's table without scrolling.
    header->resizeSection(CallTableModel::ValidationColumn, metrics.horizontalAdvance(QStringLiteral("conflict")) + 40);
    header->resizeSection(CallTableModel::ReviewColumn, metrics.horizontalAdvance(QStringLiteral("Follow-up")) + 40);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnsController::showColumnMenu);

    QList<int> outcomes;
    for (const QString &key : m_settings->outcomeColumns()) {
        const int index = OutcomeCatalogue::indexOf(key);
        if (index >= 0)
            outcomes.append(index);
    }
    m_calls->setOutcomeColumns(outcomes);
}

void ColumnsController::showColumnMenu(const QPoint &at)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(m_window);
    for (int c = CallTableModel::EndedColumn; c < CallTableModel::FixedColumnCount; ++c) {
        QAction *a = menu.addAction(m_calls->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    QMenu *outcomes = menu.addMenu(tr("Outcome columns"));
    const QList<int> current = m_calls->outcomeColumns();
    for (const OutcomeGroup group : OutcomeCatalogue::groups()) {
        const QList<int> keys = OutcomeCatalogue::indexesOf(group);
        if (keys.isEmpty())
            continue;
        QMenu *sub = outcomes->addMenu(OutcomeCatalogue::groupName(group));
        for (int index : keys) {
            const OutcomeInfo &info = OutcomeCatalogue::at(index);
            QAction *a = sub->addAction(tr("%1 (%2)").arg(OutcomeCatalogue::label(info), info.key));
            a->setCheckable(true);
            a->setChecked(current.contains(index));
            connect(a, &QAction::toggled, this, [this, index](bool on) {
                QList<int> columns = m_calls->outcomeColumns();
                if (on)
                    columns.append(index);
                else
                    columns.removeAll(index);
                m_calls->setOutcomeColumns(columns);
                QStringList names;
                for (int i : columns)
                    names.append(OutcomeCatalogue::at(i).key);
                m_settings->setOutcomeColumns(names);
            });
        }
    }
    menu.exec(header->mapToGlobal(at));
}

void ColumnsController::setDetailsBelow(bool below)
{
    const Qt::Orientation wanted = below ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    // The sizes were widths: as heights they would leave the table a few rows. The table gets 60 %.
    const int total = below ? m_splitter->height() : m_splitter->width();
    m_splitter->setSizes({total * 3 / 5, total - total * 3 / 5});
}

void ColumnsController::restoreLayout()
{
    if (!m_window->restoreGeometry(m_settings->windowGeometry())) {
        // First run: the designed size, but never larger than a laptop's screen (1280×720 would cut it).
        const QSize available = m_window->screen()->availableGeometry().size();
        m_window->resize(m_window->size().boundedTo(available * 0.95));
    }
    m_window->restoreState(m_settings->windowState());
    if (!m_splitter->restoreState(m_settings->splitterState()))
        m_splitter->setSizes({860, 540});
    // Details below kept from an older layout may have left the table a few rows: it gets its half back.
    const QList<int> sizes = m_splitter->sizes();
    if (m_splitter->orientation() == Qt::Vertical && sizes.size() == 2 && sizes.at(0) < sizes.at(1)) {
        const int total = sizes.at(0) + sizes.at(1);
        m_splitter->setSizes({total * 3 / 5, total - total * 3 / 5});
    }
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(m_settings->tableHeaderState())) {
        // First run: what a reviewer checks first next to the time, then the outcome badges: on a laptop's
        // table all of them are in view without scrolling.
        header->moveSection(header->visualIndex(CallTableModel::ValidationColumn), 1);
        header->moveSection(header->visualIndex(CallTableModel::ReviewColumn), 2);
        header->moveSection(header->visualIndex(CallTableModel::OutcomesColumn), 3);
        header->moveSection(header->visualIndex(CallTableModel::PhoneColumn), 4);
    }
    const QSignalBlocker block(m_detailsBelow);
    m_detailsBelow->setChecked(m_splitter->orientation() == Qt::Vertical);
}

void ColumnsController::saveLayout()
{
    m_settings->setWindowLayout(m_window->saveGeometry(), m_window->saveState(), m_splitter->saveState(), m_view->horizontalHeader()->saveState());
}

} // namespace CallScope
