// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The real binary, as a script calls it: what it prints and its exit status (the contract).
#include "domain/strictjson.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

namespace {

// The audit trail's test store: the samples' callIds and idempotency keys.
const QByteArray kCallA = "6812ab3c4d5e6f7089012345"; // 03: do-not-call and cease-and-desist
const QByteArray kCallB = "68f0e1d2c3b4a59687012345"; // 04: wrong party
const QByteArray kCallC = "67a0f74d1c2e8a12f9130ae2"; // 00: full body
QByteArray keyOf(const QByteArray &callId)
{
    return "call.completed:507f1f77bcf86cd799439011:" + callId;
}

qint64 utcMs(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!t.isValid())
        qFatal("bad test time %s", iso);
    return t.toMSecsSinceEpoch();
}

// The audit commands run in a zone of UTC-3 without summer time, named the POSIX way (no tz database
// needed): the local day 2026-12-01 is 2026-12-01T03:00:00.000Z up to 2026-12-02T02:59:59.999Z.
const char *const kZone = "<-03>3";

// The expected CSV lines of the whole trail, written by hand from the changes initTestCase makes, oldest
// first; index i is line i + 1 of the file (line 0 is the header).
const QList<QByteArray> &expectedCsvLines()
{
    static const QList<QByteArray> lines = {
        "2026-12-01T02:59:59.999Z,ana," + kCallA + "," + keyOf(kCallA) + ",state,,unreviewed,follow-up,",
        "2026-12-01T02:59:59.999Z,ana," + kCallA + "," + keyOf(kCallA) + ",note,,,\"Called back, said \"\"stop\"\"\",",
        "2026-12-01T03:00:00.000Z,bob," + kCallA + "," + keyOf(kCallA) + ",disposition,ceaseAndDesist,,overturned,",
        "2026-12-01T03:00:00.000Z,bob," + kCallA + "," + keyOf(kCallA) + ",disposition,doNotCall,,confirmed,",
        "2026-12-01T10:15:00.123Z,bob," + kCallB + "," + keyOf(kCallB) + ",state,,unreviewed,follow-up,",
        "2026-12-01T10:15:00.123Z,bob," + kCallB + "," + keyOf(kCallB) + ",note,,,\"'=HYPERLINK(\"\"x\"\")\",",
        "2026-12-02T02:59:59.999Z,Ana Mar\xc3\xad" "a," + kCallC + "," + keyOf(kCallC) + ",state,,unreviewed,reviewed,",
        "2026-12-02T03:00:00.000Z,ana," + kCallA + "," + keyOf(kCallA) + ",note,,\"Called back, said \"\"stop\"\"\",,",
        "2026-12-02T03:00:00.000Z,ana," + kCallA + "," + keyOf(kCallA) + ",disposition,doNotCall,confirmed,,",
        "2026-12-03T12:00:00.000Z,carol," + kCallA + "," + keyOf(kCallA)
            + ",disposition,ceaseAndDesist,overturned,confirmed,\"Heard \"\"stop\"\" at 0:42;\nsee the recording\"",
    };
    return lines;
}

