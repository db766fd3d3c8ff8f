// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The review audit trail as evidence (AuditExport): presenter masking of its free texts, the window's job
// off the GUI thread, stores of earlier schema versions, and a trail nobody rewrites. What the command line
// writes, line by line, is tst_commandline's.
#include "domain/strictjson.h"
#include "export/auditexport.h"
#include "export/filejobs.h"
#include "storage/maskedrecords.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

namespace {

const QString kNote = QStringLiteral("Maria Gonzalez asked to stop; her lawyer Saul Goodman called");
const QString kReason = QStringLiteral("Maria said she files for bankruptcy next week");

// Runs statements in a connection of its own (as another program would), each one's success in order.
QList<bool> runSql(const QString &path, const QStringList &statements, QStringList *errors = nullptr)
{
    QList<bool> results;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("side"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            results.append(q.exec(statement));
            if (errors)
                errors->append(q.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("side"));
    return results;
}

QJsonArray exportedJson(const QString &db, const AuditRequest &base, QString *error)
{
    AuditRequest request = base;
    request.format = AuditFormat::Json;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!AuditExport::write(db, request, buffer, error))
        return {};
    if (StrictJson::check(buffer.data()))
        *error = QStringLiteral("not strict JSON: ") + QString::fromUtf8(buffer.data());
    return QJsonDocument::fromJson(buffer.data()).array();
}

} // namespace

class TstAuditExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A store of one call reviewed twice (state, note, a disposition; then the note cleared) and one audit
    // line with a reason, written directly: review() gives none yet.
    QString reviewedStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        DeliveryStore store(path);
        QString error;
        if (!store.open(&error))
            qFatal("%s", qPrintable(error));
        const qint64 call = TestSupport::store(store, {TestSupport::delivery(TestSupport::sample("03-compliance-and-preferences.json"), 1000)})[0].callRowId;
        ReviewChange first;
        first.state = ReviewState::FollowUp;
        first.note = kNote;
        first.dispositions.insert(QStringLiteral("doNotCall"), Disposition::Confirmed);
        ReviewChange second;
        second.note = QString();
        if (!store.review(call, first, QStringLiteral("ana"), 5000, &error) || !store.review(call, second, QStringLiteral("ben"), 6000, &error))
            qFatal("%s", qPrintable(error));
        const QList<bool> ok = runSql(path, {QStringLiteral("INSERT INTO review_audit (call_ref, at_ms, reviewer, field, old_value, new_value, reason) "
                                                            "VALUES (%1, 7000, 'cy', 'disposition:doNotCall', 'confirmed', 'overturned', '%2')")
                                                 .arg(call)
                                                 .arg(kReason)});
        if (!ok.constFirst())
            qFatal("cannot add the reason line");
        return path;
    }

