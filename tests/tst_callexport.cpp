// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "export/callexport.h"
#include "export/filejobs.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

class TstCallExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QByteArray exported(ExportFormat format, const QString &filter = {}, const QList<qint64> &ids = {})
    {
        return TestSupport::exported(m_db, format, filter, ids);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("export.db"));
        DeliveryStore store(m_db);
        QString error;
        QVERIFY(store.open(&error));
        // The samples in order, one second apart from 2026-03-13T09:00:00Z, then a body that is not JSON.
        QList<IncomingDelivery> batch;
        qint64 at = QDateTime(QDate(2026, 3, 13), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        for (const char *name : TestSupport::sampleNames())
            batch.append(TestSupport::delivery(TestSupport::sample(name), at += 1000, {{"Host", "callscope.test:8787"}}));
        batch.append(TestSupport::delivery("not json", at += 1000, {{"Host", "callscope.test:8787"}}));
        TestSupport::store(store, batch);
    }

    void eachFormatGivesItsExactExpectedOutput_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv") << int(ExportFormat::Csv) << "export/samples.csv";
        QTest::newRow("ndjson") << int(ExportFormat::Ndjson) << "export/samples.ndjson";
        QTest::newRow("json") << int(ExportFormat::Json) << "export/samples.json";
        QTest::newRow("har") << int(ExportFormat::Har) << "export/samples.har";
    }

    void eachFormatGivesItsExactExpectedOutput()
    {
        QFETCH(int, format);
        QFETCH(QString, expected);
        const QByteArray actual = exported(ExportFormat(format));
        if (qEnvironmentVariableIsSet("CALLSCOPE_WRITE_EXPECTED")) { // to review a change of format on purpose
            QFile f(QStringLiteral(CALLSCOPE_TEST_DATA "/") + expected);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual);
        }
        QCOMPARE(actual, TestSupport::readData(expected));
    }

    void csvFollowsTheContract()
    {
        const QList<QByteArray> lines = exported(ExportFormat::Csv).split('\n');
        QVERIFY(lines[0].startsWith("\xEF\xBB\xBFreceivedAt,deliveries,event,idempotencyKey,organizationId,organizationName,agentId,agentName,timestamp,callId"));
        QVERIFY(lines[0].endsWith(",jail,otherOutcomes\r"));
        QCOMPARE(lines[0].count(','), 21 + 51);
        QCOMPARE(lines.size(), 1 + 5 + 1); // header, five calls (the rejected body is no call), the end
        // Phone numbers stay numbers for a spreadsheet; the conflicting call says so.
        QVERIFY(lines[1].contains(",+15125550123,"));
        QVERIFY(lines[1].contains(",ok;conflict,") || lines[1].contains(",warning;conflict,"));
        QVERIFY(lines[1].startsWith("2026-03-13T09:00:01.000Z,3,call.completed,"));
    }

    void csvDefusesFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("formula") << "=HYPERLINK(\"http://x\")" << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus formula") << "+cmd|' /C calc'!A0" << QByteArray("'+cmd|' /C calc'!A0");
        QTest::newRow("minus") << "-2+3" << QByteArray("'-2+3");
        QTest::newRow("at") << "@SUM(A1)" << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << "\tx" << QByteArray("'\tx");
        QTest::newRow("carriage return") << "\rx" << QByteArray("\"'\rx\"");
        QTest::newRow("negative number") << "-12.5" << QByteArray("-12.5");
        QTest::newRow("E.164 phone") << "+15125550123" << QByteArray("+15125550123");
        QTest::newRow("a plus sign and a number") << "+12345" << QByteArray("+12345");
        QTest::newRow("a plus sign and more") << "+1 555 0100" << QByteArray("'+1 555 0100");
        QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"");
        QTest::newRow("newline") << "a\nb" << QByteArray("\"a\nb\"");
        QTest::newRow("plain") << "Acme Corp" << QByteArray("Acme Corp");
    }

    void csvDefusesFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, cell);
        QCOMPARE(CallExport::csvCell(text), cell);
    }

    void harFollowsTheSpecStructure()
    {
        const QJsonObject log = QJsonDocument::fromJson(exported(ExportFormat::Har)).object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        QVERIFY(log.value(QLatin1String("creator")).toObject().contains(QLatin1String("name")));
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 8); // every delivery, the rejected one included
        for (const QJsonValue &e : entries) {
            const QJsonObject entry = e.toObject();
            for (const char *key : {"startedDateTime", "time", "request", "response", "cache", "timings"})
                QVERIFY2(entry.contains(QLatin1String(key)), key);
            const QJsonObject request = entry.value(QLatin1String("request")).toObject();
            for (const char *key : {"method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize", "bodySize"})
                QVERIFY2(request.contains(QLatin1String(key)), key);
            const QJsonObject response = entry.value(QLatin1String("response")).toObject();
            for (const char *key : {"status", "statusText", "httpVersion", "cookies", "headers", "content", "redirectURL", "headersSize", "bodySize"})
                QVERIFY2(response.contains(QLatin1String(key)), key);
            QVERIFY(QDateTime::fromString(entry.value(QLatin1String("startedDateTime")).toString(), Qt::ISODateWithMs).isValid());
        }
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("request")).toObject().value(QLatin1String("url")).toString(), QStringLiteral("http://callscope.test:8787/webhook"));
        QCOMPARE(first.value(QLatin1String("request")).toObject().value(QLatin1String("postData")).toObject().value(QLatin1String("text")).toString().toUtf8(),
                 TestSupport::sample("00-full-body.json"));
        const QJsonObject last = entries.at(7).toObject().value(QLatin1String("response")).toObject();
        QCOMPARE(last.value(QLatin1String("status")).toInt(), 400);
    }

    void filterAndSelectionChooseTheCalls()
    {
        const QList<QByteArray> dnc = exported(ExportFormat::Ndjson, QStringLiteral("doNotCall")).split('\n');
        QCOMPARE(dnc.size(), 2);
        QVERIFY(dnc[0].contains("6812ab3c4d5e6f7089012345"));
        // The conflicting call's three deliveries, and nothing else.
        QCOMPARE(exported(ExportFormat::Ndjson, QStringLiteral("validation=conflict")).count('\n'), 3);
        QCOMPARE(exported(ExportFormat::Csv, {}, {2, 3}).count('\n'), 3);
    }

    void windowExportsOffTheGuiThreadAndCancels()
    {
        // A store big enough for progress steps (every 1,000 calls).
        const QString big = m_dir.filePath(QStringLiteral("big.db"));
        {
            DeliveryStore store(big);
            QString error;
            QVERIFY(store.open(&error));
            QList<IncomingDelivery> batch;
            const QByteArray body = TestSupport::sample("04-wrong-party.json");
            for (int i = 0; i < 2500; ++i)
                batch.append(TestSupport::delivery(QByteArray(body).replace("68f0e1d2c3b4a59687012345", QByteArray::number(i).rightJustified(24, '0')), 1000 + i));
            TestSupport::store(store, batch);
        }
        FileJobs jobs;
        const QString target = m_dir.filePath(QStringLiteral("big.csv"));
        QSignalSpy finished(&jobs, &FileJobs::exportFinished);
        QSignalSpy progress(&jobs, &FileJobs::exportProgress);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        jobs.exportCalls(big, request, target);
        QVERIFY(finished.wait());
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(progress.constLast().at(0).toLongLong(), 2500);
        QCOMPARE(progress.constLast().at(1).toLongLong(), 2500);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2501);
        file.close();

        // Cancelled at the first progress step: an error, and no file left behind.
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
        connect(&jobs, &FileJobs::exportProgress, &jobs, &FileJobs::cancelExport, Qt::DirectConnection);
        jobs.exportCalls(big, request, cancelled);
        QVERIFY(finished.wait());
        QVERIFY(!finished.at(1).at(0).toBool());
        QVERIFY(finished.at(1).at(1).toString().contains(QLatin1String("cancelled")));
        QVERIFY(!QFile::exists(cancelled));
    }

    // export --mask: presenter masking in every format, the same stand-ins as the window's (its settings'
    // key), no secret; what is not personal stays; the JSON formats still parse with a strict parser.
    void commandLineMaskHidesEveryPersonalValue()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("personal.db"));
        {
            DeliveryStore store(db);
            QString error;
            QVERIFY(store.open(&error));
            const QByteArray body = TestSupport::readData(QStringLiteral("personal/every-field.json"));
            QByteArray redelivery = body;
            redelivery.replace("will pay in 14 days", "will pay in 15 days, says Maria Gonzalez again");
            const HttpHeaders auth{{"Authorization", "Bearer tok-MASK-5ecret"}, {"X-Api-Key", "key-MASK-5ecret"}};
            TestSupport::store(store, {TestSupport::delivery(body, 1000, auth), TestSupport::delivery(redelivery, 2000, auth),
                                       TestSupport::delivery("name=Maria Gonzalez&phone=+13105550123", 3000, auth)});
        }
        const QStringList personal{QStringLiteral("3105550123"), QStringLiteral("ACCT-77120"), QStringLiteral("Maria"), QStringLiteral("Gonzalez"),
                                   QStringLiteral("maria.g@example.org"), QStringLiteral("rec.example.com"), QStringLiteral("Saul Goodman"),
                                   QStringLiteral("5055550100"), QStringLiteral("22-BK-31415"), QStringLiteral("123-45-6789"),
                                   QStringLiteral("MASK-5ecret")};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))); // the masking key's home
        const auto run = [&](ExportFormat format, bool mask) {
            QProcess p;
            p.setProcessEnvironment(env);
            QStringList args{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), exportFormatName(format)};
            if (mask)
                args.append(QStringLiteral("--mask"));
            p.start(QStringLiteral(CALLSCOPE_BINARY), args);
            p.waitForFinished(15000);
            return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
        };
        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Ndjson, ExportFormat::Json, ExportFormat::Har}) {
            const QString name = exportFormatName(format);
            QVERIFY2(QString::fromUtf8(run(format, false)).contains(QLatin1String("Maria")), qPrintable(name)); // there to be masked
            const QByteArray masked = run(format, true);
            QVERIFY2(!masked.isEmpty(), qPrintable(name));
            for (const QString &value : personal)
                QVERIFY2(!QString::fromUtf8(masked).contains(value), qPrintable(name + QLatin1String(": ") + value));
            QVERIFY2(masked.contains("+1555"), qPrintable(name));
            QCOMPARE(run(format, true), masked); // one key: the same stand-ins every time
            if (format == ExportFormat::Csv) {
                QVERIFY(masked.contains("Right party; promise to pay in 14 days; bankruptcy."));
                QVERIFY(masked.contains(",312000,"));
                continue;
            }
            QVERIFY2(masked.contains(R"(\"bankruptcyChapter\": \"13\")") || masked.contains(R"("bankruptcyChapter":"13")"), qPrintable(name));
            QProcess python;
            python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
                "import json,sys\n"
                "data=sys.stdin.buffer.read().decode('utf-8')\n"
                "strict=dict(parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))\n"
                "if sys.argv[1]=='ndjson':\n"
                "    [json.loads(l, **strict) for l in data.splitlines() if l]\n"
                "else:\n"
                "    json.loads(data, **strict)\n"), name});
            python.write(masked);
            python.closeWriteChannel();
            QVERIFY(python.waitForFinished(15000));
            QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        }
    }

    void commandLineExportsEveryFormat()
    {
        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Ndjson, ExportFormat::Json, ExportFormat::Har}) {
            QProcess p;
            p.start(QStringLiteral(CALLSCOPE_BINARY), {QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                                                       exportFormatName(format)});
            QVERIFY(p.waitForFinished(15000));
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(p.readAllStandardOutput(), exported(format));
        }
        QProcess bad;
        bad.start(QStringLiteral(CALLSCOPE_BINARY), {QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                                                     QStringLiteral("csv"), QStringLiteral("--filter"), QStringLiteral("duration>")});
        QVERIFY(bad.waitForFinished(15000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("at column 9: Expected a value"));
    }
};

QTEST_GUILESS_MAIN(TstCallExport)
#include "tst_callexport.moc"
