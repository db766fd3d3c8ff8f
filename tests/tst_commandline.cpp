// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The real binary, as a script calls it: what it prints and its exit status (the contract).
#include <QProcess>
#include <QTest>

class TstCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        // Commands that only print must not need a display.
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qunsetenv("QT_QPA_PLATFORM");
    }

    void versionWithoutADisplay()
    {
        QProcess p;
        p.start(QStringLiteral(CALLSCOPE_BINARY), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("callscope " CALLSCOPE_VERSION));
    }

    void helpWithoutADisplay()
    {
        QProcess p;
        p.start(QStringLiteral(CALLSCOPE_BINARY), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("Usage:"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such-option")} << QByteArray("no-such-option");
        QTest::newRow("no connections") << QStringList{QStringLiteral("--headless"), QStringLiteral("--max-connections"), QStringLiteral("0")}
                                        << QByteArray("--max-connections needs a number of 1 or more");
        QTest::newRow("timeout not a number") << QStringList{QStringLiteral("--headless"), QStringLiteral("--idle-timeout"), QStringLiteral("soon")}
                                              << QByteArray("--idle-timeout needs a number of seconds");
        QTest::newRow("timeout zero") << QStringList{QStringLiteral("--headless"), QStringLiteral("--header-timeout"), QStringLiteral("0")}
                                      << QByteArray("--header-timeout needs a number of seconds");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("frobnicate");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, reason);
        QProcess p;
        // The window's own options are checked once Qt has taken its platform options: give it one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CALLSCOPE_BINARY), arguments);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(reason) && err.contains("Usage:"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
