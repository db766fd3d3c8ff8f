// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// CallFilter::matches() (the AST judged in memory) against the SQL the same filter runs in a real store:
// random calls x random filters, every field kind, operator, !, and/or, parentheses, words, ~, empty
// strings and missing values. Wherever matches() answers, it must answer what the store does.
#include "domain/outcomecatalogue.h"
#include "filter/callfilter.h"
#include "storage/callreader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace CallScope;

namespace {

const QDateTime kNow(QDate(2026, 3, 13), QTime(9, 0), Qt::UTC);

// Text with what SQL's LIKE and NOCASE treat specially: case, non-ASCII case, % and _, a backslash.
const QStringList kWords{QStringLiteral("declined"), QStringLiteral("Declined"), QStringLiteral("paid"),
                         QStringLiteral("Chapter 13"), QStringLiteral("50% done_"), QStringLiteral("español"),
                         QStringLiteral("ESPAÑOL"), QStringLiteral("École"), QStringLiteral("école"),
                         QStringLiteral("a\\b"), QStringLiteral("Acme"), QStringLiteral("acme corp"),
                         QStringLiteral("Outbound"), QStringLiteral("x"), QStringLiteral("555"), QStringLiteral("ACC")};

class Gen
{
public:
    explicit Gen(quint32 seed)
        : m_random(seed)
    {
    }
    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list[below(int(list.size()))]; }
    QString word() { return pick(kWords); }

private:
    QRandomGenerator m_random;
};

QJsonValue randomOutcomeValue(Gen &g, const OutcomeInfo &info)
{
    const int r = g.below(10);
    if (r == 0)
        return QJsonValue(QJsonValue::Null);
    if (r == 1)
        return QStringLiteral("no"); // the wrong type for a flag or a number
    if (r == 2)
        return 0;
    switch (info.type) {
    case OutcomeType::Boolean: return g.chance(60);
    case OutcomeType::Number: return g.chance(20) ? QJsonValue(2.5) : QJsonValue(g.below(12) - 2);
    case OutcomeType::PlanType: return g.chance(80) ? QJsonValue(OutcomeCatalogue::planTypes()[size_t(g.below(5))]) : QJsonValue(QString());
    case OutcomeType::String: return g.chance(15) ? QString() : g.word();
    }
    return true;
}

