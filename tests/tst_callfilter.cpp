// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "filter/callfilter.h"
#include "storage/callreader.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace CallScope;

namespace {
// The calls of the fixture store, by a letter.
const QHash<QString, QString> kCalls{
    {QStringLiteral("A"), QStringLiteral("67a0f74d1c2e8a12f9130ae2")}, // payment + plan; redelivered twice, differently
    {QStringLiteral("B"), QStringLiteral("6812ab3c4d5e6f7089012345")}, // cease-and-desist, do-not-call
    {QStringLiteral("C"), QStringLiteral("68f0e1d2c3b4a59687012345")}, // wrong party
    {QStringLiteral("D"), QStringLiteral("6901a2b3c4d5e6f708901234")}, // bankruptcy with its details
    {QStringLiteral("E"), QStringLiteral("6902c3d4e5f6071829345678")}, // payment failed
    {QStringLiteral("F"), QStringLiteral("f00000000000000000000001")}, // Spanish, another org, an unknown outcome
};
} // namespace

class TstCallFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DeliveryStore> m_store;
    std::unique_ptr<CallReader> m_reader;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 13), QTime(9, 0));

    // A call unlike the samples: another organization, no agent, Spanish, an outcome the spec lacks, and a
    // summary full of characters that mean something to SQL LIKE and to HTML.
    static QByteArray spanishCall()
    {
        QJsonObject o = QJsonDocument::fromJson(TestSupport::sample("04-wrong-party.json")).object();
        o.insert(QStringLiteral("idempotencyKey"), QStringLiteral("call.completed:org-globex:f00000000000000000000001"));
        o.insert(QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), QStringLiteral("org-globex")},
                                                             {QStringLiteral("name"), QStringLiteral("Globex Inc")}});
        o.remove(QStringLiteral("agent"));
        QJsonObject p = o.value(QStringLiteral("payload")).toObject();
        p.insert(QStringLiteral("callId"), kCalls.value(QStringLiteral("F")));
        p.insert(QStringLiteral("phoneNumber"), QStringLiteral("+34911234567"));
        p.remove(QStringLiteral("fileNumber"));
        p.insert(QStringLiteral("duration"), 61000);
        p.insert(QStringLiteral("summary"), QStringLiteral("Llamada en español <b>50% done_</b>"));
        p.insert(QStringLiteral("outcomes"), QJsonObject{{QStringLiteral("spanishCall"), true},
                                                         {QStringLiteral("wasWrongParty"), false},
                                                         {QStringLiteral("promiseToPayDays"), 3},
                                                         {QStringLiteral("futureFlag"), true}});
        o.insert(QStringLiteral("payload"), p);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    QStringList matches(const QString &expression)
    {
        const CallFilter filter = CallFilter::compile(expression, m_now);
        if (!filter.isValid())
            qFatal("unexpectedly invalid: %s", qPrintable(filter.errorText()));
        const auto ids = m_reader->ids(filter, CallSort{});
        if (!ids)
            qFatal("query failed for %s", qPrintable(expression));
        QStringList letters;
        for (const CallRow &row : m_reader->rows(*ids))
            letters.append(kCalls.key(row.callId));
        letters.sort();
        return letters;
    }

