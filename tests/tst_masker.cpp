// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "domain/masker.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

class TstMasker : public QObject
{
    Q_OBJECT

    // Every personal value of the samples: none may survive masking.
    static QStringList personalValues()
    {
        return {QStringLiteral("+15125550123"), QStringLiteral("ACC-429795"), QStringLiteral("+13105550199"), QStringLiteral("FILE-8821"),
                QStringLiteral("+12125550111"), QStringLiteral("BNK-10044"), QStringLiteral("Jane Doe Law Firm"), QStringLiteral("+13125559876"),
                QStringLiteral("25-12345-ABC"), QStringLiteral("https://recordings.example.com/r.mp3"),
                QStringLiteral("jane@example.com"), QStringLiteral("Debtor stated")};
    }

private Q_SLOTS:
    void standInsAreConsistentAndLookTheirPart()
    {
        const Masker a(QByteArrayLiteral("key one"));
        const Masker b(QByteArrayLiteral("key two"));
        QCOMPARE(a.phone(QStringLiteral("+15125550123")), a.phone(QStringLiteral("+15125550123")));
        QVERIFY(a.phone(QStringLiteral("+15125550123")) != a.phone(QStringLiteral("+15125550124")));
        QVERIFY(a.phone(QStringLiteral("+15125550123")) != b.phone(QStringLiteral("+15125550123")));
        QVERIFY(QRegularExpression(QStringLiteral("^\\+1555\\d{7}$")).match(a.phone(QStringLiteral("+15125550123"))).hasMatch());
        const QString file = a.identifier(QStringLiteral("ACC-429795"));
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{3}-\\d{6}$")).match(file).hasMatch());
        QVERIFY(file != QStringLiteral("ACC-429795"));
        QVERIFY(a.url(QStringLiteral("https://recordings.example.com/r.mp3")).startsWith(QLatin1String("https://masked.invalid/")));
        QVERIFY(a.name(QStringLiteral("Jane Doe Law Firm")).startsWith(QLatin1String("Attorney ")));
    }