QByteArray randomCall(Gen &g, int n)
{
    QJsonObject o{{QStringLiteral("event"), g.chance(92) ? QStringLiteral("call.completed") : QStringLiteral("call.started")},
                  {QStringLiteral("idempotencyKey"), QStringLiteral("key-%1").arg(n)}};
    const QStringList orgs{QStringLiteral("Acme Corp"), QStringLiteral("Globex Inc"), QStringLiteral("ÉCOLE SA"), QString()};
    o.insert(QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), QStringLiteral("org-%1").arg(g.below(3))},
                                                         {QStringLiteral("name"), g.pick(orgs)}});
    if (g.chance(80))
        o.insert(QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), QStringLiteral("agent-%1").arg(g.below(3))},
                                                      {QStringLiteral("name"), g.chance(80) ? QStringLiteral("Outbound Collections") : QString()}});
    o.insert(QStringLiteral("timestamp"), QStringLiteral("2026-03-12T10:00:00.000Z"));
    QJsonObject p{{QStringLiteral("callId"), QStringLiteral("%1call%2").arg(g.chance(50) ? QStringLiteral("A") : QStringLiteral("a")).arg(n)}};
    if (g.chance(90))
        p.insert(QStringLiteral("phoneNumber"), QStringLiteral("+1310555%1").arg(1000 + g.below(6))); // repeats: contact patterns
    if (g.chance(60))
        p.insert(QStringLiteral("fileNumber"), g.chance(10) ? QString() : QStringLiteral("ACC-%1").arg(g.below(5)));
    if (g.chance(90))
        p.insert(QStringLiteral("status"), g.chance(70) ? QStringLiteral("Completed") : QStringLiteral("failed"));
    const int duration = g.below(10);
    if (duration < 7)
        p.insert(QStringLiteral("duration"), g.below(600) * 1000 + (g.chance(20) ? g.below(1000) : 0));
    else if (duration == 7)
        p.insert(QStringLiteral("duration"), QStringLiteral("90"));
    if (g.chance(85)) {
        QStringList words;
        for (int i = g.below(3); i >= 0; --i)
            words.append(g.word());
        p.insert(QStringLiteral("summary"), g.chance(10) ? QString() : words.join(QLatin1Char(' ')));
    }
    const QString created = QStringLiteral("2026-03-%1T%2:%3:00.000Z").arg(5 + g.below(9), 2, 10, QLatin1Char('0')).arg(g.below(24), 2, 10, QLatin1Char('0')).arg(g.below(60), 2, 10, QLatin1Char('0'));
    if (g.chance(90))
        p.insert(QStringLiteral("createdAt"), g.chance(5) ? QStringLiteral("soon") : created);
    if (g.chance(80))
        p.insert(QStringLiteral("endedAt"), QString(created.left(11) + QStringLiteral("23:59:00.000Z")));
    QJsonObject outcomes;
    for (int i = g.below(6); i > 0; --i) {
        const OutcomeInfo &info = OutcomeCatalogue::at(g.below(OutcomeCatalogue::count()));
        outcomes.insert(info.key, randomOutcomeValue(g, info));
    }
    if (g.chance(15))
        outcomes.insert(QStringLiteral("futureFlag"), g.chance(60));
    if (g.chance(5))
        p.insert(QStringLiteral("outcomes"), QJsonArray{true});
    else
        p.insert(QStringLiteral("outcomes"), outcomes);
    o.insert(QStringLiteral("payload"), p);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Values for a field: some the calls hold, some they do not, some malformed.
QString randomValue(Gen &g, const QString &field)
{
    const auto quoted = [](const QString &s) { return QString(QLatin1Char('"') + s + QLatin1Char('"')); };
    if (field == QLatin1String("duration"))
        return g.pick(QStringList{QStringLiteral("90"), QStringLiteral("90s"), QStringLiteral("2m"), QStringLiteral("1:30"), QStringLiteral("1500ms"),
                                  QStringLiteral("6.5m"), QString::number(g.below(600)), QStringLiteral("0")});
    if (field.endsWith(QLatin1String("At")))
        return g.pick(QStringList{QStringLiteral("2026-03-%1").arg(5 + g.below(9), 2, 10, QLatin1Char('0')), QStringLiteral("2026-03-12T10:00Z"),
                                  QStringLiteral("2026-03-09T23"), QStringLiteral("today"), QStringLiteral("yesterday"), QStringLiteral("T23:59"),
                                  QStringLiteral("2026")});
    if (field == QLatin1String("review"))
        return g.pick(QStringList{QStringLiteral("unreviewed"), QStringLiteral("reviewed"), QStringLiteral("follow-up")});
    if (field == QLatin1String("validation"))
        return g.pick(QStringList{QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("invalid"), QStringLiteral("rejected"), QStringLiteral("conflict")});
    switch (g.below(8)) {
    case 0: return quoted(QString());
    case 1: return quoted(g.word());
    case 2: return g.pick(QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("none"), QStringLiteral("invalid"), QStringLiteral("yes")});
    case 3: return QString::number(g.below(12) - 2);
    case 4: return g.pick(QStringList{QStringLiteral("+13105551002"), QStringLiteral("ACC-3"), QStringLiteral("acc-3"), QStringLiteral("org-1"),
                                      QStringLiteral("Completed"), QStringLiteral("call.completed"), QStringLiteral("regular_plan")});
    case 5: return g.pick(QStringList{QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("call1"), QStringLiteral("key-1"), QStringLiteral("C"), QStringLiteral("call")});
    default: return g.word().section(QLatin1Char(' '), 0, 0);
    }
}

