// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/callevent.h"

#include <QAbstractItemModel>
#include <QJsonValue>

namespace CallScope {

// The outcomes of one call as the detail pane's panels: a group row per catalogue group (Other last, for
// keys the spec does not list), groups with reported values first, each key with its label and value
// shown tri-state (yes / no / not reported), or as the string or number that was sent. A value of the wrong
// type (OutcomeValue's Malformed) shows as the JSON that was sent, with a problem marker.
class CallOutcomeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallOutcomeModel)
public:
    enum Column { LabelColumn, ValueColumn, KeyColumn, ColumnCount };
    enum Role {
        ReportedRole = Qt::UserRole, // group: how many keys are reported; key: bool
        HighlightRole, // group: bool, a compliance flag is true
        ProblemRole, // key: why its value is not read as sent, or is outside the spec; empty otherwise
    };

    explicit CallOutcomeModel(QObject *parent = nullptr);

    // Shows this call (a reset: the pane shows one call at a time). In presenter mode the event comes
    // masked from CallQueryService.
    void setEvent(const CallEvent &event);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        QString key;
        QString label;
        QString definition;
        OutcomeValue value;
        QString problem; // why the value is not read as it was sent, or is outside the spec
        bool isBoolean = false;
        Severity severity = Severity::None;
    };
    struct Group {
        OutcomeGroup group;
        QList<Entry> entries;
        int reported = 0;
        bool highlighted = false;
    };
    QVariant groupData(const Group &g, int column, int role) const;
    QVariant entryData(const Entry &e, int column, int role) const;

    // Internal ids: 0 for a group row, 1 + group row for a key row.
    QList<Group> m_groups;
};

} // namespace CallScope
