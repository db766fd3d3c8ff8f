// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The answer a sender got is the answer the store's readers show: the store keeps a delivery's verdict and,
// for most kinds, not the answer's text, which the HAR export and the detail view build again from the row
// (DeliveryAnswer). Checked over real sockets, for every kind of answer a stored POST gets.
#include "testsupport.h"

#include "domain/deliveryanswer.h"
#include "listener/backgroundlistener.h"
#include "storage/callreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <map>

using namespace CallScope;

namespace {

struct Sent {
    QByteArray what; // the kind of answer, for the failure message
    int status = 0;
    QByteArray body;
};

// One request on a connection of its own, read to the end (the listener closes it: Connection: close, or
// an answer that ends the connection). Blocking: the listener runs in BackgroundListener's thread.
Sent exchange(quint16 port, const QByteArray &what, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {what, 0, {}};
    socket.write(request);
    QByteArray bytes;
    while (socket.waitForReadyRead(30000) || socket.bytesAvailable()) // generous: CI machines are shared
        bytes += socket.readAll();
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (!bytes.startsWith("HTTP/1.1 ") || end < 0)
        return {what, 0, {}};
    return {what, bytes.mid(9, 3).toInt(), bytes.mid(end + 4)};
}

QByteArray post(const QByteArray &body, const QByteArray &auth = "Authorization: Bearer s3cret\r\n")
{
    return "POST /webhook HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nConnection: close\r\n" + auth
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray withPayload(const char *sample, const QString &key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(TestSupport::sample(sample)).object();
    QJsonObject payload = o.value(QLatin1String("payload")).toObject();
    payload.insert(key, value);
    o.insert(QStringLiteral("payload"), payload);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A sample as call `callId`, its idempotencyKey the one the spec makes of it.
QByteArray withCallId(const char *sample, const QString &callId)
{
    QJsonObject o = QJsonDocument::fromJson(withPayload(sample, QStringLiteral("callId"), callId)).object();
    const QString organization = o.value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toString();
    o.insert(QStringLiteral("idempotencyKey"), QString(QStringLiteral("call.completed:") + organization + QLatin1Char(':') + callId));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TstDeliveryAnswer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Runs a listener on `path` with these options while `send` speaks to it; it stops (and derives) after.
    static bool listen(const QString &path, const ListenerOptions &options, const std::function<void(quint16)> &send)
    {
        BackgroundListener listener;
        QSignalSpy started(&listener, &BackgroundListener::started);
        QSignalSpy stopped(&listener, &BackgroundListener::stopped);
        listener.start(options, path);
        if (!started.wait(30000))
            return false;
        send(quint16(QUrl(started.at(0).at(0).toString()).port()));
        // The 401s and 413s are stored after their answers: all of them before the listener stops.
        listener.stop();
        return stopped.wait(30000);
    }

private Q_SLOTS:
    void theAnswerSentIsTheAnswerShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("answers.db"));
        QList<Sent> sent;
        ListenerOptions options;
        options.port = 0;
        options.maxBodyBytes = 4000;
        options.auth.token = "s3cret";
        QVERIFY(listen(path, options, [&sent](quint16 port) {
            const QByteArray full = TestSupport::sample("00-full-body.json");
            sent.append(exchange(port, "accepted", post(full)));
            sent.append(exchange(port, "duplicate", post(TestSupport::sample("01-minimal.json"))));
            sent.append(exchange(port, "conflict", post(withPayload("00-full-body.json", QStringLiteral("summary"), QStringLiteral("Another summary.")))));
            // A callId with characters a JSON string escapes (its key made to match it: no warning).
            sent.append(exchange(port, "accepted, escaped callId", post(withCallId("04-wrong-party.json", QStringLiteral("a\"b\\c\u00e9\u20ac/\x01")))));
            sent.append(exchange(port, "accepted with an error as a warning", post(withPayload("03-compliance-and-preferences.json", QStringLiteral("duration"), -5))));
            sent.append(exchange(port, "accepted with a warning", post("\xef\xbb\xbf" + TestSupport::sample("06-payment-failed.json"))));
            sent.append(exchange(port, "accepted, another event", post(R"({"event":"call.started","payload":{"callId":"x"}})")));
            sent.append(exchange(port, "rejected", post("this is not json")));
            sent.append(exchange(port, "rejected, empty", post("")));
            sent.append(exchange(port, "rejected, a raw control character", post("{\"event\":\"call.completed\",\"summary\":\"a\tb\"}")));
            sent.append(exchange(port, "refused, no token", post(TestSupport::sample("02-payment-and-plan.json"), {})));
            sent.append(exchange(port, "refused, a wrong token", post(TestSupport::sample("02-payment-and-plan.json"), "Authorization: Bearer wrong\r\n")));
            sent.append(exchange(port, "too large", "POST /webhook HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer s3cret\r\nContent-Length: 5000\r\n\r\n"));
            sent.append(exchange(port, "too large, chunked",
                                 "POST /webhook HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer s3cret\r\nTransfer-Encoding: chunked\r\n\r\n1770\r\n"));
        }));
        options.strict = true;
        QVERIFY(listen(path, options, [&sent](quint16 port) {
            sent.append(exchange(port, "invalid (--strict)", post(withPayload("02-payment-and-plan.json", QStringLiteral("duration"), QStringLiteral("long")))));
            // A key of its own, which is not event:organization:callId: a warning (and no error, so 200 all the same).
            QJsonObject o = QJsonDocument::fromJson(TestSupport::sample("06-payment-failed.json")).object();
            o.insert(QStringLiteral("idempotencyKey"), QStringLiteral("strict-06"));
            const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            sent.append(exchange(port, "accepted with warnings (--strict)", post("\xef\xbb\xbf" + body)));
            sent.append(exchange(port, "duplicate with a warning (--strict)", post(body)));
        }));
        // Each kind got the answer the contract gives it (a part of it that tells the kind apart).
        const QList<std::pair<int, QByteArray>> expected{
            {200, R"({"status":"accepted","callId":"67a0f74d1c2e8a12f9130ae2"})"},
            {200, R"({"status":"duplicate","callId":"67a0f74d1c2e8a12f9130ae2"})"},
            {200, R"({"status":"duplicate","callId":"67a0f74d1c2e8a12f9130ae2"})"},
            {200, "{\"status\":\"accepted\",\"callId\":\"a\\\"b\\\\c\xc3\xa9\xe2\x82\xac/\\u0001\"}"},
            {200, R"("status":"accepted","warnings":[{"code":"bad-duration")"},
            {200, R"("status":"accepted","warnings":[{"code":"byte-order-mark")"},
            {200, R"({"status":"accepted"})"},
            {400, R"("status":"rejected")"},
            {400, R"({"error":"The body is empty.","status":"rejected"})"},
            {400, R"("status":"rejected")"},
            {401, R"("status":"rejected")"},
            {401, R"("status":"rejected")"},
            {413, R"({"error":"The body of 5000 bytes is over the limit of 4000 bytes.","status":"rejected"})"},
            {413, R"({"error":"The chunked body is over the limit of 4000 bytes.","status":"rejected"})"},
            {422, R"("status":"invalid")"},
            {200, R"("status":"accepted","warnings":[{"code":"byte-order-mark")"},
            {200, R"("status":"duplicate","warnings":[{"code":"idempotency-key-mismatch")"},
        };
        QCOMPARE(sent.size(), expected.size());
        for (qsizetype i = 0; i < sent.size(); ++i) {
            QVERIFY2(sent[i].status == expected[i].first, sent[i].what.constData());
            QVERIFY2(sent[i].body.contains(expected[i].second), QByteArray(sent[i].what + ": " + sent[i].body).constData());
        }
        // The kinds the row gives back are not stored as text (else this test would prove nothing).
        QCOMPARE(TestSupport::sql(path, {QStringLiteral("SELECT count(*) FROM deliveries WHERE answer = ''")}).toInt(), 12);

        // The HAR export: one entry a delivery, in the order received.
        const QJsonArray entries = QJsonDocument::fromJson(TestSupport::exported(path, ExportFormat::Har)).object()[QLatin1String("log")][QLatin1String("entries")].toArray();
        QCOMPARE(entries.size(), sent.size());
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const QJsonObject response = entries.at(i)[QLatin1String("response")].toObject();
            QVERIFY2(response[QLatin1String("status")].toInt() == sent[i].status, sent[i].what.constData());
            QCOMPARE(response[QLatin1String("content")][QLatin1String("text")].toString().toUtf8(), sent[i].body);
        }

        // The detail view: each call's deliveries, with their answers.
        CallReader reader(path);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        std::map<qint64, DeliveryRecord> shown; // by delivery id: the order received
        for (qint64 id = 1; id <= reader.maxId().value_or(0); ++id) {
            if (const std::optional<CallDetail> call = reader.detail(id)) {
                for (const DeliveryRecord &r : call->deliveries)
                    shown.emplace(r.id, r);
            }
        }
        QCOMPARE(qsizetype(shown.size()), sent.size());
        qsizetype i = 0;
        for (const auto &[id, r] : shown) {
            QVERIFY2(r.answerStatus == sent[i].status, sent[i].what.constData());
            QCOMPARE(r.answer, sent[i].body);
            ++i;
        }
    }

