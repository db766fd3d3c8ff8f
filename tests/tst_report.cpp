// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The PDF report over a store of known calls (knowncalls.h), read back as text with poppler's pdftotext:
// the figures, the compliance table with its review, page numbers, page sizes, masking, and the command's
// usage errors. Both the real binary and the function the window's jobs call are tested.
#include "export/filejobs.h"
#include "knowncalls.h"
#include "report/reportwriter.h"

#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QString pdfText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QLatin1String(" %");
}

} // namespace

class TstReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString report(const QStringList &extra, int *exitCode, QString *output = nullptr)
    {
        const QString out = m_dir.filePath(QStringLiteral("r%1.pdf").arg(m_next++));
        QStringList args{QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out};
        const QString printed = run(QStringLiteral(CALLSCOPE_BINARY), args + extra, exitCode);
        if (output)
            *output = printed;
        return out;
    }
    int m_next = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils (tools/deps.sh) is needed");
        QVERIFY(m_dir.isValid());
        // To look at the pages: CALLSCOPE_KEEP_REPORTS=1, then pdftoppm -r 60 -png on the files it names.
        if (qEnvironmentVariableIsSet("CALLSCOPE_KEEP_REPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo("reports kept in %s", qPrintable(m_dir.path()));
        }
        m_db = m_dir.filePath(QStringLiteral("calls.db"));
        QVERIFY(KnownCalls::fill(m_db));
    }

    void commandWritesTheFigures()
    {
        int status = -1;
        QString printed;
        const QString pdf = report({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-07"),
                                    QStringLiteral("--page-size"), QStringLiteral("a4")},
                                   &status, &printed);
        QCOMPARE(status, 0);
        QVERIFY2(printed.contains(QLatin1String("pages, 5 calls")), qPrintable(printed));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("Page 1 of ")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Headline figures")));
        QVERIFY(text.contains(percent(80.0))); // right party: 4 of 5
        QVERIFY(text.contains(percent(20.0))); // promise to pay: 1 of 5
        QVERIFY(text.contains(QLatin1String("Needs follow-up"))); // the do-not-call's review
        QVERIFY(text.contains(QLatin1String("Do not call: confirmed")));
        QVERIFY(text.contains(QLatin1String("+13105550106"))); // its phone, unmasked
        QVERIFY(!text.contains(QLatin1String("+13105550109"))); // April's call is outside the period
        QVERIFY(text.contains(QLatin1String("Beta Lending")));
        QVERIFY(text.contains(QLatin1String("Agent Alice")));
        // The last page says it is the last.
        const QString pages = run(QStringLiteral("pdfinfo"), {pdf});
        const QString count = pages.section(QLatin1String("Pages:"), 1).section(QLatin1Char('\n'), 0, 0).trimmed();
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(count)));
        QVERIFY(pages.contains(QLatin1String("pts (A4)")));
    }

    void letterPages()
    {
        int status = -1;
        const QString pdf = report({QStringLiteral("--page-size"), QStringLiteral("letter")}, &status);
        QCOMPARE(status, 0);
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QLatin1String("612 x 792 pts (letter)")));
    }

    void maskedReportHasNoPersonalData()
    {
        int status = -1;
        const QString plain = pdfText(report({}, &status));
        QCOMPARE(status, 0);
        const QString masked = pdfText(report({QStringLiteral("--mask")}, &status));
        QCOMPARE(status, 0);
        QVERIFY(plain.contains(QLatin1String("+13105550106")));
        QVERIFY(masked.contains(QLatin1String("Needs follow-up"))); // the table is there, its phones masked
        for (const KnownCalls::Call &call : KnownCalls::calls())
            QVERIFY2(!masked.contains(QLatin1String(call.phone)), call.phone);
        for (const char *personal : {"Marisol", "Quintanilla", "FILE-99", "Saul Goodwin", "24-BK-77123"})
            QVERIFY2(!masked.contains(QLatin1String(personal)), personal);

        // A filter can name a person: masked, the report says it has one, never what it is.
        const QString filtered = pdfText(report({QStringLiteral("--mask"), QStringLiteral("--filter"), QStringLiteral("Marisol or phone~3105550106")}, &status));
        QCOMPARE(status, 0);
        QVERIFY(filtered.contains(QLatin1String("presenter masking")));
        QVERIFY2(!filtered.contains(QLatin1String("Marisol")) && !filtered.contains(QLatin1String("3105550106")), qPrintable(filtered.left(1500)));
    }

    void functionForTheWindow()
    {
        ReportOptions options;
        options.fromMs = KnownCalls::march().fromMs;
        options.untilMs = KnownCalls::march().toMs;
        options.filter = QStringLiteral("Beta");
        options.pageSize = QPageSize::Letter;
        options.title = QStringLiteral("Beta Lending, first week of March");
        QString error;
        QList<qint64> steps;
        const QString pdf = m_dir.filePath(QStringLiteral("function.pdf"));
        const std::optional<ReportResult> result =
            ReportWriter::writeFile(m_db, options, pdf, &error, [&](qint64 done, qint64) { steps.append(done); });
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->calls, 2);
        QCOMPARE(steps, (QList<qint64>{0, 1, 2, 3}));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("Beta Lending, first week of March")));
        QVERIFY(text.contains(QLatin1String("Beta")));
        QVERIFY(!text.contains(QLatin1String("Agent Alice"))); // the filter holds everywhere
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(result->pages)));

        std::atomic<bool> cancelled{true};
        const QString none = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(!ReportWriter::writeFile(m_db, options, none, &error, {}, &cancelled));
        QVERIFY(!QFile::exists(none)); // no half file
    }

    void inTheWindowsJobs()
    {
        // The window runs the report in its FileJobs pool: off the GUI thread, with progress, its pages counted.
        FileJobs jobs;
        QSignalSpy finished(&jobs, &FileJobs::finished);
        QSignalSpy progress(&jobs, &FileJobs::progress);
        const QString pdf = m_dir.filePath(QStringLiteral("job.pdf"));
        const int job = jobs.writeReport(m_db, ReportOptions{}, pdf);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toInt(), job);
        QVERIFY(finished.at(0).at(1).toLongLong() >= 2); // pages
        QVERIFY(!progress.isEmpty());
        QVERIFY(pdfText(pdf).contains(QLatin1String("Page 1 of ")));
    }

    void longTablesBreakAcrossPages()
    {
        // 150 do-not-call calls through March: the compliance table runs over several pages, its header on each.
        const QString db = m_dir.filePath(QStringLiteral("many.db"));
        {
            DeliveryStore store(db);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QList<IncomingDelivery> deliveries;
            for (int i = 0; i < 150; ++i) {
                const KnownCalls::Call call{QDate(2026, 3, 1 + i % 28), 8 + i % 10, "Agent Alice", "Acme Corp", "+13105550100",
                                            QJsonObject{{QStringLiteral("doNotCall"), true}}};
                deliveries.append(TestSupport::delivery(KnownCalls::envelope(i, call), KnownCalls::localMs(QDate(2026, 4, 1)) + i));
            }
            TestSupport::store(store, deliveries);
        }
        ReportOptions options;
        QString error;
        const QString pdf = m_dir.filePath(QStringLiteral("many.pdf"));
        const std::optional<ReportResult> result = ReportWriter::writeFile(db, options, pdf, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->calls, 150);
        QVERIFY(result->pages >= 4);
        const QString text = pdfText(pdf);
        // The table's first page and each one after it until the top outcomes: the header each time.
        const qsizetype headers = text.count(QLatin1String("Call / phone"));
        QVERIFY2(headers >= 3, qPrintable(QString::number(headers)));
        QCOMPARE(text.count(QLatin1String("Do not call")), 150 + 1); // every row, and the top outcome
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no --out") << QStringList{QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("x.db")};
        QTest::newRow("no --db") << QStringList{QStringLiteral("report"), QStringLiteral("--out"), QStringLiteral("x.pdf")};
        QTest::newRow("bad page size") << QStringList{QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("--out"),
                                                      QStringLiteral("x.pdf"), QStringLiteral("--page-size"), QStringLiteral("a5")};
        QTest::newRow("bad filter") << QStringList{QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("--out"),
                                                   QStringLiteral("x.pdf"), QStringLiteral("--filter"), QStringLiteral("(")};
        QTest::newRow("from after to") << QStringList{QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("--out"),
                                                      QStringLiteral("x.pdf"), QStringLiteral("--from"), QStringLiteral("2026-03-08"),
                                                      QStringLiteral("--to"), QStringLiteral("2026-03-01")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        int status = -1;
        const QString printed = run(QStringLiteral(CALLSCOPE_BINARY), arguments, &status);
        QCOMPARE(status, 2);
        QVERIFY2(printed.contains(QLatin1String("--page-size")), qPrintable(printed)); // the usage follows
    }

    void missingStoreIsARuntimeError()
    {
        int status = -1;
        QString printed;
        const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
        run(QStringLiteral(CALLSCOPE_BINARY),
            {QStringLiteral("report"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.db")), QStringLiteral("--out"), pdf}, &status);
        QCOMPARE(status, 1);
        QVERIFY(!QFile::exists(pdf));
    }

    void helpShowsAnExample()
    {
        int status = -1;
        const QString printed = run(QStringLiteral(CALLSCOPE_BINARY), {QStringLiteral("report"), QStringLiteral("--help")}, &status);
        QCOMPARE(status, 0);
        QVERIFY(printed.contains(QLatin1String("callscope report --db calls.db")));
    }
};

QTEST_MAIN(TstReport)
#include "tst_report.moc"
