// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "callrecord.h"

namespace CallScope {

bool CallSort::isNumeric() const
{
    switch (field) {
    case Field::Received:
    case Field::Ended:
    case Field::Created:
    case Field::Duration:
    case Field::Severity:
    case Field::Validation:
    case Field::Review:
    case Field::Deliveries: return true;
    default: return false;
    }
}

bool CallSort::hasOrderedIndex() const
{
    switch (field) {
    case Field::Received: // calls_scan leads with it
    case Field::Ended:
    case Field::Duration:
    case Field::Review:
    case Field::Phone: // schema step 15
    case Field::FileNumber:
    case Field::Organization:
    case Field::Agent: return true;
    default: return false;
    }
}

QString CallSort::key() const
{
    QString key;
    switch (field) {
    case Field::Received: key = QStringLiteral("first_received_ms"); break;
    case Field::Ended: key = QStringLiteral("ended_ms"); break;
    case Field::Created: key = QStringLiteral("created_ms"); break;
    case Field::Duration: key = QStringLiteral("duration_ms"); break;
    case Field::Phone: key = QStringLiteral("phone_number COLLATE NOCASE"); break;
    case Field::FileNumber: key = QStringLiteral("file_number COLLATE NOCASE"); break;
    case Field::Organization: key = QStringLiteral("organization_name COLLATE NOCASE"); break;
    case Field::Agent: key = QStringLiteral("agent_name COLLATE NOCASE"); break;
    case Field::CallId: key = QStringLiteral("call_id COLLATE NOCASE"); break;
    case Field::Status: key = QStringLiteral("status COLLATE NOCASE"); break;
    case Field::Severity: key = QStringLiteral("severity"); break;
    case Field::Validation: key = QStringLiteral("validation * 2 + conflict"); break;
    case Field::Review: key = QStringLiteral("review_state"); break;
    case Field::Deliveries: key = QStringLiteral("deliveries"); break;
    case Field::Outcome:
        if (outcome >= 0 && outcome < OutcomeCatalogue::count())
            // A value of the wrong type sorts with the unreported ones (OutcomeValue): "no" is not above true.
            key = QStringLiteral("iif(malformed_mask & %1, NULL, json_extract(outcomes, '$.\"%2\"'))")
                      .arg(qint64(1) << outcome)
                      .arg(OutcomeCatalogue::at(outcome).key);
        else
            key = QStringLiteral("id");
        break;
    }
    return key;
}

QString CallSort::orderBy() const
{
    const QLatin1String direction = order == Qt::AscendingOrder ? QLatin1String(" ASC") : QLatin1String(" DESC");
    return key() + direction + QLatin1String(", id") + direction;
}

} // namespace CallScope
