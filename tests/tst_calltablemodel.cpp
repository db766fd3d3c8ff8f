// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "models/calltablemodel.h"
#include "models/outcomebadges.h"
#include "storage/callqueryservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

class TstCallTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DeliveryStore> m_store;
    std::unique_ptr<CallQueryService> m_service;
    std::unique_ptr<CallTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_lists = 0;

    static QByteArray variant(const char *sample, const QString &callId)
    {
        QJsonObject o = QJsonDocument::fromJson(TestSupport::sample(sample)).object();
        o.insert(QStringLiteral("idempotencyKey"), QString(QStringLiteral("call.completed:x:") + callId));
        QJsonObject p = o.value(QStringLiteral("payload")).toObject();
        p.insert(QStringLiteral("callId"), callId);
        o.insert(QStringLiteral("payload"), p);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    // Waits for the next list, then for every row's data.
    void waitForList()
    {
        const int before = m_lists;
        QTRY_VERIFY(m_lists > before);
        waitForRows();
    }
    void waitForRows()
    {
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_model->data(m_model->index(r, 0)); // asks for the pages
        QTRY_VERIFY([this] {
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (!m_model->data(m_model->index(r, 0), CallTableModel::LoadedRole).toBool())
                    return false;
            }
            return true;
        }());
    }
    QString cell(int row, int column) const { return m_model->data(m_model->index(row, column)).toString(); }
    QStringList column(int column) const
    {
        QStringList values;
        for (int r = 0; r < m_model->rowCount(); ++r)
            values.append(cell(r, column));
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<DeliveryStore>(m_dir.filePath(QStringLiteral("m.db")));
        QString error;
        QVERIFY(m_store->open(&error));
        QList<IncomingDelivery> batch;
        for (const char *name : TestSupport::sampleNames())
            batch.append(TestSupport::delivery(TestSupport::sample(name), 1000 + batch.size()));
        TestSupport::store(*m_store, batch);

        m_service = std::make_unique<CallQueryService>();
        QSignalSpy opened(m_service.get(), &CallQueryService::opened);
        m_service->open(m_store->path());
        QVERIFY(opened.wait());
        QVERIFY(opened.at(0).at(0).toBool());
        m_model = std::make_unique<CallTableModel>(m_service.get());
        // Checks every signal and answer of the model from here on: filled, appended, filtered, sorted.
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(m_model.get(), &CallTableModel::listReady, this, [this] { ++m_lists; });
        m_model->reload();
        waitForList();
    }

    void showsTheStoredCalls()
    {
        QCOMPARE(m_model->rowCount(), 5); // 7 deliveries, 3 of them one call
        QCOMPARE(column(CallTableModel::PhoneColumn),
                 (QStringList{QStringLiteral("+15125550123"), QStringLiteral("+13105550199"), QStringLiteral("+14085550100"),
                              QStringLiteral("+12125550111"), QStringLiteral("+15125550900")}));
        QCOMPARE(column(CallTableModel::DurationColumn),
                 (QStringList{QStringLiteral("3:00"), QStringLiteral("7:00"), QStringLiteral("1:35"), QStringLiteral("5:10"), QStringLiteral("4:00")}));
        QCOMPARE(cell(0, CallTableModel::DeliveriesColumn), QStringLiteral("3"));
        QVERIFY(cell(0, CallTableModel::ValidationColumn).contains(QLatin1String("conflict")));
        QCOMPARE(cell(1, CallTableModel::FileNumberColumn), QStringLiteral("FILE-8821"));
        QCOMPARE(cell(1, CallTableModel::ReviewColumn), QStringLiteral("Unreviewed"));

        // Badges and colours come from the catalogue's severities.
        const auto badges = m_model->data(m_model->index(1, CallTableModel::OutcomesColumn), CallTableModel::BadgesRole).value<QList<OutcomeBadge>>();
        QStringList texts;
        for (const OutcomeBadge &b : badges)
            texts.append(b.text);
        QCOMPARE(texts, (QStringList{QStringLiteral("C&D"), QStringLiteral("DNC")}));
        QCOMPARE(m_model->data(m_model->index(1, 0), Qt::BackgroundRole).value<QColor>(), SeverityColours::rowBackground(Severity::StopContact));
        QCOMPARE(m_model->data(m_model->index(2, 0), Qt::BackgroundRole).value<QColor>(), SeverityColours::rowBackground(Severity::Reachability));
        // The conflicting call is yellow, over its payment green.
        QCOMPARE(m_model->data(m_model->index(0, 0), Qt::BackgroundRole).value<QColor>(), SeverityColours::invalidBackground());
        QVERIFY(!m_model->data(m_model->index(4, 0), Qt::BackgroundRole).isValid()); // a failed payment: caution, no colour
    }

    void sortsInTheStore()
    {
        m_model->sort(CallTableModel::DurationColumn, Qt::DescendingOrder);
        waitForList();
        QCOMPARE(column(CallTableModel::DurationColumn),
                 (QStringList{QStringLiteral("7:00"), QStringLiteral("5:10"), QStringLiteral("4:00"), QStringLiteral("3:00"), QStringLiteral("1:35")}));
        m_model->sort(CallTableModel::PhoneColumn, Qt::AscendingOrder);
        waitForList();
        QCOMPARE(cell(0, CallTableModel::PhoneColumn), QStringLiteral("+12125550111"));
        m_model->sort(CallTableModel::ReceivedColumn, Qt::AscendingOrder);
        waitForList();
        QCOMPARE(cell(0, CallTableModel::PhoneColumn), QStringLiteral("+15125550123"));
    }

    void filtersInTheStore()
    {
        m_model->setFilter(CallFilter::compile(u"doNotCall or wasWrongParty"));
        waitForList();
        QCOMPARE(column(CallTableModel::PhoneColumn), (QStringList{QStringLiteral("+13105550199"), QStringLiteral("+14085550100")}));
        // An invalid filter is refused: the rows stay.
        m_model->setFilter(CallFilter::compile(u"duration>"));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->filter().text(), QStringLiteral("doNotCall or wasWrongParty"));
    }

    void appendsNewCallsThatMatch()
    {
        // Filtered to wrong party and do-not-call: a new wrong-party call appears, a payment does not.
        const QList<StoreReceipt> receipts = TestSupport::store(*m_store, {
            TestSupport::delivery(variant("04-wrong-party.json", QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaa1")), 5000),
            TestSupport::delivery(variant("02-payment-and-plan.json", QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaa2")), 5001),
        });
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy queried(m_service.get(), &CallQueryService::newIdsReady);
        m_model->storeCommitted(receipts);
        // Judged in memory from the rows the receipts carry: appended at once, with no query of the store.
        QCOMPARE(inserted.size(), 1); // one batch
        QCOMPARE(queried.size(), 0);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(m_model->idAt(2), receipts[0].callRowId);
        QCOMPARE(m_model->rowCount(), 3);

        m_model->setFilter(CallFilter::compile(u""));
        waitForList();
        QCOMPARE(m_model->rowCount(), 7);
    }

    // What the receipts cannot answer, the store does: receipts without rows (another writer's calls come
    // with none), and a term the row cannot judge (summary~"" on a call without a summary: NULL or '').
    void asksTheStoreWhenTheReceiptsCannotTell()
    {
        m_model->setFilter(CallFilter::compile(u"wasWrongParty"));
        waitForList();
        const int before = m_model->rowCount();
        QList<StoreReceipt> receipts = TestSupport::store(*m_store, {
            TestSupport::delivery(variant("04-wrong-party.json", QStringLiteral("aaaaaaaaaaaaaaaaaaaaaab1")), 7000),
        });
        QVERIFY(receipts[0].row);
        receipts[0].row.reset();
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->storeCommitted(receipts);
        QCOMPARE(inserted.size(), 0); // not yet: the store is asked
        QVERIFY(inserted.wait());
        QCOMPARE(m_model->rowCount(), before + 1);
        QCOMPARE(m_model->idAt(before), receipts[0].callRowId);

        m_model->setFilter(CallFilter::compile(u"summary~\"\""));
        waitForList();
        const int withSummary = m_model->rowCount();
        QJsonObject o = QJsonDocument::fromJson(variant("01-minimal.json", QStringLiteral("aaaaaaaaaaaaaaaaaaaaaab2"))).object();
        QJsonObject p = o.value(QStringLiteral("payload")).toObject();
        p.insert(QStringLiteral("summary"), QString());
        o.insert(QStringLiteral("payload"), p);
        receipts = TestSupport::store(*m_store, {TestSupport::delivery(QJsonDocument(o).toJson(QJsonDocument::Compact), 7001)});
        QVERIFY(receipts[0].row);
        QCOMPARE(m_model->filter().matches(*receipts[0].row), std::nullopt);
        m_model->storeCommitted(receipts);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(inserted.wait());
        QCOMPARE(m_model->rowCount(), withSummary + 1); // '' is not NULL: LIKE '%%' takes it

        m_model->setFilter(CallFilter::compile(u""));
        waitForList();
    }

    void refreshesARedeliveredCall()
    {
        waitForRows();
        QCOMPARE(cell(1, CallTableModel::DeliveriesColumn), QStringLiteral("1"));
        const QList<StoreReceipt> receipts = TestSupport::store(*m_store, {TestSupport::delivery(TestSupport::sample("03-compliance-and-preferences.json"), 6000)});
        QVERIFY(!receipts[0].newCall());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->storeCommitted(receipts);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QTRY_COMPARE(cell(1, CallTableModel::DeliveriesColumn), QStringLiteral("2"));
    }

    void addsOutcomeColumns()
    {
        const int planType = OutcomeCatalogue::indexOf(u"plan_type");
        const int dnc = OutcomeCatalogue::indexOf(u"doNotCall");
        m_model->setOutcomeColumns({planType, dnc});
        QCOMPARE(m_model->columnCount(), CallTableModel::FixedColumnCount + 2);
        QCOMPARE(m_model->headerData(CallTableModel::FixedColumnCount, Qt::Horizontal).toString(), QStringLiteral("Plan type"));
        waitForRows();
        QCOMPARE(cell(0, CallTableModel::FixedColumnCount), QStringLiteral("regular_plan"));
        QCOMPARE(cell(1, CallTableModel::FixedColumnCount + 1), QStringLiteral("yes"));
        QCOMPARE(cell(0, CallTableModel::FixedColumnCount + 1), QString()); // not reported
        // Sorting on an outcome column.
        m_model->sort(CallTableModel::FixedColumnCount + 1, Qt::DescendingOrder);
        waitForList();
        QCOMPARE(cell(0, CallTableModel::FixedColumnCount + 1), QStringLiteral("yes"));
        m_model->setOutcomeColumns({});
        QCOMPARE(m_model->columnCount(), int(CallTableModel::FixedColumnCount));
    }
};

QTEST_MAIN(TstCallTableModel)
#include "tst_calltablemodel.moc"
