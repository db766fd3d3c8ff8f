// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "replay/webhooksignature.h"

#include <QTest>

using namespace CallScope;

class TstWebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheStandardWebhooksExample()
    {
        // The example of the Standard Webhooks specification and its libraries.
        const auto key = WebhookSignature::keyOf(QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        QVERIFY(key);
        QCOMPARE(WebhookSignature::sign(*key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"),
                 QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }

    void refusesSecretsThatAreNotWhsec()
    {
        QVERIFY(!WebhookSignature::keyOf(QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")));
        QVERIFY(!WebhookSignature::keyOf(QStringLiteral("whsec_")));
        QVERIFY(!WebhookSignature::keyOf(QStringLiteral("whsec_not base64!")));
    }

    void headersSignTheBodyWithAFreshId()
    {
        const QByteArray key("0123456789abcdef");
        const HttpHeaders a = WebhookSignature::headers(key, "{}", 1700000000);
        const HttpHeaders b = WebhookSignature::headers(key, "{}", 1700000000);
        QCOMPARE(a.size(), 3);
        QCOMPARE(a[1].second, QByteArray("1700000000"));
        QVERIFY(a[0].second.startsWith("msg_") && a[0].second != b[0].second);
        QCOMPARE(a[2].second, WebhookSignature::sign(key, a[0].second, 1700000000, "{}"));
    }
};

QTEST_APPLESS_MAIN(TstWebhookSignature)
#include "tst_webhooksignature.moc"
