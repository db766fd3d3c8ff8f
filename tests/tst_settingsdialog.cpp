// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Edit > Settings: every listener option round-trips through the dialog and the settings file, and values
// the listener could not use are refused with the reason.
#include "dialogs/settingsdialog.h"
#include "listener/backgroundlistener.h"
#include "mainwindow.h"
#include "panels/calldetailpanel.h"
#include "replay/webhooksignature.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace CallScope;

namespace {

SettingsDialog::Values everythingSet(const QString &folder)
{
    SettingsDialog::Values v;
    ListenerOptions &o = v.options;
    o.address = QHostAddress(QStringLiteral("0.0.0.0"));
    o.port = 9911;
    o.strict = true;
    o.auth.token = "t0ken";
    o.auth.secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    o.auth.secretKey = WebhookSignature::keyOf(o.auth.secret);
    o.tlsCertificate = folder + QStringLiteral("/cert.pem");
    o.tlsKey = folder + QStringLiteral("/key.pem");
    o.maxBodyBytes = 256 * 1024;
    o.maxConnections = 50;
    o.headerTimeout = std::chrono::milliseconds(2500);
    o.bodyTimeout = std::chrono::milliseconds(7000);
    o.idleTimeout = std::chrono::milliseconds(15000);
    v.databasePath = folder + QStringLiteral("/calls.db");
    v.language = QStringLiteral("es");
    v.reviewer = QStringLiteral("Ana Mar\u00eda");
    return v;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    void touch(const QString &name)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("pem");
    }

private Q_SLOTS:
    void initTestCase()
    {
        touch(QStringLiteral("cert.pem"));
        touch(QStringLiteral("key.pem"));
    }

