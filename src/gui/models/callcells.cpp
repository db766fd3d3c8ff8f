// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callcells.h"

#include "domain/durationtext.h"
#include "models/calltablemodel.h"
#include "models/outcomebadges.h"

#include <QApplication>
#include <QDateTime>
#include <QStyle>

#include <algorithm>

namespace CallScope::CallCells {

namespace {

QString formatTime(qint64 ms, bool withMs)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(withMs ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

QVariant text(const CallRow &row, int column)
{
    switch (column) {
    case CallTableModel::ReceivedColumn: return formatTime(row.firstReceivedMs, true);
    case CallTableModel::EndedColumn: return row.endedMs >= 0 ? formatTime(row.endedMs, false) : row.endedAt;
    case CallTableModel::DurationColumn: return row.event.isEmpty() && row.callId.isEmpty() ? QString() : durationText(row.durationMs);
    case CallTableModel::PhoneColumn: return row.phoneNumber;
    case CallTableModel::FileNumberColumn: return row.fileNumber;
    case CallTableModel::OrganizationColumn: return row.organizationName.isEmpty() ? row.organizationId : row.organizationName;
    case CallTableModel::AgentColumn: return row.agentName.isEmpty() ? row.agentId : row.agentName;
    case CallTableModel::OutcomesColumn: {
        QStringList texts;
        for (const OutcomeBadge &b : outcomeBadges(row))
            texts.append(b.text);
        // A QString separator: " · " is UTF-8 in the source, and QLatin1String would read it as "Â·" (which a
        // screen reader then spoke).
        return texts.join(QStringLiteral(" · "));
    }
    case CallTableModel::ValidationColumn: {
        QString text = validationName(row.validation);
        if (row.conflict)
            text += CallTableModel::tr(" · conflict");
        if (row.keyMismatch)
            text += CallTableModel::tr(" · key mismatch");
        return text;
    }
    case CallTableModel::ReviewColumn: return reviewStateLabel(row.review);
    case CallTableModel::DeliveriesColumn: return row.deliveries;
    case CallTableModel::WaitingColumn: {
        if (row.review != ReviewState::Unreviewed)
            return QString();
        const qint64 minutes = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - row.firstReceivedMs) / 60000;
        if (minutes < 60)
            return CallTableModel::tr("%1 min").arg(minutes);
        if (minutes < 24 * 60)
            return CallTableModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
        return CallTableModel::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
    }
    default: return {};
    }
}

QVariant toolTip(const CallRow &row, int column)
{
    switch (column) {
    case CallTableModel::OutcomesColumn: {
        QStringList labels;
        for (const OutcomeBadge &b : outcomeBadges(row))
            labels.append(b.tooltip);
        return labels.join(QLatin1Char('\n'));
    }
    case CallTableModel::ValidationColumn:
        if (row.conflict)
            return CallTableModel::tr("A redelivery's body differed from the first delivery's.");
        return {};
    case CallTableModel::ReceivedColumn:
        return CallTableModel::tr("Call %1 · %2").arg(row.callId, row.event);
    default: return {};
    }
}

QVariant background(const CallRow &row)
{
    // Stop-contact first: it must never be hidden by a lesser colour. Then problems, then the rest.
    if (row.severity == Severity::StopContact)
        return SeverityColours::rowBackground(row.severity);
    if (row.validation == Validation::Invalid || row.validation == Validation::Rejected || row.conflict)
        return SeverityColours::invalidBackground();
    const QColor c = SeverityColours::rowBackground(row.severity);
    return c.isValid() ? QVariant(c) : QVariant();
}

QVariant accessibleOutcomes(const CallRow &row)
{
    // The badges as a list of words, which a screen reader speaks as such.
    QStringList texts;
    for (const OutcomeBadge &b : outcomeBadges(row))
        texts.append(b.text);
    return texts.isEmpty() ? CallTableModel::tr("No key outcomes") : texts.join(QStringLiteral(", "));
}

QVariant validationIcon(const CallRow &row)
{
    const QStyle *style = QApplication::style();
    if (row.validation == Validation::Rejected || row.validation == Validation::Invalid)
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    if (row.validation == Validation::Warning || row.conflict || row.keyMismatch)
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    return style->standardIcon(QStyle::SP_DialogApplyButton);
}

} // namespace CallScope::CallCells
