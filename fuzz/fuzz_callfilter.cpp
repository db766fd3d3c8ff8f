// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Arbitrary text into the filter language: never a crash, never a stack overflow (nesting is bounded), a
// valid filter has SQL with a binding for each ?, an invalid one an error inside the text, and a valid one
// judges a fixed call in memory.
#include "filter/callfilter.h"
#include "storage/callrecord.h"

#include <QJsonObject>

#include <cstdlib>

using namespace CallScope;

namespace {

CallRow fixedCall()
{
    CallRow r;
    r.id = 7;
    r.firstReceivedMs = r.lastReceivedMs = 1773306000000; // 2026-03-12T09:00Z
    r.createdMs = 1773305700000;
    r.createdAt = QStringLiteral("2026-03-12T08:55:00.000Z");
    r.durationMs = 95000;
    r.event = QStringLiteral("call.completed");
    r.idempotencyKey = QStringLiteral("call.completed:org-1:67a0");
    r.callId = QStringLiteral("67a0f74d1c2e8a12f9130ae2");
    r.phoneNumber = QStringLiteral("+13105550199");
    r.organizationId = QStringLiteral("org-1");
    r.organizationName = QStringLiteral("Acme Corp");
    r.status = QStringLiteral("Completed");
    r.summary = QStringLiteral("Llamada en español <b>50% done_</b>");
    r.outcomes = QJsonObject{{QStringLiteral("doNotCall"), true}, {QStringLiteral("wasWrongParty"), false},
                             {QStringLiteral("promiseToPayDays"), 3}, {QStringLiteral("plan_type"), QStringLiteral("regular_plan")},
                             {QStringLiteral("bankruptcy"), QStringLiteral("no")}, {QStringLiteral("futureFlag"), true}};
    r.raisedMask = qint64(1) << int(OutcomeId::DoNotCall);
    r.malformedMask = qint64(1) << int(OutcomeId::Bankruptcy);
    r.patternWarnings = 1;
    r.reviewedPattern = 0;
    r.review = ReviewState::Reviewed;
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CallRow call = fixedCall();
    static const QDateTime now(QDate(2026, 3, 13), QTime(9, 0), Qt::UTC);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const CallFilter filter = CallFilter::compile(text, now);
    if (!filter.isValid()) {
        if (filter.error().message.isEmpty() || filter.error().position < 0 || filter.error().position > text.size()
            || filter.error().length < 1 || filter.matchesEverything() || filter.matches(call).has_value())
            std::abort();
        return 0;
    }
    if (filter.sql().count(QLatin1Char('?')) != filter.bindings().size())
        std::abort();
    const std::optional<bool> verdict = filter.matches(call);
    if (filter.matchesEverything() && verdict != true)
        std::abort();
    return 0;
}
