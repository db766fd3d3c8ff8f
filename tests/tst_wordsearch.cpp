// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Words and field~text through the word index (schema step 13) against the scan they replace: random calls
// holding what LIKE treats specially (ASCII and non-ASCII case, % _ \ and quotes, values of one or two
// characters, missing values) x random filters of words and ~, alone and under ! / or / and. The index must
// find exactly the calls the scan finds, and CallFilter::matches() must agree wherever it answers. Then: the
// index follows new calls, and a store of the schema before it gets its calls indexed when upgraded.
#include "filter/callfilter.h"
#include "storage/callreader.h"
#include "storage/sqlsupport.h"
#include "storage/storeschema.h"
#include "testsupport.h"

#include <QSqlDatabase>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

namespace {

// Pieces of text: case that LIKE folds (ASCII) and case it does not (É/é, ß, dotted İ, the Kelvin sign that
// Unicode folds to "k"), LIKE's own characters, FTS5's quote, characters outside the BMP.
const QStringList kPieces{QStringLiteral("Paid"), QStringLiteral("paid"), QStringLiteral("PAID"), QStringLiteral("50%"),
                          QStringLiteral("_x"), QStringLiteral("a\\b"), QStringLiteral("\"q\""), QStringLiteral("É"),
                          QStringLiteral("é"), QStringLiteral("École"), QStringLiteral("ÉCOLE"), QStringLiteral("ß"),
                          QStringLiteral("İi"), QString(QString(QChar(0x212A)) + QStringLiteral("ey")), QStringLiteral("key"),
                          QStringLiteral("日本語"), QStringLiteral("😀"), QStringLiteral("x"), QStringLiteral("Ab"),
                          QStringLiteral(" "), QStringLiteral("-"), QStringLiteral("555"), QStringLiteral("0042"),
                          QStringLiteral("acc"), QStringLiteral("ACC-"), QStringLiteral("*"), QStringLiteral("{a}:"),
                          QStringLiteral("NEAR"), QStringLiteral("OR")};

class Gen
{
public:
    explicit Gen(quint32 seed)
        : m_random(seed)
    {
    }
    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    const QString &pick(const QStringList &list) { return list[below(int(list.size()))]; }
    QString text(int most)
    {
        QString s;
        for (int i = below(most + 1); i > 0; --i)
            s += pick(kPieces);
        return s;
    }
    // A piece of a value the calls hold, its ASCII letters' case changed at random, or made-up text.
    QString needle(const QStringList &values)
    {
        if (values.isEmpty() || chance(25))
            return text(2);
        const QString &v = pick(values);
        const int from = below(int(v.size()) + 1);
        QString s = v.mid(from, 1 + below(6));
        // Whole characters only: half a surrogate pair is no text SQLite could be given.
        if (!s.isEmpty() && s.front().isLowSurrogate())
            s.remove(0, 1);
        if (!s.isEmpty() && s.back().isHighSurrogate())
            s.chop(1);
        for (QChar &c : s) {
            if (c.unicode() < 128 && c.isLetter() && chance(50))
                c = c.isUpper() ? c.toLower() : c.toUpper();
        }
        return s;
    }

private:
    QRandomGenerator m_random;
};

QString quoted(const QString &s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QString(QLatin1Char('"') + escaped + QLatin1Char('"'));
}

QByteArray randomCall(Gen &g, int n, QStringList *values)
{
    const auto value = [&](int most) {
        const QString s = g.text(most);
        values->append(s);
        return s;
    };
    QJsonObject o{{QStringLiteral("event"), QStringLiteral("call.completed")},
                  {QStringLiteral("idempotencyKey"), QStringLiteral("key-%1").arg(n)},
                  {QStringLiteral("timestamp"), QStringLiteral("2026-03-12T10:00:00.000Z")}};
    o.insert(QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), g.chance(80) ? value(2) : QString()},
                                                         {QStringLiteral("name"), value(3)}});
    if (g.chance(85))
        o.insert(QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), value(2)}, {QStringLiteral("name"), value(3)}});
    QJsonObject p{{QStringLiteral("callId"), QString(value(2) + QString::number(n))}, {QStringLiteral("duration"), g.below(600) * 1000}};
    if (g.chance(90))
        p.insert(QStringLiteral("phoneNumber"), g.chance(70) ? QStringLiteral("+1512555%1").arg(g.below(10000), 4, 10, QLatin1Char('0')) : value(2));
    if (g.chance(70))
        p.insert(QStringLiteral("fileNumber"), g.chance(50) ? QStringLiteral("ACC-%1").arg(g.below(300)) : value(1));
    if (g.chance(85))
        p.insert(QStringLiteral("summary"), value(5));
    p.insert(QStringLiteral("status"), g.chance(50) ? QStringLiteral("Completed") : value(2));
    p.insert(QStringLiteral("outcomes"), QJsonObject{{QStringLiteral("paymentMade"), g.chance(30)}});
    o.insert(QStringLiteral("payload"), p);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString randomTerm(Gen &g, const QStringList &values, int depth)
{
    static const QStringList fields{QStringLiteral("callId"), QStringLiteral("phone"), QStringLiteral("fileNumber"), QStringLiteral("summary"),
                                    QStringLiteral("org"), QStringLiteral("agent"), QStringLiteral("status")};
    const int r = g.below(depth > 2 ? 5 : 9);
    switch (r) {
    case 0:
    case 1: return quoted(g.needle(values)); // a word, always text
    case 2: {
        const QString word = g.needle(values);
        return word.contains(QRegularExpression(QStringLiteral("^[A-Za-z0-9]+$"))) ? word : quoted(word);
    }
    case 3:
    case 4: return g.pick(fields) + QLatin1Char('~') + quoted(g.needle(values));
    case 5: return QLatin1Char('!') + randomTerm(g, values, depth + 1);
    case 6: return QLatin1Char('(') + randomTerm(g, values, depth + 1) + QLatin1String(" or ") + randomTerm(g, values, depth + 1) + QLatin1Char(')');
    case 7: return randomTerm(g, values, depth + 1) + QLatin1String(" duration>2m");
    default: return randomTerm(g, values, depth + 1) + QLatin1Char(' ') + randomTerm(g, values, depth + 1);
    }
}

