// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "domain/calleventparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace CallScope;
using Kind = ValidationProblem::Kind;
using Grade = ValidationProblem::Grade;

Q_DECLARE_METATYPE(ValidationProblem::Kind)
Q_DECLARE_METATYPE(ValidationProblem::Grade)

namespace {

QByteArray readSample(const QString &name)
{
    QFile file(QStringLiteral(CALLSCOPE_TEST_DATA "/samples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read sample %s", qPrintable(name));
    return file.readAll();
}

QJsonObject sampleObject(const QString &name)
{
    return QJsonDocument::fromJson(readSample(name)).object();
}

// Sets (or, with an undefined value, removes) the member at a dotted path of an object.
QJsonObject changed(QJsonObject o, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    const QString key = path.left(dot).toString();
    if (dot < 0) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    }
    o.insert(key, changed(o.value(key).toObject(), path.mid(dot + 1), value));
    return o;
}

QByteArray bodyOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

QByteArray changedSample(const char *sample, const char *path, const QJsonValue &value)
{
    return bodyOf(changed(sampleObject(QString::fromLatin1(sample)), QString::fromLatin1(path), value));
}

const QJsonValue kRemove(QJsonValue::Undefined);

QString describe(const ValidationProblems &problems)
{
    QStringList lines;
    for (const ValidationProblem &p : problems)
        lines.append(p.path + QStringLiteral(" [") + ValidationProblem::kindName(p.kind) + QStringLiteral("] ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TstCallEventParser : public QObject
{
    Q_OBJECT
private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(CALLSCOPE_TEST_DATA "/samples")).entryList({QStringLiteral("*.json")});
        QCOMPARE(files.size(), 7);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    // Every sample parses with no problem and yields exactly the file's values.
    void samples()
    {
        QFETCH(QString, file);
        const QByteArray body = readSample(file);
        const ParsedEvent parsed = CallEventParser::parse(body);
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(describe(parsed.problems)));
        QCOMPARE(parsed.validation(), Validation::Ok);

        const CallEvent &e = parsed.event;
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QJsonObject p = o.value(QLatin1String("payload")).toObject();
        QCOMPARE(e.raw, body);
        QVERIFY(e.isCallCompleted());
        QCOMPARE(e.eventCategory, o.value(QLatin1String("eventCategory")).toString());
        QCOMPARE(e.idempotencyKey, o.value(QLatin1String("idempotencyKey")).toString());
        QCOMPARE(e.organization.id, o.value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toString());
        QCOMPARE(e.organization.name, o.value(QLatin1String("organization")).toObject().value(QLatin1String("name")).toString());
        QCOMPARE(e.agent.has_value(), o.contains(QLatin1String("agent")));
        if (e.agent)
            QCOMPARE(e.agent->name, o.value(QLatin1String("agent")).toObject().value(QLatin1String("name")).toString());
        QCOMPARE(e.timestamp.text, o.value(QLatin1String("timestamp")).toString());
        QCOMPARE(e.callId, p.value(QLatin1String("callId")).toString());
        QCOMPARE(e.phoneNumber, p.value(QLatin1String("phoneNumber")).toString());
        QCOMPARE(e.fileNumber.has_value(), p.contains(QLatin1String("fileNumber")));
        QCOMPARE(e.fileNumber.value_or(QString()), p.value(QLatin1String("fileNumber")).toString());
        QCOMPARE(e.status, QStringLiteral("Completed"));
        QCOMPARE(e.durationMs.value_or(-1), p.value(QLatin1String("duration")).toInteger());
        QCOMPARE(e.summary, p.value(QLatin1String("summary")).toString());
        QCOMPARE(e.createdAt.text, p.value(QLatin1String("createdAt")).toString());
        QCOMPARE(e.endedAt.text, p.value(QLatin1String("endedAt")).toString());
        QVERIFY(e.createdAt.value.isValid() && e.endedAt.value.isValid() && e.timestamp.value.isValid());

        const QJsonObject outcomes = p.value(QLatin1String("outcomes")).toObject();
        for (const OutcomeInfo &info : OutcomeCatalogue::outcomes())
            QCOMPARE(e.outcome(info.id), outcomes.value(info.key));
        QVERIFY(e.otherOutcomes.isEmpty());
        QCOMPARE(e.reportedOutcomeCount(), outcomes.size());
        QVERIFY(e.extraEnvelope.isEmpty());
        QVERIFY(e.extraPayload.isEmpty());
    }

    void sampleValuesSpelledOut()
    {
        const CallEvent e = CallEventParser::parse(readSample(QStringLiteral("05-bankruptcy-strings.json"))).event;
        QCOMPARE(e.callId, QStringLiteral("6901a2b3c4d5e6f708901234"));
        QCOMPARE(e.phoneNumber, QStringLiteral("+12125550111"));
        QCOMPARE(e.fileNumber, std::optional(QStringLiteral("BNK-10044")));
        QCOMPARE(e.durationMs.value_or(-1), 310000);
        QCOMPARE(e.organization, (Party{QStringLiteral("507f1f77bcf86cd799439011"), QStringLiteral("Acme Corp")}));
        QCOMPARE(e.agent->id, QStringLiteral("507f191e810c19729de860ea"));
        QCOMPARE(e.flag(OutcomeId::Bankruptcy), std::optional(true));
        QCOMPARE(e.flag(OutcomeId::PaymentMade), std::optional(false));
        QCOMPARE(e.flag(OutcomeId::DoNotCall), std::nullopt);
        QCOMPARE(e.outcome(OutcomeId::BankruptcyChapter).toString(), QStringLiteral("13"));
        QCOMPARE(e.outcome(OutcomeId::BankruptcyAttorneyName).toString(), QStringLiteral("Jane Doe Law Firm"));
        QCOMPARE(e.createdAt.value, QDateTime(QDate(2026, 3, 12), QTime(16, 10), QTimeZone::utc()));
        QCOMPARE(e.severity(), Severity::StopContact);

        const CallEvent minimal = CallEventParser::parse(readSample(QStringLiteral("01-minimal.json"))).event;
        QVERIFY(!minimal.agent);
        QVERIFY(!minimal.fileNumber);
        QVERIFY(minimal.phoneNumber.isEmpty());
        QCOMPARE(minimal.reportedOutcomeCount(), 0);
        QCOMPARE(minimal.severity(), Severity::None);
        QCOMPARE(minimal.endedAt.value.time().msec(), 430);
    }

    void severityOfSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Severity>("severity");
        QTest::newRow("payment") << QStringLiteral("02-payment-and-plan.json") << Severity::Positive;
        QTest::newRow("do not call") << QStringLiteral("03-compliance-and-preferences.json") << Severity::StopContact;
        QTest::newRow("wrong party") << QStringLiteral("04-wrong-party.json") << Severity::Reachability;
        QTest::newRow("payment failed") << QStringLiteral("06-payment-failed.json") << Severity::Caution;
    }

    void severityOfSamples()
    {
        QFETCH(QString, file);
        QFETCH(Severity, severity);
        QCOMPARE(CallEventParser::parse(readSample(file)).event.severity(), severity);
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<Grade>("grade");
        QTest::addColumn<int>("count"); // how many problems in all

        const auto row = [](const char *name, const QByteArray &body, Kind kind, const char *path,
                            Grade grade = Grade::Error, int count = 1) {
            QTest::newRow(name) << body << kind << QString::fromLatin1(path) << grade << count;
        };
        const QByteArray full = readSample(QStringLiteral("00-full-body.json"));
        const char *s00 = "00-full-body.json";
        const char *s02 = "02-payment-and-plan.json";
        const char *s05 = "05-bankruptcy-strings.json";

        row("empty body", QByteArray(), Kind::NotJson, "$");
        row("whitespace only", QByteArray(" \r\n\t"), Kind::NotJson, "$");
        row("truncated JSON", full.left(full.size() / 2), Kind::NotJson, "$");
        row("trailing garbage", full + "}", Kind::NotJson, "$");
        row("form-encoded body", QByteArray("event=call.completed&callId=1"), Kind::NotJson, "$");
        row("invalid UTF-8", QByteArray("{\"event\":\"call.completed\",\"x\":\"\xff\xfe\"}"), Kind::NotJson, "$");
        row("NUL inside a string", QByteArray("{\"event\":\"call\0completed\"}", 27), Kind::NotJson, "$");
        // What QJsonDocument alone took, and RFC 8259 does not (issue 13).
        row("raw line feed inside a string", QByteArray(full).replace("Customer agreed", "Customer\nagreed"), Kind::NotJson, "$");
        row("raw tab inside a name", QByteArray(full).replace("\"summary\"", "\"sum\tmary\""), Kind::NotJson, "$");
        row("an escape JSON does not have", QByteArray(full).replace("Customer", "\\xCustomer"), Kind::NotJson, "$");
        row("the number 1.", QByteArray(full).replace("180000", "180000."), Kind::NotJson, "$");
        row("the number .5", QByteArray(full).replace("180000", ".5"), Kind::NotJson, "$");
        row("NaN", QByteArray(full).replace("180000", "NaN"), Kind::NotJson, "$");
        row("a surrogate encoded as UTF-8", QByteArray(full).replace("Customer", "\xed\xa0\x80"), Kind::NotJson, "$");
        row("an overlong slash", QByteArray(full).replace("Customer", "\xc0\xaf"), Kind::NotJson, "$");
        row("a sequence cut short", QByteArray(full).replace("Customer", "\xe2\x82"), Kind::NotJson, "$");
        row("array", QByteArray("[{\"event\":\"call.completed\"}]"), Kind::NotObject, "$");
        row("string", QByteArray("\"call.completed\""), Kind::NotObject, "$");
        row("null", QByteArray("null"), Kind::NotObject, "$");
        row("missing event", changedSample(s00, "event", kRemove), Kind::MissingField, "$.event");
        row("event is a number", changedSample(s00, "event", 7), Kind::WrongType, "$.event");
        row("missing eventCategory", changedSample(s00, "eventCategory", kRemove), Kind::MissingField, "$.eventCategory");
        row("missing idempotencyKey", changedSample(s00, "idempotencyKey", kRemove), Kind::MissingField, "$.idempotencyKey");
        row("missing organization", changedSample(s00, "organization", kRemove), Kind::MissingField, "$.organization");
        row("organization is a string", changedSample(s00, "organization", QStringLiteral("Acme")), Kind::WrongType, "$.organization");
        row("organization without id", changedSample(s00, "organization.id", kRemove), Kind::MissingField, "$.organization.id");
        row("organization name is a number", changedSample(s00, "organization.name", 3), Kind::WrongType, "$.organization.name");
        row("agent is an array", changedSample(s00, "agent", QJsonArray()), Kind::WrongType, "$.agent");
        row("agent without id", changedSample(s00, "agent.id", kRemove), Kind::MissingField, "$.agent.id");
        row("missing timestamp", changedSample(s00, "timestamp", kRemove), Kind::MissingField, "$.timestamp");
        row("timestamp in US format", changedSample(s00, "timestamp", QStringLiteral("02/17/2026 17:03")), Kind::BadTimestamp, "$.timestamp");
        row("timestamp is a date only", changedSample(s00, "timestamp", QStringLiteral("2026-02-17")), Kind::BadTimestamp, "$.timestamp");
        row("timestamp on 30 February", changedSample(s00, "timestamp", QStringLiteral("2026-02-30T17:03:01Z")), Kind::BadTimestamp, "$.timestamp");
        row("timestamp as epoch number", changedSample(s00, "timestamp", 1771347781000.0), Kind::WrongType, "$.timestamp");
        row("missing payload", changedSample(s00, "payload", kRemove), Kind::MissingField, "$.payload", Grade::Error, 9);
        row("payload is an array", changedSample(s00, "payload", QJsonArray()), Kind::WrongType, "$.payload", Grade::Error, 9);
        row("missing callId", changedSample(s00, "payload.callId", kRemove), Kind::MissingField, "$.payload.callId");
        row("empty callId", changedSample(s00, "payload.callId", QString()), Kind::EmptyField, "$.payload.callId");
        row("phoneNumber is a number", changedSample(s00, "payload.phoneNumber", 15125550123.0), Kind::WrongType, "$.payload.phoneNumber");
        row("fileNumber is null", changedSample(s00, "payload.fileNumber", QJsonValue::Null), Kind::WrongType, "$.payload.fileNumber");
        row("missing status", changedSample(s00, "payload.status", kRemove), Kind::MissingField, "$.payload.status");
        row("status in lower case", changedSample(s00, "payload.status", QStringLiteral("completed")), Kind::BadStatus, "$.payload.status");
        row("status Processing", changedSample(s00, "payload.status", QStringLiteral("Processing")), Kind::BadStatus, "$.payload.status");
        row("missing duration", changedSample(s00, "payload.duration", kRemove), Kind::MissingField, "$.payload.duration");
        row("negative duration", changedSample(s00, "payload.duration", -1000), Kind::BadDuration, "$.payload.duration");
        row("fractional duration", changedSample(s00, "payload.duration", 180000.5), Kind::BadDuration, "$.payload.duration");
        row("duration as a string", changedSample(s00, "payload.duration", QStringLiteral("180000")), Kind::WrongType, "$.payload.duration");
        row("missing outcomes", changedSample(s00, "payload.outcomes", kRemove), Kind::MissingField, "$.payload.outcomes");
        row("outcomes is an array", changedSample(s00, "payload.outcomes", QJsonArray()), Kind::WrongType, "$.payload.outcomes");
        row("missing summary", changedSample(s00, "payload.summary", kRemove), Kind::MissingField, "$.payload.summary");
        row("summary is null", changedSample(s00, "payload.summary", QJsonValue::Null), Kind::WrongType, "$.payload.summary");
        row("createdAt is not a time", changedSample(s00, "payload.createdAt", QStringLiteral("yesterday")), Kind::BadTimestamp, "$.payload.createdAt");
        row("missing endedAt", changedSample(s00, "payload.endedAt", kRemove), Kind::MissingField, "$.payload.endedAt");
        row("unknown plan_type", changedSample(s02, "payload.outcomes.plan_type", QStringLiteral("weekly_plan")), Kind::BadPlanType, "$.payload.outcomes.plan_type");
        row("plan_type in capitals", changedSample(s02, "payload.outcomes.plan_type", QStringLiteral("REGULAR_PLAN")), Kind::BadPlanType, "$.payload.outcomes.plan_type");
        row("plan_type is a number", changedSample(s02, "payload.outcomes.plan_type", 2), Kind::WrongType, "$.payload.outcomes.plan_type");
        row("negative promiseToPayDays", changedSample(s02, "payload.outcomes.promiseToPayDays", -3), Kind::BadPromiseToPayDays, "$.payload.outcomes.promiseToPayDays");
        row("fractional promiseToPayDays", changedSample(s02, "payload.outcomes.promiseToPayDays", 2.5), Kind::BadPromiseToPayDays, "$.payload.outcomes.promiseToPayDays");
        row("promiseToPayDays as a string", changedSample(s02, "payload.outcomes.promiseToPayDays", QStringLiteral("14")), Kind::WrongType, "$.payload.outcomes.promiseToPayDays");
        row("boolean outcome as a string", changedSample(s02, "payload.outcomes.paymentMade", QStringLiteral("true")), Kind::WrongType, "$.payload.outcomes.paymentMade");
        row("boolean outcome as 1", changedSample(s02, "payload.outcomes.doNotCall", 1), Kind::WrongType, "$.payload.outcomes.doNotCall");
        row("boolean outcome null", changedSample(s02, "payload.outcomes.wantsCallBack", QJsonValue::Null), Kind::WrongType, "$.payload.outcomes.wantsCallBack");
        row("string outcome as a number", changedSample(s05, "payload.outcomes.bankruptcyChapter", 13), Kind::WrongType, "$.payload.outcomes.bankruptcyChapter");
        row("idempotencyKey of another call", changedSample(s00, "idempotencyKey", QStringLiteral("call.completed:507f1f77bcf86cd799439011:other")),
            Kind::IdempotencyKeyMismatch, "$.idempotencyKey", Grade::Warning);
        row("idempotencyKey of another organization", changedSample(s00, "organization.id", QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa")),
            Kind::IdempotencyKeyMismatch, "$.idempotencyKey", Grade::Warning);
        row("bankruptcy details while bankruptcy is false", changedSample(s05, "payload.outcomes.bankruptcy", false),
            Kind::DetailWithoutFlag, "$.payload.outcomes.bankruptcyAttorneyName", Grade::Warning, 5);
        row("bankruptcy details without bankruptcy", changedSample(s05, "payload.outcomes.bankruptcy", kRemove),
            Kind::DetailWithoutFlag, "$.payload.outcomes.bankruptcyCaseNumber", Grade::Warning, 5);
        row("consolidation company without consolidation", changedSample(s02, "payload.outcomes.debtConsolidationCompany", QStringLiteral("DebtFree LLC")),
            Kind::DetailWithoutFlag, "$.payload.outcomes.debtConsolidationCompany", Grade::Warning);
        row("ended before it was created", changedSample(s00, "payload.endedAt", QStringLiteral("2026-02-17T16:00:00.000Z")),
            Kind::TimeOrder, "$.payload.endedAt", Grade::Warning);
        row("timestamp without a time zone", changedSample(s00, "timestamp", QStringLiteral("2026-02-17T17:03:01")),
            Kind::BadTimestamp, "$.timestamp", Grade::Warning);
        row("recording link that is a script", changedSample(s00, "payload.recordingUrl", QStringLiteral("javascript:alert(1)")),
            Kind::BadRecordingUrl, "$.payload.recordingUrl", Grade::Warning);
        row("recording link without a host", changedSample(s00, "payload.recordingUrl", QStringLiteral("https:///rec.mp3")),
            Kind::BadRecordingUrl, "$.payload.recordingUrl", Grade::Warning);
    }

    void badInputs()
    {
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, path);
        QFETCH(Grade, grade);
        QFETCH(int, count);

        const ParsedEvent parsed = CallEventParser::parse(body);
        const auto it = std::find_if(parsed.problems.begin(), parsed.problems.end(), [&](const ValidationProblem &p) {
            return p.kind == kind && p.path == path;
        });
        QVERIFY2(it != parsed.problems.end(), qPrintable(describe(parsed.problems)));
        QCOMPARE(it->grade, grade);
        QVERIFY2(it->message.size() > 10 && it->message.endsWith(QLatin1Char('.')), qPrintable(it->message));
        QVERIFY2(parsed.problems.size() == count, qPrintable(describe(parsed.problems)));
        QCOMPARE(parsed.event.raw, body);

        const Validation expected = kind == Kind::NotJson ? Validation::Rejected
            : grade == Grade::Error                       ? Validation::Invalid
                                                          : Validation::Warning;
        QCOMPARE(parsed.validation(), expected);
    }

    void syntaxErrorNamesTheByte()
    {
        const ParsedEvent parsed = CallEventParser::parse(QByteArray("{\"event\": \"call.completed\", \"payload\": {\"a\": tru}}"));
        QCOMPARE(parsed.problems.size(), 1);
        QVERIFY2(parsed.problems[0].offset >= 45 && parsed.problems[0].offset <= 49, qPrintable(parsed.problems[0].message));
        QVERIFY(parsed.problems[0].message.contains(QString::number(parsed.problems[0].offset)));
        QCOMPARE(parsed.problems[0].toJson().value(QLatin1String("offset")).toInteger(), parsed.problems[0].offset);
    }

    // The message names the byte where the body stops being JSON, counted from 0, and says what is there.
    void strictErrorsNameTheByte_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("message");
        const QByteArray head = "{\"event\":\"call.completed\",\"x\":\""; // 31 bytes
        QTest::newRow("raw line feed") << head + "a\nb\"}" << qsizetype(32)
                                       << QStringLiteral("The body is not JSON: a raw control character (0x0A) inside a string at byte 32.");
        QTest::newRow("not UTF-8") << head + "\xff\"}" << qsizetype(31)
                                   << QStringLiteral("The body is not JSON: bytes that are not UTF-8 (0xFF never occurs in UTF-8) at byte 31.");
        QTest::newRow("after a byte-order mark, counted from the mark") << "\xef\xbb\xbf" + head + "\x01\"}" << qsizetype(34)
                                   << QStringLiteral("The body is not JSON: a raw control character (0x01) inside a string at byte 34.");
        QTest::newRow("trailing garbage") << QByteArray("{\"a\":1} x") << qsizetype(8)
                                          << QStringLiteral("The body is not JSON: text after the end of the JSON value at byte 8.");
        QTest::newRow("a number a double cannot hold") << QByteArray("{\"a\":1e400}") << qsizetype(10)
                                                       << QStringLiteral("The body is not JSON: a number out of range at byte 10.");
    }

