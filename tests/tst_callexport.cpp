// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "export/callexport.h"
#include "export/filejobs.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

    // The total the window says before writing is what the format writes, with rejected bodies and refused
    // attempts in the store: csv rows of calls, ndjson and json envelopes, HAR every delivery.
    void theTotalIsWhatTheFormatWrites_data()
    {
        QTest::addColumn<int>("formatNumber");
        QTest::addColumn<qint64>("total");
        QTest::newRow("csv: the call") << int(ExportFormat::Csv) << qint64(1);
        QTest::newRow("ndjson: its two deliveries") << int(ExportFormat::Ndjson) << qint64(2);
        QTest::newRow("json: its two deliveries") << int(ExportFormat::Json) << qint64(2);
        QTest::newRow("har: every delivery") << int(ExportFormat::Har) << qint64(4);
    }
    void theTotalIsWhatTheFormatWrites()
    {
        QFETCH(int, formatNumber);
        const auto format = ExportFormat(formatNumber);
        QFETCH(qint64, total);
        const QString path = m_dir.filePath(QStringLiteral("totals.db"));
        if (!QFile::exists(path)) {
            DeliveryStore store(path);
            QString error;
            QVERIFY(store.open(&error));
            IncomingDelivery refused = TestSupport::delivery({}, 1300);
            refused.refusal = QStringLiteral("The Bearer token is wrong.");
            TestSupport::store(store, {TestSupport::delivery(TestSupport::sample("01-minimal.json"), 1000),
                                       TestSupport::delivery(TestSupport::sample("01-minimal.json"), 1100),
                                       TestSupport::delivery("not json", 1200), refused});
        }
        ExportRequest request;
        request.format = format;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QList<std::pair<qint64, qint64>> steps;
        QVERIFY2(CallExport::write(path, request, out, &error, [&steps](qint64 done, qint64 all) {
            steps.append({done, all});
            return true;
        }), qPrintable(error));
        QCOMPARE(steps.constFirst(), std::make_pair(qint64(0), total)); // said before the first item
        QCOMPARE(steps.constLast(), std::make_pair(total, total));
        const QByteArray written = out.data();
        switch (format) {
        case ExportFormat::Csv: QCOMPARE(written.count('\n') - 1, total); break;
        case ExportFormat::Ndjson: QCOMPARE(written.count('\n'), total); break;
        case ExportFormat::Json: QCOMPARE(QJsonDocument::fromJson(written).array().size(), total); break;
        case ExportFormat::Har:
            QCOMPARE(QJsonDocument::fromJson(written).object().value(QLatin1String("log")).toObject().value(QLatin1String("entries")).toArray().size(), total);
            break;
        }
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
