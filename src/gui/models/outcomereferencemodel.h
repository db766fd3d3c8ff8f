// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/outcomecatalogue.h"

#include <QAbstractItemModel>

namespace CallScope {

// The outcome catalogue as a two-level tree, groups then keys, so that a reviewer can look up what each
// flag means and how it colours a call. Read-only; the catalogue is fixed at build time.
class OutcomeReferenceModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeReferenceModel)
public:
    enum Column { LabelColumn, KeyColumn, TypeColumn, SeverityColumn, DefinitionColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole, SeverityRole };

    explicit OutcomeReferenceModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal ids: 0 for a group row, 1 + group for a key row (its parent's group).
    QList<OutcomeGroup> m_groups; // the groups that have keys, in display order
    QList<QList<int>> m_keysByGroup; // their catalogue indexes
};

} // namespace CallScope