    void strictErrorsNameTheByte()
    {
        QFETCH(QByteArray, body);
        QFETCH(qsizetype, offset);
        QFETCH(QString, message);
        const ParsedEvent parsed = CallEventParser::parse(body);
        QCOMPARE(parsed.validation(), Validation::Rejected);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems[0].kind, Kind::NotJson);
        QCOMPARE(parsed.problems[0].message, message);
        QCOMPARE(parsed.problems[0].offset, offset);
        QVERIFY(parsed.event.json.isEmpty());
    }

    void byteOrderMarkIsAWarning()
    {
        const QByteArray body = "\xef\xbb\xbf" + readSample(QStringLiteral("00-full-body.json"));
        const ParsedEvent parsed = CallEventParser::parse(body);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems[0].kind, Kind::ByteOrderMark);
        QCOMPARE(parsed.problems[0].grade, Grade::Warning);
        QCOMPARE(parsed.event.callId, QStringLiteral("67a0f74d1c2e8a12f9130ae2"));
        QCOMPARE(parsed.event.raw, body);
    }

    // A stored body read again (detail view, masking): the same verdict, but the values QJsonDocument reads.
    void rereadKeepsTheVerdictAndReadsTheValues()
    {
        const QByteArray body = readSample(QStringLiteral("00-full-body.json")).replace("Customer agreed", "Customer\nagreed");
        const ParsedEvent strict = CallEventParser::parse(body);
        const ParsedEvent reread = CallEventParser::reread(body);
        QCOMPARE(strict.validation(), Validation::Rejected);
        QVERIFY(strict.event.phoneNumber.isEmpty());
        QCOMPARE(reread.validation(), Validation::Rejected);
        QCOMPARE(reread.problems.constFirst(), strict.problems.constFirst());
        QCOMPARE(reread.event.phoneNumber, QStringLiteral("+15125550123"));
        QCOMPARE(reread.event.summary, QStringLiteral("Customer\nagreed to make payment."));
        // What QJsonDocument cannot read either stays unread.
        const ParsedEvent garbage = CallEventParser::reread("{\"a\":\"\xff\"}");
        QCOMPARE(garbage.validation(), Validation::Rejected);
        QCOMPARE(garbage.problems.size(), 1);
        QVERIFY(garbage.event.json.isEmpty());
        // A body that is JSON reads the same either way.
        QCOMPARE(CallEventParser::reread(readSample(QStringLiteral("02-payment-and-plan.json"))).problems,
                 CallEventParser::parse(readSample(QStringLiteral("02-payment-and-plan.json"))).problems);
    }

    void unknownKeysAreKeptNotReported()
    {
        QJsonObject o = sampleObject(QStringLiteral("02-payment-and-plan.json"));
        o = changed(o, u"deliveryAttempt", 2);
        o = changed(o, u"payload.language", QStringLiteral("es"));
        o = changed(o, u"payload.outcomes.sentiment", QStringLiteral("positive"));
        o = changed(o, u"payload.outcomes.escalation", QJsonObject{{QStringLiteral("level"), 3}});
        const ParsedEvent parsed = CallEventParser::parse(bodyOf(o));
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(describe(parsed.problems)));
        QCOMPARE(parsed.event.extraEnvelope, (QJsonObject{{QStringLiteral("deliveryAttempt"), 2}}));
        QCOMPARE(parsed.event.extraPayload, (QJsonObject{{QStringLiteral("language"), QStringLiteral("es")}}));
        QCOMPARE(parsed.event.otherOutcomes.value(QLatin1String("sentiment")).toString(), QStringLiteral("positive"));
        QCOMPARE(parsed.event.otherOutcomes.value(QLatin1String("escalation")).toObject().value(QLatin1String("level")).toInt(), 3);
        QCOMPARE(parsed.event.otherOutcomes.size(), 2);
        QCOMPARE(parsed.event.flag(OutcomeId::PaymentMade), std::optional(true));
    }

    void otherEventsAreGeneric()
    {
        const QByteArray body(R"({"event":"call.started","eventCategory":"calls","payload":{"callId":42,"queue":"A"}})");
        const ParsedEvent parsed = CallEventParser::parse(body);
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(describe(parsed.problems)));
        QVERIFY(!parsed.event.isCallCompleted());
        QCOMPARE(parsed.event.event, QStringLiteral("call.started"));
        QCOMPARE(parsed.event.payload.value(QLatin1String("queue")).toString(), QStringLiteral("A"));
        QVERIFY(parsed.event.callId.isEmpty());
    }

    void timestampsWithOffsetsAndFractions()
    {
        QJsonObject o = sampleObject(QStringLiteral("00-full-body.json"));
        o = changed(o, u"payload.createdAt", QStringLiteral("2026-02-17T19:00:01.123456+02:00"));
        o = changed(o, u"payload.endedAt", QStringLiteral("2026-02-17T17:03:01Z"));
        const ParsedEvent parsed = CallEventParser::parse(bodyOf(o));
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(describe(parsed.problems)));
        QCOMPARE(parsed.event.createdAt.value.toMSecsSinceEpoch(),
                 QDateTime(QDate(2026, 2, 17), QTime(17, 0, 1, 123), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(parsed.event.createdAt.text, QStringLiteral("2026-02-17T19:00:01.123456+02:00"));
    }

    void hugeDeepAndOddInputsDoNotCrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Validation>("validation");
        QJsonObject withHugeSummary = sampleObject(QStringLiteral("00-full-body.json"));
        withHugeSummary = changed(withHugeSummary, u"payload.summary", QString(8 * 1024 * 1024, QLatin1Char('x')));
        QTest::newRow("8 MiB summary") << bodyOf(withHugeSummary) << Validation::Ok;
        QTest::newRow("100000 open brackets") << QByteArray(100000, '[') << Validation::Rejected;
        QByteArray nested = QByteArray(200, '[') + QByteArray(200, ']');
        QJsonObject withNestedOutcome = sampleObject(QStringLiteral("00-full-body.json"));
        QTest::newRow("nested arrays 200 deep in an unknown outcome")
            << bodyOf(withNestedOutcome).replace("\"confirmedName\"", QByteArray("\"deep\": " + nested + ", \"confirmedName\""))
            << Validation::Ok;
        QTest::newRow("number too large for a double")
            << readSample(QStringLiteral("00-full-body.json")).replace("180000", "1e400") << Validation::Rejected;
        // Some senders' JSON libraries write one; RFC 8259 lets a reader skip it, and we do, with a warning.
        QTest::newRow("UTF-8 byte-order mark") << "\xef\xbb\xbf" + readSample(QStringLiteral("00-full-body.json"))
                                               << Validation::Warning;
        QTest::newRow("duplicate keys") << QByteArray(R"({"event":"x","event":"call.completed"})") << Validation::Invalid;
        QTest::newRow("lone surrogate escape") << readSample(QStringLiteral("00-full-body.json")).replace("Customer", "\\ud800")
                                               << Validation::Ok;
    }

    void hugeDeepAndOddInputsDoNotCrash()
    {
        QFETCH(QByteArray, body);
        QFETCH(Validation, validation);
        const ParsedEvent parsed = CallEventParser::parse(body);
        QVERIFY2(parsed.validation() == validation, qPrintable(describe(parsed.problems)));
        QCOMPARE(parsed.event.raw.size(), body.size());
        for (const ValidationProblem &p : parsed.problems)
            QVERIFY(p.message.size() < 400); // a message never echoes a huge value
    }

    // A cheap, deterministic stand-in for the fuzzer: thousands of corrupted samples, never a crash, and
    // a problem whenever the result is not valid JSON.
    void corruptedSamplesNeverCrash()
    {
        QRandomGenerator rng(20261127);
        const QByteArray base = readSample(QStringLiteral("05-bankruptcy-strings.json"));
        for (int round = 0; round < 3000; ++round) {
            QByteArray body = base;
            const int edits = 1 + int(rng.bounded(4));
            for (int i = 0; i < edits; ++i)
                body[qsizetype(rng.bounded(quint32(body.size())))] = char(rng.bounded(256));
            const ParsedEvent parsed = CallEventParser::parse(body);
            QJsonParseError error{};
            QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError)
                QCOMPARE(parsed.validation(), Validation::Rejected);
        }
    }
};

QTEST_APPLESS_MAIN(TstCallEventParser)
#include "tst_calleventparser.moc"