    void everyOptionRoundTrips()
    {
        const SettingsDialog::Values in = everythingSet(m_dir.path());
        SettingsDialog dialog(in);
        const SettingsDialog::Values out = dialog.values();
        QVERIFY(out.options == in.options);
        QCOMPARE(out.databasePath, in.databasePath);
        QCOMPARE(out.language, in.language);
        QCOMPARE(out.reviewer, in.reviewer);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Every option but the token and the secret, which are SecretStore's.
    void theSettingsFileKeepsEveryOptionForItsOwnerOnly()
    {
        const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
        const SettingsDialog::Values in = everythingSet(m_dir.path());
        {
            AppSettings settings(ini);
            settings.setListenerOptions(in.options);
        }
        AppSettings reread(ini);
        ListenerOptions expected = in.options;
        expected.auth = {};
        QVERIFY(reread.listenerOptions() == expected);
        QVERIFY(!readFile(ini).contains("t0ken"));
        QCOMPARE(QFile::permissions(ini) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
    }

    // No secret service runs here (tests/CMakeLists.txt): the token and the secret Settings saves go to the
    // settings file, readable by its owner only from its first byte, and the dialog says where they are.
    void withoutASecretServiceTheSettingsFileKeepsTheToken()
    {
        const QString ini = m_dir.filePath(QStringLiteral("fallback.ini"));
        const SettingsDialog::Values in = everythingSet(m_dir.path());
        AppSettings settings(ini);
        SecretStore secrets(&settings, QStringLiteral("CallScope-test"));
        QSignalSpy saved(&secrets, &SecretStore::saved);
        const mode_t umaskBefore = ::umask(022);
        secrets.save(in.options.auth.token, in.options.auth.secret);
        const bool answered = saved.wait(20000);
        ::umask(umaskBefore);
        QVERIFY(answered);
        QVERIFY(secrets.location() == SecretStore::Location::SettingsFile);
        const QByteArray file = readFile(ini);
        QVERIFY(file.contains("t0ken") && file.contains(in.options.auth.secret.toUtf8()));
        QCOMPARE(QFile::permissions(ini) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());

        SettingsDialog dialog(in);
        auto *where = dialog.findChild<QLabel *>(QStringLiteral("secretsLocationLabel"));
        QVERIFY(where->isHidden()); // not known yet
        dialog.setSecretsLocation(secrets.location());
        QVERIFY(!where->isHidden());
        QCOMPARE(where->text(), QStringLiteral("No secret service is running: kept in the settings file, readable by you only."));
        dialog.setSecretsLocation(SecretStore::Location::Keychain);
        QCOMPARE(where->text(), QStringLiteral("Kept in the desktop's secret store."));
    }

    void restoreDefaultsShowsTheContractsDefaults()
    {
        SettingsDialog dialog(everythingSet(m_dir.path()));
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::RestoreDefaults)->click();
        const SettingsDialog::Values v = dialog.values();
        QVERIFY(v.options == ListenerOptions{});
        QVERIFY(v.databasePath.isEmpty());
        QVERIFY(v.reviewer.isEmpty()); // the login name
    }

    // The reviewer's name is set in Settings; left empty, the audit trail records the login name, which the
    // field shows as its placeholder.
    void anEmptyReviewerNameIsTheLoginName()
    {
        const auto restoreLogin = qScopeGuard([login = qgetenv("USER")] { qputenv("USER", login); });
        qputenv("USER", "desk-login");
        QCOMPARE(AppSettings::defaultReviewer(), QStringLiteral("desk-login"));
        SettingsDialog dialog(SettingsDialog::Values{});
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("reviewerEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->placeholderText(), QStringLiteral("desk-login"));
        edit->setText(QStringLiteral("  Ana  "));
        QCOMPARE(dialog.values().reviewer, QStringLiteral("Ana"));
        edit->clear();
        QVERIFY(dialog.values().reviewer.isEmpty());

        AppSettings settings(m_dir.filePath(QStringLiteral("reviewer.ini")));
        QCOMPARE(settings.reviewer(), QStringLiteral("desk-login"));
        settings.setReviewer(QStringLiteral("Ana"));
        QCOMPARE(settings.reviewer(), QStringLiteral("Ana"));
        settings.setReviewer(QStringLiteral(" "));
        QCOMPARE(settings.reviewer(), QStringLiteral("desk-login"));
    }

    // Settings' OK names the reviewer at once: the settings keep the name, and the Review tab reviews as them.
    void applyingSettingsNamesTheReviewer()
    {
        const auto restoreLogin = qScopeGuard([login = qgetenv("USER")] { qputenv("USER", login); });
        qputenv("USER", "desk-login");
        AppSettings settings(m_dir.filePath(QStringLiteral("window.ini")));
        SecretStore secrets(&settings, QStringLiteral("CallScope-test"));
        ListenerOptions options;
        options.port = 0;
        const QString database = m_dir.filePath(QStringLiteral("window.db"));
        MainWindow window(&settings, &secrets, options, database);
        QSignalSpy started(window.listener(), &BackgroundListener::started);
        QVERIFY(started.wait(10000));
        QCOMPARE(window.detailPanel()->reviewer(), QStringLiteral("desk-login"));

        SettingsDialog::Values values;
        values.options = options;
        values.databasePath = database;
        values.reviewer = QStringLiteral("Ana Mar\u00eda");
        window.applySettings(values);
        QCOMPARE(settings.reviewer(), QStringLiteral("Ana Mar\u00eda"));
        QCOMPARE(window.detailPanel()->reviewer(), QStringLiteral("Ana Mar\u00eda"));
        values.reviewer.clear();
        window.applySettings(values);
        QCOMPARE(settings.reviewer(), QStringLiteral("desk-login"));
        QCOMPARE(window.detailPanel()->reviewer(), QStringLiteral("desk-login"));
    }

    void unusableValuesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("address") << "addressCombo" << "localhost:80" << "must be an IP address";
        QTest::newRow("secret") << "secretEdit" << "not-a-secret" << "whsec_ followed by base64";
        QTest::newRow("key missing") << "tlsKeyEdit" << "" << "both a certificate and its private key";
        QTest::newRow("certificate unreadable") << "tlsCertificateEdit" << "/no/such/cert.pem" << "cannot be read";
        QTest::newRow("database folder") << "databaseEdit" << "/no/such/folder/calls.db" << "does not exist";
    }

    void unusableValuesAreRefusedWithTheReason()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        SettingsDialog dialog(everythingSet(m_dir.path()));
        if (auto *combo = dialog.findChild<QComboBox *>(field))
            combo->setCurrentText(value);
        else
            dialog.findChild<QLineEdit *>(field)->setText(value);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        QVERIFY2(shown.contains(reason), qPrintable(shown));
    }

    void generateMakesAUsableSecret()
    {
        SettingsDialog dialog(SettingsDialog::Values{});
        dialog.findChild<QPushButton *>(QStringLiteral("secretGenerate"))->click();
        const SettingsDialog::Values v = dialog.values();
        QVERIFY(v.options.auth.secret.startsWith(QLatin1String("whsec_")));
        QVERIFY(v.options.auth.secretKey.has_value());
        QCOMPARE(v.options.auth.secretKey->size(), 24);
        QVERIFY(SettingsDialog::generateSecret() != v.options.auth.secret);
    }
};

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
