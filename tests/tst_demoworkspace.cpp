// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "demo/demoworkspace.h"
#include "settings/appsettings.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

class TstDemoWorkspace : public QObject
{
    Q_OBJECT

private:
    // One number the demo store answers, through a connection of the test's own.
    static qint64 ask(const QString &path, const QString &sql)
    {
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ask"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ask"));
        return value;
    }

private Q_SLOTS:
    // What a presenter opens in front of a client: two thousand calls of the last 30 days, from several
    // organizations and agents, with the team's reviews done on most compliance cases and a few left open.
    void itHoldsAMonthOfCallsWithTheTeamsReviews()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        const QDateTime now = QDateTime::currentDateTime();
        QString error;
        const auto summary = DemoWorkspace::open(path, now, &error);
        QVERIFY2(summary, qPrintable(error));
        QVERIFY(summary->created);
        QCOMPARE(summary->calls, qint64(DemoWorkspace::CallCount));
        QCOMPARE(ask(path, QStringLiteral("SELECT count(*) FROM calls")), qint64(DemoWorkspace::CallCount));

        const qint64 nowMs = now.toMSecsSinceEpoch();
        const qint64 monthAgoMs = now.addDays(-DemoWorkspace::Days).toMSecsSinceEpoch();
        QVERIFY(ask(path, QStringLiteral("SELECT min(created_ms) FROM calls")) >= monthAgoMs);
        QVERIFY(ask(path, QStringLiteral("SELECT max(ended_ms) FROM calls")) <= nowMs);
        QVERIFY(ask(path, QStringLiteral("SELECT max(first_received_ms) FROM calls")) <= nowMs);
        QVERIFY(ask(path, QStringLiteral("SELECT count(DISTINCT date(created_ms / 1000, 'unixepoch', 'localtime')) FROM calls")) >= 25);
        QVERIFY(ask(path, QStringLiteral("SELECT count(DISTINCT organization_name) FROM calls")) >= 3);
        QVERIFY(ask(path, QStringLiteral("SELECT count(DISTINCT agent_name) FROM calls")) >= 4);

        // Reviews as a team leaves them: by several people, before now, with dispositions on the compliance
        // cases, and compliance cases still open for the demo.
        QCOMPARE(ask(path, QStringLiteral("SELECT count(*) FROM calls WHERE review_state = 1")), qint64(summary->reviewed));
        QCOMPARE(ask(path, QStringLiteral("SELECT count(*) FROM calls WHERE review_state = 2")), qint64(summary->followUps));
        QVERIFY2(summary->reviewed > 150 && summary->followUps >= 5, qPrintable(QStringLiteral("%1 %2").arg(summary->reviewed).arg(summary->followUps)));
        QVERIFY(ask(path, QStringLiteral("SELECT count(DISTINCT reviewer) FROM review_audit")) >= 3);
        QVERIFY(ask(path, QStringLiteral("SELECT max(at_ms) FROM review_audit")) <= nowMs);
        QVERIFY(ask(path, QStringLiteral("SELECT count(*) FROM calls WHERE severity = 4 AND review_state = 1 AND dispositions LIKE '%confirmed%'")) > 20);
        QVERIFY(ask(path, QStringLiteral("SELECT count(*) FROM calls WHERE dispositions LIKE '%overturned%'")) >= 1);
        QVERIFY(ask(path, QStringLiteral("SELECT count(*) FROM calls WHERE severity = 4 AND review_state = 0")) >= 5);
    }

    // Opened again, it is the same workspace with the reviews made in it since: never filled twice.
    void openingItAgainKeepsWhatIsInIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        QString error;
        QVERIFY2(DemoWorkspace::open(path, QDateTime::currentDateTime(), &error), qPrintable(error));
        const qint64 audit = ask(path, QStringLiteral("SELECT count(*) FROM review_audit"));
        const auto again = DemoWorkspace::open(path, QDateTime::currentDateTime(), &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(!again->created);
        QCOMPARE(again->calls, qint64(DemoWorkspace::CallCount));
        QCOMPARE(ask(path, QStringLiteral("SELECT count(*) FROM review_audit")), audit);
    }

    // A cancelled fill leaves no half-made workspace behind to be taken for a finished one.
    void aCancelledFillWritesNoCall()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        QString error = QStringLiteral("not cleared");
        const std::atomic<bool> cancelled{true};
        QVERIFY(!DemoWorkspace::open(path, QDateTime::currentDateTime(), &error, &cancelled));
        QVERIFY(error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // Its place is its own: never the user's store.
    void itLivesApartFromTheUsersStore()
    {
        QVERIFY(DemoWorkspace::defaultPath().endsWith(QLatin1String("demo-workspace.db")));
        QVERIFY(DemoWorkspace::defaultPath() != AppSettings::defaultDatabasePath());
    }
};

QTEST_GUILESS_MAIN(TstDemoWorkspace)
#include "tst_demoworkspace.moc"
