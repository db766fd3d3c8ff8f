// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/calleventparser.h"
#include "domain/outcomecatalogue.h"
#include "domain/outcomevalue.h"
#include "domain/review.h"
#include "domain/reviewstate.h"
#include "domain/validationproblem.h"
#include "domain/httpheaders.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace CallScope {

// One call as the table shows it: the fields of its first delivery that fit a row, never its body.
struct CallRow {
    qint64 id = 0;
    qint64 firstReceivedMs = 0;
    qint64 lastReceivedMs = 0;
    qint64 createdMs = -1; // -1: no valid createdAt
    qint64 endedMs = -1;
    qint64 durationMs = -1; // -1: missing or invalid (durationText says so)
    QString event;
    QString idempotencyKey;
    QString callId;
    QString phoneNumber;
    QString fileNumber;
    QString organizationId;
    QString organizationName;
    QString agentId;
    QString agentName;
    QString status;
    QString createdAt; // as sent
    QString endedAt;
    // Known only where the whole call was at hand (a new call's StoreReceipt): the table's rows leave it out.
    std::optional<QString> summary;
    QJsonObject outcomes; // every reported outcome by key, the spec's and the others
    qint64 raisedMask = 0; // bit OutcomeId: that outcome is raised (CallEvent::isRaised)
    qint64 malformedMask = 0; // bit OutcomeId: that outcome was sent with the wrong type (OutcomeValue)
    Severity severity = Severity::None;
    Validation validation = Validation::Ok;
    bool conflict = false; // a redelivery's body differed from the first
    bool keyMismatch = false; // idempotencyKey and webhook-id disagreed
    int deliveries = 1;
    ReviewState review = ReviewState::Unreviewed;
    int patternWarnings = 0; // CallPattern::Warning bits
    int reviewedPattern = -1; // the warnings when its review was last saved; -1: never reviewed
    int refusedStatus = 0; // 401 or 413: an attempt refused before its body was kept; 0 otherwise
    QString refusal; // why, as the sender was told

    bool isRaised(OutcomeId outcome) const { return raisedMask & (qint64(1) << int(outcome)); }
    bool isMalformed(OutcomeId outcome) const { return malformedMask & (qint64(1) << int(outcome)); }
    // The contact-pattern warnings changed (a call that arrived late, a recomputation) since the review.
    bool patternChangedSinceReview() const { return reviewedPattern >= 0 && reviewedPattern != patternWarnings; }
    OutcomeValue value(OutcomeId outcome) const
    {
        const OutcomeInfo &info = OutcomeCatalogue::at(outcome);
        return OutcomeValue::read(info, outcomes.value(info.key));
    }
};

// One delivery as received, with the answer it got.
struct DeliveryRecord {
    qint64 id = 0;
    qint64 receivedMs = 0;
    QString method;
    QString path;
    QString query;
    HttpHeaders headers;
    QString remoteAddress;
    QByteArray body; // empty when the body was not kept (over the size limit)
    qint64 bodySize = 0;
    bool bodyKept = true;
    // Presenter mode (maskedDetail): the body is not JSON, so it is not shown at all.
    bool bodyWithheld = false;
    QString webhookId;
    Validation validation = Validation::Ok;
    QJsonArray problems;
    int answerStatus = 0;
    QByteArray answer;
    bool duplicate = false;
    bool conflict = false;
    // For display, filled off the GUI thread by CallQueryService: the body as text (BodyText), and for a
    // conflicting redelivery its line diff against the first delivery's body.
    QString bodyText;
    bool bodyIsJson = false;
    QString diffToFirst;
};

// Everything the detail pane shows for one call: its row, its deliveries (first first, bodies included),
// the first delivery's body parsed again, and the review note.
struct CallDetail {
    CallRow row;
    QString summary;
    QString recordingUrl;
    QString reviewNote;
    QString reviewer;
    Dispositions dispositions; // by outcome key
    QList<ReviewAuditEntry> audit; // oldest first
    QList<DeliveryRecord> deliveries;
    ParsedEvent parsed; // of the first delivery
};

// The order of a call list: a column of the table and a direction. Ties break on the call's id, so that
// the order is total and stable between queries.
struct CallSort {
    enum class Field {
        Received,
        Ended,
        Created,
        Duration,
        Phone,
        FileNumber,
        Organization,
        Agent,
        CallId,
        Status,
        Severity,
        Validation,
        Review,
        Deliveries,
        Outcome, // the outcome at index `outcome` of the catalogue
    };
    Field field = Field::Received;
    int outcome = -1;
    Qt::SortOrder order = Qt::AscendingOrder;

    // The ORDER BY clause (without the keywords) for the calls table.
    QString orderBy() const;
    // The sort key's SQL expression, and whether its values are integers.
    QString key() const;
    bool isNumeric() const;
    // Whether an index of the store holds the whole store in this order (then its ids come off it in order).
    bool hasOrderedIndex() const;
    friend bool operator==(const CallSort &, const CallSort &) = default;
};

} // namespace CallScope

Q_DECLARE_METATYPE(CallScope::CallRow)
Q_DECLARE_METATYPE(CallScope::CallDetail)
