// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "export/callexport.h"
#include "export/callimport.h"
#include "storage/callreader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

class TstCallImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source; // a store filled from the samples, as the listener would

    static QByteArray exported(const QString &db, ExportFormat format) { return TestSupport::exported(db, format); }

    // The CSV without its first column (receivedAt, which an import sets anew).
    static QList<QByteArray> csvWithoutReceivedAt(const QByteArray &csv)
    {
        QList<QByteArray> rows;
        for (const QByteArray &line : csv.split('\n'))
            rows.append(line.mid(line.indexOf(',') + 1));
        return rows;
    }

    QString runImport(const QString &db, const QStringList &files, int *exitCode)
    {
        QProcess p;
        p.start(QStringLiteral(CALLSCOPE_BINARY), QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + files);
        p.waitForFinished(15000);
        *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = m_dir.filePath(QStringLiteral("source.db"));
        DeliveryStore store(m_source);
        QString error;
        QVERIFY(store.open(&error));
        QList<IncomingDelivery> batch;
        for (const char *name : TestSupport::sampleNames())
            batch.append(TestSupport::delivery(TestSupport::sample(name), 1'773'392'400'000 + batch.size()));
        batch.append(TestSupport::delivery("not json", 1'773'392'500'000));
        TestSupport::store(store, batch);
    }

    void arrayElementsKeepTheirBytes()
    {
        // (Plain literals: moc misreads raw strings that hold \".)
        const QByteArray array = " [ {\"b\":1,\"a\":\"x,]}\"} ,{\"s\":\"\\\"[\",\"n\":[1,{\"k\":2}]}, 3 ,\"str,\"] ";
        const QList<QByteArrayView> elements = CallImport::arrayElements(array);
        QCOMPARE(elements.size(), 4);
        QCOMPARE(elements[0], QByteArrayView("{\"b\":1,\"a\":\"x,]}\"}"));
        QCOMPARE(elements[1], QByteArrayView("{\"s\":\"\\\"[\",\"n\":[1,{\"k\":2}]}"));
        QCOMPARE(elements[2], QByteArrayView("3"));
        QCOMPARE(elements[3], QByteArrayView("\"str,\""));
        QVERIFY(CallImport::arrayElements("[]").isEmpty());
    }

    void ndjsonRoundTripGivesTheSameCsv()
    {
        const QString file = write(QStringLiteral("calls.ndjson"), exported(m_source, ExportFormat::Ndjson));
        const QString target = m_dir.filePath(QStringLiteral("roundtrip.db"));
        int code = -1;
        const QString out = runImport(target, {file}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QLatin1String("imported 7 deliveries from 1 file(s) in one transaction: 5 new calls, 2 duplicates (2 with a different body)")), qPrintable(out));
        QCOMPARE(csvWithoutReceivedAt(exported(target, ExportFormat::Csv)), csvWithoutReceivedAt(exported(m_source, ExportFormat::Csv)));
    }

    void harRoundTripKeepsEveryDelivery()
    {
        const QString file = write(QStringLiteral("calls.har"), exported(m_source, ExportFormat::Har));
        const QString target = m_dir.filePath(QStringLiteral("har.db"));
        int code = -1;
        runImport(target, {file}, &code);
        QCOMPARE(code, 0);
        // The same bodies, byte for byte, in the same order; the rejected one and the receive times too.
        QCOMPARE(exported(target, ExportFormat::Ndjson), exported(m_source, ExportFormat::Ndjson));
        QCOMPARE(exported(target, ExportFormat::Csv), exported(m_source, ExportFormat::Csv));
        CallReader reader(target);
        QString error;
        QVERIFY(reader.open(&error));
        QCOMPARE(reader.counts(), std::make_pair(qint64(6), qint64(8)));
    }

    void jsonArrayAndSingleEnvelope()
    {
        const QString array = write(QStringLiteral("calls.json"), exported(m_source, ExportFormat::Json));
        const QString single = write(QStringLiteral("one.json"), TestSupport::sample("04-wrong-party.json"));
        const QString target = m_dir.filePath(QStringLiteral("json.db"));
        int code = -1;
        const QString out = runImport(target, {array, single}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QLatin1String("imported 8 deliveries from 2 file(s)")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("5 new calls, 3 duplicates (2 with a different body)")), qPrintable(out));
    }

    void aBadFileImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("ndjson line not JSON") << QByteArray("{\"event\":\"call.completed\"}\n{\"a\":\nlast\n") << "bad, line 2: not JSON";
        QTest::newRow("ndjson line not an object") << QByteArray("{\"a\":1}\n[1,2]\n") << "bad, line 2: not a JSON object";
        QTest::newRow("array element not an object") << QByteArray("[{\"a\":1}, 7]") << "bad: element 2 of the array is not an object";
        QTest::newRow("har entry without a time") << QByteArray("{\"log\":{\"version\":\"1.2\",\"entries\":[{\"request\":{\"method\":\"POST\",\"url\":\"http://x/\"}}]}}")
                                                   << "bad: entry 1 has no valid startedDateTime";
        QTest::newRow("empty") << QByteArray("\n\n") << "bad: no envelope in it";
    }

    void aBadFileImportsNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString good = write(QStringLiteral("good.ndjson"), TestSupport::sample("04-wrong-party.json").replace('\n', ' ') + '\n');
        const QString bad = write(QStringLiteral("bad"), bytes);
        const QString target = m_dir.filePath(QStringLiteral("bad-%1.db").arg(QString::fromUtf8(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
        int code = -1;
        const QString out = runImport(target, {good, bad}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(message) && out.contains(QLatin1String("Nothing was imported")), qPrintable(out));
        QVERIFY(!QFile::exists(target)); // not even created: the good file before it is not imported either
    }

    void anUnreadableFileIsNamed()
    {
        int code = -1;
        const QString out = runImport(m_dir.filePath(QStringLiteral("x.db")), {m_dir.filePath(QStringLiteral("missing.ndjson"))}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QLatin1String("Cannot read")) && out.contains(QLatin1String("missing.ndjson")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TstCallImport)
#include "tst_callimport.moc"
