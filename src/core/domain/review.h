// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/reviewstate.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace CallScope {

// A reviewer's verdict on one compliance-relevant flag of a call.
enum class Disposition {
    Confirmed, // the flag is right: act on it
    Overturned, // the analysis was wrong: the flag does not hold
};
QString dispositionName(Disposition d); // "confirmed", "overturned"
std::optional<Disposition> dispositionFromName(QStringView name);

// What a reviewer changes on a call; unset fields stay as they are.
struct ReviewChange {
    std::optional<ReviewState> state;
    std::optional<QString> note;
    QMap<QString, std::optional<Disposition>> dispositions; // by outcome key; nullopt clears one
};

// One line of a call's audit trail: who changed what, when. Appended, never rewritten.
struct ReviewAuditEntry {
    qint64 atMs = 0;
    QString reviewer;
    QString field; // "state", "note", "disposition:doNotCall"
    QString oldValue;
    QString newValue;
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::ReviewChange)