// The same lines as JSON objects, keys in the contract's order, null for what is absent.
const QList<QByteArray> &expectedJsonLines()
{
    const auto object = [](const char *at, const char *reviewer, const QByteArray &callId, const char *rest) -> QByteArray {
        return "{\"at\":\"" + QByteArray(at) + "\",\"reviewer\":\"" + reviewer + "\",\"callId\":\"" + callId + "\",\"idempotencyKey\":\""
            + keyOf(callId) + "\"," + rest + "}";
    };
    static const QList<QByteArray> lines = {
        object("2026-12-01T02:59:59.999Z", "ana", kCallA, "\"field\":\"state\",\"outcome\":null,\"old\":\"unreviewed\",\"new\":\"follow-up\",\"reason\":null"),
        object("2026-12-01T02:59:59.999Z", "ana", kCallA,
               "\"field\":\"note\",\"outcome\":null,\"old\":null,\"new\":\"Called back, said \\\"stop\\\"\",\"reason\":null"),
        object("2026-12-01T03:00:00.000Z", "bob", kCallA,
               "\"field\":\"disposition\",\"outcome\":\"ceaseAndDesist\",\"old\":null,\"new\":\"overturned\",\"reason\":null"),
        object("2026-12-01T03:00:00.000Z", "bob", kCallA,
               "\"field\":\"disposition\",\"outcome\":\"doNotCall\",\"old\":null,\"new\":\"confirmed\",\"reason\":null"),
        object("2026-12-01T10:15:00.123Z", "bob", kCallB, "\"field\":\"state\",\"outcome\":null,\"old\":\"unreviewed\",\"new\":\"follow-up\",\"reason\":null"),
        object("2026-12-01T10:15:00.123Z", "bob", kCallB,
               "\"field\":\"note\",\"outcome\":null,\"old\":null,\"new\":\"=HYPERLINK(\\\"x\\\")\",\"reason\":null"),
        object("2026-12-02T02:59:59.999Z", "Ana Mar\xc3\xad" "a", kCallC,
               "\"field\":\"state\",\"outcome\":null,\"old\":\"unreviewed\",\"new\":\"reviewed\",\"reason\":null"),
        object("2026-12-02T03:00:00.000Z", "ana", kCallA,
               "\"field\":\"note\",\"outcome\":null,\"old\":\"Called back, said \\\"stop\\\"\",\"new\":null,\"reason\":null"),
        object("2026-12-02T03:00:00.000Z", "ana", kCallA,
               "\"field\":\"disposition\",\"outcome\":\"doNotCall\",\"old\":\"confirmed\",\"new\":null,\"reason\":null"),
        object("2026-12-03T12:00:00.000Z", "carol", kCallA,
               "\"field\":\"disposition\",\"outcome\":\"ceaseAndDesist\",\"old\":\"overturned\",\"new\":\"confirmed\","
               "\"reason\":\"Heard \\\"stop\\\" at 0:42;\\nsee the recording\""),
    };
    return lines;
}

QByteArray expectedJson(std::initializer_list<int> lineNumbers)
{
    QByteArray json = "[";
    for (const int n : lineNumbers)
        json += (json.size() == 1 ? "\n" : ",\n") + expectedJsonLines().at(n - 1);
    return json + (json.size() == 1 ? "]\n" : "\n]\n");
}

QByteArray expectedCsv(std::initializer_list<int> lineNumbers)
{
    QByteArray csv = "\xEF\xBB\xBF" "at,reviewer,callId,idempotencyKey,field,outcome,old,new,reason\r\n";
    for (const int n : lineNumbers)
        csv += expectedCsvLines().at(n - 1) + "\r\n";
    return csv;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TstCommandLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_auditDb;

    static Run run(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QLatin1String(kZone));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CALLSCOPE_BINARY), arguments);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    Run audit(const QStringList &more) const
    {
        return run(QStringList{QStringLiteral("audit"), QStringLiteral("--db"), m_auditDb} + more);
    }

