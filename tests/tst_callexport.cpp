// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "export/callexport.h"
#include "export/exportwriter.h"
#include "export/filejobs.h"
#include "export/harformat.h"
#include "export/ndjsonexport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <tuple>

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

    // A store of deliveries that test every export's JSON: unicode, emoji, big numbers, escapes, a byte-order
    // mark, rejected bodies (raw control characters, not UTF-8, not JSON, empty), refused attempts (401, 413),
    // and bodies an older, laxer version accepted as JSON (written into the store directly).
    QString m_tricky;
    QByteArray m_legacyControl; // sample 00 with raw LF, TAB and 0x01 in its summary, accepted by 0.1
    QByteArray m_legacyLax; // sample 02 with "\x41" in its summary and 1. as an unknown field, accepted by 0.1
    static constexpr int TrickyDeliveries = 16;
    static constexpr int TrickyJsonBodies = 9;

    void fillTrickyStore()
    {
        m_tricky = m_dir.filePath(QStringLiteral("tricky.db"));
        const QByteArray s00 = TestSupport::sample("00-full-body.json");
        QByteArray unicode = TestSupport::sample("06-payment-failed.json").replace("6902c3d4e5f6071829345678", "6902c3d4e5f60718293456ff");
        unicode.replace("\"summary\": \"", "\"summary\": \"Pag\xc3\xb3 \xf0\x9f\x98\x80 \xe2\x80\xa8 \\u0001 \\ud800 \\t \\\" \\/ ");
        unicode.replace("\"outcomes\": {", "\"outcomes\": {\"big\": 123456789012345678901234567890, \"tiny\": 1e-300, \"neg\": -0.0, ");
        QList<IncomingDelivery> batch;
        qint64 at = 1'773'392'400'000;
        for (const char *name : TestSupport::sampleNames())
            batch.append(TestSupport::delivery(TestSupport::sample(name), at += 1000));
        batch.append(TestSupport::delivery(unicode, at += 1000));
        batch.append(TestSupport::delivery("\xef\xbb\xbf" + TestSupport::sample("04-wrong-party.json"), at += 1000));
        batch.append(TestSupport::delivery(QByteArray(s00).replace("Customer agreed", "Customer\nagreed"), at += 1000));
        batch.append(TestSupport::delivery(QByteArray(s00).replace("Acme Corp", "Acme \xc9tudes"), at += 1000)); // Latin-1
        batch.append(TestSupport::delivery(s00.left(s00.indexOf("Acme")) + "\xf0\x9f", at += 1000)); // cut inside a character
        batch.append(TestSupport::delivery("not json", at += 1000));
        batch.append(TestSupport::delivery(QByteArray(), at += 1000));
        IncomingDelivery refused = TestSupport::delivery({}, at += 1000, {{"Authorization", "Bearer wrong"}}); // not read, as the listener does
        refused.refusal = QStringLiteral("The bearer token is wrong.");
        refused.bodySize = s00.size();
        batch.append(refused);
        IncomingDelivery tooLarge = TestSupport::delivery({}, at += 1000);
        tooLarge.tooLarge = true;
        tooLarge.bodySize = 5'000'000;
        batch.append(tooLarge);
        QCOMPARE(batch.size(), TrickyDeliveries);
        {
            DeliveryStore store(m_tricky);
            QString error;
            QVERIFY(store.open(&error));
            TestSupport::store(store, batch);
        }
        // What 0.1 stored: QJsonDocument took these as JSON, so they are calls with their values.
        m_legacyControl = QByteArray(s00).replace("Customer agreed", "Customer\n\tagreed\x01");
        m_legacyLax = TestSupport::sample("02-payment-and-plan.json").replace("\"summary\": \"", "\"legacy\": 1., \"summary\": \"\\x41 ");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        db.setDatabaseName(m_tricky);
        QVERIFY(db.open());
        for (const auto &[id, body] : {std::pair(1, m_legacyControl), std::pair(3, m_legacyLax)}) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE deliveries SET body = ? WHERE id = ?"));
            q.addBindValue(body);
            q.addBindValue(id);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    }

    // Python's json module as the strict reader: the bytes must be UTF-8 (surrogates refused), json.loads
    // (strict=True: no raw control characters in strings; no NaN or Infinity here either), one value a line
    // for ndjson; for csv, the otherOutcomes cells. Prints how many values it read.
    static QByteArray pythonReads(const QString &format, const QByteArray &bytes, QString *error)
    {
        static const char *script = R"PY(
import csv, io, json, sys
def constant(name):
    raise ValueError("not JSON: " + name)
def load(text):
    return json.loads(text, strict=True, parse_constant=constant)
fmt = sys.argv[1]
text = sys.stdin.buffer.read().decode("utf-8")
if fmt == "ndjson":
    lines = text.split("\n")
    assert lines[-1] == "", "no newline after the last line"
    print(len([load(line) for line in lines[:-1]]))
elif fmt == "csv":
    rows = list(csv.reader(io.StringIO(text[1:] if text.startswith("\ufeff") else text, newline="")))
    column = rows[0].index("otherOutcomes")
    print(len([load(row[column]) for row in rows[1:] if row[column]]))
else:
    value = load(text)
    print(len(value["log"]["entries"]) if fmt == "har" else len(value))
)PY";
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script), format});
        if (!python.waitForStarted(15000)) {
            *error = QStringLiteral("python3 does not start (tools/deps.sh installs it)");
            return {};
        }
        python.write(bytes);
        python.closeWriteChannel();
        python.waitForFinished(30000);
        *error = QString::fromUtf8(python.readAllStandardError());
        return python.exitCode() == 0 ? python.readAllStandardOutput().trimmed() : QByteArray();
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
        fillTrickyStore();
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
        QCOMPARE(ExportWriter::csvCell(text), cell);
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

    // Valid JSON out: every format, plain and masked, read by a strict reader that is not ours.
    void everyExportIsStrictJson_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("mask");
        QTest::addColumn<int>("values"); // how many the strict reader must find
        for (const bool mask : {false, true}) {
            const char *suffix = mask ? ", masked" : "";
            QTest::addRow("ndjson%s", suffix) << QStringLiteral("ndjson") << mask << TrickyJsonBodies;
            QTest::addRow("json%s", suffix) << QStringLiteral("json") << mask << TrickyJsonBodies;
            QTest::addRow("har%s", suffix) << QStringLiteral("har") << mask << TrickyDeliveries;
            QTest::addRow("csv%s", suffix) << QStringLiteral("csv") << mask << 1; // one otherOutcomes cell
        }
    }

    void everyExportIsStrictJson()
    {
        QFETCH(QString, format);
        QFETCH(bool, mask);
        QFETCH(int, values);
        ExportRequest request;
        request.format = *exportFormatFromName(format);
        if (mask)
            request.masker = Masker(QByteArrayLiteral("test key"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(CallExport::write(m_tricky, request, buffer, &error), qPrintable(error));
        const QByteArray read = pythonReads(format, buffer.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read, QByteArray::number(values));
    }

    // The older store's bodies come out as JSON with their values unchanged: raw control characters as their
    // escapes in the sender's key order; what only QJsonDocument read, as QJsonDocument read it.
    void olderLaxBodiesKeepTheirValues()
    {
        const QList<QByteArray> lines = TestSupport::exported(m_tricky, ExportFormat::Ndjson).split('\n');
        QCOMPARE(lines.size(), TrickyJsonBodies + 1);
        QCOMPARE(lines[0], NdjsonExport::compact(TestSupport::sample("00-full-body.json").replace("Customer agreed", "Customer\\n\\tagreed\\u0001")));
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object(), QJsonDocument::fromJson(m_legacyControl).object());
        QCOMPARE(QJsonDocument::fromJson(lines[2]).object(), QJsonDocument::fromJson(m_legacyLax).object());
        QCOMPARE(QJsonDocument::fromJson(lines[2]).object()[QLatin1String("payload")][QLatin1String("legacy")].toDouble(), 1.0);
        QVERIFY(lines[8].startsWith("{\"event\"")); // the byte-order mark dropped
        // Presenter mode masks them too: their values are read as they were stored.
        ExportRequest masked;
        masked.format = ExportFormat::Ndjson;
        masked.masker = Masker(QByteArrayLiteral("test key"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(CallExport::write(m_tricky, masked, buffer, &error));
        const QByteArray first = buffer.data().left(buffer.data().indexOf('\n'));
        QVERIFY(m_legacyControl.contains("+15125550123"));
        // (the summary is written from the outcomes in presenter mode)
        QVERIFY2(!first.contains("+15125550123") && first.contains("payment made; plan accepted"), first.constData());
        // HAR keeps every body as it was: text, or base64 with its encoding where it is not UTF-8 (no lossy text).
        const QJsonArray entries = QJsonDocument::fromJson(TestSupport::exported(m_tricky, ExportFormat::Har))
                                       .object()[QLatin1String("log")][QLatin1String("entries")].toArray();
        QCOMPARE(entries[0][QLatin1String("request")][QLatin1String("postData")][QLatin1String("text")].toString().toUtf8(), m_legacyControl);
        const QJsonObject latin1 = entries[10][QLatin1String("request")][QLatin1String("postData")].toObject();
        QCOMPARE(latin1[QLatin1String("encoding")].toString(), QStringLiteral("base64"));
        QVERIFY(!latin1.contains(QLatin1String("_base64")));
        QCOMPARE(QByteArray::fromBase64(latin1[QLatin1String("text")].toString().toLatin1()),
                 TestSupport::sample("00-full-body.json").replace("Acme Corp", "Acme \xc9tudes"));
    }

    // Every request.url is a URI (RFC 3986), whatever Host, path and query the sender gave; a stored Host
    // that is no valid authority gives way to localhost.
    void harRequestUrlIsAlwaysAUri_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("url");
        QTest::newRow("host and port") << QStringLiteral("callscope.test:8787") << QByteArray("/webhook") << QByteArray() << QStringLiteral("http://callscope.test:8787/webhook");
        QTest::newRow("no host") << QString() << QByteArray("/webhook") << QByteArray() << QStringLiteral("http://localhost/webhook");
        QTest::newRow("invalid host") << QStringLiteral("127>0.0.1") << QByteArray("/") << QByteArray() << QStringLiteral("http://localhost/");
        QTest::newRow("user info") << QStringLiteral("user@evil.test") << QByteArray("/") << QByteArray() << QStringLiteral("http://localhost/");
        QTest::newRow("ipv6") << QStringLiteral("[::1]:8787") << QByteArray("/hook") << QByteArray() << QStringLiteral("http://[::1]:8787/hook");
        QTest::newRow("space and raw byte in path") << QStringLiteral("h") << QByteArray("/a b/\xe9") << QByteArray() << QStringLiteral("http://h/a%20b/%C3%A9");
        QTest::newRow("encoded path kept") << QStringLiteral("h") << QByteArray("/a%20b") << QByteArray() << QStringLiteral("http://h/a%20b");
        QTest::newRow("query") << QStringLiteral("h") << QByteArray("/") << QByteArray("x=1 2&y=<z>") << QStringLiteral("http://h/?x=1%202&y=%3Cz%3E");
        QTest::newRow("empty path") << QStringLiteral("h") << QByteArray() << QByteArray() << QStringLiteral("http://h/");
    }

    void harRequestUrlIsAlwaysAUri()
    {
        QFETCH(QString, host);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QString, url);
        const QString written = HarFormat::requestUrl(host, path, query);
        QCOMPARE(written, url);
        QVERIFY(QUrl(written, QUrl::StrictMode).isValid());
    }

    // The suite's own HAR check is a validator we did not write: the HAR 1.2 JSON Schema of har-schema (the
    // one har-validator uses, tests/data/har) run by Debian's python3-jsonschema, with URI format checks.
    // The tricky store (bodies not UTF-8, refused attempts) and deliveries with odd Hosts and paths, plain and
    // masked, all pass; a HAR with a url that is not a URI does not (the check can fail).
    void harPassesTheHar12SchemaValidator()
    {
        const QString odd = m_dir.filePath(QStringLiteral("odd-requests.db"));
        {
            QList<IncomingDelivery> batch;
            for (const auto &[host, path, query] : {std::tuple<QByteArray, QByteArray, QByteArray>{"127>0.0.1", "/fuzz", ""},
                                                    {"", "/a b", "x=1 2"},
                                                    {"callscope.test:8787", "/webhook/\xc3\xa9", "k=%ZZ&v=<>"}}) {
                IncomingDelivery d = TestSupport::delivery(TestSupport::sample("04-wrong-party.json"), 1000 + batch.size(),
                                                           host.isEmpty() ? HttpHeaders{} : HttpHeaders{{"Host", host}});
                d.path = path;
                d.query = query;
                batch.append(d);
            }
            DeliveryStore store(odd);
            QString error;
            QVERIFY(store.open(&error));
            TestSupport::store(store, batch);
        }
        QStringList files;
        for (const QString &db : {m_tricky, odd}) {
            for (const bool masked : {false, true}) {
                ExportRequest request;
                request.format = ExportFormat::Har;
                if (masked)
                    request.masker = Masker(QByteArrayLiteral("test key"));
                QFile file(m_dir.filePath(QStringLiteral("valid-%1.har").arg(files.size())));
                QVERIFY(file.open(QIODevice::WriteOnly));
                QString error;
                QVERIFY2(CallExport::write(db, request, file, &error), qPrintable(error));
                files.append(file.fileName());
            }
        }
        const auto validate = [](const QStringList &har) {
            QProcess p;
            // Debian's interpreter, whose python3-jsonschema tools/deps.sh installs (not a pyenv one on PATH).
            const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
            p.start(python, QStringList{QStringLiteral(CALLSCOPE_SOURCE_DIR "/tests/har/validate_har.py")} + har);
            if (!p.waitForFinished(60000))
                return std::pair{-1, QByteArray("timed out")};
            return std::pair{p.exitCode(), p.readAllStandardError()};
        };
        const auto [code, errors] = validate(files);
        QVERIFY2(code == 0, errors.constData());

        QFile first(files.constFirst());
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray broken = first.readAll().replace("http://localhost/", "http://127>0.0.1/");
        QFile bad(m_dir.filePath(QStringLiteral("not-a-uri.har")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(broken);
        bad.close();
        const auto [badCode, badErrors] = validate({bad.fileName()});
        QCOMPARE(badCode, 1);
        QVERIFY2(badErrors.contains("is not a 'uri'"), badErrors.constData());
    }

    // A refused attempt's HAR entry says why its body is missing: a 401 was never read, a 413 was too large.
    void harSaysWhyABodyWasNotKept()
    {
        const QJsonArray entries = QJsonDocument::fromJson(TestSupport::exported(m_tricky, ExportFormat::Har))
                                       .object()[QLatin1String("log")][QLatin1String("entries")].toArray();
        QMap<int, QString> comments;
        for (const QJsonValue &entry : entries) {
            const int status = entry[QLatin1String("response")][QLatin1String("status")].toInt();
            const QString comment = entry[QLatin1String("request")][QLatin1String("postData")][QLatin1String("comment")].toString();
            if (status == 401 || status == 413)
                comments.insert(status, comment);
        }
        QCOMPARE(comments.size(), 2);
        QVERIFY2(comments[401].contains(QLatin1String("refused (401")) && !comments[401].contains(QLatin1String("size limit")), qPrintable(comments[401]));
        QVERIFY2(comments[413].contains(QLatin1String("over the size limit")), qPrintable(comments[413]));
    }

    void filterAndSelectionChooseTheCalls()
    {
        const QList<QByteArray> dnc = exported(ExportFormat::Ndjson, QStringLiteral("doNotCall")).split('\n');
        QCOMPARE(dnc.size(), 2);
        QVERIFY(dnc[0].contains("6812ab3c4d5e6f7089012345"));
        // The conflicting call's three deliveries, and nothing else.
        QCOMPARE(exported(ExportFormat::Ndjson, QStringLiteral("validation=conflict")).count('\n'), 3);
        // The second and third calls, by their row ids: a header and two rows.
        QList<qint64> secondAndThird;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ids"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(QStringLiteral("SELECT id FROM calls ORDER BY id LIMIT 2 OFFSET 1"), db);
            while (q.next())
                secondAndThird.append(q.value(0).toLongLong());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ids"));
        QCOMPARE(secondAndThird.size(), 2);
        QCOMPARE(exported(ExportFormat::Csv, {}, secondAndThird).count('\n'), 3);
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
        QSignalSpy finished(&jobs, &FileJobs::finished);
        QSignalSpy failed(&jobs, &FileJobs::failed);
        QSignalSpy progress(&jobs, &FileJobs::progress);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        const int job = jobs.exportCalls(big, request, target);
        // The job's thread may finish before a wait() would start: count what arrived instead.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toInt(), job);
        QCOMPARE(finished.at(0).at(1).toLongLong(), 2500);
        QCOMPARE(finished.at(0).at(2).toString(), QDir::toNativeSeparators(target));
        QCOMPARE(progress.constLast().at(1).toLongLong(), 2500);
        QCOMPARE(progress.constLast().at(2).toLongLong(), 2500);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2501);
        file.close();

        // Cancelled at the first progress step: an error, and no file left behind.
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
        connect(&jobs, &FileJobs::progress, &jobs, [&jobs](int running) { jobs.cancel(running); }, Qt::DirectConnection);
        const int second = jobs.exportCalls(big, request, cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QCOMPARE(failed.at(0).at(0).toInt(), second);
        QVERIFY(failed.at(0).at(2).toBool());
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("Cancelled")));
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
            const HttpHeaders auth{{"Authorization", "Bearer tok-MASK-5ecret"}, {"X-Api-Key", "key-MASK-5ecret"}, {"X-Debtor", "Maria Gonzalez"}};
            TestSupport::store(store, {TestSupport::delivery(body, 1000, auth), TestSupport::delivery(redelivery, 2000, auth),
                                       TestSupport::delivery("name=Maria Gonzalez&phone=+13105550123", 3000, auth),
                                       TestSupport::delivery(R"({"payload":{"phoneNumber":+13105550123}})", 4000, auth)});
        }
        const QStringList personal{QStringLiteral("3105550123"), QStringLiteral("ACCT-77120"), QStringLiteral("Maria"), QStringLiteral("Gonzalez"),
                                   QStringLiteral("maria.g@example.org"), QStringLiteral("rec.example.com"), QStringLiteral("Saul Goodman"),
                                   QStringLiteral("5055550100"), QStringLiteral("22-BK-31415"), QStringLiteral("123-45-6789"),
                                   QStringLiteral("MASK-5ecret"), QStringLiteral("3105550777"), QStringLiteral("Jose")};
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
