// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "maskedrecords.h"

#include <QCoreApplication>

namespace CallScope {

QString hiddenNoteText()
{
    return QCoreApplication::translate("CallScope::MaskedRecords", "(hidden in presenter mode)");
}

CallRow maskedRow(const Masker &masker, CallRow row)
{
    row.phoneNumber = masker.phone(row.phoneNumber);
    if (!row.fileNumber.isEmpty())
        row.fileNumber = masker.identifier(row.fileNumber);
    row.outcomes = masker.outcomes(row.outcomes);
    return row;
}

CallDetail maskedDetail(const Masker &masker, CallDetail detail)
{
    detail.row = maskedRow(masker, detail.row);
    detail.summary = Masker::summaryFromOutcomes(detail.parsed.event.payload.value(QLatin1String("outcomes")).toObject());
    if (!detail.recordingUrl.isEmpty())
        detail.recordingUrl = masker.url(detail.recordingUrl);
    if (!detail.reviewNote.isEmpty())
        detail.reviewNote = hiddenNoteText();
    for (ReviewAuditEntry &entry : detail.audit) {
        if (entry.field == QLatin1String("note")) {
            entry.oldValue = entry.oldValue.isEmpty() ? entry.oldValue : hiddenNoteText();
            entry.newValue = entry.newValue.isEmpty() ? entry.newValue : hiddenNoteText();
        }
    }
    for (DeliveryRecord &d : detail.deliveries) {
        if (!d.bodyKept)
            continue;
        const Masker::MaskedBody masked = masker.body(d.body);
        d.body = masked.bytes;
        d.bodyWithheld = masked.withheld;
        d.bodyRewritten = masked.rewritten;
        d.answer = Masker::apply(d.answer, masked.replacements);
    }
    // The event and its problems as the masked first body reads: nothing in them can quote a personal value.
    if (!detail.deliveries.isEmpty()) {
        const DeliveryRecord &first = detail.deliveries.constFirst();
        if (!first.bodyWithheld) {
            detail.parsed = CallEventParser::reread(first.body);
        } else {
            // Not JSON: its problems are our words (where it stopped reading), its content is withheld.
            ParsedEvent withheld;
            withheld.problems = detail.parsed.problems;
            detail.parsed = withheld;
        }
    }
    return detail;
}

} // namespace CallScope
