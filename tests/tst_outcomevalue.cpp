// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "domain/calleventparser.h"
#include "domain/outcomevalue.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace CallScope;

class TstOutcomeValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One reading per value: what a filter, a badge, a colour and the CSV all take from it.
    void readsEachValueOnce_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("json"); // the value as sent, or empty for not reported
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("raised");
        QTest::addColumn<QString>("csv");

        using S = OutcomeValue::State;
        QTest::newRow("flag true") << "doNotCall" << QByteArray("true") << int(S::Value) << true << "true";
        QTest::newRow("flag false") << "doNotCall" << QByteArray("false") << int(S::Value) << false << "false";
        QTest::newRow("flag not reported") << "doNotCall" << QByteArray() << int(S::NotReported) << false << "";
        QTest::newRow("flag as \"no\"") << "doNotCall" << QByteArray("\"no\"") << int(S::Malformed) << false << "invalid:\"no\"";
        QTest::newRow("flag as \"false\"") << "ceaseAndDesist" << QByteArray("\"false\"") << int(S::Malformed) << false << "invalid:\"false\"";
        QTest::newRow("flag as \"true\"") << "paymentMade" << QByteArray("\"true\"") << int(S::Malformed) << false << "invalid:\"true\"";
        QTest::newRow("flag as 0") << "bankruptcy" << QByteArray("0") << int(S::Malformed) << false << "invalid:0";
        QTest::newRow("flag as 1") << "bankruptcy" << QByteArray("1") << int(S::Malformed) << false << "invalid:1";
        QTest::newRow("flag as null") << "fraud" << QByteArray("null") << int(S::Malformed) << false << "invalid:null";
        QTest::newRow("days") << "promiseToPayDays" << QByteArray("14") << int(S::Value) << true << "14";
        QTest::newRow("zero days") << "promiseToPayDays" << QByteArray("0") << int(S::Value) << true << "0";
        QTest::newRow("negative days") << "promiseToPayDays" << QByteArray("-3") << int(S::Malformed) << false << "invalid:-3";
        QTest::newRow("half a day") << "promiseToPayDays" << QByteArray("1.5") << int(S::Malformed) << false << "invalid:1.5";
        QTest::newRow("days as a string") << "promiseToPayDays" << QByteArray("\"14\"") << int(S::Malformed) << false << "invalid:\"14\"";
        QTest::newRow("string") << "bankruptcyCaseNumber" << QByteArray("\"13-40219\"") << int(S::Value) << true << "13-40219";
        QTest::newRow("empty string") << "bankruptcyCaseNumber" << QByteArray("\"\"") << int(S::Value) << false << "";
        QTest::newRow("string as a number") << "bankruptcyChapter" << QByteArray("13") << int(S::Malformed) << false << "invalid:13";
        QTest::newRow("plan type of the spec") << "plan_type" << QByteArray("\"weekly\"") << int(S::Value) << true << "weekly";
        QTest::newRow("plan type outside the spec") << "plan_type" << QByteArray("\"fortnightly\"") << int(S::Value) << true << "fortnightly";
        QTest::newRow("plan type as an array") << "plan_type" << QByteArray("[\"weekly\"]") << int(S::Malformed) << false << "invalid:[\"weekly\"]";
    }
    void readsEachValueOnce()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, json);
        QFETCH(int, state);
        QFETCH(bool, raised);
        QFETCH(QString, csv);
        const OutcomeInfo *info = OutcomeCatalogue::find(key);
        QVERIFY(info);
        const QJsonValue sent = json.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                               : QJsonDocument::fromJson("[" + json + "]").array().at(0);
        const OutcomeValue v = OutcomeValue::read(*info, sent);
        QCOMPARE(int(v.state()), state);
        QCOMPARE(v.isRaised(), raised);
        QCOMPARE(v.csvCell(), csv);
        if (v.isMalformed())
            QCOMPARE(v.flag(), std::nullopt);

        // The event read from a whole body agrees: raised and malformed bits, severity.
        QByteArray body = R"({"event":"call.completed","payload":{"outcomes":{)";
        if (!json.isEmpty())
            body += '"' + key.toUtf8() + "\":" + json;
        body += "}}}";
        const CallEvent e = CallEventParser::parse(body).event;
        QCOMPARE(e.isRaised(info->id), raised);
        QCOMPARE(bool(e.malformedMask() & (qint64(1) << int(info->id))), state == int(OutcomeValue::State::Malformed));
        QCOMPARE(bool(e.raisedMask() & (qint64(1) << int(info->id))), raised);
        if (!raised)
            QCOMPARE(e.severity(), Severity::None);
    }
};

QTEST_APPLESS_MAIN(TstOutcomeValue)
#include "tst_outcomevalue.moc"
