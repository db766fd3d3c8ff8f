// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Secrets never reach the disk, nor a process list: the real binary, --headless, with its token from a file
// or the environment, and the store's files readable by their owner only.
#include "replay/webhooksignature.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace CallScope;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// The binary, headless on a free port, as a user starts it: with these arguments and environment, under a
// umask of 022 (the usual one, which leaves new files readable by everyone).
class Headless
{
public:
    Headless(const QString &db, const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.setChildProcessModifier([] { ::umask(022); });
        m_process.start(QStringLiteral(CALLSCOPE_BINARY),
                        QStringList{QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db} + arguments);
        if (m_process.waitForReadyRead(15000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("listening on http://127.0.0.1:"))
                m_port = quint16(line.mid(int(qstrlen("listening on http://127.0.0.1:"))).chopped(1).toUInt());
        }
    }
    ~Headless()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    // SIGTERM; what it wrote on stderr.
    QByteArray stop()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        m_process.waitForFinished(15000);
        return m_process.readAllStandardError();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstPrivacy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

    static QProcessEnvironment environmentWith(const QString &name, const QString &value)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CALLSCOPE_TOKEN"));
        env.remove(QStringLiteral("CALLSCOPE_SECRET"));
        if (!name.isEmpty())
            env.insert(name, value);
        return env;
    }

