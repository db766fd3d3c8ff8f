// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The dashboard's and the report's figures over a store of known calls (knowncalls.h): the period on the
// calls' own dates, the buckets, the funnel, the deltas, the breakdowns, and the axis scale.
#include "domain/niceaxis.h"
#include "domain/timebuckets.h"
#include "knowncalls.h"
#include "storage/callreader.h"
#include "storage/callstatistics.h"

#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

class TstCallStatistics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<CallReader> m_reader;

    CallStatistics compute(const QString &filter, const std::optional<StatisticsPeriod> &period)
    {
        QString error;
        const std::optional<CallStatistics> s = CallStatistics::compute(m_reader->database(), CallFilter::compile(filter), period, &error);
        if (!s)
            qFatal("statistics failed: %s", qPrintable(error));
        return *s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("calls.db"));
        QVERIFY(KnownCalls::fill(m_db));
        m_reader = std::make_unique<CallReader>(m_db);
        QString error;
        QVERIFY2(m_reader->open(&error), qPrintable(error));
    }

    void bucketChoice_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<TimeBucket>("bucket");
        constexpr qint64 hour = 3600 * 1000;
        QTest::newRow("an hour") << hour << TimeBucket::Hour;
        QTest::newRow("two days") << 48 * hour << TimeBucket::Hour;
        QTest::newRow("just over two days") << 48 * hour + 1 << TimeBucket::Day;
        QTest::newRow("62 days") << 62 * 24 * hour << TimeBucket::Day;
        QTest::newRow("63 days") << 63 * 24 * hour << TimeBucket::Week;
    }
    void bucketChoice()
    {
        QFETCH(qint64, spanMs);
        QFETCH(TimeBucket, bucket);
        QCOMPARE(TimeBuckets::forSpan(spanMs), bucket);
    }

    void headlineOfThePeriod()
    {
        const CallStatistics s = compute({}, KnownCalls::march());
        const HeadlineFigures &h = s.headline;
        QCOMPARE(h.calls, 5); // Mar 2 (two), Mar 3, Mar 5 (two); not Feb or April
        QCOMPARE(h.rightParty, 4);
        QCOMPARE(h.promiseToPay, 1);
        QCOMPARE(h.plansAccepted, 1);
        QCOMPARE(h.paymentsMade, 1);
        QCOMPARE(h.paymentsFailed, 0); // April's failed payment is after the period
        QCOMPARE(h.complianceEvents, 2); // the do-not-call and the bankruptcy
        QCOMPARE(s.calls, 5); // the dashboard's older figures read the same period
    }

    void funnel()
    {
        const CallStatistics s = compute({}, KnownCalls::march());
        // calls → right party → promise to pay or plan accepted → payment made
        QCOMPARE(s.headline.funnel(), (QList<qint64>{5, 4, 2, 1}));
    }

    void deltasAgainstThePreviousPeriod()
    {
        const CallStatistics s = compute({}, KnownCalls::march());
        QVERIFY(s.previous);
        // [Feb 22, Mar 1): Feb 23 (right party) and Feb 28 (payment made); Feb 10 is before it.
        QCOMPARE(s.previous->calls, 2);
        QCOMPARE(s.previous->rightParty, 1);
        QCOMPARE(s.previous->paymentsMade, 1);
        QCOMPARE(s.previous->complianceEvents, 0);
        QVERIFY(!compute({}, std::nullopt).previous); // no period, nothing to compare with
    }

    void dayBuckets()
    {
        const CallStatistics s = compute({}, KnownCalls::march());
        QCOMPARE(s.bucket, TimeBucket::Day);
        QCOMPARE(s.timeline.size(), 7); // every day of the week, those without calls too
        for (int day = 0; day < 7; ++day)
            QCOMPARE(s.timeline[day].startMs, KnownCalls::localMs(QDate(2026, 3, 1 + day)));
        QCOMPARE(s.timeline[0].calls, 0);
        const TimelineBucket &mar2 = s.timeline[1];
        QCOMPARE(mar2.calls, 2);
        QCOMPARE(mar2.rightParty, 2);
        QCOMPARE(mar2.promiseToPay, 1);
        QCOMPARE(mar2.paymentsMade, 1);
        QCOMPARE(mar2.stopContact, 0);
        QCOMPARE(s.timeline[2].calls, 1);
        QCOMPARE(s.timeline[2].stopContact, 1); // do not call
        QCOMPARE(s.timeline[4].calls, 2);
        QCOMPARE(s.timeline[4].stopContact, 1); // bankruptcy
        QCOMPARE(s.timeline[4].hardship, 1); // hospitalized
        QCOMPARE(s.timeline[6].calls, 0);
    }

    void hourBuckets()
    {
        const StatisticsPeriod day{KnownCalls::localMs(QDate(2026, 3, 2)), KnownCalls::localMs(QDate(2026, 3, 3))};
        const CallStatistics s = compute({}, day);
        QCOMPARE(s.bucket, TimeBucket::Hour);
        QCOMPARE(s.timeline.size(), 24);
        QCOMPARE(s.timeline[10].calls, 1);
        QCOMPARE(s.timeline[10].promiseToPay, 1);
        QCOMPARE(s.timeline[11].calls, 1);
        QCOMPARE(s.timeline[11].paymentsMade, 1);
        qint64 total = 0;
        for (const TimelineBucket &b : s.timeline)
            total += b.calls;
        QCOMPARE(total, 2);
    }

    void withoutPeriodTheAxisSpansEveryCall()
    {
        const CallStatistics s = compute({}, std::nullopt);
        QCOMPARE(s.headline.calls, 9);
        QCOMPARE(s.bucket, TimeBucket::Day); // Feb 10 to Apr 2: 51 days
        qint64 total = 0;
        for (qsizetype i = 0; i < s.timeline.size(); ++i) {
            total += s.timeline[i].calls;
            if (i)
                QCOMPARE(s.timeline[i].startMs, s.timeline[i - 1].endMs); // continuous
        }
        QCOMPARE(total, 9);
        QCOMPARE(s.timeline.size(), 52); // Feb 10 to Apr 2, both days in
        QCOMPARE(s.timeline.constFirst().startMs, KnownCalls::localMs(QDate(2026, 2, 10)));
    }

    void weekBucketsStartOnMonday()
    {
        const QList<qint64> edges = TimeBuckets::edges(TimeBucket::Week, KnownCalls::localMs(QDate(2026, 3, 4), 15), KnownCalls::localMs(QDate(2026, 3, 20)));
        QCOMPARE(edges.size(), 4); // the weeks of Mar 2, 9 and 16, and the end of the last
        QCOMPARE(edges[0], KnownCalls::localMs(QDate(2026, 3, 2)));
        QCOMPARE(edges[3], KnownCalls::localMs(QDate(2026, 3, 23)));
        const StatisticsPeriod quarter{KnownCalls::localMs(QDate(2026, 1, 1)), KnownCalls::localMs(QDate(2026, 4, 1))};
        const CallStatistics s = compute({}, quarter);
        QCOMPARE(s.bucket, TimeBucket::Week);
        qint64 total = 0;
        for (const TimelineBucket &b : s.timeline)
            total += b.calls;
        QCOMPARE(total, 8); // all but April's
    }

    void periodAndFilterCombine()
    {
        // The words match the organization's name: Beta Lending's calls, in the period only.
        const CallStatistics s = compute(QStringLiteral("Beta"), KnownCalls::march());
        QCOMPARE(s.headline.calls, 2);
        QCOMPARE(s.headline.complianceEvents, 1);
        QCOMPARE(s.headline.plansAccepted, 1);
        QVERIFY(s.previous);
        QCOMPARE(s.previous->calls, 1); // Feb 28, Beta's
        QCOMPARE(s.previous->paymentsMade, 1);
    }

    void ratesByAgentAndOrganization()
    {
        const CallStatistics s = compute({}, KnownCalls::march());
        QCOMPARE(s.agentRates.size(), 2);
        const GroupRates &alice = s.agentRates[0]; // the most calls first
        QCOMPARE(alice.name, QStringLiteral("Agent Alice"));
        QCOMPARE(alice.calls, 3);
        QCOMPARE(alice.rightParty, 2);
        QCOMPARE(alice.promiseToPay, 1);
        QCOMPARE(alice.paymentsMade, 1);
        QCOMPARE(s.organizationRates.size(), 2);
        QCOMPARE(s.organizationRates[1].name, QStringLiteral("Beta Lending"));
        QCOMPARE(s.organizationRates[1].calls, 2);
        QCOMPARE(s.organizationRates[1].rightParty, 2);
    }

    void topOutcomes()
    {
        const CallStatistics s = compute({}, KnownCalls::march());
        QVERIFY(!s.topOutcomes.isEmpty());
        QCOMPARE(s.topOutcomes[0].first, OutcomeId::WasTheRightParty);
        QCOMPARE(s.topOutcomes[0].second, 4);
        for (const auto &[id, n] : s.topOutcomes)
            QVERIFY(n <= 4 && n > 0);
    }

    void complianceFilterListsThoseCalls()
    {
        // The window's "show those calls": the expression must select the same calls as the figure.
        const QString expression = StatisticsScope::stopContactFilter(QStringLiteral("Beta"), KnownCalls::march());
        const CallFilter filter = CallFilter::compile(expression);
        QVERIFY2(filter.isValid(), qPrintable(expression + QLatin1String(": ") + filter.errorText()));
        QCOMPARE(compute(expression, std::nullopt).headline.calls, 1);
        const QString all = StatisticsScope::stopContactFilter({}, KnownCalls::march());
        QCOMPARE(compute(all, std::nullopt).headline.calls, 2);
        const QString hardship = StatisticsScope::hardshipFilter({}, KnownCalls::march());
        QCOMPARE(compute(hardship, std::nullopt).headline.calls, 1);
    }

    void niceAxis_data()
    {
        QTest::addColumn<qint64>("largest");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<qint64>("step");
        QTest::newRow("nothing") << qint64(0) << qint64(1) << qint64(1);
        QTest::newRow("one") << qint64(1) << qint64(1) << qint64(1);
        QTest::newRow("two") << qint64(2) << qint64(2) << qint64(1);
        QTest::newRow("three") << qint64(3) << qint64(3) << qint64(1);
        QTest::newRow("seven") << qint64(7) << qint64(8) << qint64(2);
        QTest::newRow("ninety") << qint64(90) << qint64(100) << qint64(25);
        QTest::newRow("1,234") << qint64(1234) << qint64(1500) << qint64(500);
        QTest::newRow("100,000") << qint64(100000) << qint64(100000) << qint64(25000);
        QTest::newRow("99,001") << qint64(99001) << qint64(100000) << qint64(25000);
    }
    void niceAxis()
    {
        QFETCH(qint64, largest);
        QFETCH(qint64, max);
        QFETCH(qint64, step);
        const NiceAxis axis = NiceAxis::forMaximum(largest);
        QCOMPARE(axis.max, max);
        QCOMPARE(axis.step, step);
    }

    void smallCountsNeverRepeatALabel()
    {
        for (qint64 largest = 0; largest <= 40; ++largest) {
            const QList<qint64> ticks = NiceAxis::forMaximum(largest).ticks();
            QVERIFY(ticks.constLast() >= largest);
            QVERIFY(ticks.size() <= 6);
            for (qsizetype i = 1; i < ticks.size(); ++i)
                QVERIFY2(ticks[i] > ticks[i - 1], qPrintable(QString::number(largest)));
        }
    }
};

QTEST_GUILESS_MAIN(TstCallStatistics)
#include "tst_callstatistics.moc"