QString randomTerm(Gen &g, int depth)
{
    static const QStringList fields{QStringLiteral("callId"), QStringLiteral("phoneNumber"), QStringLiteral("phone"), QStringLiteral("fileNumber"),
                                    QStringLiteral("status"), QStringLiteral("summary"), QStringLiteral("event"), QStringLiteral("idempotencyKey"),
                                    QStringLiteral("org"), QStringLiteral("agent"), QStringLiteral("duration"), QStringLiteral("createdAt"),
                                    QStringLiteral("endedAt"), QStringLiteral("receivedAt"), QStringLiteral("review"), QStringLiteral("validation")};
    static const QStringList ops{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"),
                                 QStringLiteral(">="), QStringLiteral("~"), QStringLiteral(":")};
    const int r = g.below(depth > 2 ? 7 : 10);
    switch (r) {
    case 0:
    case 1:
    case 2: {
        const QString field = g.chance(70) ? g.pick(fields) : QString(OutcomeCatalogue::at(g.below(OutcomeCatalogue::count())).key);
        const QString op = g.pick(ops);
        QString value = randomValue(g, field);
        if (op == QLatin1String(":"))
            value.remove(QLatin1Char('"'));
        return field + op + value;
    }
    case 3: return QString(OutcomeCatalogue::at(g.below(OutcomeCatalogue::count())).key);
    case 4: return g.chance(50) ? QString(QLatin1Char('"') + g.word() + QLatin1Char('"')) : g.word().section(QLatin1Char(' '), 0, 0);
    case 5: {
        const QStringList groups{QStringLiteral("compliance"), QStringLiteral("other"), QStringLiteral("payments"), QStringLiteral("contact"),
                                 QStringLiteral("bankruptcy"), QStringLiteral("language")};
        return g.pick(QStringList{QStringLiteral("group:") + g.pick(groups), QStringLiteral("pattern"), QStringLiteral("pattern=changed"),
                                  QStringLiteral("pattern!=changed"), QStringLiteral("\"\"")});
    }
    case 6: return QLatin1Char('!') + randomTerm(g, depth + 1);
    case 7:
    case 8: return QLatin1Char('(') + randomTerm(g, depth + 1) + QLatin1String(" or ") + randomTerm(g, depth + 1) + QLatin1Char(')');
    default: return randomTerm(g, depth + 1) + g.pick(QStringList{QStringLiteral(" "), QStringLiteral(" and ")}) + randomTerm(g, depth + 1);
    }
}

} // namespace

class TstCallMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Dates without a zone are local: pin the zone so that a day is the same day in both judges.
        qputenv("TZ", "UTC");
        tzset();
    }

    void agreesWithTheStore();
    void importsCarryNoRows();
};

