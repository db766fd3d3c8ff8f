// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Where the listener's token and secret are kept: the desktop's secret store when one answers, the owner-only
// settings file when none does. The keyring cases run against a GNOME Keyring of their own
// (tests/keyring/with-keyring.sh, ctest's secretstore_keyring); the others without any secret service.
#include "settings/appsettings.h"
#include "settings/secretstore.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

namespace {

const QString kService = QStringLiteral("CallScope-test");
const QString kSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the keyring holds under this key, asked with libsecret's own tool rather than through QtKeychain.
QByteArray inKeyring(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), kService, QStringLiteral("user"), key});
    if (!tool.waitForFinished(20000))
        qFatal("secret-tool lookup did not finish");
    return tool.readAllStandardOutput();
}

struct Loaded {
    bool ok = false;
    QByteArray token;
    QString secret;
};

Loaded readBack(AppSettings *settings)
{
    SecretStore store(settings, kService);
    QSignalSpy loaded(&store, &SecretStore::loaded);
    store.read();
    if (!loaded.wait(20000))
        return {};
    return {true, loaded.at(0).at(0).toByteArray(), loaded.at(0).at(1).toString()};
}

} // namespace

#define REQUIRE_KEYRING()                                                                                                   \
    if (!qEnvironmentVariableIsSet("CALLSCOPE_KEYRING"))                                                                     \
        QSKIP(qPrintable(qEnvironmentVariable("CALLSCOPE_KEYRING_SKIP",                                                      \
                                              QStringLiteral("needs a keyring of its own: ctest -R secretstore_keyring"))));

class TstSecretStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void requireNoSecretService()
    {
        if (qEnvironmentVariableIsSet("CALLSCOPE_KEYRING"))
            QSKIP("runs without a secret service");
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Outside ctest (which sets it) too: never the desktop's own secret store, unless in a keyring of our own.
        if (!qEnvironmentVariableIsSet("CALLSCOPE_KEYRING"))
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/callscope-tests");
    }

    void withoutASecretServiceTheSettingsFileKeepsThem()
    {
        requireNoSecretService();
        AppSettings settings(m_dir.filePath(QStringLiteral("no-service.ini")));
        SecretStore store(&settings, kService);
        QSignalSpy saved(&store, &SecretStore::saved);
        store.save("t0ken", kSecret);
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.at(0).at(0).value<SecretStore::Location>(), SecretStore::Location::SettingsFile);
        const Loaded back = readBack(&settings);
        QVERIFY(back.ok);
        QCOMPARE(back.token, QByteArray("t0ken"));
        QCOMPARE(back.secret, kSecret);
    }

    // It kept them (so the settings file does not): when it does not answer, that is no empty token, and the
    // caller is told rather than given nothing.
    void aSecretStoreThatKeepsThemButDoesNotAnswerIsNoEmptyOne()
    {
        requireNoSecretService();
        AppSettings settings(m_dir.filePath(QStringLiteral("not-answering.ini")));
        settings.setSecretsInKeychain(true);
        SecretStore store(&settings, kService);
        QSignalSpy loaded(&store, &SecretStore::loaded);
        QSignalSpy failed(&store, &SecretStore::readFailed);
        store.read();
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("did not give them")), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(loaded.size(), 0);
    }

    void theKeyringKeepsThemAndTheFileDoesNot()
    {
        REQUIRE_KEYRING();
        const QString ini = m_dir.filePath(QStringLiteral("keyring.ini"));
        AppSettings settings(ini);
        settings.setLanguage(QStringLiteral("es")); // a settings file with something else in it
        SecretStore store(&settings, kService);
        QSignalSpy saved(&store, &SecretStore::saved);
        store.save("keyring-t0ken", kSecret);
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.at(0).at(0).value<SecretStore::Location>(), SecretStore::Location::Keychain);
        settings.sync();
        const QByteArray file = readFile(ini);
        QVERIFY(file.contains("language=es"));
        QVERIFY2(!file.contains("keyring-t0ken") && !file.contains("whsec_"), file.constData());
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty()) {
            QCOMPARE(inKeyring(QStringLiteral("listener-token")), QByteArray("keyring-t0ken"));
            QCOMPARE(inKeyring(QStringLiteral("listener-secret")), kSecret.toUtf8());
        }
        const Loaded back = readBack(&settings);
        QVERIFY(back.ok);
        QCOMPARE(back.token, QByteArray("keyring-t0ken"));
        QCOMPARE(back.secret, kSecret);

        // An empty one is removed from the keyring.
        saved.clear();
        store.save({}, kSecret);
        QVERIFY(saved.wait(20000));
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QCOMPARE(inKeyring(QStringLiteral("listener-token")), QByteArray());
        QCOMPARE(readBack(&settings).token, QByteArray());
    }

    // Entries removed from the keyring behind CallScope's back are no "no token": the read fails, so that the
    // listener does not start open to anyone.
    void entriesRemovedOutsideAreNoEmptyToken()
    {
        REQUIRE_KEYRING();
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QSKIP("needs secret-tool (libsecret-tools) to remove the entries as another program would");
        AppSettings settings(m_dir.filePath(QStringLiteral("removed.ini")));
        SecretStore store(&settings, kService);
        QSignalSpy saved(&store, &SecretStore::saved);
        store.save("removed-t0ken", kSecret);
        QVERIFY(saved.wait(20000));
        QCOMPARE(inKeyring(QStringLiteral("listener-token")), QByteArray("removed-t0ken"));
        for (const QString &key : {QStringLiteral("listener-token"), QStringLiteral("listener-secret")}) {
            QProcess tool;
            tool.start(QStringLiteral("secret-tool"), {QStringLiteral("clear"), QStringLiteral("server"), kService, QStringLiteral("user"), key});
            QVERIFY(tool.waitForFinished(20000));
        }
        QCOMPARE(inKeyring(QStringLiteral("listener-token")), QByteArray());
        SecretStore again(&settings, kService);
        QSignalSpy loaded(&again, &SecretStore::loaded);
        QSignalSpy failed(&again, &SecretStore::readFailed);
        again.read();
        QVERIFY(failed.wait(20000));
        QVERIFY(loaded.isEmpty());
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("no longer holds")));
    }

    // CallScope 0.1 kept them in the settings file: the first read moves them into the keyring, and out of the
    // file once the keyring holds them.
    void aTokenInTheSettingsFileMovesIntoTheKeyring()
    {
        REQUIRE_KEYRING();
        const QString ini = m_dir.filePath(QStringLiteral("0.1.ini"));
        {
            QSettings old(ini, QSettings::IniFormat);
            old.setValue(QStringLiteral("listener/token"), QStringLiteral("old-t0ken"));
            old.setValue(QStringLiteral("listener/secret"), QString());
        }
        AppSettings settings(ini);
        SecretStore store(&settings, kService);
        QSignalSpy loaded(&store, &SecretStore::loaded);
        QSignalSpy saved(&store, &SecretStore::saved);
        store.read();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.at(0).at(0).toByteArray(), QByteArray("old-t0ken"));
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.at(0).at(0).value<SecretStore::Location>(), SecretStore::Location::Keychain);
        QVERIFY(!readFile(ini).contains("old-t0ken"));
        QVERIFY(!settings.secret(AppSettings::Secret::Token));
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QCOMPARE(inKeyring(QStringLiteral("listener-token")), QByteArray("old-t0ken"));
        QCOMPARE(readBack(&settings).token, QByteArray("old-t0ken"));
    }
};

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"
