// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "domain/callpattern.h"
#include "domain/durationtext.h"
#include "domain/syntheticcalls.h"
#include "filter/callfilter.h"
#include "storage/callreader.h"
#include "storage/callstatistics.h"
#include "storage/patternrevisor.h"
#include "storage/storecounts.h"
#include "storage/sqlsupport.h"
#include "storage/storeschema.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

#include <sys/stat.h>

using namespace CallScope;

namespace {

using TestSupport::columnsOf;
using TestSupport::sql;

// A file's permission bits (0600), or -1 when it is not there.
int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray withKey(const QByteArray &body, const QByteArray &key)
{
    QByteArray b = body;
    const qsizetype at = b.indexOf("\"idempotencyKey\"");
    const qsizetype start = b.indexOf('"', b.indexOf(':', at)) + 1;
    const qsizetype end = b.indexOf('"', start);
    return b.replace(start, end - start, key);
}

// Every byte CallScope keeps for a store: the database, its WAL and its shared-memory file.
QByteArray storeFiles(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// A minimal call whose outcomes are `outcomes` (a JSON object's members) and whose id is `callId`.
QByteArray callWithOutcomes(const QByteArray &callId, const QByteArray &outcomes)
{
    QByteArray body = TestSupport::sample("01-minimal.json");
    body.replace("67a0f74d1c2e8a12f9130ae2", callId);
    return body.replace(QByteArray("\"outcomes\": {}"), QByteArray("\"outcomes\": {" + outcomes + "}"));
}

// A call for the contact-pattern tests: `callId` (also its idempotencyKey) to `phone` and, unless empty, `file`,
// created `hours` after 2026-03-01 09:00 UTC, with `outcomes`.
QByteArray patternCall(const QString &callId, const QString &phone, const QString &file, int hours, const QJsonObject &outcomes = {})
{
    QJsonObject o = QJsonDocument::fromJson(TestSupport::sample("01-minimal.json")).object();
    o.insert(QStringLiteral("idempotencyKey"), QString(QStringLiteral("call.completed:507f1f77bcf86cd799439011:") + callId));
    QJsonObject p = o.value(QStringLiteral("payload")).toObject();
    p.insert(QStringLiteral("callId"), callId);
    p.insert(QStringLiteral("phoneNumber"), phone);
    if (!file.isEmpty())
        p.insert(QStringLiteral("fileNumber"), file);
    const QDateTime created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(hours) * 3600);
    p.insert(QStringLiteral("createdAt"), created.toString(Qt::ISODateWithMs));
    p.insert(QStringLiteral("endedAt"), created.addSecs(60).toString(Qt::ISODateWithMs));
    p.insert(QStringLiteral("outcomes"), outcomes);
    o.insert(QStringLiteral("payload"), p);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject raised(const char *outcomeKey)
{
    return QJsonObject{{QLatin1String(outcomeKey), true}};
}

// Each call's warnings, by callId.
QMap<QString, int> warningsByCallId(const QString &path)
{
    QMap<QString, int> warnings;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("warnings"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(QStringLiteral("SELECT call_id, pattern_warnings FROM calls"), db);
        while (q.next())
            warnings.insert(q.value(0).toString(), q.value(1).toInt());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("warnings"));
    return warnings;
}

// The pattern revisions in order, each as "callId: old -> new, cause callId" (no cause: "-").
QStringList revisions(const QString &path)
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("revisions"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(QStringLiteral("SELECT c.call_id, r.old_warnings, r.new_warnings, coalesce(k.call_id, '-'), r.at_ms FROM pattern_revisions r "
                                   "JOIN calls c ON c.id = r.call_ref LEFT JOIN calls k ON k.id = r.cause_ref ORDER BY r.id"),
                    db);
        while (q.next()) {
            lines.append(QStringLiteral("%1: %2 -> %3, cause %4").arg(q.value(0).toString()).arg(q.value(1).toInt()).arg(q.value(2).toInt()).arg(q.value(3).toString()));
            if (q.value(4).toLongLong() <= 0)
                qFatal("a revision without a time");
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("revisions"));
    return lines;
}

} // namespace

class TstDeliveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationStep1CreatesTheSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        {
            DeliveryStore store(path);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
        }
        QCOMPARE(sql(path, {QStringLiteral("PRAGMA user_version")}).toInt(), StoreSchema::Version);
        const QStringList deliveries = columnsOf(path, QStringLiteral("deliveries"));
        for (const char *column : {"body", "headers", "method", "path", "query", "remote_address", "received_ms", "answer_status", "problems"})
            QVERIFY2(deliveries.contains(QLatin1String(column)), column);
        QCOMPARE(sql(path, {QStringLiteral("PRAGMA journal_mode")}).toString(), QStringLiteral("wal"));
    }

    // Secret header values are redacted before anything is written, for accepted deliveries and refused
    // attempts alike: no byte of them is in the database, its WAL or its shared memory, nor in any export.
    void secretsNeverReachTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.db"));
        const QList<QByteArray> secrets{"tok-ACCEPTED-5ecret", "session=COOKIE5ecret", "APIKEY5ecret", "PROXY5ecret", "tok-NEARMISS-5ecret"};
        {
            DeliveryStore store(path);
            QString error;
            QVERIFY(store.open(&error));
            IncomingDelivery refused = TestSupport::delivery({}, 2000, {{"Authorization", "Bearer tok-NEARMISS-5ecret"}});
            refused.refusal = QStringLiteral("The Bearer token is wrong.");
            TestSupport::store(store, {TestSupport::delivery(TestSupport::sample("02-payment-and-plan.json"), 1000,
                                                             {{"Authorization", "Bearer tok-ACCEPTED-5ecret"},
                                                              {"Cookie", "session=COOKIE5ecret; theme=dark"},
                                                              {"x-api-key", "APIKEY5ecret"},
                                                              {"Proxy-Authorization", "Basic PROXY5ecret"}}),
                                       refused});
            const QByteArray files = storeFiles(path);
            for (const QByteArray &secret : secrets)
                QVERIFY2(!files.contains(secret), secret.constData());
        }
        const QByteArray har = TestSupport::exported(path, ExportFormat::Har);
        QVERIFY(har.contains("Bearer [redacted]"));
        QVERIFY(har.contains("Basic [redacted]"));
        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Ndjson, ExportFormat::Json, ExportFormat::Har}) {
            const QByteArray out = TestSupport::exported(path, format);
            for (const QByteArray &secret : secrets)
                QVERIFY2(!out.contains(secret), secret.constData());
        }
        CallReader reader(path);
        QString error;
        QVERIFY(reader.open(&error));
        const auto detail = reader.detail(1);
        QVERIFY(detail);
        const HttpHeaders headers = detail->deliveries.at(0).headers;
        QCOMPARE(headerValue(headers, "authorization"), QByteArray("Bearer [redacted]"));
        QCOMPARE(headerValue(headers, "cookie"), QByteArray("[redacted]"));
        QCOMPARE(headerValue(headers, "x-api-key"), QByteArray("[redacted]"));
        QCOMPARE(headerValue(headers, "content-type"), QByteArray("application/json"));
    }

    // A value of the wrong type is never read as a value: no filter, statistic or export counts it as the
    // flag, and KEY=invalid finds it.
    void mistypedOutcomesAreNeverValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typed.db"));
        DeliveryStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        QByteArray negative = callWithOutcomes("negative", "");
        negative.replace("\"duration\": 0", "\"duration\": -5000");
        TestSupport::store(store, {TestSupport::delivery(callWithOutcomes("mistyped", R"("doNotCall":"no","ceaseAndDesist":"false","bankruptcy":0,"paymentMade":"true","promiseToPayDays":-3)"), 1000),
                                   TestSupport::delivery(negative, 3000),
                                   TestSupport::delivery(callWithOutcomes("typed", R"("doNotCall":true,"promiseToPayDays":14)"), 2000)});
        CallReader reader(path);
        QVERIFY(reader.open(&error));
        const auto count = [&](const char16_t *filter) {
            const auto ids = reader.ids(CallFilter::compile(filter), CallSort{});
            return ids ? int(ids->size()) : -1;
        };
        QCOMPARE(count(u"doNotCall"), 1); // the well-typed call only
        QCOMPARE(count(u"ceaseAndDesist"), 0);
        QCOMPARE(count(u"bankruptcy"), 0);
        QCOMPARE(count(u"paymentMade"), 0);
        QCOMPARE(count(u"paymentMade=false"), 0);
        QCOMPARE(count(u"doNotCall=none"), 1); // the call with no outcomes, not the mistyped one
        QCOMPARE(count(u"promiseToPayDays<20"), 1);
        QCOMPARE(count(u"group:compliance"), 1);
        QCOMPARE(count(u"doNotCall=invalid"), 1);
        QCOMPARE(count(u"bankruptcy=invalid"), 1);
        QCOMPARE(count(u"bankruptcy!=invalid"), 2);
        const QList<CallRow> rows = reader.rows(std::vector<qint64>{1, 2});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].severity, Severity::None);
        QCOMPARE(durationText(rows[0].durationMs), QStringLiteral("0:00")); // zero is a duration
        QCOMPARE(durationText(rows[1].durationMs), QStringLiteral("invalid")); // -5000 ms is none
        QVERIFY(rows[0].isMalformed(OutcomeId::DoNotCall));
        QVERIFY(!rows[0].isRaised(OutcomeId::DoNotCall));
        const auto stats = CallStatistics::compute(reader.database(), CallFilter::compile(u""), &error);
        QVERIFY2(stats, qPrintable(error));
        QCOMPARE(stats->paymentsMade, 0);
        QCOMPARE(stats->promiseToPay, 1);
        for (const auto &[key, n] : stats->complianceFlags)
            QCOMPARE(n, key == QLatin1String("doNotCall") ? 1 : 0);
        const QByteArray csv = TestSupport::exported(path, ExportFormat::Csv, QStringLiteral("callId=mistyped"));
        QVERIFY2(csv.contains(R"("invalid:""no""")"), csv.constData());
        QVERIFY(csv.contains(R"("invalid:""true""")"));
        QVERIFY(csv.contains(",invalid:0,"));
        QVERIFY(csv.contains(",invalid:-3,"));
    }

    void reviewsAreKeptWithAnAppendOnlyAuditTrail()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("review.db")));
        QString error;
        QVERIFY(store.open(&error));
        const QList<StoreReceipt> receipts = TestSupport::store(store, {TestSupport::delivery(TestSupport::sample("03-compliance-and-preferences.json"), 1000)});
        const qint64 call = receipts[0].callRowId;
        QSignalSpy reviewed(&store, &DeliveryStore::reviewed);

        ReviewChange first;
        first.state = ReviewState::FollowUp;
        first.note = QStringLiteral("Send the written notice.");
        first.dispositions.insert(QStringLiteral("doNotCall"), Disposition::Confirmed);
        first.dispositions.insert(QStringLiteral("ceaseAndDesist"), Disposition::Overturned);
        QVERIFY2(store.review(call, first, QStringLiteral("ana"), 5000, &error), qPrintable(error));
        // Reviewed means reviewed: not while a raised stop-contact flag is overturned without a reason.
        ReviewChange second;
        second.state = ReviewState::Reviewed;
        second.note = QStringLiteral("Send the written notice."); // unchanged: no audit line
        QVERIFY(!store.review(call, second, QStringLiteral("ben"), 5500, &error));
        QVERIFY2(error.contains(QLatin1String("Cease and desist")) && !error.contains(QLatin1String("Do not call")), qPrintable(error));
        QCOMPARE(reviewed.size(), 1);
        error.clear();
        const QString why = QStringLiteral("The consumer asked for email, not for calls to stop.");
        second.dispositions.insert(QStringLiteral("ceaseAndDesist"), DispositionEntry{Disposition::Overturned, why});
        ReviewChange undo;
        QVERIFY2(store.review(call, second, QStringLiteral("ben"), 6000, &error, &undo), qPrintable(error));
        QCOMPARE(reviewed.size(), 2);
        // What the save replaced, to undo it: the state and the disposition, not the unchanged note.
        QCOMPARE(undo.state, std::optional(ReviewState::FollowUp));
        QVERIFY(!undo.note);
        QCOMPARE(undo.dispositions.value(QStringLiteral("ceaseAndDesist")), std::optional<DispositionEntry>(Disposition::Overturned));
        // Clearing a flag's disposition on a reviewed call is refused too, and changes nothing.
        ReviewChange clear;
        clear.dispositions.insert(QStringLiteral("doNotCall"), std::nullopt);
        QVERIFY(!store.review(call, clear, QStringLiteral("ben"), 6500, &error));
        QVERIFY2(error.contains(QLatin1String("Do not call")), qPrintable(error));
        error.clear();

        CallReader reader(store.path());
        QVERIFY(reader.open(&error));
        const auto detail = reader.detail(call);
        QVERIFY(detail);
        QCOMPARE(detail->row.review, ReviewState::Reviewed);
        QCOMPARE(detail->reviewNote, QStringLiteral("Send the written notice."));
        QCOMPARE(detail->reviewer, QStringLiteral("ben"));
        QCOMPARE(detail->dispositions, (Dispositions{{QStringLiteral("doNotCall"), Disposition::Confirmed},
                                                     {QStringLiteral("ceaseAndDesist"), DispositionEntry{Disposition::Overturned, why}}}));
        QCOMPARE(detail->audit.size(), 6);
        QCOMPARE(detail->audit[0].reviewer, QStringLiteral("ana"));
        QCOMPARE(detail->audit[0].field, QStringLiteral("state"));
        QCOMPARE(detail->audit[0].newValue, QStringLiteral("follow-up"));
        QCOMPARE(detail->audit[4].field, QStringLiteral("state"));
        QCOMPARE(detail->audit[4].oldValue, QStringLiteral("follow-up"));
        QCOMPARE(detail->audit[5].field, QStringLiteral("disposition:ceaseAndDesist"));
        QCOMPARE(detail->audit[5].oldValue, QStringLiteral("overturned"));
        QCOMPARE(detail->audit[5].newValue, QStringLiteral("overturned"));
        QCOMPARE(detail->audit[5].reason, why);
        QCOMPARE(detail->audit[5].atMs, 6000);
        QCOMPARE(sql(store.path(), {QStringLiteral("SELECT reviewed_pattern IS NOT NULL FROM calls WHERE id = %1").arg(call)}).toInt(), 1);
        // The filter and the CSV see the review.
        QCOMPARE(reader.ids(CallFilter::compile(u"review=reviewed"), CallSort{})->size(), 1);
        QVERIFY(TestSupport::exported(store.path(), ExportFormat::Csv).contains(",reviewed,Send the written notice.,"));

        // Nobody rewrites the trail, not even with SQL of their own.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(store.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE review_audit SET reviewer = 'mallory'")));
            QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM review_audit")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QCOMPARE(reader.detail(call)->audit.size(), 6);
    }

    void warnsOfContactPatterns()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("pattern.db")));
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(columnsOf(store.path(), QStringLiteral("calls")).contains(QStringLiteral("pattern_warnings")));
        // One phone number: a do-not-call on day 0, then 8 more calls over the next 3 days.
        const QByteArray dnc = TestSupport::sample("03-compliance-and-preferences.json");
        const QByteArray plain = TestSupport::sample("04-wrong-party.json");
        QList<IncomingDelivery> batch;
        const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        const auto call = [&](const QByteArray &body, int n, int hours) {
            QByteArray b = withKey(body, "pattern-" + QByteArray::number(n));
            b.replace("+14085550100", "+13105550199"); // the wrong-party sample, to the do-not-call number
            const QByteArray created = start.addSecs(hours * 3600).toString(Qt::ISODateWithMs).toLatin1();
            b.replace("2026-03-10T18:00:00.000Z", created).replace("2026-03-01T14:22:00.000Z", created);
            batch.append(TestSupport::delivery(b, 1000 + n));
        };
        call(plain, 0, -48); // before the do-not-call: nothing to warn of
        call(dnc, 1, 0);
        for (int n = 2; n <= 9; ++n)
            call(plain, n, n * 8);
        const QList<StoreReceipt> receipts = TestSupport::store(store, batch);
        CallReader reader(store.path());
        QVERIFY(reader.open(&error));
        QList<qint64> ids;
        for (const StoreReceipt &r : receipts)
            ids.append(r.callRowId);
        const QList<CallRow> rows = reader.rows(ids);
        QCOMPARE(rows.size(), 10);
        QCOMPARE(rows[0].patternWarnings, 0);
        QCOMPARE(rows[1].patternWarnings, 0); // the do-not-call itself
        QCOMPARE(rows[2].patternWarnings, int(CallPattern::AfterStopRequest));
        QCOMPARE(rows[6].patternWarnings, int(CallPattern::AfterStopRequest)); // the 7th call within 7 days
        QCOMPARE(rows[7].patternWarnings, CallPattern::AfterStopRequest | CallPattern::TooFrequent); // the 8th
        QCOMPARE(rows[9].patternWarnings & CallPattern::AfterBankruptcy, 0);
    }

    // A call that arrives after calls created after it (a sender's retry queue, a late batch) revises their
    // warnings: by the phone number or by the file number alone, for a stop request or a bankruptcy, which
    // reach every later call, however much later.
    void lateCallRevisesTheCallsCreatedAfterIt_data()
    {
        QTest::addColumn<QString>("latePhone");
        QTest::addColumn<QString>("lateFile");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("warning");
        QTest::newRow("do-not-call, same phone") << "+13105550100" << "" << "doNotCall" << int(CallPattern::AfterStopRequest);
        QTest::newRow("cease-and-desist, same file number only") << "+16175550111" << "ACC-1" << "ceaseAndDesist" << int(CallPattern::AfterStopRequest);
        QTest::newRow("do-not-call, same file number only") << "+16175550111" << "ACC-1" << "doNotCall" << int(CallPattern::AfterStopRequest);
        QTest::newRow("bankruptcy, same phone") << "+13105550100" << "ACC-2" << "bankruptcy" << int(CallPattern::AfterBankruptcy);
    }

    void lateCallRevisesTheCallsCreatedAfterIt()
    {
        QFETCH(QString, latePhone);
        QFETCH(QString, lateFile);
        QFETCH(QString, outcome);
        QFETCH(int, warning);
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("late.db")));
        QString error;
        QVERIFY(store.open(&error));
        const QString phone = QStringLiteral("+13105550100");
        TestSupport::store(store, {TestSupport::delivery(patternCall(QStringLiteral("before"), phone, QStringLiteral("ACC-1"), 0), 1000),
                                   TestSupport::delivery(patternCall(QStringLiteral("later"), phone, QStringLiteral("ACC-1"), 48), 1001),
                                   TestSupport::delivery(patternCall(QStringLiteral("months-later"), phone, QStringLiteral("ACC-1"), 24 * 90), 1002),
                                   TestSupport::delivery(patternCall(QStringLiteral("other-phone"), QStringLiteral("+14155550000"), QStringLiteral("ACC-9"), 48), 1003)});
        QCOMPARE(warningsByCallId(store.path()).value(QStringLiteral("later")), 0);

        // Created a day after "before", a day before "later"; it arrives last, in a batch of its own.
        const QList<StoreReceipt> receipts = TestSupport::store(
            store, {TestSupport::delivery(patternCall(QStringLiteral("late"), latePhone, lateFile, 24, raised(qPrintable(outcome))), 2000)});
        QVERIFY(receipts[0].stored() && receipts[0].newCall());
        // Its receipt names the calls it revised, for the views that show them.
        QList<qint64> revised = receipts[0].revisedCalls;
        std::sort(revised.begin(), revised.end());
        QCOMPARE(revised, (QList<qint64>{2, 3}));
        const QMap<QString, int> warnings = warningsByCallId(store.path());
        QCOMPARE(warnings.value(QStringLiteral("before")), 0); // created before it: untouched
        QCOMPARE(warnings.value(QStringLiteral("late")), 0); // nothing before it to warn of
        QCOMPARE(warnings.value(QStringLiteral("later")), warning);
        QCOMPARE(warnings.value(QStringLiteral("months-later")), warning);
        QCOMPARE(warnings.value(QStringLiteral("other-phone")), 0);
        // Each revision names the late call as its cause; the late call's own first warnings are none.
        QCOMPARE(revisions(store.path()), (QStringList{QStringLiteral("later: 0 -> %1, cause late").arg(warning),
                                                       QStringLiteral("months-later: 0 -> %1, cause late").arg(warning)}));
        // A redelivery of the late call changes nothing more.
        TestSupport::store(store, {TestSupport::delivery(patternCall(QStringLiteral("late"), latePhone, lateFile, 24, raised(qPrintable(outcome))), 3000)});
        QCOMPARE(revisions(store.path()).size(), 2);
    }

    // The frequency warning reaches only 7 days after a call; calls created at the same moment are not
    // before one another.
    void lateCallCountsOnlyWithinSevenDays()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("window.db")));
        QString error;
        QVERIFY(store.open(&error));
        const QString phone = QStringLiteral("+13105550100");
        QList<IncomingDelivery> batch;
        for (int n = 1; n <= 7; ++n) // 7 calls, one every 12 hours from hour 12: none has more than 7 in 7 days
            batch.append(TestSupport::delivery(patternCall(QStringLiteral("c%1").arg(n), phone, QString(), n * 12), 1000 + n));
        batch.append(TestSupport::delivery(patternCall(QStringLiteral("far"), phone, QString(), 12 + 24 * 7 + 1), 1100)); // 7 days and 1 h after c1
        TestSupport::store(store, batch);
        QCOMPARE(warningsByCallId(store.path()).value(QStringLiteral("c7")), 0);
        // One more, created at hour 0: c7 (hour 84) now has 8 calls in its 7 days; "far" (hour 181) does not,
        // hour 0 is more than 7 days before it.
        TestSupport::store(store, {TestSupport::delivery(patternCall(QStringLiteral("late"), phone, QString(), 0), 2000)});
        const QMap<QString, int> warnings = warningsByCallId(store.path());
        QCOMPARE(warnings.value(QStringLiteral("c7")), int(CallPattern::TooFrequent));
        QCOMPARE(warnings.value(QStringLiteral("c6")), 0);
        QCOMPARE(warnings.value(QStringLiteral("far")), 0);
        QCOMPARE(revisions(store.path()), QStringList{QStringLiteral("c7: 0 -> 2, cause late")});
    }

    // The same calls end with the same warnings whatever order they arrive in: one a batch newest first, all
    // in one batch newest first, or in order. Only a change of a call stored by an earlier commit is a revision.
    void outOfOrderArrivalEndsAsInOrder_data()
    {
        QTest::addColumn<bool>("newestFirst");
        QTest::addColumn<bool>("oneBatch");
        QTest::addColumn<bool>("import");
        QTest::addColumn<int>("revisionCount");
        QTest::newRow("in order, one batch each") << false << false << false << 0;
        QTest::newRow("newest first, one batch each") << true << false << false << 5;
        QTest::newRow("newest first, one batch") << true << true << false << 0;
        QTest::newRow("in order, one import") << false << true << true << 0;
        QTest::newRow("newest first, one import") << true << true << true << 0;
        QTest::newRow("newest first, one import each") << true << false << true << 5;
    }

    void outOfOrderArrivalEndsAsInOrder()
    {
        QFETCH(bool, newestFirst);
        QFETCH(bool, oneBatch);
        QFETCH(bool, import);
        QFETCH(int, revisionCount);
        // 8 calls to one phone, one every 12 hours; the 4th is a do-not-call.
        QList<IncomingDelivery> calls;
        for (int n = 0; n < 8; ++n) {
            const QJsonObject outcomes = n == 3 ? raised("doNotCall") : QJsonObject();
            calls.append(TestSupport::delivery(patternCall(QStringLiteral("c%1").arg(n), QStringLiteral("+13105550100"), QString(), n * 12, outcomes), 1000 + n));
        }
        if (newestFirst)
            std::reverse(calls.begin(), calls.end());
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("order.db")));
        QString error;
        QVERIFY(store.open(&error));
        QList<QList<IncomingDelivery>> batches;
        if (oneBatch) {
            batches.append(calls);
        } else {
            for (const IncomingDelivery &d : calls)
                batches.append({d});
        }
        for (const QList<IncomingDelivery> &batch : batches) {
            if (import)
                QVERIFY2(store.importChunk(batch, &error), qPrintable(error));
            else
                QVERIFY(TestSupport::store(store, batch).constFirst().stored());
        }
        const int stop = CallPattern::AfterStopRequest;
        const QMap<QString, int> inOrder{{QStringLiteral("c0"), 0}, {QStringLiteral("c1"), 0},    {QStringLiteral("c2"), 0},
                                         {QStringLiteral("c3"), 0}, {QStringLiteral("c4"), stop}, {QStringLiteral("c5"), stop},
                                         {QStringLiteral("c6"), stop}, {QStringLiteral("c7"), stop | CallPattern::TooFrequent}};
        QCOMPARE(warningsByCallId(store.path()), inOrder);
        QCOMPARE(revisions(store.path()).size(), revisionCount);
        if (revisionCount > 0) {
            // Newest first: c3's arrival gives c4..c7 the stop warning; c0's gives c7 its 8th call in 7 days.
            const QStringList lines = revisions(store.path());
            QVERIFY(lines.contains(QStringLiteral("c4: 0 -> 1, cause c3")));
            QVERIFY(lines.contains(QStringLiteral("c7: 0 -> 1, cause c3")));
            QCOMPARE(lines.constLast(), QStringLiteral("c7: 1 -> 3, cause c0"));
        }
    }

    // Random calls (four phone numbers, three file numbers, some calls without one or with an empty one,
    // ties in createdAt, stop requests and bankruptcies) arriving in a random order, in listener batches and
    // imports of random sizes, end with the warnings the rule gives, worked out here by brute force; and a
    // full recomputation (schema step 11's) finds nothing to change, and gives them back once cleared.
    void anyArrivalOrderGivesTheRulesWarnings()
    {
        struct Call {
            QString id, phone, file;
            int hours = 0;
            QJsonObject outcomes;
        };
        QRandomGenerator random(1411);
        const QStringList phones{QStringLiteral("+15550000001"), QStringLiteral("+15550000002"), QStringLiteral("+15550000003"),
                                 QStringLiteral("+15550000004"), QString()};
        // "none": no fileNumber in the body; "empty": sent as "", which is no file number either.
        const QStringList files{QStringLiteral("none"), QStringLiteral("empty"), QStringLiteral("F-1"), QStringLiteral("F-2"), QStringLiteral("F-3")};
        const auto fileNumber = [](const QString &file) { return file.startsWith(QLatin1String("F-")) ? file : QString(); };
        QList<Call> calls;
        for (int n = 0; n < 160; ++n) {
            Call c{QStringLiteral("r%1").arg(n), phones.at(random.bounded(int(phones.size()))), files.at(random.bounded(int(files.size()))),
                   6 * int(random.bounded(4 * 60)), {}}; // 60 days, every 6 hours: calls at the same time too
            const int roll = random.bounded(100);
            if (roll < 2)
                c.outcomes = raised("doNotCall");
            else if (roll < 3)
                c.outcomes = raised("ceaseAndDesist");
            else if (roll < 5)
                c.outcomes = raised("bankruptcy");
            calls.append(c);
        }
        // The rule, call by call: the calls created before it to its phone number, or to its file number.
        QMap<QString, int> expected;
        for (const Call &c : calls) {
            bool stop = false, bankruptcy = false;
            int inWindow = 0;
            for (const Call &e : calls) {
                const bool contact = (!c.phone.isEmpty() && e.phone == c.phone) || (!fileNumber(c.file).isEmpty() && e.file == c.file);
                if (!contact || e.hours >= c.hours)
                    continue;
                stop = stop || e.outcomes.contains(QLatin1String("doNotCall")) || e.outcomes.contains(QLatin1String("ceaseAndDesist"));
                bankruptcy = bankruptcy || e.outcomes.contains(QLatin1String("bankruptcy"));
                inWindow += qint64(c.hours - e.hours) * 3600 * 1000 <= CallPattern::WindowMs ? 1 : 0;
            }
            expected.insert(c.id, c.phone.isEmpty() ? 0 : CallPattern::warnings(stop, bankruptcy, inWindow + 1));
        }
        // Near the limits, where a count one off or a wrong tie would show.
        const auto having = [&expected](int bit) { return std::count_if(expected.cbegin(), expected.cend(), [bit](int w) { return w & bit; }); };
        QVERIFY(having(CallPattern::TooFrequent) > 20 && having(CallPattern::TooFrequent) < 100);
        QVERIFY(having(CallPattern::AfterStopRequest) > 20 && having(CallPattern::AfterStopRequest) < 100);
        QVERIFY(having(CallPattern::AfterBankruptcy) > 20 && having(CallPattern::AfterBankruptcy) < 100);

        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("random.db")));
        QString error;
        QVERIFY(store.open(&error));
        std::shuffle(calls.begin(), calls.end(), random);
        for (qsizetype at = 0; at < calls.size();) {
            QList<IncomingDelivery> batch;
            for (int n = random.bounded(1, 20); n > 0 && at < calls.size(); --n, ++at) {
                const Call &c = calls.at(at);
                QByteArray body = patternCall(c.id, c.phone, fileNumber(c.file), c.hours, c.outcomes);
                if (c.file == QLatin1String("empty"))
                    body.replace("\"phoneNumber\"", "\"fileNumber\":\"\",\"phoneNumber\"");
                batch.append(TestSupport::delivery(body, 1000 + at));
            }
            if (random.bounded(2) == 0)
                QVERIFY2(store.importChunk(batch, &error), qPrintable(error));
            else
                QVERIFY(TestSupport::store(store, batch).constFirst().stored());
        }
        QCOMPARE(warningsByCallId(store.path()), expected);
        const qsizetype revised = revisions(store.path()).size();
        QVERIFY(revised > 0);

        // The full recomputation, in a transaction of its own that is then rolled back.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("recompute"));
            db.setDatabaseName(store.path());
            QVERIFY(db.open());
            QVERIFY(db.transaction());
            const auto warnings = [&db] {
                QMap<QString, int> w;
                QSqlQuery q(QStringLiteral("SELECT call_id, pattern_warnings FROM calls"), db);
                while (q.next())
                    w.insert(q.value(0).toString(), q.value(1).toInt());
                return w;
            };
            const auto revisionCount = [&db] {
                QSqlQuery q(QStringLiteral("SELECT count(*) FROM pattern_revisions"), db);
                return q.next() ? q.value(0).toInt() : -1;
            };
            PatternRevisor revisor(db);
            QVERIFY2(revisor.prepare(&error), qPrintable(error));
            QVERIFY2(revisor.reviseAll(1, &error), qPrintable(error));
            QCOMPARE(revisionCount(), int(revised));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE calls SET pattern_warnings = 0")));
            QVERIFY2(revisor.reviseAll(1, &error), qPrintable(error));
            QCOMPARE(warnings(), expected);
            QVERIFY(revisionCount() > revised);
            db.rollback();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("recompute"));
    }

    // An import brings a call created before calls already stored: their warnings are revised in the
    // import's transaction, and a failed import revises nothing.
    void importRevisesStoredCalls()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("import.db")));
        QString error;
        QVERIFY(store.open(&error));
        TestSupport::store(store, {TestSupport::delivery(patternCall(QStringLiteral("stored"), QStringLiteral("+13105550100"), QStringLiteral("ACC-7"), 48), 1000)});
        const IncomingDelivery imported =
            TestSupport::delivery(patternCall(QStringLiteral("imported"), QStringLiteral("+16175550111"), QStringLiteral("ACC-7"), 24, raised("bankruptcy")), 501);
        // Refused at its last delivery: rolled back whole, and nothing of it is left to the next write.
        sql(store.path(), {QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON deliveries WHEN NEW.received_ms = 666 "
                                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")});
        QVERIFY(!store.importChunk({imported, TestSupport::delivery("not json", 666)}, &error));
        sql(store.path(), {QStringLiteral("DROP TRIGGER fail")});
        QCOMPARE(warningsByCallId(store.path()).value(QStringLiteral("stored")), 0);
        QCOMPARE(revisions(store.path()), QStringList());

        QSignalSpy stored(&store, &DeliveryStore::stored);
        const auto summary = store.importChunk({TestSupport::delivery(patternCall(QStringLiteral("imported-other"), QStringLiteral("+14155550000"), QString(), 0), 500),
                                              imported},
                                             &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->newCalls, qint64(2));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(warningsByCallId(store.path()).value(QStringLiteral("stored")), int(CallPattern::AfterBankruptcy));
        QCOMPARE(revisions(store.path()), QStringList{QStringLiteral("stored: 0 -> 4, cause imported")});
    }

    void dashboardNumbersOfAKnownSet()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("stats.db")));
        QString error;
        QVERIFY(store.open(&error));
        QList<IncomingDelivery> batch;
        for (const char *name : TestSupport::sampleNames())
            batch.append(TestSupport::delivery(TestSupport::sample(name), QDateTime(QDate(2026, 3, 13), QTime(12, 0)).toMSecsSinceEpoch()));
        batch.append(TestSupport::delivery("not json", 1));
        TestSupport::store(store, batch);
        CallReader reader(store.path());
        QVERIFY(reader.open(&error));
        const auto s = CallStatistics::compute(reader.database(), CallFilter::compile(u""), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->calls, 5); // the rejected body is no call
        QCOMPARE(s->rightParty, 4);
        QCOMPARE(s->promiseToPay, 0); // the call's first delivery has none (its redelivery has)
        QCOMPARE(s->paymentsMade, 1);
        QCOMPARE(s->paymentsFailed, 1);
        QCOMPARE(s->spanish, 0);
        QCOMPARE(s->averageDurationMs(), (180000 + 420000 + 95000 + 310000 + 240000) / 5);
        QCOMPARE(s->planTypes, (QList<QPair<QString, qint64>>{{QStringLiteral("regular_plan"), 1}}));
        QMap<QString, qint64> flags;
        for (const auto &[key, count] : s->complianceFlags)
            flags.insert(key, count);
        QCOMPARE(flags.value(QStringLiteral("doNotCall")), 1);
        QCOMPARE(flags.value(QStringLiteral("ceaseAndDesist")), 1);
        QCOMPARE(flags.value(QStringLiteral("bankruptcy")), 1);
        QCOMPARE(flags.value(QStringLiteral("fraud")), 0);
        QCOMPARE(s->durationBuckets, (QList<qint64>{0, 1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(s->byDay, (QList<QPair<QString, qint64>>{{QStringLiteral("2026-03-13"), 5}}));
        QCOMPARE(s->byOrganization, (QList<QPair<QString, qint64>>{{QStringLiteral("Acme Corp"), 5}}));
        // Over a filter.
        const auto compliance = CallStatistics::compute(reader.database(), CallFilter::compile(u"group:compliance or bankruptcy"), &error);
        QCOMPARE(compliance->calls, 2);
        QCOMPARE(compliance->rate(compliance->rightParty), 1.0);
    }

    // One of each kind (StoreCounts): the counts kept in memory as deliveries are committed are the counts
    // read from the file, and the dashboard's over the same rows; a rolled-back import adds nothing.
    void countsEachKindOnceAndOnlyWhatIsCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("counts.db"));
        DeliveryStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        IncomingDelivery refused = TestSupport::delivery({}, 1300); // the listener reads no body it refuses
        refused.refusal = QStringLiteral("The Bearer token is wrong.");
        IncomingDelivery tooLarge = TestSupport::delivery({}, 1400);
        tooLarge.tooLarge = true;
        tooLarge.bodySize = 5'000'000;
        QJsonObject invalid = QJsonDocument::fromJson(TestSupport::sample("03-compliance-and-preferences.json")).object();
        invalid.remove(QStringLiteral("timestamp"));
        TestSupport::store(store, {
            TestSupport::delivery(TestSupport::sample("01-minimal.json"), 1000),
            TestSupport::delivery(TestSupport::sample("01-minimal.json"), 1100), // a duplicate: a delivery, not a call
            TestSupport::delivery(QJsonDocument(invalid).toJson(), 1150), // invalid, but a call.completed that parsed
            TestSupport::delivery(R"({"event":"call.started","payload":{}})", 1200), // another event: a delivery
            TestSupport::delivery("not json", 1250),
            refused,
            tooLarge,
        });
        const StoreCounts expected{2, 7, 1, 2};
        QCOMPARE(store.counts(), expected);
        CallReader reader(path);
        QVERIFY(reader.open(&error));
        QCOMPARE(StoreCounts::read(reader.database(), &error), std::optional(expected));
        const auto s = CallStatistics::compute(reader.database(), CallFilter::compile(u""), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->counts, expected);
        QCOMPARE(s->calls, 2);
        // Over a filter, by the same rules: refused attempts are rows of validation "rejected" too.
        QCOMPARE(StoreCounts::read(reader.database(), CallFilter::compile(u"validation=rejected"), &error), std::optional(StoreCounts{0, 3, 1, 2}));

        // An import that fails at its last delivery is rolled back whole, and counted not at all.
        sql(path, {QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON deliveries WHEN NEW.received_ms = 666 "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")});
        QSignalSpy stored(&store, &DeliveryStore::stored);
        QVERIFY(!store.importChunk({TestSupport::delivery(TestSupport::sample("04-wrong-party.json"), 500),
                                  TestSupport::delivery("not json", 666)}, &error));
        QCOMPARE(stored.size(), 0);
        QCOMPARE(store.counts(), expected);
        sql(path, {QStringLiteral("DROP TRIGGER fail")});
        const auto summary = store.importChunk({TestSupport::delivery(TestSupport::sample("04-wrong-party.json"), 500)}, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(store.counts(), (StoreCounts{3, 8, 1, 2}));
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.at(0).at(0).value<QList<StoreReceipt>>().constFirst().imported);
        QCOMPARE(StoreCounts::read(reader.database(), &error), std::optional(StoreCounts{3, 8, 1, 2}));
    }

    // The listener's group commit (issue 15, item 6): a batch the database refuses at its last delivery is
    // rolled back whole, every sender in it is answered 503, and /healthz (store.counts()) counts none of
    // the rows that the first deliveries had written before the rollback.
    // Issue 17: a delivery is answered once recorded; its call is derived after. Recorded deliveries that a
    // run left underived (it was killed) are counted at once when the store is opened again, and their calls
    // are derived after the open, duplicates and conflicts judged as they were answered.
    void recordedDeliveriesAreDerivedAfterTheNextOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("held.db"));
        const QJsonObject base = QJsonDocument::fromJson(TestSupport::sample("02-payment-and-plan.json")).object();
        const auto keyed = [&](int n, const QString &summary = {}) {
            QJsonObject o = base;
            o.insert(QStringLiteral("idempotencyKey"), QStringLiteral("held-%1").arg(n));
            if (!summary.isEmpty()) {
                QJsonObject payload = o.value(QLatin1String("payload")).toObject();
                payload.insert(QStringLiteral("summary"), summary);
                o.insert(QStringLiteral("payload"), payload);
            }
            return TestSupport::delivery(QJsonDocument(o).toJson(QJsonDocument::Compact), 1000 + n);
        };
        QList<IncomingDelivery> batch;
        for (int n = 0; n < 10; ++n)
            batch.append(keyed(n));
        batch.append(keyed(3)); // a redelivery of a call not derived yet
        batch.append(keyed(4, QStringLiteral("a different summary"))); // and a conflicting one
        {
            DeliveryStore store(path);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            store.holdDerivation(true);
            QSignalSpy recorded(&store, &DeliveryStore::recorded);
            QSignalSpy derived(&store, &DeliveryStore::stored);
            store.submitAll(batch);
            store.flush();
            QCOMPARE(recorded.size(), 1);
            const auto answers = recorded.at(0).at(0).value<QList<StoreReceipt>>();
            QCOMPARE(answers.size(), 12);
            for (qsizetype i = 0; i < 10; ++i)
                QVERIFY(answers[i].verdict == DeliveryVerdict::Accepted);
            QVERIFY(answers[10].verdict == DeliveryVerdict::Duplicate);
            QVERIFY(answers[11].verdict == DeliveryVerdict::Conflict);
            QCOMPARE(store.underived(), 12);
            QCOMPARE(store.counts(), (StoreCounts{10, 12, 0, 0}));
            QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM calls")}).toInt(), 0);
            QCOMPARE(derived.size(), 0);
        } // closed as after kill -9: nothing derived
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM deliveries WHERE call_ref IS NULL")}).toInt(), 12);

        DeliveryStore store(path);
        QString error;
        QSignalSpy derived(&store, &DeliveryStore::stored);
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.counts(), (StoreCounts{10, 12, 0, 0})); // before any is derived
        // In transactions of a few ms each (more than one on a slow machine), after the open.
        QVERIFY(derived.wait());
        QTRY_COMPARE(store.underived(), 0);
        qsizetype receipts = 0;
        for (const QList<QVariant> &signal : std::as_const(derived))
            receipts += signal.at(0).value<QList<StoreReceipt>>().size();
        QCOMPARE(receipts, 12);
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM calls")}).toInt(), 10);
        QCOMPARE(sql(path, {QStringLiteral("SELECT deliveries || ' ' || conflict FROM calls WHERE idempotency_key = 'held-3'")}).toString(), QStringLiteral("2 0"));
        QCOMPARE(sql(path, {QStringLiteral("SELECT deliveries || ' ' || conflict FROM calls WHERE idempotency_key = 'held-4'")}).toString(), QStringLiteral("2 1"));
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM deliveries WHERE call_ref IS NULL")}).toInt(), 0);
        CallReader reader(path);
        QVERIFY(reader.open(&error));
        QCOMPARE(StoreCounts::read(reader.database(), &error), std::optional(store.counts()));

        // A redelivery of a derived call, after a restart: the dedupe index was read back at open.
        const auto again = TestSupport::store(store, {keyed(7)});
        QVERIFY(again[0].verdict == DeliveryVerdict::Duplicate);
    }

    // A derivation the database refuses is rolled back whole and tried again later: the calls then made are
    // those the deliveries hold (read back from their rows, not from what the failed attempt used up).
    void aFailedDerivationIsTriedAgainWholeLater()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("retry.db"));
        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        store.holdDerivation(true);
        QList<IncomingDelivery> batch;
        for (const char *name : {"01-minimal.json", "03-compliance-and-preferences.json", "05-bankruptcy-strings.json"})
            batch.append(TestSupport::delivery(TestSupport::sample(name), 1000 + batch.size()));
        store.submitAll(batch);
        store.flush();
        QCOMPARE(store.underived(), 3);
        sql(path, {QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON calls WHEN NEW.first_received_ms = 1002 "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")});
        QVERIFY(!store.deriveAll(&error));
        QVERIFY2(error.contains(QLatin1String("refused by the test")), qPrintable(error));
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM calls")}).toInt(), 0);
        sql(path, {QStringLiteral("DROP TRIGGER fail")});
        QVERIFY2(store.deriveAll(&error), qPrintable(error));
        QCOMPARE(sql(path, {QStringLiteral("SELECT group_concat(phone_number, ' ') FROM (SELECT phone_number FROM calls ORDER BY id)")}).toString(),
                 sql(path, {QStringLiteral("SELECT group_concat(json_extract(CAST(body AS TEXT), '$.payload.phoneNumber'), ' ') "
                                           "FROM (SELECT body FROM deliveries ORDER BY id)")}).toString());
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM calls WHERE call_id IS NULL OR call_id = ''")}).toInt(), 0);
    }

    // The backlog of deliveries recorded and not derived is bounded: past the bound, a batch waits for
    // derivation before it is recorded; every sender is still answered 200.
    void theDerivationBacklogIsBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bound.db"));
        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        store.holdDerivation(true);
        store.setBacklogBound(5);
        const QJsonObject base = QJsonDocument::fromJson(TestSupport::sample("01-minimal.json")).object();
        QSignalSpy recorded(&store, &DeliveryStore::recorded);
        qint64 most = 0;
        for (int n = 0; n < 40; ++n) {
            QJsonObject o = base;
            o.insert(QStringLiteral("idempotencyKey"), QStringLiteral("bound-%1").arg(n));
            store.submit(TestSupport::delivery(QJsonDocument(o).toJson(QJsonDocument::Compact), 1000 + n));
            if (n % 3 == 2) // batches of three
                store.flush();
            most = std::max(most, store.underived());
        }
        store.flush();
        QVERIFY2(most <= 5 + 3, qPrintable(QString::number(most)));
        int answered = 0;
        for (const QList<QVariant> &signal : std::as_const(recorded)) {
            for (const StoreReceipt &r : signal.at(0).value<QList<StoreReceipt>>()) {
                QVERIFY(r.verdict == DeliveryVerdict::Accepted);
                ++answered;
            }
        }
        QCOMPARE(answered, 40);
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM calls")}).toInt(), 40 - int(store.underived()));
        QVERIFY(store.underived() > 0); // held: only the bound made it derive
    }

    void aRolledBackBatchIsNotCounted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("batch.db"));
        DeliveryStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        TestSupport::store(store, {TestSupport::delivery(TestSupport::sample("01-minimal.json"), 1000)});
        const StoreCounts before = store.counts();
        QCOMPARE(before.calls, 1);

        sql(path, {QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON deliveries WHEN NEW.received_ms = 666 "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")});
        QSignalSpy stored(&store, &DeliveryStore::recorded);
        QSignalSpy problem(&store, &DeliveryStore::writeProblemChanged);
        QList<IncomingDelivery> batch{TestSupport::delivery(TestSupport::sample("04-wrong-party.json"), 1100),
                                      TestSupport::delivery(TestSupport::sample("05-bankruptcy-strings.json"), 1200),
                                      TestSupport::delivery("not json", 666)};
        for (int i = 0; i < batch.size(); ++i)
            batch[i].ticket = i + 1;
        store.submitAll(batch);
        store.flush();
        QCOMPARE(stored.size(), 1);
        const auto receipts = stored.at(0).at(0).value<QList<StoreReceipt>>();
        QCOMPARE(receipts.size(), 3);
        for (const StoreReceipt &r : receipts)
            QVERIFY(r.verdict == DeliveryVerdict::Unstored); // the listener answers 503: the sender may retry
        QCOMPARE(problem.size(), 1);
        QCOMPARE(store.counts(), before);
        CallReader reader(path);
        QVERIFY(reader.open(&error));
        QCOMPARE(StoreCounts::read(reader.database(), &error), std::optional(before));

        // The same deliveries once the database takes them: counted once each, and the problem is over.
        sql(path, {QStringLiteral("DROP TRIGGER fail")});
        store.submitAll(batch.first(2));
        store.flush();
        QCOMPARE(stored.size(), 2);
        // Counted when recorded (their answers were 200), read from their calls once derived.
        QVERIFY(store.deriveAll());
        QCOMPARE(store.counts().calls, before.calls + 2);
        QCOMPARE(store.counts().deliveries, before.deliveries + 2);
        QCOMPARE(StoreCounts::read(reader.database(), &error), std::optional(store.counts()));
        QCOMPARE(problem.size(), 2);
        QVERIFY(problem.at(1).at(0).toString().isEmpty());
    }

    void refusesADatabaseFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        sql(path, {QStringLiteral("CREATE TABLE calls (x)"), QStringLiteral("PRAGMA user_version=99")});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();

        DeliveryStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer CallScope")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    // The database, its -wal and -shm are their owner's only, and so is a folder the store makes: whatever the
    // umask, and although SQLite makes the -wal and -shm later, on its own (it gives them the database's mode).
    void newStoreFilesAreTheirOwnersOnly()
    {
        QTemporaryDir dir;
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        const mode_t umaskBefore = ::umask(022);
        const QString path = dir.filePath(QStringLiteral("new/sub/calls.db"));
        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        TestSupport::store(store, {TestSupport::delivery(TestSupport::sample("00-full-body.json"), 1000)});
        ::umask(umaskBefore);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QLatin1String("-wal")), 0600); // the store is open: WAL and SHM are there
        QCOMPARE(modeOf(path + QLatin1String("-shm")), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new"))), 0700);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("new/sub"))), 0700);
        QCOMPARE(modeOf(dir.path()), 0755); // a folder that was there is left alone
    }

    // A store made by an older CallScope (0644) is tightened when opened, each file said once in the log.
    void aStoreOpenToOthersIsTightenedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        DeliveryStore first(path);
        QString error;
        QVERIFY(first.open(&error));
        TestSupport::store(first, {TestSupport::delivery(TestSupport::sample("00-full-body.json"), 1000)});
        for (const char *suffix : {"", "-wal", "-shm"})
            QVERIFY(::chmod(QFile::encodeName(path + QLatin1String(suffix)).constData(), 0644) == 0);
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(path + QLatin1String(suffix))
                                                                  + QStringLiteral(" was open to other users \\(mode 0644\\); now 0600")));
        }
        DeliveryStore second(path);
        QVERIFY(second.open(&error));
        for (const char *suffix : {"", "-wal", "-shm"})
            QCOMPARE(modeOf(path + QLatin1String(suffix)), 0600);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("open to other users")));
        DeliveryStore third(path);
        QVERIFY(third.open(&error));
        CallReader reader(path);
        QVERIFY(reader.open(&error));
    }

    void deduplicatesAndMarksConflicts()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("d.db")));
        QString error;
        QVERIFY(store.open(&error));
        // 00, 01 and 02 share one idempotencyKey with different bodies; 00 is also sent again unchanged.
        const QList<StoreReceipt> receipts = TestSupport::store(store, {
            TestSupport::delivery(TestSupport::sample("00-full-body.json"), 1000),
            TestSupport::delivery(TestSupport::sample("00-full-body.json"), 2000),
            TestSupport::delivery(TestSupport::sample("03-compliance-and-preferences.json"), 3000),
            TestSupport::delivery(TestSupport::sample("02-payment-and-plan.json"), 4000),
        });
        QCOMPARE(receipts.size(), 4);
        QVERIFY(receipts[0].newCall());
        QVERIFY(receipts[1].verdict == DeliveryVerdict::Duplicate);
        QVERIFY(receipts[2].newCall());
        QVERIFY(receipts[3].verdict == DeliveryVerdict::Conflict);
        QCOMPARE(receipts[1].callRowId, receipts[0].callRowId);
        QCOMPARE(receipts[3].callRowId, receipts[0].callRowId);
        QCOMPARE(store.callCount(), 2);
        QCOMPARE(store.deliveryCount(), 4);

        CallReader reader(store.path());
        QVERIFY(reader.open(&error));
        const auto call = reader.detail(receipts[0].callRowId);
        QVERIFY(call);
        QCOMPARE(call->row.deliveries, 3);
        QVERIFY(call->row.conflict);
        QCOMPARE(call->row.lastReceivedMs, 4000);
        QCOMPARE(call->deliveries.size(), 3);
        QVERIFY(!call->deliveries[1].conflict); // the same body again is no conflict
        QVERIFY(call->deliveries[1].duplicate);
        QVERIFY(call->deliveries[2].conflict);
        QCOMPARE(call->deliveries[2].body, TestSupport::sample("02-payment-and-plan.json"));
    }

    void deduplicatesByWebhookIdAndFlagsAMismatch()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("w.db")));
        QString error;
        QVERIFY(store.open(&error));
        const QByteArray body = TestSupport::sample("04-wrong-party.json");
        const QList<StoreReceipt> receipts = TestSupport::store(store, {
            TestSupport::delivery(body, 1000, {{"webhook-id", "msg_1"}}),
            TestSupport::delivery(withKey(body, "another-key"), 2000, {{"webhook-id", "msg_1"}}),
            TestSupport::delivery(withKey(body, "third-key"), 3000, {{"webhook-id", "msg_2"}}),
        });
        QCOMPARE(receipts[1].callRowId, receipts[0].callRowId);
        QVERIFY(receipts[2].newCall());
        CallReader reader(store.path());
        QVERIFY(reader.open(&error));
        const QList<CallRow> rows = reader.rows(std::array{receipts[0].callRowId, receipts[2].callRowId});
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows[0].keyMismatch);
        QVERIFY(rows[0].conflict);
        QVERIFY(!rows[1].keyMismatch);
    }

    void keepsWhatIsNotJson()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("r.db")));
        QString error;
        QVERIFY(store.open(&error));
        static const char bytes[] = "\x00\xff not json {";
        const QByteArray junk(bytes, sizeof bytes - 1); // the NUL at the start is part of the body
        const QList<StoreReceipt> receipts = TestSupport::store(store, {TestSupport::delivery(junk, 1000)});
        QVERIFY(receipts[0].verdict == DeliveryVerdict::Accepted); // a row of its own, answered 400
        CallReader reader(store.path());
        QVERIFY(reader.open(&error));
        const auto call = reader.detail(receipts[0].callRowId);
        QVERIFY(call);
        QCOMPARE(call->row.validation, Validation::Rejected);
        QCOMPARE(call->deliveries.constFirst().body, junk);
        QCOMPARE(call->deliveries.constFirst().headers.constFirst().first, QByteArray("Content-Type"));
        QCOMPARE(call->deliveries.constFirst().answerStatus, 400);
    }

    // Every column's sort, each way, with and without a filter, gives the order SQLite gives when it sorts
    // the rows itself, whichever way the reader takes (an index walked in order, or calls_scan and a sort).
    void everySortGivesSqlitesOrder()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("sorts.db")));
        QString error;
        QVERIFY(store.open(&error));
        QList<IncomingDelivery> batch;
        qint64 received = 1000;
        for (const char *name : TestSupport::sampleNames()) // every kind of row: rejected, invalid, conflicts...
            batch.append(TestSupport::delivery(TestSupport::sample(name), received += 1000));
        SyntheticCalls calls(7, 80);
        for (int i = 0; i < 80; ++i) {
            const QByteArray body = calls.next();
            batch.append(TestSupport::delivery(body, received += 1000));
            if (i % 9 == 0) // a redelivery: two deliveries to the call
                batch.append(TestSupport::delivery(body, received += 1000));
        }
        TestSupport::store(store, batch);
        // Texts that sort apart only when case is ignored, and one beyond ASCII (not folded by NOCASE).
        TestSupport::sql(store.path(), {QStringLiteral("UPDATE calls SET organization_name = lower(organization_name), agent_name = upper(agent_name) "
                                                       "WHERE id % 3 = 0"),
                                        QStringLiteral("UPDATE calls SET organization_name = 'Ácme Öl' WHERE id % 7 = 0")});
        CallReader reader(store.path());
        QVERIFY(reader.open(&error));
        int checked = 0;
        for (const QString &text : {QString(), QStringLiteral("validation!=rejected")}) {
            const CallFilter filter = CallFilter::compile(text);
            for (int field = 0; field <= int(CallSort::Field::Outcome); ++field) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    const CallSort sort{CallSort::Field(field), int(OutcomeId::PaymentMade), order};
                    const auto ids = reader.ids(filter, sort);
                    QVERIFY(ids);
                    QSqlQuery q(reader.database());
                    QVERIFY(q.prepare(QLatin1String("SELECT id FROM calls NOT INDEXED WHERE ") + filter.sql() + QLatin1String(" ORDER BY ") + sort.orderBy()));
                    bindAll(q, filter.bindings());
                    QVERIFY(q.exec());
                    QList<qint64> expected;
                    while (q.next())
                        expected.append(q.value(0).toLongLong());
                    QVERIFY(expected.size() > 10);
                    QVERIFY2(*ids == expected, qPrintable(QStringLiteral("sort %1 %2, filter \"%3\"").arg(field).arg(int(order)).arg(text)));
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 2 * 2 * (int(CallSort::Field::Outcome) + 1));
    }

    void readsInPagesAndBySortKey()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY(store.open(&error));
        QList<IncomingDelivery> batch;
        const QByteArray body = TestSupport::sample("06-payment-failed.json");
        for (int i = 0; i < 250; ++i) {
            QByteArray b = withKey(body, "key-" + QByteArray::number(i));
            // Durations descend as ids ascend, so the two orders differ.
            b.replace(QByteArrayLiteral("\"duration\": 240000"), QByteArray("\"duration\": " + QByteArray::number((250 - i) * 1000)));
            batch.append(TestSupport::delivery(b, 1000 + i));
        }
        TestSupport::store(store, batch);

        CallReader reader(store.path());
        QVERIFY(reader.open(&error));
        const CallFilter all = CallFilter::compile(u"");
        const auto byDuration = reader.ids(all, CallSort{CallSort::Field::Duration});
        QVERIFY(byDuration);
        QCOMPARE(byDuration->size(), 250);
        QCOMPARE(byDuration->constFirst(), 250);
        QCOMPARE(byDuration->constLast(), 1);
        const auto byReceivedDesc = reader.ids(all, CallSort{CallSort::Field::Received, -1, Qt::DescendingOrder});
        QCOMPARE(byReceivedDesc->constFirst(), 250);

        // Rows come back in the order asked, without bodies or summaries.
        const QList<CallRow> page = reader.rows(std::span(*byDuration).subspan(0, 3));
        QCOMPARE(page.size(), 3);
        QCOMPARE(page[0].durationMs, 1000);
        QCOMPARE(page[2].durationMs, 3000);
        QCOMPARE(page[0].callId, QStringLiteral("6902c3d4e5f6071829345678"));
        QVERIFY(page[0].isRaised(OutcomeId::PaymentFailed));
        QCOMPARE(page[0].severity, Severity::Caution);

        // The whole store, a page at a time.
        qint64 after = 0;
        int seen = 0;
        for (QList<CallRow> rows; !(rows = reader.rowsAfter(after, 100, all)).isEmpty(); after = rows.constLast().id)
            seen += int(rows.size());
        QCOMPARE(seen, 250);
        QCOMPARE(reader.idsAfter(245, all), (QList<qint64>{246, 247, 248, 249, 250}));
        QCOMPARE(reader.idsAfter(0, CallFilter::compile(u"duration<3")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstDeliveryStore)
#include "tst_deliverystore.moc"