private Q_SLOTS:
    // Nesting has a bound, with an error that names it and where it was passed; a pasted expression of a
    // hundred thousand "(" or "!" is refused, never a crash.
    void nestingHasABound()
    {
        const auto nested = [](int depth) {
            return QString(QString(depth, QLatin1Char('(')) + QStringLiteral("doNotCall") + QString(depth, QLatin1Char(')')));
        };
        QVERIFY(CallFilter::compile(nested(CallFilter::MaxNesting)).isValid());
        const CallFilter deep = CallFilter::compile(nested(CallFilter::MaxNesting + 1));
        QVERIFY(!deep.isValid());
        QVERIFY2(deep.error().message.contains(QString::number(CallFilter::MaxNesting)), qPrintable(deep.error().message));
        QCOMPARE(deep.error().position, CallFilter::MaxNesting);
        QVERIFY(CallFilter::compile(QString(QString(CallFilter::MaxNesting, QLatin1Char('!')) + QStringLiteral("doNotCall"))).isValid());
        QVERIFY(!CallFilter::compile(QString(QString(CallFilter::MaxNesting + 1, QLatin1Char('!')) + QStringLiteral("doNotCall"))).isValid());
        QVERIFY(!CallFilter::compile(nested(100000)).isValid());
        QVERIFY(!CallFilter::compile(QString(QString(100000, QLatin1Char('!')) + QStringLiteral("doNotCall"))).isValid());
    }

    void initTestCase()
    {
        // Dates without a zone are local: pin the zone so that the expected days hold everywhere.
        qputenv("TZ", "UTC");
        tzset();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("calls.db"));
        m_store = std::make_unique<DeliveryStore>(path);
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        QList<IncomingDelivery> deliveries;
        qint64 received = QDateTime(QDate(2026, 3, 12), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        for (const char *name : TestSupport::sampleNames())
            deliveries.append(TestSupport::delivery(TestSupport::sample(name), received += 60000));
        deliveries.append(TestSupport::delivery(spanishCall(), QDateTime(QDate(2026, 3, 13), QTime(8, 30), Qt::UTC).toMSecsSinceEpoch()));
        TestSupport::store(*m_store, deliveries);

        // Reviews come with the review workflow; set one directly, as it would.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("review"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE calls SET review_state = 1 WHERE call_id = '%1'").arg(kCalls.value(QStringLiteral("B")))));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("review"));

        m_reader = std::make_unique<CallReader>(path);
        QVERIFY2(m_reader->open(&error), qPrintable(error));
        QCOMPARE(m_reader->counts(), std::make_pair(qint64(6), qint64(8)));
    }

    void matchesCalls_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected"); // the letters of the calls, sorted

        QTest::newRow("empty matches all") << "" << "ABCDEF";
        QTest::newRow("blank matches all") << "   " << "ABCDEF";
        QTest::newRow("outcome key alone") << "doNotCall" << "B";
        QTest::newRow("key any case") << "DONOTCALL" << "B";
        QTest::newRow("negated key") << "!doNotCall" << "ACDEF";
        QTest::newRow("or") << "ceaseAndDesist or bankruptcy" << "BD";
        QTest::newRow("and keyword") << "doNotCall and ceaseAndDesist" << "B";
        QTest::newRow("side by side is and") << "confirmedName wasTheRightParty paymentFailed" << "E";
        QTest::newRow("parentheses") << "(doNotCall or wasWrongParty) agent~outbound" << "BC";
        QTest::newRow("negated group") << "!(doNotCall or bankruptcy)" << "ACEF";
        QTest::newRow("group compliance") << "group:compliance" << "B";
        QTest::newRow("group any case") << "group:Bankruptcy" << "D";
        QTest::newRow("group language") << "group:language" << "F";
        QTest::newRow("group other: an unknown key") << "group:other" << "F";
        QTest::newRow("duration at least, seconds") << "duration>=300" << "BD";
        QTest::newRow("duration m:ss") << "duration<1:36" << "CF";
        QTest::newRow("duration equal within the second") << "duration=95" << "C";
        QTest::newRow("duration minutes") << "duration>5m" << "BD";
        QTest::newRow("duration minutes, fraction") << "duration>6.5m" << "B";
        QTest::newRow("duration spaced operator") << "duration > 400s" << "B";
        QTest::newRow("phone exact") << "phoneNumber=+13105550199" << "B";
        QTest::newRow("phone contains") << "phone~555" << "ABCDE";
        QTest::newRow("file number contains, any case") << "fileNumber~acc" << "AE";
        QTest::newRow("not contains keeps calls without the field") << "!fileNumber~acc" << "BCDF";
        QTest::newRow("file number colon form") << "fileNumber:FILE-8821" << "B";
        QTest::newRow("word in summary") << "declined" << "E";
        QTest::newRow("word in phone") << "5550111" << "D";
        QTest::newRow("quoted phrase") << "\"Chapter 13\"" << "D";
        QTest::newRow("quoted key is text") << "\"doNotCall\"" << "";
        QTest::newRow("org by name, quoted") << "org=\"Globex Inc\"" << "F";
        QTest::newRow("org by id") << "org=org-globex" << "F";
        QTest::newRow("org not") << "org!=\"Acme Corp\"" << "F";
        QTest::newRow("agent contains") << "agent~outbound" << "ABCDE";
        QTest::newRow("plan type") << "plan_type=regular_plan" << "A";
        QTest::newRow("number outcome") << "promiseToPayDays<=7" << "F";
        QTest::newRow("number outcome none above") << "promiseToPayDays>7" << "";
        QTest::newRow("string outcome") << "bankruptcyChapter=13" << "D";
        QTest::newRow("string outcome contains") << "bankruptcyAttorneyName~\"doe law\"" << "D";
        QTest::newRow("boolean false") << "wasWrongParty=false" << "F";
        QTest::newRow("boolean true") << "wasWrongParty=true" << "C";
        QTest::newRow("boolean not reported") << "wasWrongParty=none" << "ABDE";
        QTest::newRow("reported at all") << "wasWrongParty!=none" << "CF";
        QTest::newRow("conflicting redelivery") << "validation=conflict" << "A";
        QTest::newRow("no conflict") << "validation!=conflict" << "BCDEF";
        QTest::newRow("created on a day") << "createdAt=2026-03-12" << "DE";
        QTest::newRow("created from a day") << "createdAt>=2026-03-12" << "DE";
        QTest::newRow("created after a day") << "createdAt>2026-03-01" << "CDEF";
        QTest::newRow("created before a day") << "createdAt<2026-03-01" << "A";
        QTest::newRow("created after a minute") << "createdAt>2026-03-10T17:59Z" << "CDEF";
        QTest::newRow("created text contains") << "createdAt~T14:22" << "B";
        QTest::newRow("received today") << "receivedAt=today" << "F";
        QTest::newRow("received yesterday") << "receivedAt=yesterday" << "ABCDE";
        QTest::newRow("reviewed") << "review=reviewed" << "B";
        QTest::newRow("review colon form") << "review:unreviewed" << "ACDEF";
        QTest::newRow("status any case") << "status=completed" << "ABCDEF";
        QTest::newRow("event") << "event=call.completed" << "ABCDEF";
        QTest::newRow("literal percent") << "summary~%" << "F";
        QTest::newRow("literal underscore") << "summary~_" << "F";
        QTest::newRow("html is text") << "summary~\"<b>\"" << "F";
        QTest::newRow("non-ASCII word") << "español" << "F";
        QTest::newRow("no contact-pattern warning here") << "pattern" << "";
    }

    void matchesCalls()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        QCOMPARE(matches(expression).join(QString()), expected);
    }

    void refusesBadExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("message");

        QTest::newRow("no value") << "duration>" << 8 << "Expected a value after “>”";
        QTest::newRow("unclosed parenthesis") << "(doNotCall" << 0 << "never closed";
        QTest::newRow("stray parenthesis") << "doNotCall)" << 9 << "without a matching";
        QTest::newRow("empty parentheses") << "()" << 1 << "Expected a term before “)”";
        QTest::newRow("leading or") << "or doNotCall" << 0 << "Expected a term before “or”";
        QTest::newRow("trailing or") << "doNotCall or" << 10 << "Expected a term after “or”";
        QTest::newRow("trailing and") << "fraud and" << 6 << "“and” needs a term";
        QTest::newRow("unknown field") << "durtion>5" << 0 << "Unknown field “durtion”";
        QTest::newRow("bad duration") << "duration>abc" << 9 << "not a duration";
        QTest::newRow("contains on a number") << "duration~5" << 0 << "compares text";
        QTest::newRow("unknown group") << "group:nope" << 6 << "Unknown group “nope”";
        QTest::newRow("unknown review state") << "review=done" << 7 << "Unknown review state";
        QTest::newRow("review order") << "review<reviewed" << 0 << "takes = or !=";
        QTest::newRow("bad boolean") << "doNotCall=maybe" << 10 << "expected true, false or none";
        QTest::newRow("boolean order") << "doNotCall>true" << 10 << "takes = or !=";
        QTest::newRow("bad number") << "promiseToPayDays>x" << 17 << "whole number";
        QTest::newRow("unclosed quote") << "summary~\"paid" << 8 << "never closed";
        QTest::newRow("operator first") << "=5" << 0 << "Expected a field name";
        QTest::newRow("lone bang") << "!" << 0 << "Expected a term after “!”";
        QTest::newRow("bad time") << "receivedAt>soon" << 11 << "not a time";
        QTest::newRow("contains on receive time") << "receivedAt~2026" << 0 << "compares text";
        QTest::newRow("unknown validation") << "validation=great" << 11 << "Unknown validation";
        QTest::newRow("colon without value") << "review:" << 0 << "Expected a value after “:”";
        QTest::newRow("unknown pattern value") << "pattern=new" << 8 << "Unknown pattern value “new”; expected changed";
        QTest::newRow("pattern colon form, unknown value") << "pattern:often" << 8 << "Unknown pattern value";
        QTest::newRow("pattern order") << "pattern>changed" << 0 << "pattern takes = or !=";
        QTest::newRow("pattern colon without value") << "pattern:" << 0 << "Expected a value after “:”";
    }

    void refusesBadExpressions()
    {
        QFETCH(QString, expression);
        QFETCH(int, position);
        QFETCH(QString, message);
        const CallFilter filter = CallFilter::compile(expression, m_now);
        QVERIFY(!filter.isValid());
        QVERIFY(!filter.matchesEverything());
        QCOMPARE(filter.error().position, position);
        QVERIFY2(filter.error().message.contains(message), qPrintable(filter.error().message));
        QVERIFY(filter.errorText().startsWith(QStringLiteral("at column %1: ").arg(position + 1)));
    }

    void saysWhetherItReadsWideColumns_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("wide");
        QTest::newRow("flags") << "doNotCall or !bankruptcy" << false;
        QTest::newRow("flag true") << "fraud=true" << false;
        QTest::newRow("group") << "group:compliance" << false;
        QTest::newRow("numbers and times") << "duration>5m receivedAt>=today review=unreviewed validation=conflict" << false;
        QTest::newRow("a word") << "declined" << false; // the word index (schema step 13)
        QTest::newRow("a text field") << "phone~555" << false;
        QTest::newRow("a short word") << "de" << true; // too short for trigrams: a scan
        QTest::newRow("a field not in the word index") << "status~comp" << true;
        QTest::newRow("flag false") << "fraud=false" << true;
        QTest::newRow("string outcome") << "plan_type=pay_in_full" << true;
        QTest::newRow("other group") << "group:other" << true;
    }

    // A wrong answer would not change which calls match, but would send a million-call filter down the slow
    // plan (bench/gui_scale): text filters that scan need a sequential scan, flag filters the covering index.
    void saysWhetherItReadsWideColumns()
    {
        QFETCH(QString, expression);
        QFETCH(bool, wide);
        QCOMPARE(CallFilter::compile(expression, m_now).readsWideColumns(), wide);
    }

    // A reviewed call whose contact-pattern warnings change afterwards (a do-not-call created before it arrives
    // late) is found by pattern=changed; a call that was never reviewed is not, whatever its warnings.
    void patternChangedSinceReview()
    {
        QTemporaryDir dir;
        DeliveryStore store(dir.filePath(QStringLiteral("changed.db")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const auto call = [](const QString &callId, const QString &phone, int day, bool doNotCall) {
            QJsonObject o = QJsonDocument::fromJson(TestSupport::sample("01-minimal.json")).object();
            o.insert(QStringLiteral("idempotencyKey"), callId);
            QJsonObject p = o.value(QStringLiteral("payload")).toObject();
            p.insert(QStringLiteral("callId"), callId);
            p.insert(QStringLiteral("phoneNumber"), phone);
            p.insert(QStringLiteral("createdAt"), QStringLiteral("2026-03-%1T10:00:00.000Z").arg(day, 2, 10, QLatin1Char('0')));
            p.insert(QStringLiteral("outcomes"), doNotCall ? QJsonObject{{QStringLiteral("doNotCall"), true}} : QJsonObject());
            o.insert(QStringLiteral("payload"), p);
            return TestSupport::delivery(QJsonDocument(o).toJson(QJsonDocument::Compact), 1000 + day);
        };
        TestSupport::store(store, {call(QStringLiteral("reviewed"), QStringLiteral("+13105550100"), 10, false),
                                   call(QStringLiteral("unreviewed"), QStringLiteral("+14155550000"), 10, false)});
        // A review keeps the warnings the call has when it is saved (DeliveryStore::review sets reviewed_pattern).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("review"));
            db.setDatabaseName(store.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE calls SET review_state = 1, reviewed_pattern = pattern_warnings WHERE call_id = 'reviewed'")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("review"));
        CallReader reader(store.path());
        QVERIFY2(reader.open(&error), qPrintable(error));
        const auto matching = [&](const char *expression) {
            const CallFilter filter = CallFilter::compile(QString::fromLatin1(expression), m_now);
            if (!filter.isValid())
                qFatal("unexpectedly invalid: %s", qPrintable(filter.errorText()));
            QStringList ids;
            for (const CallRow &row : reader.rows(*reader.ids(filter, CallSort{})))
                ids.append(row.callId);
            ids.sort();
            return ids;
        };
        QCOMPARE(matching("pattern=changed"), QStringList());
        QCOMPARE(matching("pattern"), QStringList());

        // Do-not-calls created the day before each call arrive now: both calls get a warning.
        TestSupport::store(store, {call(QStringLiteral("late-1"), QStringLiteral("+13105550100"), 9, true),
                                   call(QStringLiteral("late-2"), QStringLiteral("+14155550000"), 9, true)});
        QCOMPARE(matching("pattern"), (QStringList{QStringLiteral("reviewed"), QStringLiteral("unreviewed")}));
        QCOMPARE(matching("pattern=changed"), QStringList{QStringLiteral("reviewed")});
        QCOMPARE(matching("pattern:Changed"), QStringList{QStringLiteral("reviewed")});
        QCOMPARE(matching("pattern!=changed"), (QStringList{QStringLiteral("late-1"), QStringLiteral("late-2"), QStringLiteral("unreviewed")}));
        QCOMPARE(matching("!pattern=changed and pattern"), QStringList{QStringLiteral("unreviewed")});
    }

    void valuesAreBoundNotSpliced()
    {
        // A quote in a value must be data, not SQL.
        const CallFilter filter = CallFilter::compile(QStringLiteral("summary~\"x' OR 1=1 --\""), m_now);
        QVERIFY(filter.isValid());
        QVERIFY(!filter.sql().contains(QLatin1String("1=1")));
        QCOMPARE(matches(filter.text()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TstCallFilter)
#include "tst_callfilter.moc"
