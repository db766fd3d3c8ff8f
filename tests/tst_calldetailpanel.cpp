// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The detail pane's Raw body tab never pushes a long body whole into its highlighted editor (issue 15,
// item 9): it shows the first part, says so, and offers Show all and Save body.
#include "panels/calldetailpanel.h"
#include "storage/callqueryservice.h"
#include "storage/deliverystore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

class TstCallDetailPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    // Sample 01 with a summary of `chars` characters.
    static QByteArray withSummary(qsizetype chars)
    {
        QJsonObject o = QJsonDocument::fromJson(TestSupport::sample("01-minimal.json")).object();
        QJsonObject payload = o.value(QStringLiteral("payload")).toObject();
        payload.insert(QStringLiteral("summary"), QString(chars, QLatin1Char('a')));
        o.insert(QStringLiteral("payload"), payload);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aLongBodyIsCappedAndSaysSo_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("capped");
        QTest::newRow("1 MB of JSON") << withSummary(1024 * 1024) << true;
        QTest::newRow("1 MB that is not JSON: its hex dump") << QByteArray(1024 * 1024, '\x01') << true;
        QTest::newRow("a short body, whole") << withSummary(100) << false;
    }

    void aLongBodyIsCappedAndSaysSo()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, capped);
        const QString db = m_dir.filePath(QStringLiteral("body%1.db").arg(++m_stores));
        qint64 id = 0;
        {
            DeliveryStore store(db);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            id = TestSupport::store(store, {TestSupport::delivery(body, 1000)}).at(0).callRowId;
        }
        CallQueryService service;
        QSignalSpy opened(&service, &CallQueryService::opened);
        service.open(db);
        QVERIFY(opened.wait(10000));
        CallDetailPanel panel(&service);
        panel.resize(800, 600);
        panel.show();
        QSignalSpy loaded(&panel, &CallDetailPanel::loaded);
        panel.showCall(id);
        QVERIFY(loaded.wait(30000));

        const QString whole = panel.detail()->deliveries.constFirst().bodyText;
        auto *raw = panel.findChild<QPlainTextEdit *>(QStringLiteral("rawEdit"));
        auto *notice = panel.findChild<QWidget *>(QStringLiteral("capNotice"));
        auto *showAll = panel.findChild<QPushButton *>(QStringLiteral("showAllButton"));
        auto *save = panel.findChild<QPushButton *>(QStringLiteral("saveBodyButton"));
        QVERIFY(raw && notice && showAll && save);
        QVERIFY(!showAll->accessibleName().isEmpty());
        QVERIFY(!save->accessibleName().isEmpty());
        if (!capped) {
            QCOMPARE(raw->toPlainText(), whole);
            QVERIFY(notice->isHidden());
            QVERIFY(panel.rawShownWhole());
            return;
        }
        QVERIFY(whole.size() > CallDetailPanel::kShownChars);
        QCOMPARE(raw->toPlainText(), whole.left(CallDetailPanel::kShownChars));
        QVERIFY(!notice->isHidden());
        QVERIFY(!panel.rawShownWhole());
        const QString said = notice->findChild<QLabel *>()->text();
        QVERIFY2(said.contains(QLocale().toString(qlonglong(whole.size()))), qPrintable(said));

        // Save body… hands over the bytes as stored, not the text shown.
        QSignalSpy saveAsked(&panel, &CallDetailPanel::saveBodyRequested);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saveAsked.size(), 1);
        QCOMPARE(saveAsked.at(0).at(0).toByteArray(), body);

        QTest::mouseClick(showAll, Qt::LeftButton);
        QCOMPARE(raw->toPlainText(), whole);
        QVERIFY(notice->isHidden());
        QVERIFY(panel.rawShownWhole());
    }
};

QTEST_MAIN(TstCallDetailPanel)
#include "tst_calldetailpanel.moc"