private Q_SLOTS:
    void aTokenComesFromAFileOrTheEnvironment_data()
    {
        QTest::addColumn<bool>("fromFile");
        QTest::addColumn<QByteArray>("fileContent");
        QTest::addColumn<QString>("environmentToken");
        QTest::addColumn<QByteArray>("required");
        QTest::newRow("--token-file, its newline dropped") << true << QByteArray("file-t0ken\n") << QString() << QByteArray("file-t0ken");
        QTest::newRow("--token-file, CRLF dropped") << true << QByteArray("file-t0ken\r\n") << QString() << QByteArray("file-t0ken");
        QTest::newRow("CALLSCOPE_TOKEN") << false << QByteArray() << QStringLiteral("env-t0ken") << QByteArray("env-t0ken");
        QTest::newRow("--token-file before CALLSCOPE_TOKEN") << true << QByteArray("file-t0ken") << QStringLiteral("env-t0ken") << QByteArray("file-t0ken");
    }

    void aTokenComesFromAFileOrTheEnvironment()
    {
        QFETCH(bool, fromFile);
        QFETCH(QByteArray, fileContent);
        QFETCH(QString, environmentToken);
        QFETCH(QByteArray, required);
        const QStringList arguments = fromFile ? QStringList{QStringLiteral("--token-file"), write(QStringLiteral("token"), fileContent)} : QStringList{};
        Headless server(m_dir.filePath(QStringLiteral("token.db")), arguments,
                        environmentWith(environmentToken.isEmpty() ? QString() : QStringLiteral("CALLSCOPE_TOKEN"), environmentToken));
        QVERIFY(server.port() != 0);
        const QByteArray body = TestSupport::sample("04-wrong-party.json");
        QCOMPARE(TestSupport::post(server.port(), body), 401);
        if (!environmentToken.isEmpty() && environmentToken.toUtf8() != required)
            QCOMPARE(TestSupport::post(server.port(), body, "Authorization: Bearer " + environmentToken.toUtf8() + "\r\n"), 401);
        QCOMPARE(TestSupport::post(server.port(), body, "Authorization: Bearer " + required + "\r\n"), 200);
        // What any local user can read of the process: its command line.
        const QByteArray commandLine = readFile(QStringLiteral("/proc/%1/cmdline").arg(server.pid()));
        QVERIFY(commandLine.contains("--headless"));
        QVERIFY2(!commandLine.contains(required), commandLine.constData());
        server.stop();
    }

    void aSecretComesFromAFileOrTheEnvironment_data()
    {
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("--secret-file") << true;
        QTest::newRow("CALLSCOPE_SECRET") << false;
    }

    void aSecretComesFromAFileOrTheEnvironment()
    {
        QFETCH(bool, fromFile);
        const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        const QStringList arguments = fromFile ? QStringList{QStringLiteral("--secret-file"), write(QStringLiteral("secret"), secret.toUtf8() + '\n')}
                                               : QStringList{};
        Headless server(m_dir.filePath(QStringLiteral("secret.db")), arguments,
                        environmentWith(fromFile ? QString() : QStringLiteral("CALLSCOPE_SECRET"), secret));
        QVERIFY(server.port() != 0);
        const QByteArray body = TestSupport::sample("06-payment-failed.json");
        QCOMPARE(TestSupport::post(server.port(), body), 401);
        QByteArray signature;
        for (const auto &[name, value] : WebhookSignature::headers(*WebhookSignature::keyOf(secret), body, QDateTime::currentSecsSinceEpoch()))
            signature += name + ": " + value + "\r\n";
        QCOMPARE(TestSupport::post(server.port(), body, signature), 200);
        QVERIFY(!readFile(QStringLiteral("/proc/%1/cmdline").arg(server.pid())).contains("whsec_"));
        server.stop();
    }

    void unusableTokensAndSecretsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("reason");
        const QString empty = write(QStringLiteral("empty"), {});
        const QString newline = write(QStringLiteral("newline"), "\n");
        const QString token = write(QStringLiteral("a-token"), "t0ken\n");
        QTest::newRow("--token and --token-file") << QStringList{QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--token-file"), token}
                                                  << QString() << QString() << QByteArray("give --token or --token-file, not both");
        QTest::newRow("--secret and --secret-file") << QStringList{QStringLiteral("--secret"), QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                                                                   QStringLiteral("--secret-file"), token}
                                                    << QString() << QString() << QByteArray("give --secret or --secret-file, not both");
        QTest::newRow("empty file") << QStringList{QStringLiteral("--token-file"), empty} << QString() << QString()
                                    << (QByteArray("--token-file ") + QFile::encodeName(empty) + " is empty");
        QTest::newRow("a newline only") << QStringList{QStringLiteral("--token-file"), newline} << QString() << QString() << QByteArray("is empty");
        QTest::newRow("no such file") << QStringList{QStringLiteral("--token-file"), m_dir.filePath(QStringLiteral("none"))} << QString() << QString()
                                      << QByteArray("cannot read --token-file ") + QFile::encodeName(m_dir.filePath(QStringLiteral("none")))
                                             + ": No such file or directory";
        QTest::newRow("a folder") << QStringList{QStringLiteral("--secret-file"), m_dir.path()} << QString() << QString() << QByteArray("it is a folder");
        QTest::newRow("not a secret in the file") << QStringList{QStringLiteral("--secret-file"), token} << QString() << QString()
                                                  << QByteArray("needs a Standard Webhooks secret");
        QTest::newRow("not a secret in the environment") << QStringList{} << QStringLiteral("CALLSCOPE_SECRET") << QStringLiteral("nope")
                                                         << QByteArray("CALLSCOPE_SECRET needs a Standard Webhooks secret");
    }

    void unusableTokensAndSecretsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QByteArray, reason);
        for (const QString &command : {QStringLiteral("--headless"), QStringLiteral("send")}) {
            QProcess p;
            p.setProcessEnvironment(environmentWith(variable, value));
            const QStringList common = command == QLatin1String("send")
                ? QStringList{QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--synthetic"), QStringLiteral("1")}
                : QStringList{QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                              m_dir.filePath(QStringLiteral("unused.db"))};
            p.start(QStringLiteral(CALLSCOPE_BINARY), common + arguments);
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 2);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.startsWith("callscope: ") && err.left(err.indexOf('\n')).contains(reason) && err.contains("Usage:"), err.constData());
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("unused.db"))));
    }

    // The database, its -wal and -shm, and a data folder the listener makes, are their owner's only.
    void theStoreIsReadableByItsOwnerOnly()
    {
        const QString db = m_dir.filePath(QStringLiteral("data/callscope/calls.db"));
        Headless server(db, {});
        QVERIFY(server.port() != 0);
        QCOMPARE(TestSupport::post(server.port(), TestSupport::sample("00-full-body.json")), 200);
        // Answered: it is in the WAL, and the listener holds the store open.
        QCOMPARE(modeOf(db), 0600);
        QCOMPARE(modeOf(db + QLatin1String("-wal")), 0600);
        QCOMPARE(modeOf(db + QLatin1String("-shm")), 0600);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("data"))), 0700);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("data/callscope"))), 0700);
        QVERIFY(!server.stop().contains("open to other users"));
    }

    // A store that others can read (an older CallScope made it 0644) is tightened at start, and the log says so
    // once: the next start finds nothing to say.
    void aStoreOpenToOthersIsTightenedOnce()
    {
        const QString db = m_dir.filePath(QStringLiteral("old.db"));
        QProcess import;
        import.start(QStringLiteral(CALLSCOPE_BINARY), {QStringLiteral("import"), QStringLiteral("--db"), db,
                                                        QStringLiteral(CALLSCOPE_TEST_DATA "/samples/01-minimal.json")});
        QVERIFY(import.waitForFinished(15000) && import.exitCode() == 0);
        QCOMPARE(modeOf(db), 0600);
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
        {
            Headless server(db, {});
            QVERIFY(server.port() != 0);
            QCOMPARE(modeOf(db), 0600);
            const QList<QByteArray> lines = server.stop().split('\n');
            const auto said = std::count_if(lines.begin(), lines.end(), [](const QByteArray &line) { return line.contains("open to other users"); });
            QCOMPARE(said, 1);
            const QByteArray expected = "callscope.store: " + QFile::encodeName(db) + " was open to other users (mode 0644); now 0600, for its owner only";
            QVERIFY2(lines.contains(expected), lines.join('\n').constData());
        }
        Headless again(db, {});
        QVERIFY(again.port() != 0);
        const QByteArray log = again.stop();
        QVERIFY2(!log.contains("open to other users"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TstPrivacy)
#include "tst_privacy.moc"
