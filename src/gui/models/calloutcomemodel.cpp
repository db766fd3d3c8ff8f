// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "calloutcomemodel.h"

#include "models/outcomebadges.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace CallScope {

namespace {

QString wantedType(const OutcomeInfo &info)
{
    switch (info.type) {
    case OutcomeType::Boolean: return CallOutcomeModel::tr("true or false");
    case OutcomeType::Number: return CallOutcomeModel::tr("a whole number, zero or more");
    case OutcomeType::String:
    case OutcomeType::PlanType: break;
    }
    return CallOutcomeModel::tr("a string");
}

} // namespace

CallOutcomeModel::CallOutcomeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CallOutcomeModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

void CallOutcomeModel::setEvent(const CallEvent &event)
{
    QList<Group> groups;
    for (const OutcomeGroup og : OutcomeCatalogue::groups()) {
        Group g{og, {}, 0, false};
        if (og == OutcomeGroup::Other) {
            for (auto it = event.otherOutcomes.constBegin(); it != event.otherOutcomes.constEnd(); ++it) {
                g.entries.append(Entry{it.key(), it.key(), tr("A key the spec does not list (yet)."), OutcomeValue::unlisted(it.value()), {},
                                       it.value().isBool(), Severity::None});
            }
        } else {
            for (int index : OutcomeCatalogue::indexesOf(og)) {
                const OutcomeInfo &info = OutcomeCatalogue::at(index);
                const OutcomeValue value = event.value(info.id);
                QString problem;
                if (value.isMalformed())
                    problem = tr("Sent with the wrong type: %1 is %2, so it is not read as a value.").arg(info.key, wantedType(info));
                else if (info.type == OutcomeType::PlanType && value.isValue() && !OutcomeCatalogue::isPlanType(value.json().toString()))
                    problem = tr("Not one of the plan types the spec lists.");
                g.entries.append(Entry{info.key, OutcomeCatalogue::label(info), OutcomeCatalogue::definition(info), value, problem,
                                       info.type == OutcomeType::Boolean, info.severity});
                if (og == OutcomeGroup::Compliance && value.isRaised())
                    g.highlighted = true;
            }
        }
        g.reported = int(std::count_if(g.entries.cbegin(), g.entries.cend(), [](const Entry &e) { return e.value.isReported(); }));
        groups.append(std::move(g));
    }
    // Groups with something reported first; otherwise the catalogue's order.
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return (a.reported > 0) > (b.reported > 0); });
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

QModelIndex CallOutcomeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex CallOutcomeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CallOutcomeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].entries.size());
}

int CallOutcomeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CallOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups[index.row()], index.column(), role);
    const Group &g = m_groups[qsizetype(index.internalId() - 1)];
    return entryData(g.entries[index.row()], index.column(), role);
}

QVariant CallOutcomeModel::groupData(const Group &g, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == LabelColumn)
            return OutcomeCatalogue::groupName(g.group);
        if (column == ValueColumn)
            return g.entries.isEmpty() ? tr("none") : tr("%1 of %2 reported").arg(g.reported).arg(g.entries.size());
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::BackgroundRole:
        return g.highlighted ? QVariant(SeverityColours::rowBackground(Severity::StopContact)) : QVariant();
    case Qt::ForegroundRole:
        return g.highlighted ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::ToolTipRole:
        return g.highlighted ? tr("A compliance flag is raised: contact must stop or be reviewed.") : QVariant();
    case ReportedRole: return g.reported;
    case HighlightRole: return g.highlighted;
    default: return {};
    }
}

QVariant CallOutcomeModel::entryData(const Entry &e, int column, int role) const
{
    const bool reported = e.value.isReported();
    const bool raised = e.value.isRaised();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn: return e.label;
        case KeyColumn: return e.key;
        case ValueColumn: return reported ? outcomeDisplayText(e.value) : tr("not reported");
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == ValueColumn && !e.problem.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        return e.problem.isEmpty() ? e.definition : e.problem + QLatin1Char('\n') + e.definition;
    case Qt::ForegroundRole:
        if (!reported)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        if (column == ValueColumn && !e.problem.isEmpty())
            return SeverityColours::badge(Severity::Caution);
        if (column == ValueColumn && raised && e.severity != Severity::None)
            return SeverityColours::badge(e.severity);
        return {};
    case Qt::FontRole:
        if (column == ValueColumn && (raised || !e.problem.isEmpty())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case ReportedRole: return reported;
    case ProblemRole: return e.problem;
    default: return {};
    }
}

QVariant CallOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Outcome");
    case ValueColumn: return tr("Value");
    case KeyColumn: return tr("Key");
    default: return {};
    }
}

} // namespace CallScope
