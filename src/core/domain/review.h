// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/outcomecatalogue.h"
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

// A disposition with the reason given for it (required to overturn a flag).
struct DispositionEntry {
    DispositionEntry(Disposition d = Disposition::Confirmed, QString why = {}) // NOLINT: a Disposition alone is one
        : disposition(d)
        , reason(std::move(why))
    {
    }
    Disposition disposition;
    QString reason;
    bool operator==(const DispositionEntry &) const = default;
};
using Dispositions = QMap<QString, DispositionEntry>; // by outcome key

// As the store keeps them: {"doNotCall":{"disposition":"confirmed"},"ceaseAndDesist":{"disposition":"overturned",
// "reason":"…"}}. The first form ({"doNotCall":"confirmed"}) is read as well; anything else is skipped.
Dispositions dispositionsFromJson(const QString &json);
QString dispositionsToJson(const Dispositions &dispositions); // empty for none

// What a reviewer changes on a call; unset fields stay as they are.
struct ReviewChange {
    std::optional<ReviewState> state;
    std::optional<QString> note;
    QMap<QString, std::optional<DispositionEntry>> dispositions; // by outcome key; nullopt clears one
    // Why, for the audit lines that have no reason of their own (an undo says which save it undoes).
    QString reason;

    bool isEmpty() const { return !state && !note && dispositions.isEmpty(); }
    bool operator==(const ReviewChange &) const = default;
};

// The rule of "Reviewed means reviewed": the flags a reviewer must stand behind before a call can be marked
// reviewed are its stop-contact flags that are raised, or that were sent with the wrong type (no value, but
// a person must say whether it holds). Details beside them (an attorney's name, a case number) are shown,
// not judged.
class ReviewRules final
{
public:
    ReviewRules() = delete;
    static QList<OutcomeId> flagsToJudge(qint64 raisedMask, qint64 malformedMask);
    // Of those, the ones without a disposition, or overturned without a reason; in catalogue order.
    static QList<OutcomeId> unjudged(qint64 raisedMask, qint64 malformedMask, const Dispositions &dispositions);
    // "Do not call and Cease and desist need a disposition: confirmed, or overturned with a reason." (translated)
    static QString unjudgedMessage(const QList<OutcomeId> &flags);
};

// One line of a call's audit trail: who changed what, when, and why. Appended, never rewritten.
struct ReviewAuditEntry {
    qint64 atMs = 0;
    QString reviewer;
    QString field; // "state", "note", "disposition:doNotCall"
    QString oldValue;
    QString newValue;
    QString reason;
};

// What the store answered to one review save.
struct ReviewResult {
    quint64 ticket = 0;
    qint64 callRow = 0;
    bool ok = false;
    QString error; // why not, for the user
    ReviewChange previous; // the values the save replaced: applying it undoes the save
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::ReviewChange)
Q_DECLARE_METATYPE(CallScope::ReviewResult)
