// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "outcomereferencemodel.h"

#include "domain/outcomecatalogue.h"

#include <QFont>

namespace CallScope {

namespace {

QString typeName(const OutcomeInfo &info)
{
    switch (info.type) {
    case OutcomeType::Boolean: return OutcomeReferenceModel::tr("yes / no");
    case OutcomeType::String: return OutcomeReferenceModel::tr("text");
    case OutcomeType::Number: return OutcomeReferenceModel::tr("number");
    case OutcomeType::PlanType: return OutcomeReferenceModel::tr("plan type");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::None: return {};
    case Severity::Positive: return OutcomeReferenceModel::tr("Positive");
    case Severity::Reachability: return OutcomeReferenceModel::tr("Reachability");
    case Severity::Caution: return OutcomeReferenceModel::tr("Caution");
    case Severity::StopContact: return OutcomeReferenceModel::tr("Stop contact");
    }
    return {};
}

} // namespace

OutcomeReferenceModel::OutcomeReferenceModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    for (OutcomeGroup g : OutcomeCatalogue::groups()) {
        // Other has no keys until a delivery brings some: nothing to list here.
        if (const QList<int> keys = OutcomeCatalogue::indexesOf(g); !keys.isEmpty()) {
            m_groups.append(g);
            m_keysByGroup.append(keys);
        }
    }
}

QModelIndex OutcomeReferenceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex OutcomeReferenceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int OutcomeReferenceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_keysByGroup.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_keysByGroup.at(parent.row()).size());
    return 0;
}

int OutcomeReferenceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OutcomeReferenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const OutcomeGroup group = m_groups.at(index.row());
        if (index.column() == LabelColumn && role == Qt::DisplayRole)
            return OutcomeCatalogue::groupName(group);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const int group = int(index.internalId() - 1);
    const OutcomeInfo &info = OutcomeCatalogue::at(m_keysByGroup.at(group).at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case LabelColumn: return OutcomeCatalogue::label(info);
        case KeyColumn: return QString(info.key);
        case TypeColumn: return typeName(info);
        case SeverityColumn: return severityName(info.severity);
        case DefinitionColumn: return OutcomeCatalogue::definition(info);
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        return OutcomeCatalogue::definition(info);
    case KeyRole:
        return QString(info.key);
    case SeverityRole:
        return int(info.severity);
    default:
        break;
    }
    return {};
}

QVariant OutcomeReferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LabelColumn: return tr("Outcome");
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case SeverityColumn: return tr("Highlight");
    case DefinitionColumn: return tr("Definition (from the spec)");
    case ColumnCount: break;
    }
    return {};
}

} // namespace CallScope
