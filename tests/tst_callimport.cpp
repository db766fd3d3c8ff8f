// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "export/callexport.h"
#include "export/callimport.h"
#include "export/chunkedimport.h"
#include "export/jsonstream.h"
#include "domain/syntheticcalls.h"
#include "storage/callreader.h"
#include "storage/storecounts.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

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

    // `count` realistic envelopes (SyntheticCalls), one a line; `bad` (when not empty) instead of line `badLine`.
    QString writeCalls(const QString &name, int count, int badLine = 0, const QByteArray &bad = {})
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        SyntheticCalls calls(17, count);
        for (int i = 1; i <= count; ++i)
            f.write((i == badLine ? bad : calls.next()) + '\n');
        return f.fileName();
    }

    // A `callscope import` and the peak of its resident memory (wait4), in KB; -1 when it failed.
    static long importPeakKb(const QString &db, const QString &file)
    {
        const QByteArray bin = CALLSCOPE_BINARY, dbArg = db.toLocal8Bit(), fileArg = file.toLocal8Bit();
        char *argv[] = {const_cast<char *>(bin.constData()), const_cast<char *>("import"), const_cast<char *>("--db"),
                        const_cast<char *>(dbArg.constData()), const_cast<char *>(fileArg.constData()), nullptr};
        pid_t pid = 0;
        if (posix_spawn(&pid, bin.constData(), nullptr, nullptr, argv, environ) != 0)
            return -1;
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? usage.ru_maxrss : -1;
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

    // The elements of an array as the bytes they have in the file, found across the pieces the file is read
    // in (pieces of 1 to 9 bytes here: every element and string crosses a boundary).
    void arrayElementsKeepTheirBytes()
    {
        // (Plain literals: moc misreads raw strings that hold \".)
        const QByteArray array = " [ {\"b\":1,\"a\":\"x,]}\"} ,{\"s\":\"\\\"[\",\"n\":[1,{\"k\":2}]}, 3 ,\"str,\\\"\"] ";
        for (qsizetype piece = 1; piece < 10; ++piece) {
            QBuffer buffer;
            buffer.setData(array);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            JsonStream s(&buffer, {}, piece);
            QList<QByteArray> elements;
            QString why;
            QVERIFY2(s.array([&](qsizetype) {
                const auto value = s.value(&why);
                if (value)
                    elements.append(value->toByteArray());
                return value.has_value();
            }, &why), qPrintable(why));
            QCOMPARE(s.peek(), -1);
            QCOMPARE(elements.size(), 4);
            QCOMPARE(elements[0], QByteArray("{\"b\":1,\"a\":\"x,]}\"}"));
            QCOMPARE(elements[1], QByteArray("{\"s\":\"\\\"[\",\"n\":[1,{\"k\":2}]}"));
            QCOMPARE(elements[2], QByteArray("3"));
            QCOMPARE(elements[3], QByteArray("\"str,\\\"\""));
        }
        QBuffer empty;
        empty.setData("[]");
        QVERIFY(empty.open(QIODevice::ReadOnly));
        JsonStream s(&empty, {}, 1);
        QString why;
        QVERIFY(s.array([](qsizetype) { return false; }, &why));
    }

    void ndjsonRoundTripGivesTheSameCsv()
    {
        const QString file = write(QStringLiteral("calls.ndjson"), exported(m_source, ExportFormat::Ndjson));
        const QString target = m_dir.filePath(QStringLiteral("roundtrip.db"));
        int code = -1;
        const QString out = runImport(target, {file}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QLatin1String("imported 7 deliveries from 1 file(s): 5 new calls, 2 duplicates (2 with a different body)")), qPrintable(out));
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

    // A refused attempt (401: refused before its body was read; 413: over the size limit) goes through a HAR
    // and back as a refused attempt with the answer it got: not an empty POST answered 400, and counted as
    // refused, not as a call or a body that is not JSON.
    void refusedAttemptsRoundTripThroughHar()
    {
        const QString source = m_dir.filePath(QStringLiteral("refused-source.db"));
        {
            DeliveryStore store(source);
            QString error;
            QVERIFY(store.open(&error));
            IncomingDelivery refused = TestSupport::delivery({}, 1'773'392'400'000, {{"Authorization", "Bearer wrong"}});
            refused.refusal = QStringLiteral("The Bearer token is wrong.");
            refused.bodySize = 512;
            IncomingDelivery tooLarge = TestSupport::delivery({}, 1'773'392'401'000);
            tooLarge.tooLarge = true;
            tooLarge.bodySize = 5'000'000;
            TestSupport::store(store, {refused, TestSupport::delivery(TestSupport::sample("01-minimal.json"), 1'773'392'402'000), tooLarge});
        }
        const QByteArray har = exported(source, ExportFormat::Har);
        const QString target = m_dir.filePath(QStringLiteral("refused-target.db"));
        int code = -1;
        const QString out = runImport(target, {write(QStringLiteral("refused.har"), har)}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QLatin1String("imported 3 deliveries")) && out.contains(QLatin1String("1 new calls")) && out.contains(QLatin1String("0 not JSON"))
                     && out.contains(QLatin1String("2 refused attempts")),
                 qPrintable(out));
        const auto answers = [](const QByteArray &file) {
            QList<std::tuple<int, QString, QString>> list; // status, answer, why the body is missing
            for (const QJsonValue &entry : QJsonDocument::fromJson(file).object()[QLatin1String("log")][QLatin1String("entries")].toArray())
                list.append({entry[QLatin1String("response")][QLatin1String("status")].toInt(),
                             entry[QLatin1String("response")][QLatin1String("content")][QLatin1String("text")].toString(),
                             entry[QLatin1String("request")][QLatin1String("postData")][QLatin1String("comment")].toString()});
            return list;
        };
        const auto before = answers(har);
        QCOMPARE(std::get<0>(before.at(0)), 401);
        QCOMPARE(std::get<0>(before.at(2)), 413);
        QCOMPARE(answers(exported(target, ExportFormat::Har)), before);
        DeliveryStore reopened(target);
        QString error;
        QVERIFY(reopened.open(&error));
        QCOMPARE(reopened.counts(), (StoreCounts{1, 3, 0, 2}));
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

    // A body that is not JSON by RFC 8259 is kept as rejected, as the listener keeps it; the rest of the
    // file is imported. The bodies are kept byte for byte (the HAR export has them).
    void bodiesThatAreNotJsonAreKeptAsRejected_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("deliveries");
        QTest::addColumn<QList<QByteArray>>("rejected"); // their bodies, in order
        const QByteArray good = TestSupport::sample("04-wrong-party.json").replace('\n', ' ');
        const QByteArray rawLineFeed = "{\"event\":\"call.completed\",\"summary\":\"a\nb\"}";
        const QByteArray rawTab = "{\"event\":\"call.completed\",\"summary\":\"a\tb\"}";
        const QByteArray latin1 = "{\"event\":\"call.completed\",\"summary\":\"Jos\xe9\"}";
        const QByteArray nan = "{\"event\":\"call.completed\",\"duration\":NaN}";
        QTest::newRow("ndjson") << good + "\n" + rawTab + "\n" + latin1 + "\n" + nan + "\n" << 4 << QList<QByteArray>{rawTab, latin1, nan};
        QTest::newRow("ndjson with a byte-order mark") << "\xef\xbb\xbf" + good + "\n" + latin1 + "\n" << 2 << QList<QByteArray>{latin1};
        QTest::newRow("json array") << "[" + good + ",\n" + rawTab + "]" << 2 << QList<QByteArray>{rawTab};
        QTest::newRow("one envelope") << TestSupport::sample("00-full-body.json").replace("Customer agreed", "Customer\nagreed") << 1
                                      << QList<QByteArray>{TestSupport::sample("00-full-body.json").replace("Customer agreed", "Customer\nagreed").trimmed()};
        // HAR 1.2 as CallScope writes it (a body that is not UTF-8 in base64, with its encoding), or as 0.1 wrote
        // it (lossy text, and "_base64" beside it).
        const auto har = [](const QList<QByteArray> &bodies, bool asVersion01 = false) {
            QJsonArray entries;
            for (const QByteArray &body : bodies) {
                QJsonObject postData{{QStringLiteral("mimeType"), QStringLiteral("application/json")}, {QStringLiteral("text"), QString::fromUtf8(body)}};
                if (QString::fromUtf8(body).toUtf8() != body && asVersion01) {
                    postData.insert(QStringLiteral("_base64"), QString::fromLatin1(body.toBase64()));
                } else if (QString::fromUtf8(body).toUtf8() != body) {
                    postData.insert(QStringLiteral("text"), QString::fromLatin1(body.toBase64()));
                    postData.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
                }
                entries.append(QJsonObject{{QStringLiteral("startedDateTime"), QStringLiteral("2026-03-13T09:00:00.000Z")},
                                           {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                                                                   {QStringLiteral("url"), QStringLiteral("http://x/")},
                                                                                   {QStringLiteral("postData"), postData}}}});
            }
            return QJsonDocument(QJsonObject{{QStringLiteral("log"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                                                                 {QStringLiteral("entries"), entries}}}}).toJson();
        };
        QTest::newRow("har") << har({good, rawLineFeed, latin1}) << 3 << QList<QByteArray>{rawLineFeed, latin1};
        QTest::newRow("har of 0.1") << har({good, rawLineFeed, latin1}, true) << 3 << QList<QByteArray>{rawLineFeed, latin1};
    }

    void bodiesThatAreNotJsonAreKeptAsRejected()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, deliveries);
        QFETCH(QList<QByteArray>, rejected);
        const QString target = m_dir.filePath(QStringLiteral("lax-%1.db").arg(QString::fromUtf8(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
        int code = -1;
        const QString out = runImport(target, {write(QStringLiteral("lax"), file)}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("imported %1 deliveries").arg(deliveries)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("%1 not JSON").arg(rejected.size())), qPrintable(out));
        const QJsonArray entries = QJsonDocument::fromJson(exported(target, ExportFormat::Har)).object()[QLatin1String("log")][QLatin1String("entries")].toArray();
        QCOMPARE(entries.size(), deliveries);
        QList<QByteArray> kept;
        for (const QJsonValue &entry : entries) {
            const QJsonObject postData = entry[QLatin1String("request")][QLatin1String("postData")].toObject();
            if (entry[QLatin1String("response")][QLatin1String("status")].toInt() == 400)
                kept.append(TestSupport::harBody(postData));
        }
        QCOMPARE(kept, rejected);
    }

    // A store 0.1 filled (its parser was QJsonDocument alone, which took raw control characters in strings):
    // its ndjson export is still one JSON value a line, and imports into the same calls.
    void anOlderStoreRoundTripsThroughNdjson()
    {
        const QString old = m_dir.filePath(QStringLiteral("older.db"));
        {
            DeliveryStore store(old);
            QString error;
            QVERIFY(store.open(&error));
            QList<IncomingDelivery> batch;
            for (const char *name : {"00-full-body.json", "05-bankruptcy-strings.json"}) {
                IncomingDelivery d = TestSupport::delivery(TestSupport::sample(name).replace("\"summary\": \"", "\"summary\": \"line\none\ttab\x01 "), 1'773'392'400'000);
                d.parsed = CallEventParser::reread(d.parsed.event.raw); // 0.1's verdict: the values, without the strict problem
                d.parsed.problems.removeIf([](const ValidationProblem &p) { return p.kind == ValidationProblem::Kind::NotJson; });
                QVERIFY(d.parsed.validation() != Validation::Rejected);
                batch.append(d);
            }
            TestSupport::store(store, batch);
        }
        const QByteArray ndjson = exported(old, ExportFormat::Ndjson);
        QCOMPARE(ndjson.count('\n'), 2);
        QVERIFY(ndjson.contains("line\\none\\ttab\\u0001 "));
        const QString target = m_dir.filePath(QStringLiteral("older-roundtrip.db"));
        int code = -1;
        const QString out = runImport(target, {write(QStringLiteral("older.ndjson"), ndjson)}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QLatin1String("imported 2 deliveries")) && out.contains(QLatin1String("0 not JSON")), qPrintable(out));
        QCOMPARE(exported(target, ExportFormat::Ndjson), ndjson);
        // The CSV's columns after timestamp: the old store's CSV has no timestamp for these calls, which it
        // takes from the body through SQLite's json_extract, and SQLite's json_valid refuses the old bodies.
        const auto afterTimestamp = [](const QByteArray &csv) {
            QList<QByteArray> lines;
            for (const QByteArray &line : csv.split('\n'))
                lines.append(line.startsWith("20") ? line.split(',').mid(9).join(',') : line);
            return lines;
        };
        QCOMPARE(afterTimestamp(exported(target, ExportFormat::Csv)), afterTimestamp(exported(old, ExportFormat::Csv)));
        QVERIFY(exported(target, ExportFormat::Csv).contains("line\none\ttab\x01 "));
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

    // A bad line near the end of a file of several chunks: nothing is written, not even the chunks before it,
    // and the error names the line (or the element, the entry).
    void aBadLineNearTheEndImportsNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("message");
        QTest::newRow("ndjson") << "ndjson" << "big.ndjson, line 4999: not JSON";
        QTest::newRow("json array") << "json" << "big.json: element 4999 of the array is not an object";
        QTest::newRow("har") << "har" << "big.har: entry 4999 has no valid startedDateTime";
    }

    void aBadLineNearTheEndImportsNothing()
    {
        QFETCH(QString, format);
        QFETCH(QString, message);
        const int count = 2 * ChunkedImport::ChunkSize + 1000;
        const QString target = m_dir.filePath(QStringLiteral("near-end-%1.db").arg(format));
        int code = -1;
        runImport(target, {writeCalls(QStringLiteral("before.ndjson"), 3)}, &code); // the store holds something already
        QCOMPARE(code, 0);
        const QString name = QStringLiteral("big.") + format;
        if (format == QLatin1String("ndjson")) {
            writeCalls(name, count, count - 1, "{\"event\":\"call.completed\",");
        } else {
            SyntheticCalls calls(17, count);
            QByteArray bytes = format == QLatin1String("json") ? "[\n" : "{\"log\":{\"version\":\"1.2\",\"entries\":[\n";
            for (int i = 1; i <= count; ++i) {
                const QByteArray body = calls.next();
                QByteArray item = body;
                if (format == QLatin1String("json") && i == count - 1)
                    item = "7";
                if (format == QLatin1String("har")) {
                    QJsonObject entry{{QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                                                               {QStringLiteral("url"), QStringLiteral("http://x/")},
                                                                               {QStringLiteral("postData"), QJsonObject{{QStringLiteral("text"), QString::fromUtf8(body)}}}}}};
                    if (i != count - 1)
                        entry.insert(QStringLiteral("startedDateTime"), QStringLiteral("2026-03-13T09:00:00.000Z"));
                    item = QJsonDocument(entry).toJson(QJsonDocument::Compact);
                }
                bytes += item + (i < count ? ",\n" : "\n");
            }
            bytes += format == QLatin1String("json") ? "]\n" : "]}}\n";
            write(name, bytes);
        }
        const QString out = runImport(target, {m_dir.filePath(name)}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(message) && out.contains(QLatin1String("Nothing was imported")), qPrintable(out));
        CallReader reader(target);
        QString error;
        QVERIFY(reader.open(&error));
        QCOMPARE(reader.counts(), std::make_pair(qint64(3), qint64(3))); // what it held before, and nothing more
    }

    // Memory stays bounded: importing ten times the deliveries takes a few chunks more memory, not ten times as
    // much (reading the file whole took ~10 KB a delivery: 2 GB here).
    void aBigFileImportsInBoundedMemory()
    {
#ifdef __SANITIZE_ADDRESS__
        QSKIP("ASan keeps freed memory in quarantine (256 MB) and shadow: the peak would measure ASan, not the import; the dev build checks it");
#endif
        const QString small = writeCalls(QStringLiteral("small.ndjson"), 20000);
        const QString big = writeCalls(QStringLiteral("big-200k.ndjson"), 200000);
        const long smallPeak = importPeakKb(m_dir.filePath(QStringLiteral("small-peak.db")), small);
        const long bigPeak = importPeakKb(m_dir.filePath(QStringLiteral("big-peak.db")), big);
        QVERIFY(smallPeak > 0 && bigPeak > 0);
        const qint64 fileKb = QFileInfo(big).size() / 1024;
        QVERIFY2(bigPeak - smallPeak < fileKb / 2, qPrintable(QStringLiteral("peak %1 KB after 20,000 deliveries, %2 KB after 200,000 (%3 KB of file)")
                                                                  .arg(smallPeak).arg(bigPeak).arg(fileKb)));
        CallReader reader(m_dir.filePath(QStringLiteral("big-peak.db")));
        QString error;
        QVERIFY(reader.open(&error));
        QCOMPARE(reader.counts().second, qint64(200000));
        QFile::remove(big);
    }

    // A cancel stops after the chunk being written and says how many were imported; the store holds exactly
    // those, its counts agreeing with its rows.
    void aCancelStopsAfterAChunkAndSaysHowMany()
    {
        const QString file = writeCalls(QStringLiteral("cancel.ndjson"), 2 * ChunkedImport::ChunkSize + 500);
        QString error;
        const auto plan = ChunkedImport::check({file}, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->deliveries, qint64(2 * ChunkedImport::ChunkSize + 500));
        const QString path = m_dir.filePath(QStringLiteral("cancel.db"));
        DeliveryStore store(path);
        QVERIFY(store.open(&error));
        std::atomic<bool> cancelled = false;
        QList<std::pair<qint64, qint64>> progress;
        const ChunkedImport::Result result = ChunkedImport::write(
            *plan, 1000,
            [&](const QList<IncomingDelivery> &chunk, QString *why) {
                cancelled = true; // while the first chunk is written
                return store.importChunk(chunk, why);
            },
            [&](qint64 done, qint64 total) { progress.append({done, total}); }, &cancelled);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(result.written.deliveries, qint64(ChunkedImport::ChunkSize));
        QCOMPARE(result.error, QStringLiteral("Cancelled after %1 of %2 deliveries; the %1 imported stay in the store.").arg(ChunkedImport::ChunkSize).arg(plan->deliveries));
        QCOMPARE(progress, (QList<std::pair<qint64, qint64>>{{0, plan->deliveries}, {ChunkedImport::ChunkSize, plan->deliveries}}));
        QCOMPARE(store.counts().deliveries, qint64(ChunkedImport::ChunkSize));
        CallReader reader(path);
        QVERIFY(reader.open(&error));
        QCOMPARE(StoreCounts::read(reader.database(), &error), std::optional(store.counts()));
    }

    // A write that fails part-way (here a trigger; the disk full in life) keeps the chunks committed before it,
    // rolls its own back whole, and says how many were imported.
    void aWriteThatFailsPartWaySaysHowManyWereImported()
    {
        const int count = 2 * ChunkedImport::ChunkSize + 1000;
        const QString file = writeCalls(QStringLiteral("fails.ndjson"), count, count - 500, "{\"event\":\"call.completed\",\"summary\":\"the disk fills here\"}");
        const QString path = m_dir.filePath(QStringLiteral("fails.db"));
        QString error;
        DeliveryStore store(path);
        QVERIFY(store.open(&error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON deliveries WHEN CAST(NEW.body AS TEXT) LIKE '%disk fills%' "
                                                      "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
        const auto plan = ChunkedImport::check({file}, &error);
        QVERIFY2(plan, qPrintable(error));
        const ChunkedImport::Result result = ChunkedImport::write(*plan, 1000, [&](const QList<IncomingDelivery> &chunk, QString *why) {
            return store.importChunk(chunk, why);
        });
        QVERIFY(!result.ok && !result.cancelled);
        QCOMPARE(result.written.deliveries, qint64(2 * ChunkedImport::ChunkSize));
        QVERIFY2(result.error.startsWith(QStringLiteral("The import stopped after %1 of %2 deliveries: the database refused delivery 500 of 1000")
                                             .arg(2 * ChunkedImport::ChunkSize).arg(count)),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("disk is full")), qPrintable(result.error));
        QCOMPARE(store.counts().deliveries, qint64(2 * ChunkedImport::ChunkSize));
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