private slots:
    // A store with three calls from the samples and their reviews at chosen times, made through the store's
    // own review(); one line with a reason is written directly (review() does not give one yet).
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_auditDb = m_dir.filePath(QStringLiteral("audit.db"));
        DeliveryStore store(m_auditDb);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QList<StoreReceipt> receipts = TestSupport::store(
            store, {TestSupport::delivery(TestSupport::sample("03-compliance-and-preferences.json"), 1000),
                    TestSupport::delivery(TestSupport::sample("04-wrong-party.json"), 2000),
                    TestSupport::delivery(TestSupport::sample("00-full-body.json"), 3000),
                    TestSupport::delivery(TestSupport::sample("01-minimal.json"), 4000)}); // never reviewed
        const qint64 a = receipts[0].callRowId, b = receipts[1].callRowId, c = receipts[2].callRowId;
        const QString note = QStringLiteral("Called back, said \"stop\"");

        // Call A raises two stop-contact flags: it stays Needs follow-up, which needs no disposition.
        ReviewChange followUpA;
        followUpA.state = ReviewState::FollowUp;
        followUpA.note = note;
        QVERIFY2(store.review(a, followUpA, QStringLiteral("ana"), utcMs("2026-12-01T02:59:59.999Z"), &error), qPrintable(error));
        ReviewChange dispositions;
        dispositions.dispositions.insert(QStringLiteral("doNotCall"), Disposition::Confirmed);
        dispositions.dispositions.insert(QStringLiteral("ceaseAndDesist"), Disposition::Overturned);
        QVERIFY2(store.review(a, dispositions, QStringLiteral("bob"), utcMs("2026-12-01T03:00:00.000Z"), &error), qPrintable(error));
        ReviewChange followUp;
        followUp.state = ReviewState::FollowUp;
        followUp.note = QStringLiteral("=HYPERLINK(\"x\")"); // a formula: defused in the CSV
        QVERIFY2(store.review(b, followUp, QStringLiteral("bob"), utcMs("2026-12-01T10:15:00.123Z"), &error), qPrintable(error));
        ReviewChange done;
        done.state = ReviewState::Reviewed;
        QVERIFY2(store.review(c, done, QStringLiteral("Ana Mar\u00eda"), utcMs("2026-12-02T02:59:59.999Z"), &error), qPrintable(error));
        ReviewChange cleared;
        cleared.state = ReviewState::FollowUp; // unchanged: no line
        cleared.note = QString();
        cleared.dispositions.insert(QStringLiteral("doNotCall"), std::nullopt);
        QVERIFY2(store.review(a, cleared, QStringLiteral("ana"), utcMs("2026-12-02T03:00:00.000Z"), &error), qPrintable(error));

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reason"));
        db.setDatabaseName(m_auditDb);
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO review_audit (call_ref, at_ms, reviewer, field, old_value, new_value, reason) VALUES (?,?,?,?,?,?,?)"));
        for (const QVariant &v : {QVariant(a), QVariant(utcMs("2026-12-03T12:00:00.000Z")), QVariant(QStringLiteral("carol")),
                                  QVariant(QStringLiteral("disposition:ceaseAndDesist")), QVariant(QStringLiteral("overturned")),
                                  QVariant(QStringLiteral("confirmed")), QVariant(QStringLiteral("Heard \"stop\" at 0:42;\nsee the recording"))})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reason"));
    }

    void init()
    {
        // Commands that only print must not need a display.
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qunsetenv("QT_QPA_PLATFORM");
    }

    void versionWithoutADisplay()
    {
        QProcess p;
        p.start(QStringLiteral(CALLSCOPE_BINARY), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("callscope " CALLSCOPE_VERSION));
    }

    void helpWithoutADisplay()
    {
        QProcess p;
        p.start(QStringLiteral(CALLSCOPE_BINARY), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("Usage:"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such-option")} << QByteArray("no-such-option");
        QTest::newRow("no connections") << QStringList{QStringLiteral("--headless"), QStringLiteral("--max-connections"), QStringLiteral("0")}
                                        << QByteArray("--max-connections needs a number of 1 or more");
        QTest::newRow("timeout not a number") << QStringList{QStringLiteral("--headless"), QStringLiteral("--idle-timeout"), QStringLiteral("soon")}
                                              << QByteArray("--idle-timeout needs a number of seconds");
        QTest::newRow("timeout zero") << QStringList{QStringLiteral("--headless"), QStringLiteral("--header-timeout"), QStringLiteral("0")}
                                      << QByteArray("--header-timeout needs a number of seconds");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("frobnicate");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, reason);
        QProcess p;
        // The window's own options are checked once Qt has taken its platform options: give it one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CALLSCOPE_BINARY), arguments);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(reason) && err.contains("Usage:"), err.constData());
    }

    // The contract: each command's --help shows that command's options only, and an example of its use.
    void eachCommandsHelpShowsItsOwnOptions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("own");
        QTest::addColumn<QStringList>("others");
        const auto list = [](std::initializer_list<const char *> options) {
            QStringList l;
            for (const char *o : options)
                l.append(QString::fromLatin1(o));
            return l;
        };
        QTest::newRow("export") << QStringLiteral("export") << list({"--db <PATH>", "--format <FORMAT>", "--filter <EXPR>", "--mask", "--out <FILE>",
                                                                     "callscope export --db"})
                                << list({"--headless", "--port", "--token", "--to <URL>", "--synthetic", "--rate", "--from", "--help-all"});
        QTest::newRow("import") << QStringLiteral("import") << list({"--db <PATH>", "FILE...", "callscope import --db"})
                                << list({"--headless", "--port", "--format", "--mask", "--token", "--to <URL>", "--filter"});
        QTest::newRow("send") << QStringLiteral("send") << list({"--to <URL>", "--speed <F>", "--rate <N>", "--token <T>", "--token-file", "--secret <whsec_...>",
                                                                 "--secret-file", "--synthetic <N>", "FILE...", "callscope send --to"})
                              << list({"--headless", "--port", "--db", "--format", "--mask", "--filter", "--max-body"});
        QTest::newRow("replay") << QStringLiteral("replay") << list({"--db <PATH>", "--to <URL>", "--filter <EXPR>", "--rate <N>", "--token <T>",
                                                                     "--secret <whsec_...>", "callscope replay --db"})
                                << list({"--headless", "--port", "--format", "--mask", "--speed", "--synthetic", "FILE..."});
        QTest::newRow("audit") << QStringLiteral("audit") << list({"--db <PATH>", "--from <DATE>", "--to <DATE>", "--format <FORMAT>", "callscope audit --db"})
                               << list({"--headless", "--port", "--mask", "--token", "--synthetic", "--rate", "URL"});
    }

    void eachCommandsHelpShowsItsOwnOptions()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, own);
        QFETCH(QStringList, others);
        const Run r = run({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Example:"), r.out.constData());
        for (const QString &option : own)
            QVERIFY2(r.out.contains(option.toUtf8()), qPrintable(option));
        for (const QString &other : others)
            QVERIFY2(!r.out.contains(other.toUtf8()), qPrintable(other));
        // The general help names the command, and that it has a help of its own.
        const Run general = run({QStringLiteral("--help")});
        QVERIFY(general.out.contains(QByteArray(QByteArray("callscope ") + command.toUtf8() + " --")));
    }

    // Another command's option, or a command out of its place, is a usage error that says so.
    void optionsBelongToTheirCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("listener option to export") << QStringList{QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("x.db"),
                                                                  QStringLiteral("--port"), QStringLiteral("1")}
                                                   << QByteArray("Unknown option 'port'");
        QTest::newRow("send's speed to replay") << QStringList{QStringLiteral("replay"), QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("--to"),
                                                               QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--speed"), QStringLiteral("2")}
                                                << QByteArray("Unknown option 'speed'");
        QTest::newRow("command not first") << QStringList{QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("export")}
                                           << QByteArray("the command goes first: callscope export");
        QTest::newRow("files to export") << QStringList{QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("more.json")}
                                         << QByteArray("export takes no other arguments");
    }

    void optionsBelongToTheirCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, reason);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(reason) && r.err.contains("Usage:"), r.err.constData());
    }

    // `callscope audit`: every change as it was made, who, when, the call, old and new value, oldest first.
    void auditWritesEveryChangeAsMade()
    {
        const Run csv = audit({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.err, QByteArray());
        QCOMPARE(csv.out, expectedCsv({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        const Run json = audit({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out, expectedJson({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    }

    // Valid JSON by our own strict judge and by Python's, with a value a line as the CSV has it.
    void auditJsonIsStrictJson()
    {
        const Run json = audit({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const auto problem = StrictJson::check(json.out);
        QVERIFY2(!problem, problem ? qPrintable(problem->reason) : "");
        const QJsonArray lines = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(lines.size(), 10);
        QCOMPARE(lines.at(9).toObject().value(QLatin1String("reason")).toString(), QStringLiteral("Heard \"stop\" at 0:42;\nsee the recording"));
        QVERIFY(lines.at(0).toObject().value(QLatin1String("outcome")).isNull());
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("json.tool")});
        QVERIFY2(python.waitForStarted(15000), "python3 does not start (tools/deps.sh installs it)");
        python.write(json.out);
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QVERIFY(python.readAllStandardOutput().contains("\"idempotencyKey\": \"call.completed:"));
    }

    void auditFilterChoosesTheCalls_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("one call") << QStringLiteral("callId=68f0e1d2c3b4a59687012345") << expectedCsv({5, 6}) << expectedJson({5, 6});
        QTest::newRow("an outcome") << QStringLiteral("doNotCall") << expectedCsv({1, 2, 3, 4, 8, 9, 10}) << expectedJson({1, 2, 3, 4, 8, 9, 10});
        QTest::newRow("or") << QStringLiteral("wasWrongParty or review=reviewed") << expectedCsv({5, 6, 7}) << expectedJson({5, 6, 7});
        QTest::newRow("a call never reviewed") << QStringLiteral("review=unreviewed") << expectedCsv({}) << expectedJson({});
    }

    void auditFilterChoosesTheCalls()
    {
        QFETCH(QString, filter);
        QFETCH(QByteArray, csv);
        QFETCH(QByteArray, json);
        const Run c = audit({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--filter"), filter});
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(c.out, csv);
        const Run j = audit({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--filter"), filter});
        QCOMPARE(j.exitCode, 0);
        QCOMPARE(j.out, json);
    }

    // --from and --to on the line's time: a date is a whole local day (here UTC-3), both ends inclusive; a
    // date-time covers what it names, to the millisecond.
    void auditFromAndToAreInclusive_data()
    {
        QTest::addColumn<QStringList>("range");
        QTest::addColumn<QByteArray>("csv");
        const auto options = [](const char *from, const char *to) {
            QStringList o;
            if (from)
                o << QStringLiteral("--from") << QString::fromLatin1(from);
            if (to)
                o << QStringLiteral("--to") << QString::fromLatin1(to);
            return o;
        };
        QTest::newRow("one local day") << options("2026-12-01", "2026-12-01") << expectedCsv({3, 4, 5, 6, 7});
        QTest::newRow("from a day on") << options("2026-12-02", nullptr) << expectedCsv({8, 9, 10});
        QTest::newRow("up to a day") << options(nullptr, "2026-11-30") << expectedCsv({1, 2});
        QTest::newRow("one millisecond") << options("2026-12-01T10:15:00.123Z", "2026-12-01T10:15:00.123Z") << expectedCsv({5, 6});
        QTest::newRow("a millisecond after") << options("2026-12-01T10:15:00.124Z", nullptr) << expectedCsv({7, 8, 9, 10});
        QTest::newRow("a millisecond before") << options(nullptr, "2026-12-01T10:15:00.122Z") << expectedCsv({1, 2, 3, 4});
        QTest::newRow("with an offset") << options(nullptr, "2026-12-01T23:59:59.999-03:00") << expectedCsv({1, 2, 3, 4, 5, 6, 7});
        QTest::newRow("local seconds") << options("2026-12-01T00:00:00", "2026-12-01T23:59:59") << expectedCsv({3, 4, 5, 6, 7});
        QTest::newRow("nothing in range") << options("2026-12-04", "2026-12-31") << expectedCsv({});
    }

    void auditFromAndToAreInclusive()
    {
        QFETCH(QStringList, range);
        QFETCH(QByteArray, csv);
        const Run r = audit(QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + range);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, csv);
    }

    void auditOutWritesTheFileWhole()
    {
        const QString file = m_dir.filePath(QStringLiteral("trail.json"));
        const Run r = audit({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), file, QStringLiteral("--filter"), QStringLiteral("doNotCall")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), expectedJson({1, 2, 3, 4, 8, 9, 10}));

        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/trail.csv"));
        const Run failed = audit({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), nowhere});
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.err.count('\n'), 1);
        QVERIFY2(failed.err.startsWith("callscope: cannot write"), failed.err.constData());
        QVERIFY(!QFile::exists(nowhere));
    }

    // The contract: each command's --help shows that command's options only.
    void auditHelpShowsItsOwnOptions()
    {
        const Run r = run({QStringLiteral("audit"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--db <PATH>", "--filter <EXPR>", "--from <DATE>", "--to <DATE>", "--format <FORMAT>", "--out <FILE>", "YYYY-MM-DD"})
            QVERIFY2(r.out.contains(option), option);
        for (const char *other : {"--headless", "--port", "--mask", "--token", "--synthetic", "--rate", "URL"})
            QVERIFY2(!r.out.contains(other), other);
        QVERIFY(run({QStringLiteral("--help")}).out.contains("callscope audit --db PATH"));
    }

    void auditUsageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("reason");
        const QString db = QStringLiteral("--db");
        const QString path = m_dir.filePath(QStringLiteral("audit.db"));
        const QString format = QStringLiteral("--format");
        const QString csv = QStringLiteral("csv");
        QTest::newRow("no --db") << QStringList{format, csv} << QByteArray("audit needs --db PATH");
        QTest::newRow("no --format") << QStringList{db, path} << QByteArray("audit needs --format csv or json");
        QTest::newRow("a calls format") << QStringList{db, path, format, QStringLiteral("ndjson")} << QByteArray("unknown audit format \"ndjson\"");
        QTest::newRow("no such day") << QStringList{db, path, format, csv, QStringLiteral("--from"), QStringLiteral("2026-02-30")}
                                     << QByteArray("--from needs a date (YYYY-MM-DD) or an ISO 8601 date-time (2026-12-01T10:15:00Z), not \"2026-02-30\"");
        QTest::newRow("not a date") << QStringList{db, path, format, csv, QStringLiteral("--to"), QStringLiteral("soon")}
                                    << QByteArray("--to needs a date (YYYY-MM-DD) or an ISO 8601 date-time (2026-12-01T10:15:00Z), not \"soon\"");
        QTest::newRow("from after to") << QStringList{db, path, format, csv, QStringLiteral("--from"), QStringLiteral("2026-12-02"), QStringLiteral("--to"),
                                                      QStringLiteral("2026-12-01")}
                                       << QByteArray("--from 2026-12-02 is after --to 2026-12-01");
        QTest::newRow("bad filter") << QStringList{db, path, format, csv, QStringLiteral("--filter"), QStringLiteral("duration>")}
                                    << QByteArray("bad --filter at column 9: Expected a value");
        QTest::newRow("no --mask here") << QStringList{db, path, format, csv, QStringLiteral("--mask")} << QByteArray("Unknown option 'mask'");
        QTest::newRow("a file") << QStringList{db, path, format, csv, QStringLiteral("trail.csv")} << QByteArray("audit takes no other arguments: \"trail.csv\"");
    }

    void auditUsageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, reason);
        const Run r = run(QStringList{QStringLiteral("audit")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.startsWith(QByteArray("callscope: " + reason)) && r.err.count("\n\nUsage:") == 1, r.err.constData());
        QVERIFY2(r.err.contains("Usage:") && r.err.contains("--from <DATE>"), r.err.constData()); // the audit's usage
    }

    void auditOfAMissingDatabaseExitsOne()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        const Run r = run({QStringLiteral("audit"), QStringLiteral("--db"), missing, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, "callscope: There is no database at " + missing.toUtf8() + ".\n");
        QVERIFY(!QFile::exists(missing)); // not created by looking
    }
};

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
