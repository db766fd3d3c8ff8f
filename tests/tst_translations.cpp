// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The Spanish translation: complete, and reaching every part of the window (menus from the .ui files,
// panels, the outcome catalogue, filter errors, database problems), while what senders and scripts read
// (HTTP answers, a delivery's problems) stays in English.
#include "domain/calleventparser.h"
#include "domain/outcomecatalogue.h"
#include "filter/callfilter.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "storage/sqlsupport.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace CallScope;

class TstTranslations : public QObject
{
    Q_OBJECT
private:
    QTranslator m_spanish;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_spanish.load(QStringLiteral(":/i18n/callscope_es.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_spanish));
    }

    // Every string of the .ts is translated, with the same placeholders (a missing %2 would drop a value).
    void everyStringIsTranslated()
    {
        QFile file(QStringLiteral(CALLSCOPE_SOURCE_DIR "/translations/callscope_es.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found.append(it.next().captured());
            found.removeDuplicates();
            found.sort();
            return found;
        };
        int messages = 0;
        bool numerus = false;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                QVERIFY2(xml.attributes().value(QLatin1String("type")).isEmpty(), qPrintable(QStringLiteral("unfinished: ") + source));
                if (!numerus) {
                    const QString translation = xml.readElementText();
                    QVERIFY2(!translation.isEmpty(), qPrintable(source));
                    QCOMPARE(placeholders(translation), placeholders(source));
                }
            } else if (xml.name() == QLatin1String("numerusform")) {
                const QString translation = xml.readElementText();
                QVERIFY2(!translation.isEmpty(), qPrintable(source));
                QCOMPARE(placeholders(translation), placeholders(source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 600, qPrintable(QString::number(messages)));
    }

    void theWindowSpeaksSpanish()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        ListenerOptions options;
        options.port = 0;
        SecretStore secrets(&settings, QStringLiteral("CallScope-test"));
        MainWindow window(&settings, &secrets, options, dir.filePath(QStringLiteral("calls.db")));
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->text());
        QVERIFY2(menus.contains(QStringLiteral("&Archivo")) && menus.contains(QStringLiteral("Ay&uda")), qPrintable(menus.join(u',')));
    }

    void coreTextsReachTheWindowInSpanish()
    {
        QCOMPARE(OutcomeCatalogue::label(*OutcomeCatalogue::find(QStringLiteral("doNotCall"))), QStringLiteral("No llamar"));
        QCOMPARE(OutcomeCatalogue::groupName(OutcomeGroup::Compliance), QStringLiteral("Cumplimiento"));
        const CallFilter bad = CallFilter::compile(QStringLiteral("(doNotCall"));
        QVERIFY2(bad.errorText().contains(QStringLiteral("nunca se cierra")), qPrintable(bad.errorText()));
        const QSqlError locked(QStringLiteral("database is locked"), QStringLiteral("Unable to fetch row"), QSqlError::StatementError, QStringLiteral("5"));
        QVERIFY2(sqlProblem(locked).startsWith(QStringLiteral("la base de datos está bloqueada")), qPrintable(sqlProblem(locked)));
    }

    // What a sender reads in an answer, and what is stored with a delivery, does not follow the desk.
    void whatSendersReadStaysInEnglish()
    {
        const ParsedEvent parsed = CallEventParser::parse("{\"event\":\"call.completed\"");
        QVERIFY(!parsed.problems.isEmpty());
        QVERIFY2(parsed.problems.constFirst().message.contains(QStringLiteral("not JSON")), qPrintable(parsed.problems.constFirst().message));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
