// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/callrecord.h"

#include <QColor>
#include <QList>
#include <QMetaType>
#include <QString>

namespace CallScope {

// A compact tag for a key outcome in the calls table ("DNC", "PAID", "PTP 14d"), coloured by severity.
struct OutcomeBadge {
    QString text;
    QString tooltip; // the outcome's full label
    Severity severity = Severity::None;
};

// The badges of a call, most severe first. Only outcomes that matter at a glance get one.
QList<OutcomeBadge> outcomeBadges(const CallRow &row);

// An outcome's value as every view writes it: yes / no for a flag, the string or number, a value of the
// wrong type as sent followed by "(wrong type)"; empty when not reported.
QString outcomeDisplayText(const OutcomeValue &value);

// The colours of the table (rows and badges) and of its legend: one place, so that they always agree.
struct SeverityColours {
    static QColor rowBackground(Severity severity); // invalid() for None and Caution: no colour
    static QColor invalidBackground();
    static QColor badge(Severity severity);
};

} // namespace CallScope

Q_DECLARE_METATYPE(QList<CallScope::OutcomeBadge>)