    // Another program recorded the same key at the same time and derived its call first: this delivery, answered
    // "accepted", turns out a duplicate when derived (CallDeriver). Its row says duplicate now; the answer it
    // shows is still the one it got.
    void aDeliveryFoundADuplicateWhenDerivedShowsTheAnswerItGot()
    {
        const QString path = m_dir.filePath(QStringLiteral("race.db"));
        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        store.holdDerivation(true);
        const IncomingDelivery d = TestSupport::delivery(TestSupport::sample("00-full-body.json"), 1000);
        QSignalSpy recorded(&store, &DeliveryStore::recorded);
        store.submit(d);
        store.flush();
        QCOMPARE(recorded.size(), 1);
        const StoreReceipt receipt = recorded.at(0).at(0).value<QList<StoreReceipt>>().constFirst();
        QVERIFY(receipt.verdict == DeliveryVerdict::Accepted);
        const QByteArray sent = DeliveryAnswer::answer(DeliveryAnswer::basisOf(d), receipt.verdict).body;
        QCOMPARE(sent, QByteArray(R"({"status":"accepted","callId":"67a0f74d1c2e8a12f9130ae2"})"));
        TestSupport::sql(path, {QStringLiteral("INSERT INTO calls (id, idempotency_key, event, call_id, validation, first_received_ms, last_received_ms) "
                                               "VALUES (900, '%1', 'call.completed', 'other', 0, 999, 999)").arg(d.parsed.event.idempotencyKey)});
        QVERIFY2(store.deriveAll(&error), qPrintable(error));
        QCOMPARE(TestSupport::sql(path, {QStringLiteral("SELECT duplicate || ' ' || call_ref FROM deliveries")}).toString(), QStringLiteral("1 900"));
        CallReader reader(path);
        QVERIFY2(reader.open(&error), qPrintable(error));
        const std::optional<CallDetail> call = reader.detail(900);
        QVERIFY(call && call->deliveries.size() == 1);
        QCOMPARE(call->deliveries.constFirst().answer, sent);
        const QJsonArray entries = QJsonDocument::fromJson(TestSupport::exported(path, ExportFormat::Har)).object()[QLatin1String("log")][QLatin1String("entries")].toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0)[QLatin1String("response")][QLatin1String("content")][QLatin1String("text")].toString().toUtf8(), sent);
    }

    // A row of an earlier version keeps the answer it stored, whatever the rebuild would give.
    void aStoredAnswerIsShownAsStored()
    {
        const QByteArray stored = R"({"callId":"old","status":"accepted"})";
        QCOMPARE(DeliveryAnswer::ofStored(200, stored, TestSupport::sample("00-full-body.json"), {}, false), stored);
        QCOMPARE(DeliveryAnswer::ofStored(200, {}, TestSupport::sample("00-full-body.json"), {}, true),
                 QByteArray(R"({"status":"duplicate","callId":"67a0f74d1c2e8a12f9130ae2"})"));
    }
};

QTEST_GUILESS_MAIN(TstDeliveryAnswer)
#include "tst_deliveryanswer.moc"
