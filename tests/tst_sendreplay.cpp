// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// `callscope send` and `callscope replay`, the real binary POSTing to a capture server in this test.
#include "domain/calleventparser.h"
#include "listener/httprequestparser.h"
#include "listener/webhookauth.h"
#include "replay/webhooksignature.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

namespace {

// Answers every request `answerStatus` (200) and keeps it, framed by the listener's own parser.
class CaptureServer : public QObject
{
public:
    CaptureServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *parser = new HttpRequestParser(HttpLimits{16 * 1024, 8 * 1024 * 1024});
                auto *buffer = new QByteArray;
                QObject::connect(socket, &QObject::destroyed, [parser, buffer] {
                    delete parser;
                    delete buffer;
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, parser, buffer] {
                    buffer->append(socket->readAll());
                    for (;;) {
                        const auto status = parser->feed(*buffer);
                        if (status == HttpRequestParser::Status::HeadComplete)
                            continue;
                        if (status != HttpRequestParser::Status::Complete)
                            break;
                        requests.append(parser->takeRequest());
                        parser->reset();
                        socket->write("HTTP/1.1 " + QByteArray::number(answerStatus) + " X\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                    }
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hooks/calls").arg(m_server.serverPort()); }
    QList<HttpRequest> requests;
    int answerStatus = 200; // what every request is answered

private:
    QTcpServer m_server;
};

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the binary while this thread's event loop serves the capture server.
Run callscope(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(CALLSCOPE_BINARY), arguments);
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(30000))
        qFatal("callscope %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TstSendReplay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void sendPostsTheFilesInOrderByteForByte()
    {
        CaptureServer capture;
        QStringList files;
        for (const char *name : TestSupport::sampleNames())
            files.append(QStringLiteral(CALLSCOPE_TEST_DATA "/samples/") + QLatin1String(name));
        const Run run = callscope(QStringList{QStringLiteral("send"), QStringLiteral("--to"), capture.url()} + files);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(capture.requests.size(), 7);
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(capture.requests[i].method, QByteArray("POST"));
            QCOMPARE(capture.requests[i].path, QByteArray("/hooks/calls"));
            QCOMPARE(capture.requests[i].body, TestSupport::sample(TestSupport::sampleNames()[i]).trimmed());
            QCOMPARE(capture.requests[i].header("content-type"), QByteArray("application/json"));
        }
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        QVERIFY2(lines[0].startsWith("1/7 200 ") && lines[0].contains("67a0f74d1c2e8a12f9130ae2"), lines[0].constData());
    }

    void sendHarKeepsItsOrderAndSynthesizesCalls()
    {
        CaptureServer capture;
        const Run har = callscope({QStringLiteral("send"), QStringLiteral("--to"), capture.url(), QStringLiteral("--speed"), QStringLiteral("50"),
                                   QStringLiteral(CALLSCOPE_TEST_DATA "/export/samples.har")});
        QCOMPARE(har.exitCode, 0);
        QCOMPARE(capture.requests.size(), 8); // the rejected body too: it was recorded
        QCOMPARE(capture.requests[0].body, TestSupport::sample("00-full-body.json"));
        QCOMPARE(capture.requests[7].body, QByteArray("not json"));

        capture.requests.clear();
        const Run synthetic = callscope({QStringLiteral("send"), QStringLiteral("--to"), capture.url(), QStringLiteral("--synthetic"), QStringLiteral("40")});
        QCOMPARE(synthetic.exitCode, 0);
        QCOMPARE(capture.requests.size(), 40);
        QSet<QString> ids;
        // Calls that happened, in the order they happened, over the recent weeks: none ends after the run.
        const QDateTime finished = QDateTime::currentDateTimeUtc();
        QDateTime previous;
        for (const HttpRequest &r : capture.requests) {
            const ParsedEvent p = CallEventParser::parse(r.body);
            QVERIFY(p.problems.isEmpty());
            ids.insert(p.event.callId);
            QVERIFY2(p.event.endedAt.value < finished, qPrintable(p.event.endedAt.value.toString(Qt::ISODate)));
            QVERIFY(!previous.isValid() || p.event.createdAt.value >= previous);
            previous = p.event.createdAt.value;
        }
        QCOMPARE(ids.size(), 40);
        const qint64 spanDays = CallEventParser::parse(capture.requests.constFirst().body).event.createdAt.value.daysTo(previous);
        QVERIFY2(spanDays >= 7, qPrintable(QString::number(spanDays)));
    }

    // A HAR's refused attempts kept no body: send leaves them out, saying so, and sends the rest (it used to
    // POST them as empty bodies, answered 400, and fail the run).
    void sendSkipsRefusedAttempts()
    {
        const QString db = m_dir.filePath(QStringLiteral("refused.db"));
        {
            DeliveryStore store(db);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            IncomingDelivery refused = TestSupport::delivery({}, 1000);
            refused.refusal = QStringLiteral("The Bearer token is wrong.");
            IncomingDelivery tooLarge = TestSupport::delivery({}, 3000);
            tooLarge.tooLarge = true;
            tooLarge.bodySize = 5'000'000;
            TestSupport::store(store, {refused, TestSupport::delivery(TestSupport::sample("01-minimal.json"), 2000), tooLarge});
        }
        QFile har(m_dir.filePath(QStringLiteral("refused.har")));
        QVERIFY(har.open(QIODevice::WriteOnly));
        har.write(TestSupport::exported(db, ExportFormat::Har));
        har.close();
        CaptureServer capture;
        const Run send = callscope({QStringLiteral("send"), QStringLiteral("--to"), capture.url(), QStringLiteral("--speed"), QStringLiteral("1000"), har.fileName()});
        QCOMPARE(send.exitCode, 0);
        QCOMPARE(capture.requests.size(), 1);
        QCOMPARE(capture.requests[0].body, TestSupport::sample("01-minimal.json"));
        QCOMPARE(send.err.count("skipped a refused attempt"), 2);
        QVERIFY2(send.out.startsWith("1/1 200"), send.out.constData());
    }

    void replayResendsStoredBodiesByFilter()
    {
        const QString db = m_dir.filePath(QStringLiteral("replay.db"));
        {
            DeliveryStore store(db);
            QString error;
            QVERIFY(store.open(&error));
            QList<IncomingDelivery> batch;
            for (const char *name : TestSupport::sampleNames())
                batch.append(TestSupport::delivery(TestSupport::sample(name), 1000 + batch.size(), {{"Content-Type", "application/json; charset=utf-8"}}));
            TestSupport::store(store, batch);
        }
        CaptureServer capture;
        const Run all = callscope({QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--to"), capture.url(), QStringLiteral("--rate"), QStringLiteral("200")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(capture.requests.size(), 7);
        QCOMPARE(capture.requests[2].body, TestSupport::sample("02-payment-and-plan.json")); // exact bytes, pretty-printing and all
        QCOMPARE(capture.requests[2].header("content-type"), QByteArray("application/json; charset=utf-8")); // the stored one

        capture.requests.clear();
        const Run filtered = callscope({QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--to"), capture.url(), QStringLiteral("--filter"), QStringLiteral("doNotCall or bankruptcy")});
        QCOMPARE(filtered.exitCode, 0);
        QCOMPARE(capture.requests.size(), 2);
        QVERIFY(capture.requests[0].body.contains("6812ab3c4d5e6f7089012345"));
    }

    // A replay whose filter matches no call has nothing to send: it says so by exiting 0 at once (it used to
    // finish before its event loop began, and wait for ever).
    void replayOfNoCallEndsAtOnce()
    {
        const QString db = m_dir.filePath(QStringLiteral("none.db"));
        {
            DeliveryStore store(db);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            TestSupport::store(store, {TestSupport::delivery(TestSupport::sample("01-minimal.json"), 1000)});
        }
        CaptureServer capture;
        const Run none = callscope({QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--to"), capture.url(), QStringLiteral("--filter"),
                                    QStringLiteral("callId=no-such-call")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QByteArray());
        QCOMPARE(capture.requests.size(), 0);
    }

    // --token sends Authorization: Bearer, --secret signs each request anew; both may come from a file or the
    // environment, as for the listener.
    void sendAndReplayCarryTheTokenAndSignEachRequest()
    {
        const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        AuthPolicy policy;
        policy.token = "t0ken";
        policy.secretKey = WebhookSignature::keyOf(secret);
        QFile tokenFile(m_dir.filePath(QStringLiteral("token")));
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write("t0ken\n");
        tokenFile.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CALLSCOPE_SECRET"), secret);

        CaptureServer capture;
        const Run send = callscope({QStringLiteral("send"), QStringLiteral("--to"), capture.url(), QStringLiteral("--token-file"), tokenFile.fileName(),
                                    QStringLiteral(CALLSCOPE_TEST_DATA "/samples/00-full-body.json"),
                                    QStringLiteral(CALLSCOPE_TEST_DATA "/samples/01-minimal.json")},
                                   environment);
        QCOMPARE(send.exitCode, 0);
        QCOMPARE(capture.requests.size(), 2);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const HttpRequest &r : std::as_const(capture.requests)) {
            QCOMPARE(r.header("authorization"), QByteArray("Bearer t0ken"));
            const auto refusal = WebhookAuth::refusal(r, policy, now);
            QVERIFY2(!refusal, qPrintable(refusal.value_or(QString())));
        }
        QVERIFY(capture.requests[0].header("webhook-id") != capture.requests[1].header("webhook-id"));

        const QString db = m_dir.filePath(QStringLiteral("signed-replay.db"));
        {
            DeliveryStore store(db);
            QString error;
            QVERIFY(store.open(&error));
            TestSupport::store(store, {TestSupport::delivery(TestSupport::sample("03-compliance-and-preferences.json"), 1000)});
        }
        capture.requests.clear();
        const Run replay = callscope({QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--to"), capture.url(),
                                      QStringLiteral("--token"), QStringLiteral("t0ken"), QStringLiteral("--secret"), secret});
        QCOMPARE(replay.exitCode, 0);
        QCOMPARE(capture.requests.size(), 1);
        QCOMPARE(capture.requests[0].header("authorization"), QByteArray("Bearer t0ken"));
        QVERIFY(!WebhookAuth::refusal(capture.requests[0], policy, QDateTime::currentSecsSinceEpoch()));
    }

    // A receiver that refuses (401 from a verifier) is no success: exit 1, with how many were refused.
    void deliveriesNotAnsweredTwoHundredExitOne()
    {
        CaptureServer capture;
        capture.answerStatus = 401;
        const Run send = callscope({QStringLiteral("send"), QStringLiteral("--to"), capture.url(), QStringLiteral(CALLSCOPE_TEST_DATA "/samples/00-full-body.json"),
                                    QStringLiteral(CALLSCOPE_TEST_DATA "/samples/01-minimal.json")});
        QCOMPARE(send.exitCode, 1);
        QVERIFY2(send.err.contains("2 of 2 deliveries were not answered 2xx"), send.err.constData());
        QCOMPARE(capture.requests.size(), 2); // all were tried
    }

    void anUnreachableTargetExitsOne()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        const Run run = callscope({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("http://127.0.0.1:%1/").arg(port),
                                   QStringLiteral(CALLSCOPE_TEST_DATA "/samples/04-wrong-party.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot reach"), run.err.constData());
        const Run usage = callscope({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("ftp://x/"), QStringLiteral("f.json")});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstSendReplay)
#include "tst_sendreplay.moc"