    // The summary cannot be masked (names in free text cannot be found): it is written from the outcomes,
    // in the catalogue's words, and numbers that are not personal stay as sent.
    void summaryIsWrittenFromTheOutcomes()
    {
        const QJsonObject outcomes = QJsonDocument::fromJson(R"({"wasTheRightParty":true,"promiseToPayDays":14,"emailOnlyPreference":true,
            "doNotCall":false,"bankruptcy":"yes","bankruptcyChapter":"13","bankruptcyAttorneyName":"Jane Doe Law Firm"})").object();
        QCOMPARE(Masker::summaryFromOutcomes(outcomes), QStringLiteral("Right party; e-mail only; promise to pay in 14 days."));
        QCOMPARE(Masker::summaryFromOutcomes({}), QStringLiteral("No outcome reported."));
    }

    // A body is masked value by value and written anew from the masked values: nothing the sender's bytes
    // hide (a value escaped otherwise, a repeated name of which a reader keeps one) survives; what is not
    // personal stays as sent; a body that is not JSON is withheld.
    void bodiesAreMaskedValueByValue()
    {
        const Masker m(QByteArrayLiteral("k"));
        const QByteArray body = TestSupport::sample("05-bankruptcy-strings.json");
        const Masker::MaskedBody masked = m.body(body);
        QVERIFY(!masked.withheld);
        for (const QString &value : personalValues())
            QVERIFY2(!masked.bytes.contains(value.toUtf8()), qPrintable(value));
        QVERIFY(masked.bytes.contains(R"("bankruptcyChapter": "13")"));
        QVERIFY(masked.bytes.contains(R"("duration": 310000)"));
        QVERIFY(masked.bytes.contains(R"("callId": ")"));

        QByteArray tricky = body;
        tricky.replace("\"+12125550111\"", "\"\\u002B12125550111\", \"phoneNumber\": \"+13125550000\""); // escaped, and repeated
        tricky.replace("\"status\"", "\"debtorEmail\": \"jane@example.com\", \"ssn\": 123456789, "
                                       "\"contacts\": {\"Jane Roe\": \"sister\"}, \"status\"");
        tricky.replace("\"name\": \"Acme Corp\"", "\"name\": \"Acme Corp\", \"email\": \"ops@acme.example\"");
        tricky.replace("\"bankruptcy\": true", "\"bankruptcy\": \"yes, says Jane Roe\", \"plan_type\": \"Jane Roe plan\"");
        const QByteArray out = m.body(tricky).bytes;
        for (const char *value : {"12125550111", "13125550000", "jane@example.com", "123456789", "Jane Roe", "ops@acme.example"})
            QVERIFY2(!out.contains(value), value);
        const QJsonObject payload = QJsonDocument::fromJson(out).object().value(QLatin1String("payload")).toObject();
        bool email = false;
        for (auto it = payload.begin(); it != payload.end(); ++it)
            email = email || (it.value().isString() && it.value().toString().contains(QLatin1Char('@')));
        QVERIFY(email); // a masked address still looks like one
        QVERIFY(out.contains("Acme Corp")); // the organization is no person

        QVERIFY(m.body("phone +12125550111, not JSON").withheld);
        QVERIFY(m.body("phone +12125550111, not JSON").bytes.isEmpty());
        const QByteArray answer = "{\"status\":\"accepted\",\"warnings\":[{\"message\":\"plan_type is Jane Roe plan\"}]}";
        QCOMPARE(Masker::answer(answer), QByteArray("{\"status\":\"accepted\"}"));
    }

    // Headers and the query string: the values of HTTP and webhooks stay, any other is masked.
    void headersAndQueryAreMasked()
    {
        const Masker m(QByteArrayLiteral("k"));
        QCOMPARE(m.headerValue(QStringLiteral("Content-Type"), QStringLiteral("application/json")), QStringLiteral("application/json"));
        QCOMPARE(m.headerValue(QStringLiteral("webhook-id"), QStringLiteral("msg_1")), QStringLiteral("msg_1"));
        QVERIFY(m.headerValue(QStringLiteral("X-Debtor"), QStringLiteral("Jane Roe")) != QStringLiteral("Jane Roe"));
        const QString query = m.query(QStringLiteral("customer=Jane&page=2&flag"));
        QVERIFY(query.startsWith(QLatin1String("customer=")) && !query.contains(QLatin1String("Jane")) && query.endsWith(QLatin1String("&flag")));
    }

    void exportsInPresenterModeHoldNothingPersonal()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.db"));
        {
            DeliveryStore store(db);
            QString error;
            QVERIFY(store.open(&error));
            QList<IncomingDelivery> batch;
            for (const char *name : TestSupport::sampleNames()) {
                QByteArray body = TestSupport::sample(name);
                body.replace("\"summary\": \"Debtor stated", "\"recordingUrl\": \"https://recordings.example.com/r.mp3\", \"summary\": \"Mail jane@example.com; debtor stated");
                batch.append(TestSupport::delivery(body, 1000 + batch.size()));
            }
            TestSupport::store(store, batch);
        }
        ExportRequest plain;
        QBuffer reference;
        reference.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(CallExport::write(db, plain, reference, &error));
        QVERIFY(reference.data().contains("Jane Doe Law Firm")); // the values are there to be masked

        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Ndjson, ExportFormat::Json, ExportFormat::Har}) {
            ExportRequest request;
            request.format = format;
            request.masker.emplace(QByteArrayLiteral("presenter"));
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QVERIFY(CallExport::write(db, request, out, &error));
            const QString text = QString::fromUtf8(out.data());
            for (const QString &value : personalValues())
                QVERIFY2(!text.contains(value), qPrintable(exportFormatName(format) + QLatin1String(": ") + value));
            QVERIFY2(text.contains(QLatin1String("+1555")), qPrintable(exportFormatName(format)));
            // What is not personal stays exactly as sent.
            if (format != ExportFormat::Csv) {
                QVERIFY2(text.contains(QLatin1String(R"("bankruptcyChapter":"13")")) || text.contains(QLatin1String(R"(\"bankruptcyChapter\": \"13\")")),
                         qPrintable(exportFormatName(format)));
            } else {
                QVERIFY(text.contains(QLatin1String(",13,")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstMasker)
#include "tst_masker.moc"
