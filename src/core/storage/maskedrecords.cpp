// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "maskedrecords.h"

#include <QCoreApplication>

namespace CallScope {

QString presenterHiddenText()
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
        detail.reviewNote = presenterHiddenText();
    // Notes and reasons are free text: a name or a number in them cannot be found.
    const auto hidden = [](const QString &text) { return text.isEmpty() ? text : presenterHiddenText(); };
    for (ReviewAuditEntry &entry : detail.audit) {
        if (entry.field == QLatin1String("note")) {
            entry.oldValue = hidden(entry.oldValue);
            entry.newValue = hidden(entry.newValue);
        }
        entry.reason = hidden(entry.reason);
    }
    for (DispositionEntry &entry : detail.dispositions)
        entry.reason = hidden(entry.reason);
    for (DeliveryRecord &d : detail.deliveries) {
        d.query = masker.query(d.query);
        for (auto &[name, value] : d.headers)
            value = masker.headerValue(QString::fromLatin1(name), QString::fromLatin1(value)).toLatin1();
        d.answer = Masker::answer(d.answer);
        if (!d.bodyKept)
            continue;
        const Masker::MaskedBody masked = masker.body(d.body);
        d.body = masked.bytes;
        d.bodyWithheld = masked.withheld;
    }
    // The event and its problems as the masked first body reads: nothing in them can quote a personal value.
    if (!detail.deliveries.isEmpty()) {
        const DeliveryRecord &first = detail.deliveries.constFirst();
        if (!first.bodyWithheld) {
            detail.parsed = CallEventParser::reread(first.body);
        } else {
            // Not JSON: its content is withheld, and so are the bytes a problem may quote; where reading
            // stopped is kept.
            ParsedEvent withheld;
            for (ValidationProblem p : detail.parsed.problems) {
                p.message = p.offset >= 0 ? QStringLiteral("The body is not JSON at byte %1.").arg(p.offset) : QStringLiteral("The body is not JSON.");
                withheld.problems.append(p);
            }
            detail.parsed = withheld;
        }
    }
    return detail;
}

} // namespace CallScope
