// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Each schema step from a store as the version before it left it: tests/data/schema/vN.sql, made once by the
// released steps themselves with the rows that version wrote (make-fixtures.py), never from today's schema
// with parts dropped.
#include "domain/callpattern.h"
#include "export/callexport.h"
#include "filter/callfilter.h"
#include "storage/callreader.h"
#include "storage/deliverystore.h"
#include "storage/storecounts.h"
#include "storage/storeschema.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

namespace {

using TestSupport::columnsOf;
using TestSupport::sql;

// Every value of one column, in row order ("a|b|c"; NULL as "null").
QString column(const QString &path, const QString &select)
{
    return sql(path, {QStringLiteral("SELECT group_concat(coalesce(v, 'null'), '|') FROM (%1)").arg(select)}).toString();
}


// SQLite's plan for `select`, its lines joined by "|".
QString planOf(const QString &path, const QString &select)
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QLatin1String("EXPLAIN QUERY PLAN ") + select)) {
                while (q.next())
                    lines.append(q.value(3).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    return lines.join(QLatin1Char('|'));
}

int versionOf(const QString &path)
{
    return sql(path, {QStringLiteral("PRAGMA user_version")}).toInt();
}

bool hasObject(const QString &path, const char *name)
{
    return sql(path, {QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(name))}).toInt() == 1;
}

QString fixture(const QTemporaryDir &dir, int version)
{
    const QString path = dir.filePath(QStringLiteral("v%1.db").arg(version));
    TestSupport::loadSchemaFixture(path, version);
    return path;
}

// Takes the store to schema `to` alone (StoreSchema::migrateTo); the reports, in order, go to `reports`.
QString migrate(const QString &path, int to, QList<MigrationProgress> *reports = nullptr)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrate"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        const int from = [&db] {
            QSqlQuery q(QStringLiteral("PRAGMA user_version"), db);
            return q.next() ? q.value(0).toInt() : -1;
        }();
        if (!StoreSchema::migrateTo(db, path, from, to, &error, [reports](const MigrationProgress &p) {
                if (reports)
                    reports->append(p);
            }))
            error = error.isEmpty() ? QStringLiteral("failed without a reason") : error;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("migrate"));
    return error;
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

QString plan(const QString &path, const QString &select, const QVariantList &bindings = {})
{
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + select);
        for (const QVariant &v : bindings)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(select), qPrintable(q.lastError().text()));
        while (q.next())
            text += q.value(3).toString() + QLatin1Char('\n');
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    return text;
}

// The fixtures' rows (make-fixtures.py), by id: calls and deliveries share them, one delivery each.
enum Row : qint64 {
    FirstCall = 1, // schema 1: do-not-call and cease-and-desist raised
    ReviewedV2 = 2,
    StopV4 = 4, // a do-not-call to +13105550100, reviewed with an audit line
    AfterStopV4 = 5, // a later call to that number, before warnings existed
    Refused401 = 7,
    Refused413 = 8,
    NotJson = 9,
    MistypedV7 = 10, // "doNotCall":"no", kept as raised by schema 7
    StaleV7 = 11, // warned of that mistyped do-not-call, and reviewed so
    NoDurationV7 = 12,
    ZeroDurationV7 = 13,
    SecretsV8 = 14,
    RightV10 = 16, // reviewed without a warning; a do-not-call created before it arrived later
    LateStopV10 = 17,
};
constexpr qint64 bit(OutcomeId id)
{
    return qint64(1) << int(id);
}

} // namespace

class TstMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void step1CreatesTheTables()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 0);
        QVERIFY(!hasObject(path, "calls"));
        QCOMPARE(migrate(path, 1), QString());
        QCOMPARE(versionOf(path), 1);
        const QStringList deliveries = columnsOf(path, QStringLiteral("deliveries"));
        for (const char *name : {"body", "headers", "method", "path", "query", "remote_address", "received_ms", "answer_status", "problems"})
            QVERIFY2(deliveries.contains(QLatin1String(name)), name);
        QVERIFY(columnsOf(path, QStringLiteral("calls")).contains(QStringLiteral("idempotency_key")));
        QVERIFY(!columnsOf(path, QStringLiteral("calls")).contains(QStringLiteral("review_state")));
    }

    void step2AddsTheReviewAndSortIndexes()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 1);
        QVERIFY(!columnsOf(path, QStringLiteral("calls")).contains(QStringLiteral("review_state")));
        QCOMPARE(migrate(path, 2), QString());
        QCOMPARE(versionOf(path), 2);
        QCOMPARE(column(path, QStringLiteral("SELECT review_state || ':' || coalesce(review_note, '-') AS v FROM calls")), QStringLiteral("0:-"));
        for (const char *index : {"calls_duration", "calls_ended", "calls_review"})
            QVERIFY2(hasObject(path, index), index);
        QVERIFY(!hasObject(path, "calls_scan"));

        // The call schema 1 wrote reads back whole, unreviewed, and sorts on the new index.
        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        CallReader reader(path);
        QVERIFY2(reader.open(&error), qPrintable(error));
        const auto ids = reader.ids(CallFilter::compile(u"doNotCall review=unreviewed"), CallSort{CallSort::Field::Duration});
        QVERIFY(ids);
        QCOMPARE(*ids, QList<qint64>{FirstCall});
        const auto detail = reader.detail(FirstCall);
        QVERIFY(detail);
        QCOMPARE(detail->row.phoneNumber, QStringLiteral("+13105550199"));
        QCOMPARE(detail->row.durationMs, qint64(420000));
        QCOMPARE(detail->row.review, ReviewState::Unreviewed);
        QCOMPARE(detail->deliveries.size(), 1);
        QVERIFY(detail->deliveries.constFirst().body.startsWith(R"({"event":"call.completed")"));
    }

    void step3GivesFiltersACoveringIndex()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 2);
        QCOMPARE(migrate(path, 3), QString());
        QCOMPARE(sql(path, {QStringLiteral("SELECT name FROM pragma_index_info('calls_scan') WHERE seqno = 0")}).toString(), QStringLiteral("raised_mask"));
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM calls INDEXED BY calls_scan WHERE raised_mask >= 0")}).toInt(), 2);
        // A flag filter with a numeric order reads the narrow index, not the wide rows.
        const QString read = plan(path, QStringLiteral("SELECT id, duration_ms FROM calls WHERE raised_mask & ? != 0"), {bit(OutcomeId::DoNotCall)});
        QVERIFY2(read.contains(QLatin1String("COVERING INDEX calls_scan")), qPrintable(read));

        // And so does the filter language's own SQL, once the store is of today's schema.
        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const CallFilter filter = CallFilter::compile(u"doNotCall or bankruptcy");
        const QString filtered = plan(path, QLatin1String("SELECT id, duration_ms FROM calls WHERE ") + filter.sql(), filter.bindings());
        QVERIFY2(filtered.contains(QLatin1String("COVERING INDEX calls_scan")), qPrintable(filtered));
    }

    void step4AddsTheAppendOnlyAuditTrail()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 3);
        QVERIFY(!hasObject(path, "review_audit"));
        QCOMPARE(migrate(path, 4), QString());
        QCOMPARE(column(path, QStringLiteral("SELECT coalesce(dispositions, 'none') AS v FROM calls")), QStringLiteral("none|none|none"));
        // The reviews made before it keep their state; the trail starts empty, and only grows.
        QCOMPARE(column(path, QStringLiteral("SELECT review_state AS v FROM calls ORDER BY id")), QStringLiteral("0|1|2"));
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM review_audit")}).toInt(), 0);
        sql(path, {QStringLiteral("INSERT INTO review_audit (call_ref, at_ms, reviewer, field, old_value, new_value) VALUES (2, 1, 'ana', 'state', 'unreviewed', 'reviewed')")});
        for (const char *change : {"UPDATE review_audit SET reviewer = 'eve'", "DELETE FROM review_audit"}) {
            QString failure;
            sql(path, {QLatin1String(change)}, &failure);
            QVERIFY2(failure.contains(QLatin1String("append-only")), change);
        }
        QCOMPARE(sql(path, {QStringLiteral("SELECT reviewer FROM review_audit")}).toString(), QStringLiteral("ana"));
    }

    // Step 5 adds the column and the lookups; the warnings of calls stored before it are left at none (step 11
    // works them out).
    void step5AddsContactPatternLookups()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 4);
        QCOMPARE(migrate(path, 5), QString());
        QCOMPARE(column(path, QStringLiteral("SELECT pattern_warnings AS v FROM calls")), QStringLiteral("0|0|0|0|0"));
        QVERIFY(hasObject(path, "calls_phone"));
        QVERIFY(hasObject(path, "calls_file"));
        const QString read = plan(path, QStringLiteral("SELECT id FROM calls WHERE phone_number = ? AND created_ms < ?"), {QStringLiteral("+13105550100"), 0});
        QVERIFY2(read.contains(QLatin1String("calls_phone")), qPrintable(read));
    }

    // Step 6 rebuilds the covering index with the receive time first (new calls append to it); the calls
    // already stored are in it, and filters still read it instead of the rows.
    void step6LeadsTheCoveringIndexWithTheReceiveTime()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 5);
        const QString first = QStringLiteral("SELECT name FROM pragma_index_info('calls_scan') WHERE seqno = 0");
        QCOMPARE(sql(path, {first}).toString(), QStringLiteral("raised_mask"));
        QList<MigrationProgress> reports;
        QCOMPARE(migrate(path, 6, &reports), QString());
        QCOMPARE(sql(path, {first}).toString(), QStringLiteral("first_received_ms"));
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM calls INDEXED BY calls_scan WHERE first_received_ms >= 0")}).toInt(), 6);
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.constFirst().version, 6);
        QCOMPARE(reports.constLast().fraction, 1.0);

        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        CallReader reader(path);
        QVERIFY2(reader.open(&error), qPrintable(error));
        const auto ids = reader.ids(CallFilter::compile(u"doNotCall"), CallSort{CallSort::Field::Duration});
        QVERIFY(ids);
        QCOMPARE(ids->size(), 2);
    }

    // Step 7: an attempt refused before the step (a 401, a 413) was kept among the rejected rows; its row now
    // says it was refused, and why, from the answer it was given. A body that was no JSON says nothing.
    void step7MarksRefusedAttempts()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 6);
        QCOMPARE(column(path, QStringLiteral("SELECT validation AS v FROM calls WHERE id IN (7, 8, 9)")), QStringLiteral("3|3|3"));
        QCOMPARE(migrate(path, 7), QString());
        QCOMPARE(column(path, QStringLiteral("SELECT refused_status || ':' || coalesce(refusal, '') AS v FROM calls ORDER BY id")),
                 QStringLiteral("0:|0:|0:|0:|0:|0:|401:The Bearer token is wrong.|413:The body of 5000000 bytes is over the limit.|0:"));

        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        CallReader reader(path);
        QVERIFY2(reader.open(&error), qPrintable(error));
        const QList<CallRow> rows = reader.rows(std::vector<qint64>{Refused401});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().refusedStatus, 401);
        QCOMPARE(rows.constFirst().refusal, QStringLiteral("The Bearer token is wrong."));
        QCOMPARE(store.counts().refused, 2);
    }

    // Step 8: a call whose outcome had the wrong type ("doNotCall":"no") was stored with the flag raised and
    // coloured for it; it is read again, the value kept apart as malformed. A duration that was missing was
    // kept as 0: it is no duration now; a duration sent as 0 stays.
    void step8ReadsMistypedOutcomesAgain()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 7);
        const QString mistyped = QStringLiteral("SELECT raised_mask FROM calls WHERE id = %1").arg(MistypedV7);
        QVERIFY(sql(path, {mistyped}).toLongLong() & bit(OutcomeId::DoNotCall));
        QCOMPARE(migrate(path, 8), QString());
        QCOMPARE(sql(path, {mistyped}).toLongLong(), bit(OutcomeId::WasTheRightParty));
        QCOMPARE(column(path, QStringLiteral("SELECT malformed_mask || ':' || severity AS v FROM calls WHERE id IN (%1, %2, %3) ORDER BY id")
                                  .arg(MistypedV7).arg(ZeroDurationV7).arg(FirstCall)),
                 QStringLiteral("0:%1|%2:%3|%4:0").arg(int(Severity::StopContact)).arg(bit(OutcomeId::DoNotCall)).arg(int(Severity::None)).arg(bit(OutcomeId::SentSms)));
        QCOMPARE(sql(path, {QStringLiteral("SELECT raised_mask FROM calls WHERE id = %1").arg(FirstCall)}).toLongLong(),
                 bit(OutcomeId::ConfirmedName) | bit(OutcomeId::WasTheRightParty) | bit(OutcomeId::CeaseAndDesist) | bit(OutcomeId::DoNotCall));
        QCOMPARE(column(path, QStringLiteral("SELECT duration_ms AS v FROM calls WHERE id IN (%1, %2, %3) ORDER BY id").arg(FirstCall).arg(NoDurationV7).arg(ZeroDurationV7)),
                 QStringLiteral("420000|null|0"));

        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        CallReader reader(path);
        QVERIFY2(reader.open(&error), qPrintable(error));
        const QList<CallRow> rows = reader.rows(std::vector<qint64>{MistypedV7});
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows[0].isRaised(OutcomeId::DoNotCall));
        QVERIFY(rows[0].isMalformed(OutcomeId::DoNotCall));
        QVERIFY(rows[0].isRaised(OutcomeId::WasTheRightParty));
        QCOMPARE(rows[0].severity, Severity::None);
        QVERIFY(!reader.ids(CallFilter::compile(u"doNotCall"), CallSort{})->contains(MistypedV7));
        QCOMPARE(*reader.ids(CallFilter::compile(u"doNotCall=invalid"), CallSort{}), QList<qint64>{MistypedV7});
    }

    // Step 9: secret header values kept by earlier versions (an accepted delivery's, a refused attempt's) are
    // redacted, and gone from the whole file afterwards (free pages and WAL included), not just from the rows.
    void step9RedactsSecretsKeptBefore()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 8);
        QVERIFY(storeFiles(path).contains("OLD-tok-5ecret"));
        QVERIFY(storeFiles(path).contains("tok-NEARMISS-5ecret"));
        QCOMPARE(migrate(path, 9), QString());
        QCOMPARE(versionOf(path), 9);
        QCOMPARE(sql(path, {QStringLiteral("SELECT headers FROM deliveries WHERE id = %1").arg(SecretsV8)}).toString(),
                 QStringLiteral(R"([["Content-Type","application/json"],["authorization","Bearer [redacted]"],["Cookie","[redacted]"],["X-Api-Key","[redacted]"]])"));
        QCOMPARE(sql(path, {QStringLiteral("SELECT headers FROM deliveries WHERE id = %1").arg(Refused401)}).toString(),
                 QStringLiteral(R"([["Content-Type","application/json"],["Authorization","Bearer [redacted]"]])"));
        QVERIFY(!storeFiles(path).contains("5ecret"));
    }

    // Step 10: the rows that are not calls get a partial index, which the counts at open read.
    void step10IndexesWhatIsNoCall()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 9);
        QVERIFY(!hasObject(path, "calls_not_calls"));
        QCOMPARE(migrate(path, 10), QString());
        QVERIFY(hasObject(path, "calls_not_calls"));
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM calls INDEXED BY calls_not_calls "
                                           "WHERE refused_status != 0 OR validation = 3 OR event IS NOT 'call.completed'")}).toInt(), 4);
        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.counts(), (StoreCounts{11, 15, 2, 2}));
    }

    // Step 11 works every call's warnings out again: stale ones (a mistyped "doNotCall":"no" that step 8 took
    // back had warned the call after it) disappear, missing ones (calls stored before step 5, a do-not-call
    // that arrived after a call created later) appear, each recorded as a revision without a cause; a reviewed
    // call whose warnings changed shows as changed since review.
    void step11WorksContactPatternsOutAgain()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 10);
        const QString warnings = QStringLiteral("SELECT pattern_warnings AS v FROM calls WHERE id IN (5, 11, 16) ORDER BY id");
        QCOMPARE(column(path, warnings), QStringLiteral("0|1|0"));
        QCOMPARE(migrate(path, 11), QString());
        const int stop = CallPattern::AfterStopRequest;
        QCOMPARE(column(path, warnings), QStringLiteral("%1|0|%1").arg(stop));
        QCOMPARE(column(path, QStringLiteral("SELECT call_ref || ': ' || old_warnings || ' -> ' || new_warnings || coalesce(', cause ' || cause_ref, '') AS v "
                                             "FROM pattern_revisions ORDER BY call_ref")),
                 QStringLiteral("5: 0 -> 1|11: 1 -> 0|16: 0 -> 1"));
        QVERIFY(sql(path, {QStringLiteral("SELECT min(at_ms) FROM pattern_revisions")}).toLongLong() > 0);
        QCOMPARE(column(path, QStringLiteral("SELECT coalesce(reviewed_pattern, -1) AS v FROM calls WHERE id IN (2, 11, 16, 17) ORDER BY id")),
                 QStringLiteral("0|1|0|-1"));
        QVERIFY(columnsOf(path, QStringLiteral("review_audit")).contains(QStringLiteral("reason")));
        QString failure;
        sql(path, {QStringLiteral("DELETE FROM pattern_revisions")}, &failure);
        QVERIFY2(failure.contains(QLatin1String("append-only")), qPrintable(failure));

        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        CallReader reader(path);
        QVERIFY2(reader.open(&error), qPrintable(error));
        const QList<CallRow> rows = reader.rows(std::vector<qint64>{StaleV7, RightV10, LateStopV10});
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0].patternChangedSinceReview());
        QVERIFY(rows[1].patternChangedSinceReview());
        QVERIFY(!rows[2].patternChangedSinceReview()); // never reviewed
        QCOMPARE(*reader.ids(CallFilter::compile(u"pattern=changed"), CallSort{}), (QList<qint64>{StaleV7, RightV10}));
        const QString said = CallPattern::describeChange(rows[0].reviewedPattern, rows[0].patternWarnings);
        QVERIFY2(said.contains(QLatin1String("No longer: Called after a do-not-call")), qPrintable(said));
        QVERIFY(!said.contains(QLatin1String("Now also")));
    }

    // Step 12: INSERT OR REPLACE over a line's id rewrote the append-only tables (a REPLACE runs no DELETE
    // trigger); from 12 on that is refused for the audit trail and the pattern revisions alike, and reviews
    // still append.
    void step12RefusesReplacingAnAppendOnlyLine()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 11);
        const auto replaceLine = [](const char *who) {
            return QStringLiteral("INSERT OR REPLACE INTO review_audit (id, call_ref, at_ms, reviewer, field, old_value, new_value) "
                                  "VALUES (1, %1, 5000, '%2', 'state', 'unreviewed', 'reviewed')").arg(StopV4).arg(QLatin1String(who));
        };
        const QString replaceRevision = QStringLiteral("REPLACE INTO pattern_revisions (id, call_ref, at_ms, old_warnings, new_warnings) VALUES (1, 5, 9, 0, 0)");
        const QString reviewers = QStringLiteral("SELECT group_concat(reviewer) FROM (SELECT reviewer FROM review_audit ORDER BY id)");
        QCOMPARE(sql(path, {reviewers}).toString(), QStringLiteral("ana,ben,cy"));
        {
            // The hole, as released: on a copy, so that the step runs on the trail as that version left it.
            const QString copy = dir.filePath(QStringLiteral("hole.db"));
            QVERIFY(QFile::copy(path, copy));
            QCOMPARE(sql(copy, {replaceLine("mallory"), reviewers}).toString(), QStringLiteral("mallory,ben,cy"));
        }
        QCOMPARE(migrate(path, 12), QString());
        for (const QString &replace : {replaceLine("eve"), replaceRevision}) {
            QString failure;
            sql(path, {replace}, &failure);
            QVERIFY2(failure.contains(QLatin1String("append-only")), qPrintable(replace));
        }
        QCOMPARE(sql(path, {reviewers}).toString(), QStringLiteral("ana,ben,cy"));

        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        ReviewChange change;
        change.state = ReviewState::FollowUp;
        QVERIFY2(store.review(StopV4, change, QStringLiteral("dee"), T0(), &error), qPrintable(error));
        QCOMPARE(sql(path, {reviewers}).toString(), QStringLiteral("ana,ben,cy,dee"));
    }

    // Step 13: answers after the durable record. The dedupe index of a store of schema 12 is read from
    // delivery_keys, which the step fills from the stored keys and webhook-ids: a redelivery by key, and one
    // by webhook-id alone, are still duplicates after the upgrade; the indexes the answer path no longer needs go.
    void migrationStep13KeepsTheDedupeKeysApart()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 12);
        const int keyed = sql(path, {QStringLiteral("SELECT count(*) FROM calls WHERE idempotency_key IS NOT NULL")}).toInt();
        QVERIFY(keyed >= 5);
        QCOMPARE(migrate(path, 13), QString());
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM delivery_keys WHERE key_hash IS NOT NULL")}).toInt(), keyed);
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM delivery_keys WHERE webhook_hash IS NOT NULL")}).toInt(), 1);
        QVERIFY(!hasObject(path, "deliveries_webhook_id"));
        QVERIFY(!hasObject(path, "calls_received"));
        QVERIFY(hasObject(path, "deliveries_underived"));
        QCOMPARE(sql(path, {QStringLiteral("SELECT count(*) FROM deliveries WHERE call_ref IS NULL")}).toInt(), 0);

        const QByteArray signedBody = sql(path, {QStringLiteral("SELECT body FROM deliveries WHERE call_ref = "
                                                                "(SELECT id FROM calls WHERE call_id = 'signed-v12')")}).toByteArray();
        QVERIFY(!signedBody.isEmpty());
        QByteArray otherKey = signedBody;
        otherKey.replace("signed-v12\"", "another-key\"");
        QVERIFY(otherKey != signedBody);
        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const auto receipts = TestSupport::store(store, {TestSupport::delivery(signedBody, T0()),
                                                         TestSupport::delivery(otherKey, T0() + 1, {{"webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"}})});
        QVERIFY(!receipts[0].newCall() && !receipts[0].conflict());
        QVERIFY(!receipts[1].newCall());
        QCOMPARE(sql(path, {QStringLiteral("SELECT deliveries || ' ' || key_mismatch FROM calls WHERE call_id = 'signed-v12'")}).toString(),
                 QStringLiteral("3 1"));
    }

    // Step 14: word search. The step indexes the calls already stored, and a word finds them through the index.
    void migrationStep14IndexesTheStoredCallsWords()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 13);
        QCOMPARE(migrate(path, 14), QString());
        QVERIFY(hasObject(path, "calls_words"));
        const qint64 friday = sql(path, {QStringLiteral("SELECT id FROM calls WHERE call_id = 'words-v13'")}).toLongLong();
        QCOMPARE(sql(path, {QStringLiteral("SELECT group_concat(rowid) FROM calls_words WHERE calls_words MATCH '\"friday\"'")}).toLongLong(), friday);
        CallReader reader(path);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        const CallFilter filter = CallFilter::compile(u"FRIDAY");
        QVERIFY(filter.usesWordIndex());
        const auto ids = reader.ids(filter, CallSort{CallSort::Field::Duration});
        QVERIFY(ids);
        QCOMPARE(*ids, QList<qint64>{friday});
    }

    // Step 15: each text column of the window sorts from an index in its own collation, so the order is read
    // off the index (not sorted from every row), and the order is the case-blind one the window shows.
    void migrationStep15SortsTextFromAnIndex()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 14);
        QCOMPARE(migrate(path, 15), QString());
        const QList<CallSort::Field> fields{CallSort::Field::Phone, CallSort::Field::FileNumber, CallSort::Field::Organization,
                                            CallSort::Field::Agent};
        for (const CallSort::Field field : fields) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString plan = planOf(path, QLatin1String("SELECT id FROM calls WHERE 1 ORDER BY ") + CallSort{field, -1, order}.orderBy());
                QVERIFY2(plan.contains(QLatin1String("USING COVERING INDEX calls_sort_")) && !plan.contains(QLatin1String("TEMP B-TREE")),
                         qPrintable(plan));
            }
        }
        CallReader reader(path);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        const auto ids = reader.ids(CallFilter::compile(u"phone=+14155550014"), CallSort{CallSort::Field::Organization});
        QVERIFY(ids);
        QStringList names;
        for (const CallRow &row : reader.rows(*ids))
            names.append(row.organizationName);
        QCOMPARE(names, (QStringList{QStringLiteral("BETA ARM"), QStringLiteral("beta Lending"), QStringLiteral("Zeta Credit")}));
    }

    // An export reads a store as it is, never upgrading it: every format of every older store is written.
    void everyOldStoreExportsAsItIs_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < StoreSchema::Version; ++version)
            QTest::newRow(qPrintable(QStringLiteral("schema %1").arg(version))) << version;
    }
    void everyOldStoreExportsAsItIs()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = fixture(dir, version);
        const int calls = sql(path, {QStringLiteral("SELECT count(*) FROM calls WHERE validation != 3")}).toInt();
        const int deliveries = sql(path, {QStringLiteral("SELECT count(*) FROM deliveries")}).toInt();
        QVERIFY(calls > 0);
        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Ndjson, ExportFormat::Json, ExportFormat::Har}) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QString error;
            ExportRequest request;
            request.format = format;
            QVERIFY2(CallExport::write(path, request, out, &error),
                     qPrintable(exportFormatName(format) + QLatin1String(": ") + error));
            if (format == ExportFormat::Csv)
                QCOMPARE(out.data().count('\n'), calls + 1); // the header, then a line a call
            if (format == ExportFormat::Har)
                QCOMPARE(QJsonDocument::fromJson(out.data()).object().value(QLatin1String("log")).toObject().value(QLatin1String("entries")).toArray().size(),
                         deliveries);
        }
        QCOMPARE(versionOf(path), version); // read as it is
    }

    // Every fixture goes all the way to today's schema through DeliveryStore::open, keeps every row, and reads
    // back; a second open changes nothing.
    void everyOldStoreOpensAtTodaysSchema_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 0; version < StoreSchema::Version; ++version)
            QTest::newRow(qPrintable(QStringLiteral("schema %1").arg(version))) << version;
    }
    void everyOldStoreOpensAtTodaysSchema()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = fixture(dir, version);
        const QString rows = QStringLiteral("SELECT (SELECT count(*) FROM calls) || '/' || (SELECT count(*) FROM deliveries)");
        const QString before = version == 0 ? QStringLiteral("0/0") : sql(path, {rows}).toString();
        const QString bodies = version == 0 ? QString() : column(path, QStringLiteral("SELECT hex(body) AS v FROM deliveries ORDER BY id"));
        {
            DeliveryStore store(path);
            QSignalSpy spy(&store, &DeliveryStore::upgrading);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QCOMPARE(versionOf(path), StoreSchema::Version);
            // Each step says it starts and that it is done, numbered in order.
            QList<int> started;
            for (const QList<QVariant> &report : spy) {
                QCOMPARE(report.at(1).toInt(), StoreSchema::Version - version);
                QVERIFY(!report.at(3).toString().isEmpty());
                if (report.at(2).toDouble() == 0)
                    started.append(report.at(0).toInt());
            }
            QList<int> expected;
            for (int step = 1; step <= StoreSchema::Version - version; ++step)
                expected.append(step);
            // The file is rewritten after step 9 when it redacted a secret (a refused attempt's, from schema 6 on),
            // announced as more work of the last step.
            const bool rewritten = version >= 6 && version <= 8;
            if (rewritten)
                expected.append(StoreSchema::Version - version);
            QCOMPARE(started, expected);
            QCOMPARE(spy.constLast().at(2).toDouble(), rewritten ? 0.0 : 1.0);
        }
        QCOMPARE(sql(path, {rows}).toString(), before);
        if (version != 0)
            QCOMPARE(column(path, QStringLiteral("SELECT hex(body) AS v FROM deliveries ORDER BY id")), bodies);
        CallReader reader(path);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        const auto ids = reader.ids(CallFilter{}, CallSort{}, &error);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(reader.rows(*ids).size(), ids->size());
        {
            DeliveryStore again(path);
            QSignalSpy spy(&again, &DeliveryStore::upgrading);
            QVERIFY2(again.open(&error), qPrintable(error));
            QCOMPARE(spy.size(), 0);
        }
    }

    // kill -9 in the middle of a step (inside its transaction) leaves the store at the version before it, with
    // every row; the next open migrates it. The process is the store's own open() (tests/helpers), stopped by
    // its progress report inside the step, so that the kill cannot land between steps.
    void aKilledMigrationLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = fixture(dir, 10);
        // Enough calls that step 11 (the first to run) reports progress within its transaction.
        sql(path, {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                                  "INSERT INTO calls (idempotency_key, event, call_id, phone_number, created_ms, outcomes, validation, "
                                  "first_received_ms, last_received_ms, pattern_warnings) "
                                  "SELECT 'copy-' || i, 'call.completed', 'copy-' || i, '+1310555' || (i % 400), 1772374920000 + i * 60000, "
                                  "'{}', 0, 1772374920000 + i * 60000, 1772374920000 + i * 60000, 0 FROM n")});
        const QString rows = QStringLiteral("SELECT (SELECT count(*) FROM calls) || '/' || (SELECT count(*) FROM deliveries) || '/' || "
                                            "(SELECT count(*) FROM review_audit)");
        const QString before = sql(path, {rows}).toString();
        QCOMPARE(before, QStringLiteral("5017/17/2"));

        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(MIGRATION_HELPER), {QStringLiteral("open"), path, QStringLiteral("1")});
        QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
        QByteArray said;
        while (!said.contains("paused\n")) {
            QVERIFY2(helper.waitForReadyRead(60000), said.constData());
            said += helper.readAllStandardOutput();
        }
        const QByteArray firstStep = "step 1 of " + QByteArray::number(StoreSchema::Version - 10) + " 0.00 ";
        QVERIFY2(said.contains(firstStep), said.constData());
        helper.kill();
        QVERIFY(helper.waitForFinished());
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        QCOMPARE(versionOf(path), 10); // what the killed transaction wrote is gone with it
        QVERIFY(!columnsOf(path, QStringLiteral("calls")).contains(QStringLiteral("reviewed_pattern")));
        QCOMPARE(sql(path, {rows}).toString(), before);
        {
            DeliveryStore store(path);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
        }
        QCOMPARE(versionOf(path), StoreSchema::Version);
        QCOMPARE(sql(path, {rows}).toString(), before);
        QCOMPARE(sql(path, {QStringLiteral("SELECT pattern_warnings FROM calls WHERE id = %1").arg(RightV10)}).toInt(), int(CallPattern::AfterStopRequest));
    }

private:
    static qint64 T0() { return 1772374920000; }
};

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
