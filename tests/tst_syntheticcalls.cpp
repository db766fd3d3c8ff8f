// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "domain/calleventparser.h"
#include "domain/syntheticcalls.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace CallScope;

class TstSyntheticCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsAreValidDistinctAndConsistent()
    {
        const int n = 3000;
        SyntheticCalls generator(7, n, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        QSet<QString> callIds;
        QSet<QString> planTypes;
        int spanish = 0, wrongParty = 0, paid = 0, stopContact = 0, bankruptcies = 0;
        for (int i = 0; i < n; ++i) {
            const ParsedEvent p = CallEventParser::parse(generator.next());
            QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.isEmpty() ? QString() : p.problems.constFirst().path + QLatin1Char(' ') + p.problems.constFirst().message));
            const CallEvent &e = p.event;
            callIds.insert(e.callId);
            static const QRegularExpression phone(QStringLiteral("^\\+1\\d{3}555\\d{4}$"));
            QVERIFY2(phone.match(e.phoneNumber).hasMatch(), qPrintable(e.phoneNumber));
            const bool wrong = e.isRaised(OutcomeId::WasWrongParty) || e.isRaised(OutcomeId::WasWrongNumber);
            // A wrong party or number never pays, promises or talks about a plan.
            if (wrong) {
                ++wrongParty;
                QVERIFY(!e.isRaised(OutcomeId::PaymentMade) && !e.isReported(OutcomeId::PromiseToPayDays) && !e.isRaised(OutcomeId::PlanAccepted));
                QVERIFY(e.durationMs.value_or(-1) >= 0 && *e.durationMs < 90'000);
            }
            // Bankruptcy comes with its details; details never come without it.
            QCOMPARE(e.isRaised(OutcomeId::BankruptcyCaseNumber), e.isRaised(OutcomeId::Bankruptcy));
            QCOMPARE(e.isRaised(OutcomeId::BankruptcyAttorneyName), e.isRaised(OutcomeId::Bankruptcy));
            // A plan type only with an accepted plan; a failed payment is not a payment.
            QCOMPARE(e.isReported(OutcomeId::PlanType), e.isRaised(OutcomeId::PlanAccepted));
            QVERIFY(!(e.isRaised(OutcomeId::PaymentMade) && e.isRaised(OutcomeId::PaymentFailed)));
            QVERIFY(e.endedAt.value.toMSecsSinceEpoch() - e.createdAt.value.toMSecsSinceEpoch() == e.durationMs);
            if (e.isReported(OutcomeId::PlanType))
                planTypes.insert(e.outcome(OutcomeId::PlanType).toString());
            spanish += e.isRaised(OutcomeId::SpanishCall) ? 1 : 0;
            paid += e.isRaised(OutcomeId::PaymentMade) ? 1 : 0;
            stopContact += e.severity() == Severity::StopContact ? 1 : 0;
            bankruptcies += e.isRaised(OutcomeId::Bankruptcy) ? 1 : 0;
        }
        QCOMPARE(callIds.size(), n);
        QCOMPARE(planTypes.size(), 5);
        // Plausible proportions, with room for chance.
        QVERIFY2(spanish > n * 0.08 && spanish < n * 0.22, qPrintable(QString::number(spanish)));
        QVERIFY2(wrongParty > n * 0.07 && wrongParty < n * 0.17, qPrintable(QString::number(wrongParty)));
        QVERIFY2(paid > n * 0.15 && paid < n * 0.35, qPrintable(QString::number(paid)));
        QVERIFY2(stopContact > n * 0.03 && stopContact < n * 0.15, qPrintable(QString::number(stopContact)));
        QVERIFY(bankruptcies > 0);
    }

    void theSameSeedGivesTheSameCalls()
    {
        const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        SyntheticCalls a(42, 20, start);
        SyntheticCalls b(42, 20, start);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(a.next(), b.next());
    }

    // A demo's calls happened: in the past, over the weeks asked for, in business hours, weekdays heavier,
    // in the order they happened. (Before, 100,000 calls "received today" ended months in the future.)
    void callsHappenedInThePastOverBusinessHours()
    {
        const QDateTime end(QDate(2026, 11, 18), QTime(13, 30), Qt::LocalTime); // a Wednesday afternoon
        const int n = 6000;
        SyntheticCalls generator(11, n, end, 28);
        QMap<QDate, int> perDay;
        qint64 previous = 0;
        for (int i = 0; i < n; ++i) {
            const ParsedEvent p = CallEventParser::parse(generator.next());
            const QDateTime created = p.event.createdAt.value.toLocalTime();
            const QDateTime ended = p.event.endedAt.value;
            QVERIFY2(ended <= end && generator.lastSentAt() <= end, qPrintable(ended.toString(Qt::ISODate)));
            QVERIFY2(created.time().hour() >= 8 && created.time().hour() < 18, qPrintable(created.toString(Qt::ISODate)));
            QVERIFY(created.toMSecsSinceEpoch() >= previous);
            QVERIFY(generator.lastSentAt() > ended);
            previous = created.toMSecsSinceEpoch();
            ++perDay[created.date()];
        }
        QCOMPARE(perDay.firstKey(), end.date().addDays(-27));
        QCOMPARE(perDay.lastKey(), end.date());
        QCOMPARE(perDay.size(), 28); // even the Sundays see a few calls
        double weekday = 0, sunday = 0;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            if (it.key() == end.date())
                continue; // today is half over
            if (it.key().dayOfWeek() <= 5)
                weekday += it.value() / 19.0; // 20 weekdays, less today
            else if (it.key().dayOfWeek() == 7)
                sunday += it.value() / 4.0;
        }
        QVERIFY2(weekday > 5 * sunday, qPrintable(QStringLiteral("%1 vs %2").arg(weekday).arg(sunday)));
        // Past the schedule, calls go on after the last one rather than starting over.
        const QDateTime last = CallEventParser::parse(generator.next()).event.createdAt.value;
        QVERIFY(last.toMSecsSinceEpoch() > previous);
    }
};

QTEST_APPLESS_MAIN(TstSyntheticCalls)
#include "tst_syntheticcalls.moc"
