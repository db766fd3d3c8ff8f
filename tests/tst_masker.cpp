// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "domain/masker.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

class TstMasker : public QObject
{
    Q_OBJECT

    // Every personal value of the samples: none may survive masking.
    static QStringList personalValues()
    {
        return {QStringLiteral("+15125550123"), QStringLiteral("ACC-429795"), QStringLiteral("+13105550199"), QStringLiteral("FILE-8821"),
                QStringLiteral("+12125550111"), QStringLiteral("BNK-10044"), QStringLiteral("Jane Doe Law Firm"), QStringLiteral("+13125559876"),
                QStringLiteral("25-12345-ABC"), QStringLiteral("Chapter 13"), QStringLiteral("https://recordings.example.com/r.mp3"),
                QStringLiteral("jane@example.com")};
    }

private Q_SLOTS:
    void standInsAreConsistentAndLookTheirPart()
    {
        const Masker a(QByteArrayLiteral("key one"));
        const Masker b(QByteArrayLiteral("key two"));
        QCOMPARE(a.phone(QStringLiteral("+15125550123")), a.phone(QStringLiteral("+15125550123")));
        QVERIFY(a.phone(QStringLiteral("+15125550123")) != a.phone(QStringLiteral("+15125550124")));
        QVERIFY(a.phone(QStringLiteral("+15125550123")) != b.phone(QStringLiteral("+15125550123")));
        QVERIFY(QRegularExpression(QStringLiteral("^\\+1555\\d{7}$")).match(a.phone(QStringLiteral("+15125550123"))).hasMatch());
        const QString file = a.identifier(QStringLiteral("ACC-429795"));
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{3}-\\d{6}$")).match(file).hasMatch());
        QVERIFY(file != QStringLiteral("ACC-429795"));
        const QString text = a.freeText(QStringLiteral("Call jane@example.com about Chapter 13, case 25-12345."));
        QVERIFY(!text.contains(QLatin1String("jane@example.com")) && !text.contains(QLatin1String("13")) && !text.contains(QLatin1String("12345")));
        QVERIFY(text.startsWith(QLatin1String("Call person-")) && text.contains(QLatin1String("about Chapter ")));
        QVERIFY(a.url(QStringLiteral("https://recordings.example.com/r.mp3")).startsWith(QLatin1String("https://masked.invalid/")));
        QVERIFY(a.name(QStringLiteral("Jane Doe Law Firm")).startsWith(QLatin1String("Attorney ")));
    }

    void exportsInPresenterModeHoldNothingPersonal()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.db"));
        {
            DeliveryStore store(db);
            QString error;
            QVERIFY(store.open(&error));
            QList<IncomingDelivery> batch;
            for (const char *name : TestSupport::sampleNames()) {
                QByteArray body = TestSupport::sample(name);
                body.replace("\"summary\": \"Debtor stated", "\"recordingUrl\": \"https://recordings.example.com/r.mp3\", \"summary\": \"Mail jane@example.com; debtor stated");
                batch.append(TestSupport::delivery(body, 1000 + batch.size()));
            }
            TestSupport::store(store, batch);
        }
        ExportRequest plain;
        QBuffer reference;
        reference.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(CallExport::write(db, plain, reference, &error));
        QVERIFY(reference.data().contains("Jane Doe Law Firm")); // the values are there to be masked

        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Ndjson, ExportFormat::Json, ExportFormat::Har}) {
            ExportRequest request;
            request.format = format;
            request.masker.emplace(QByteArrayLiteral("presenter"));
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QVERIFY(CallExport::write(db, request, out, &error));
            const QString text = QString::fromUtf8(out.data());
            for (const QString &value : personalValues())
                QVERIFY2(!text.contains(value), qPrintable(exportFormatName(format) + QLatin1String(": ") + value));
            QVERIFY2(text.contains(QLatin1String("+1555")), qPrintable(exportFormatName(format)));
        }
    }
};

QTEST_GUILESS_MAIN(TstMasker)
#include "tst_masker.moc"