// A listener's batch is one event-loop turn of deliveries; an import may be a million calls, whose rows
// would all be held at once: its receipts go without, and views ask the store.
void TstCallMatcher::importsCarryNoRows()
{
    QTemporaryDir dir;
    DeliveryStore store(dir.filePath(QStringLiteral("import.db")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    Gen g(1);
    const QList<StoreReceipt> live = TestSupport::store(store, {TestSupport::delivery(randomCall(g, 1), 1000)});
    QVERIFY(live[0].newCall());
    QVERIFY(live[0].row);
    QCOMPARE(live[0].row->id, live[0].callRowId);
    QSignalSpy stored(&store, &DeliveryStore::stored);
    QVERIFY(store.importChunk({TestSupport::delivery(randomCall(g, 2), 2000), TestSupport::delivery(randomCall(g, 3), 3000)}, &error));
    QCOMPARE(stored.size(), 1);
    const auto imported = stored.at(0).at(0).value<QList<StoreReceipt>>();
    QCOMPARE(imported.size(), 2);
    for (const StoreReceipt &r : imported) {
        QVERIFY(r.newCall());
        QVERIFY(!r.row);
    }
}

void TstCallMatcher::agreesWithTheStore()
{
    const quint32 seed = qEnvironmentVariableIsSet("CALLSCOPE_SEED") ? quint32(qEnvironmentVariableIntValue("CALLSCOPE_SEED")) : 20261201;
    qInfo("seed %u (set CALLSCOPE_SEED to replay another)", seed);
    Gen g(seed);
    QTemporaryDir dir;
    DeliveryStore store(dir.filePath(QStringLiteral("calls.db")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));

    // Batches of calls (redeliveries among them, some conflicting, a body that is not JSON), then reviews,
    // then more calls that arrive late and change the contact-pattern warnings of reviewed ones.
    qint64 received = kNow.addDays(-2).toMSecsSinceEpoch();
    int n = 0;
    QList<StoreReceipt> receipts;
    const auto batch = [&](int size) {
        QList<IncomingDelivery> deliveries;
        for (int i = 0; i < size; ++i) {
            received += g.below(3 * 3600 * 1000);
            QByteArray body = randomCall(g, ++n);
            if (g.chance(3))
                body = "{not json";
            else if (n > 5 && g.chance(5))
                body.replace(QByteArray(QByteArray("key-") + QByteArray::number(n) + '"'), QByteArray(QByteArray("key-") + QByteArray::number(n - 3) + '"'));
            deliveries.append(TestSupport::delivery(body, received));
        }
        receipts += TestSupport::store(store, deliveries);
    };
    for (int i = 0; i < 6; ++i)
        batch(40);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("review"));
        db.setDatabaseName(store.path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE calls SET review_state = id % 3, reviewed_pattern = iif(id % 3 = 0, NULL, pattern_warnings)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("review"));
    for (int i = 0; i < 3; ++i)
        batch(40);

    CallReader reader(store.path());
    QVERIFY2(reader.open(&error), qPrintable(error));
    const QList<qint64> ids = *reader.ids(CallFilter::compile(u""), CallSort{});
    QList<CallRow> rows = reader.rows(ids);
    QCOMPARE(rows.size(), ids.size());
    QVERIFY(rows.size() > 300);
    QHash<qint64, QString> summaries;
    {
        QSqlQuery q(reader.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, summary FROM calls")));
        while (q.next())
            summaries.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QList<CallRow> withSummary = rows;
    for (CallRow &row : withSummary)
        row.summary = summaries.value(row.id);

    // The row a new call's receipt carries is the row the store reads back, summary and pattern warnings
    // included, as committed: reviews and later arrivals change calls afterwards (those are left out).
    QSet<qint64> revisedLater; // or redelivered
    for (const StoreReceipt &r : std::as_const(receipts)) {
        revisedLater.unite(QSet<qint64>(r.revisedCalls.cbegin(), r.revisedCalls.cend()));
        if (!r.newCall())
            revisedLater.insert(r.callRowId); // redelivered
    }
    int carried = 0;
    for (const StoreReceipt &r : std::as_const(receipts)) {
        if (!r.row)
            continue;
        const qsizetype at = ids.indexOf(r.callRowId);
        QVERIFY(at >= 0);
        const CallRow &a = *r.row;
        const CallRow &b = withSummary[at];
        if (b.review != ReviewState::Unreviewed || revisedLater.contains(a.id))
            continue;
        ++carried;
        const auto same = [&](const char *what, const QVariant &x, const QVariant &y) {
            if (x != y)
                qFatal("call %lld: %s differs: %s in the receipt, %s in the store", qlonglong(a.id), what, qPrintable(x.toString()), qPrintable(y.toString()));
        };
        same("firstReceivedMs", a.firstReceivedMs, b.firstReceivedMs);
        same("lastReceivedMs", a.lastReceivedMs, b.lastReceivedMs);
        same("createdMs", a.createdMs, b.createdMs);
        same("endedMs", a.endedMs, b.endedMs);
        same("durationMs", a.durationMs, b.durationMs);
        same("event", a.event, b.event);
        same("idempotencyKey", a.idempotencyKey, b.idempotencyKey);
        same("callId", a.callId, b.callId);
        same("phoneNumber", a.phoneNumber, b.phoneNumber);
        same("fileNumber", a.fileNumber, b.fileNumber);
        same("organizationId", a.organizationId, b.organizationId);
        same("organizationName", a.organizationName, b.organizationName);
        same("agentId", a.agentId, b.agentId);
        same("agentName", a.agentName, b.agentName);
        same("status", a.status, b.status);
        same("createdAt", a.createdAt, b.createdAt);
        same("endedAt", a.endedAt, b.endedAt);
        same("summary", *a.summary, *b.summary);
        same("outcomes", QJsonDocument(a.outcomes).toJson(), QJsonDocument(b.outcomes).toJson());
        same("raisedMask", a.raisedMask, b.raisedMask);
        same("malformedMask", a.malformedMask, b.malformedMask);
        same("severity", int(a.severity), int(b.severity));
        same("validation", int(a.validation), int(b.validation));
        same("conflict", a.conflict, b.conflict);
        same("keyMismatch", a.keyMismatch, b.keyMismatch);
        same("deliveries", a.deliveries, b.deliveries);
        same("patternWarnings", a.patternWarnings, b.patternWarnings);
        same("reviewedPattern", a.reviewedPattern, b.reviewedPattern);
        same("refusedStatus", a.refusedStatus, b.refusedStatus);
        same("refusal", a.refusal, b.refusal);
    }
    QVERIFY2(carried > 50 && std::any_of(receipts.cbegin(), receipts.cend(), [](const StoreReceipt &r) { return r.row && r.row->patternWarnings; }),
             qPrintable(QString::number(carried)));

    int filters = 0;
    qint64 judged = 0;
    qint64 judgedWithout = 0;
    qint64 pairs = 0;
    QSet<QString> tried;
    while (filters < 1500) {
        const QString text = randomTerm(g, 0);
        if (tried.contains(text))
            continue;
        tried.insert(text);
        const CallFilter filter = CallFilter::compile(text, kNow);
        if (!filter.isValid())
            continue;
        ++filters;
        const std::optional<QList<qint64>> matched = reader.ids(filter, CallSort{}, &error);
        QVERIFY2(matched, qPrintable(text + QLatin1String(": ") + error));
        const QSet<qint64> inStore(matched->cbegin(), matched->cend());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            ++pairs;
            const bool expected = inStore.contains(rows[i].id);
            for (const CallRow *row : {&withSummary[i], &rows[i]}) {
                const std::optional<bool> verdict = filter.matches(*row);
                if (!verdict)
                    continue;
                (row == &rows[i] ? judgedWithout : judged) += 1;
                if (*verdict != expected)
                    QFAIL(qPrintable(QStringLiteral("%1: the store says %2 for call %3 (%4), matches() %5%6")
                                         .arg(text, expected ? QStringLiteral("yes") : QStringLiteral("no"), QString::number(row->id), row->callId,
                                              *verdict ? QStringLiteral("yes") : QStringLiteral("no"),
                                              row->summary ? QStringLiteral(" (summary “%1”)").arg(*row->summary) : QString())));
            }
        }
    }
    qInfo("%d filters x %lld calls: judged in memory %.1f%% with the summary, %.1f%% without", filters, qint64(rows.size()),
          100.0 * double(judged) / double(pairs), 100.0 * double(judgedWithout) / double(pairs));
    // Only `x~""` on an empty column is left to the store when the row holds the summary.
    QVERIFY(judged > pairs * 97 / 100);
}

QTEST_GUILESS_MAIN(TstCallMatcher)
#include "tst_callmatcher.moc"