QSet<qint64> idSet(CallReader &reader, const CallFilter &filter, const CallSort &sort = {})
{
    QString error;
    const std::optional<QList<qint64>> ids = reader.ids(filter, sort, &error);
    if (!ids)
        qFatal("%s: %s", qPrintable(filter.text()), qPrintable(error));
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

} // namespace

class TstWordSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexFindsWhatTheScanFinds();
    void indexFollowsTheCalls();
    void upgradedStoreIsIndexed();
    void aSearchMostCallsMatchIsProbed();
};

void TstWordSearch::indexFindsWhatTheScanFinds()
{
    const quint32 seed = qEnvironmentVariableIsSet("CALLSCOPE_SEED") ? quint32(qEnvironmentVariableIntValue("CALLSCOPE_SEED")) : 20261202;
    qInfo("seed %u (set CALLSCOPE_SEED to replay another)", seed);
    Gen g(seed);
    QTemporaryDir dir;
    DeliveryStore store(dir.filePath(QStringLiteral("calls.db")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QStringList values;
    QList<IncomingDelivery> deliveries;
    for (int n = 1; n <= 400; ++n)
        deliveries.append(TestSupport::delivery(randomCall(g, n, &values), 1000 * n));
    TestSupport::store(store, deliveries);

    CallReader reader(store.path());
    QVERIFY2(reader.open(&error), qPrintable(error));
    const QList<qint64> ids = *reader.ids(CallFilter::compile(u""), CallSort{});
    QCOMPARE(ids.size(), 400);
    QList<CallRow> rows = reader.rows(ids);
    {
        QSqlQuery q(reader.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, summary FROM calls")));
        QHash<qint64, QString> summaries;
        while (q.next())
            summaries.insert(q.value(0).toLongLong(), q.value(1).toString());
        for (CallRow &row : rows)
            row.summary = summaries.value(row.id);
    }

    int filters = 0;
    int indexed = 0;
    int found = 0;
    qint64 judged = 0;
    QSet<QString> tried;
    while (filters < 2000) {
        const QString text = randomTerm(g, values, 0);
        if (tried.contains(text))
            continue;
        tried.insert(text);
        const CallFilter filter = CallFilter::compile(text);
        if (!filter.isValid())
            continue; // a bare word that is a keyword ("OR")
        ++filters;
        const QSet<qint64> byIndex = idSet(reader, filter);
        const CallFilter scan = filter.withoutWordIndex();
        QVERIFY(!scan.sql().contains(QLatin1String("calls_words")));
        if (filter.usesWordIndex())
            ++indexed;
        const QSet<qint64> byScan = idSet(reader, scan);
        // The same searches probed as a set, as for those that most calls match (in a text sort's order,
        // which walks that sort's index rather than calls_scan).
        const CallFilter probed = filter.withBroadWords(filter.wordQueries());
        QCOMPARE(probed.sql().contains(QLatin1String("+id IN")), filter.usesWordIndex());
        const QSet<qint64> byProbe = idSet(reader, probed, CallSort{CallSort::Field::Phone});
        if (byProbe != byIndex)
            QFAIL(qPrintable(QStringLiteral("%1: probed, the index finds %2 calls, looked up %3").arg(text).arg(byProbe.size()).arg(byIndex.size())));
        if (byIndex != byScan) {
            const QSet<qint64> onlyIndex = byIndex - byScan;
            const QSet<qint64> onlyScan = byScan - byIndex;
            QFAIL(qPrintable(QStringLiteral("%1: the index finds %2 calls, the scan %3 (only the index: %4, only the scan: %5)")
                                 .arg(text).arg(byIndex.size()).arg(byScan.size()).arg(onlyIndex.size()).arg(onlyScan.size())));
        }
        if (!byIndex.isEmpty() && byIndex.size() < ids.size())
            ++found;
        for (const CallRow &row : std::as_const(rows)) {
            const std::optional<bool> verdict = filter.matches(row);
            if (!verdict)
                continue;
            ++judged;
            if (*verdict != byIndex.contains(row.id))
                QFAIL(qPrintable(QStringLiteral("%1: the store says %2 for call %3, matches() %4")
                                     .arg(text, byIndex.contains(row.id) ? QStringLiteral("yes") : QStringLiteral("no"), QString::number(row.id),
                                          *verdict ? QStringLiteral("yes") : QStringLiteral("no"))));
        }
    }
    qInfo("%d filters, %d through the index, %d finding some calls but not all; %lld verdicts in memory", filters, indexed, found, judged);
    // Not a vacuous pass: about half the filters use the index (the others have a text too short for it), and
    // most find some calls but not all.
    QVERIFY(indexed > filters / 3);
    QVERIFY(found > filters / 3);
    QVERIFY(judged > qint64(filters) * ids.size() * 9 / 10);
}

void TstWordSearch::indexFollowsTheCalls()
{
    QTemporaryDir dir;
    DeliveryStore store(dir.filePath(QStringLiteral("calls.db")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    CallReader reader(store.path());
    QVERIFY2(reader.open(&error), qPrintable(error));
    const CallFilter word = CallFilter::compile(u"Zanzíbar");
    const CallFilter phone = CallFilter::compile(u"phone~5550199");
    QVERIFY(word.usesWordIndex() && phone.usesWordIndex());
    QVERIFY(idSet(reader, word).isEmpty());

    QJsonObject o = QJsonDocument::fromJson(TestSupport::sample("01-minimal.json")).object();
    QJsonObject p = o.value(QStringLiteral("payload")).toObject();
    p.insert(QStringLiteral("summary"), QStringLiteral("Called from ZANZíBAR."));
    p.insert(QStringLiteral("phoneNumber"), QStringLiteral("+15125550199"));
    o.insert(QStringLiteral("payload"), p);
    const QList<StoreReceipt> receipts = TestSupport::store(store, {TestSupport::delivery(QJsonDocument(o).toJson(QJsonDocument::Compact), 1000)});
    QCOMPARE(idSet(reader, word), QSet<qint64>{receipts[0].callRowId});
    QCOMPARE(idSet(reader, phone), QSet<qint64>{receipts[0].callRowId});
    QVERIFY(idSet(reader, CallFilter::compile(u"zanzÍbar")).isEmpty()); // LIKE folds A-Z only: so does the index

    // A call changed or deleted by hand (another program, a repair) leaves no trace in the index.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(store.path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE calls SET summary = 'Called from Lisbon.', phone_number = NULL")));
        QVERIFY(idSet(reader, word).isEmpty());
        QVERIFY(idSet(reader, phone).isEmpty());
        QCOMPARE(idSet(reader, CallFilter::compile(u"lisbon")).size(), 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM deliveries")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM calls")));
        QVERIFY(idSet(reader, CallFilter::compile(u"lisbon")).isEmpty());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO calls_words (calls_words) VALUES ('integrity-check')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
}

// A store of schema 12 (before the word index) holds calls: upgrading indexes them, and until then a read of
// the file as it is (an export of an old file) scans for words instead.
void TstWordSearch::upgradedStoreIsIndexed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QList<qint64> calls;
    {
        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QList<IncomingDelivery> deliveries;
        qint64 received = 1000;
        for (const char *name : TestSupport::sampleNames())
            deliveries.append(TestSupport::delivery(TestSupport::sample(name), received += 1000));
        for (const StoreReceipt &r : TestSupport::store(store, deliveries))
            calls.append(r.callRowId);
    }
    QVERIFY(calls.size() >= 3);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *statement : {"DROP TRIGGER calls_words_insert", "DROP TRIGGER calls_words_delete", "DROP TRIGGER calls_words_update",
                                      "DROP TABLE calls_words", "DROP INDEX calls_sort_phone", "DROP INDEX calls_sort_file",
                                      "DROP INDEX calls_sort_organization", "DROP INDEX calls_sort_agent", "PRAGMA user_version=13"})
            QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
        // An old version stored this one; it has no line in any index.
        QVERIFY(q.exec(QStringLiteral("UPDATE calls SET summary = 'Promised to pay on Friday' WHERE id = %1").arg(calls[1])));
        QVERIFY(!hasWordIndex(db));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    const CallFilter friday = CallFilter::compile(u"FRIDAY");
    QVERIFY(friday.usesWordIndex());
    QString error;
    {
        CallReader asItIs(path);
        QVERIFY2(asItIs.open(&error), qPrintable(error));
        QCOMPARE(idSet(asItIs, friday), QSet<qint64>{calls[1]});
    }
    {
        DeliveryStore store(path);
        QVERIFY2(store.open(&error), qPrintable(error));
    }
    CallReader reader(path);
    QVERIFY2(reader.open(&error), qPrintable(error));
    QVERIFY(hasWordIndex(reader.database()));
    QCOMPARE(idSet(reader, friday), QSet<qint64>{calls[1]});
    // Every call is in the index as the scan sees it.
    for (const QString &text : {QStringLiteral("completed"), QStringLiteral("acme"), QStringLiteral("phone~555"), QStringLiteral("callId~f")}) {
        const CallFilter filter = CallFilter::compile(text);
        QCOMPARE(idSet(reader, filter), idSet(reader, filter.withoutWordIndex()));
    }
    int byIds = 0;
    for (const CallRow &row : reader.rows(calls)) {
        if (row.callId.size() < 3)
            continue; // a rejected body has none
        ++byIds;
        const CallFilter byId = CallFilter::compile(QString(QStringLiteral("callId~") + quoted(row.callId)));
        QVERIFY2(byId.usesWordIndex(), qPrintable(row.callId));
        QVERIFY2(idSet(reader, byId).contains(row.id), qPrintable(row.callId));
    }
    QVERIFY(byIds >= 3);
}

QTEST_GUILESS_MAIN(TstWordSearch)

// A search that most calls match is probed as a set (the store walks a narrow index) rather than looked up
// match by match (a random read each: 8 s for a million calls from a cold cache); a narrow one is looked up.
// Both find the same calls.
void TstWordSearch::aSearchMostCallsMatchIsProbed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.db"));
    {
        DeliveryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
    }
    // 30,000 calls that say "payment", one in a thousand with an account number too (the triggers index them).
    TestSupport::sql(path, {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
                                           "INSERT INTO calls (id, call_id, summary, validation, first_received_ms, last_received_ms) "
                                           "SELECT i, printf('call-%d', i), iif(i % 1000 = 0, 'Payment taken on ACC-7', 'Customer agreed to a payment plan'), "
                                           "0, i * 1000, i * 1000 FROM n")});
    CallReader reader(path);
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    const CallFilter broad = CallFilter::compile(u"payment");
    const CallFilter narrow = CallFilter::compile(u"acc-7");
    QVERIFY(filterForStore(reader.database(), broad).sql().contains(QLatin1String("+id IN")));
    QVERIFY(!filterForStore(reader.database(), narrow).sql().contains(QLatin1String("+id IN")));
    QCOMPARE(idSet(reader, broad).size(), 30000);
    QCOMPARE(idSet(reader, narrow).size(), 30);
    QCOMPARE(idSet(reader, CallFilter::compile(u"payment duration>2m")).size(), 0);
    QCOMPARE(idSet(reader, CallFilter::compile(u"payment acc-7"), CallSort{CallSort::Field::Phone}), idSet(reader, narrow));
}

#include "tst_wordsearch.moc"