private Q_SLOTS:
    // Presenter mode: notes and reasons are free text (any name may stand in them), so each shows as the
    // one "hidden" text; an absent one stays absent, and states and dispositions stay as they are.
    void presenterModeHidesNotesAndReasons()
    {
        const QString db = reviewedStore(QStringLiteral("masked.db"));
        QString error;
        const QJsonArray plain = exportedJson(db, AuditRequest{}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plain.size(), 5);
        QCOMPARE(plain.at(1).toObject().value(QLatin1String("new")).toString(), kNote); // there to be hidden
        QCOMPARE(plain.at(4).toObject().value(QLatin1String("reason")).toString(), kReason);

        AuditRequest request;
        request.masker = Masker(QByteArrayLiteral("test key"));
        const QJsonArray masked = exportedJson(db, request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(masked.size(), 5);
        const QString hidden = presenterHiddenText();
        const auto value = [&masked](int line, const char *key) { return masked.at(line).toObject().value(QLatin1String(key)); };
        QCOMPARE(value(0, "field").toString(), QStringLiteral("state"));
        QCOMPARE(value(0, "new").toString(), QStringLiteral("follow-up"));
        QCOMPARE(value(1, "field").toString(), QStringLiteral("note"));
        QVERIFY(value(1, "old").isNull());
        QCOMPARE(value(1, "new").toString(), hidden);
        QCOMPARE(value(2, "outcome").toString(), QStringLiteral("doNotCall"));
        QCOMPARE(value(2, "new").toString(), QStringLiteral("confirmed"));
        QCOMPARE(value(3, "old").toString(), hidden); // the note cleared by ben
        QVERIFY(value(3, "new").isNull());
        QCOMPARE(value(4, "reason").toString(), hidden);
        QCOMPARE(value(4, "new").toString(), QStringLiteral("overturned"));
        QVERIFY(value(2, "reason").isNull());

        request.format = AuditFormat::Csv;
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY2(AuditExport::write(db, request, csv, &error), qPrintable(error));
        for (const char *personal : {"Maria", "Gonzalez", "Saul", "bankruptcy"})
            QVERIFY2(!csv.data().contains(personal), personal);
        QCOMPARE(csv.data().count(hidden.toUtf8()), 3);
    }

    // File > Export audit trail runs as a job of its own: its answer carries its id and the lines written,
    // the file appears only when complete, and a failure says why.
    void theWindowsJobRunsOffTheGuiThread()
    {
        const QString db = reviewedStore(QStringLiteral("job.db"));
        FileJobs jobs;
        QSignalSpy finished(&jobs, &FileJobs::finished);
        QSignalSpy failed(&jobs, &FileJobs::failed);
        AuditRequest request;
        request.format = AuditFormat::Json;
        request.filter = CallFilter::compile(u"doNotCall");
        const QString target = m_dir.filePath(QStringLiteral("trail.json"));
        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/trail.csv"));
        const int first = jobs.exportAudit(db, request, target);
        request.format = AuditFormat::Csv;
        const int second = jobs.exportAudit(db, request, nowhere);
        QVERIFY(first != second);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 2, 30000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), first);
        QCOMPARE(finished.at(0).at(1).toLongLong(), 5);
        QCOMPARE(finished.at(0).at(2).toString(), QDir::toNativeSeparators(target));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 5);
        QCOMPARE(failed.at(0).at(0).toInt(), second);
        QVERIFY(!failed.at(0).at(2).toBool());
        QVERIFY2(failed.at(0).at(1).toString().startsWith(QLatin1String("Cannot write")), qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!QFile::exists(nowhere));
    }

    // A store an earlier version made, read as it is (a read-only connection never migrates): before step 11
    // its lines have no reason; before step 4 it has no audit trail at all.
    void storesOfEarlierVersionsAreReadAsTheyAre()
    {
        const QString v10 = m_dir.filePath(QStringLiteral("v10.db"));
        TestSupport::loadSchemaFixture(v10, 10);
        QString error;
        const QJsonArray lines = exportedJson(v10, AuditRequest{}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).toObject().value(QLatin1String("reason")).isNull());
        QCOMPARE(lines.at(1).toObject().value(QLatin1String("reviewer")).toString(), QStringLiteral("ben"));
        QCOMPARE(lines.at(1).toObject().value(QLatin1String("new")).toString(), QStringLiteral("Asked for letters only."));

        const QString v3 = m_dir.filePath(QStringLiteral("v3.db"));
        TestSupport::loadSchemaFixture(v3, 3);
        QVERIFY2(exportedJson(v3, AuditRequest{}, &error).isEmpty() && error.isEmpty(), qPrintable(error));
        AuditRequest csv;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(AuditExport::write(v3, csv, buffer, &error), std::optional<qint64>(0));
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF" "at,reviewer,callId,idempotencyKey,field,outcome,old,new,reason\r\n"));
    }

    // A line whose call another program deleted (calls have no trigger) is still written, its call unknown.
    void aLineWhoseCallIsGoneIsStillWritten()
    {
        const QString db = reviewedStore(QStringLiteral("orphan.db"));
        QVERIFY(!runSql(db, {QStringLiteral("DELETE FROM calls")}).contains(false));
        QString error;
        const QJsonArray lines = exportedJson(db, AuditRequest{}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).toObject().value(QLatin1String("callId")).isNull());
        QVERIFY(lines.at(0).toObject().value(QLatin1String("idempotencyKey")).isNull());
        QCOMPARE(lines.at(0).toObject().value(QLatin1String("reviewer")).toString(), QStringLiteral("ana"));
    }

    // The trail is append-only: the store refuses to change or remove a line, whatever column (the new
    // reason too) and however it is asked (a REPLACE too, which runs no DELETE trigger: schema step 12); what was exported before is exported again, unchanged.
    void theTrailCannotBeRewritten_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("update a reason") << QStringLiteral("UPDATE review_audit SET reason = 'made up later' WHERE reason IS NOT NULL");
        QTest::newRow("update who") << QStringLiteral("UPDATE review_audit SET reviewer = 'mallory'");
        QTest::newRow("update when") << QStringLiteral("UPDATE review_audit SET at_ms = at_ms + 1 WHERE id = 1");
        QTest::newRow("delete one line") << QStringLiteral("DELETE FROM review_audit WHERE id = 2");
        QTest::newRow("delete all") << QStringLiteral("DELETE FROM review_audit");
        QTest::newRow("delete the call's lines") << QStringLiteral("DELETE FROM review_audit WHERE call_ref IN (SELECT id FROM calls)");
        QTest::newRow("replace a line") << QStringLiteral("INSERT OR REPLACE INTO review_audit (id, call_ref, at_ms, reviewer, field) "
                                                          "VALUES (1, 1, 5000, 'mallory', 'state')");
        QTest::newRow("replace into") << QStringLiteral("REPLACE INTO review_audit (id, call_ref, at_ms, reviewer, field, reason) "
                                                        "SELECT id, call_ref, at_ms, reviewer, field, 'made up later' FROM review_audit WHERE id = 5");
    }

    void theTrailCannotBeRewritten()
    {
        QFETCH(QString, statement);
        const QString db = reviewedStore(QStringLiteral("tamper-%1.db").arg(QString::fromUtf8(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
        QString error;
        const QJsonArray before = exportedJson(db, AuditRequest{}, &error);
        QCOMPARE(before.size(), 5);
        QStringList errors;
        QCOMPARE(runSql(db, {statement}, &errors), QList<bool>{false});
        QVERIFY2(errors.constFirst().contains(QLatin1String("append-only")), qPrintable(errors.constFirst()));
        QCOMPARE(exportedJson(db, AuditRequest{}, &error), before);
    }
};

QTEST_GUILESS_MAIN(TstAuditExport)
#include "tst_auditexport.moc"
