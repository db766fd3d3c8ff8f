// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "models/calloutcomemodel.h"
#include "models/stopcontactnotice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace CallScope;

class TstCallOutcomeModel : public QObject
{
    Q_OBJECT

    static QModelIndex group(const CallOutcomeModel &m, const QString &name)
    {
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.index(r, 0).data().toString() == name)
                return m.index(r, 0);
        }
        return {};
    }
    static QString value(const CallOutcomeModel &m, const QModelIndex &group, const QString &key)
    {
        for (int r = 0; r < m.rowCount(group); ++r) {
            if (m.index(r, CallOutcomeModel::KeyColumn, group).data().toString() == key)
                return m.index(r, CallOutcomeModel::ValueColumn, group).data().toString();
        }
        return QStringLiteral("(missing)");
    }

private Q_SLOTS:
    void groupsReportedFirstWithTriStateValues()
    {
        CallOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(CallEventParser::parse(TestSupport::sample("05-bankruptcy-strings.json")).event);
        QCOMPARE(model.rowCount(), OutcomeGroupCount);
        // Contact, Payments (two false values count as reported) and Bankruptcy first, in catalogue order.
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Contact"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Payments & Plans"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Bankruptcy & hardship"));
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Collection"));
        QCOMPARE(model.index(2, 0).data(CallOutcomeModel::ReportedRole).toInt(), 6);
        QCOMPARE(model.index(3, 0).data(CallOutcomeModel::ReportedRole).toInt(), 0);
        const QModelIndex bankruptcy = model.index(2, 0);
        QCOMPARE(value(model, model.index(1, 0), QStringLiteral("paymentMade")), QStringLiteral("no"));
        QCOMPARE(value(model, bankruptcy, QStringLiteral("bankruptcy")), QStringLiteral("yes"));
        QCOMPARE(value(model, bankruptcy, QStringLiteral("bankruptcyCaseNumber")), QStringLiteral("25-12345-ABC"));
        QCOMPARE(value(model, bankruptcy, QStringLiteral("jail")), QStringLiteral("not reported"));
        QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), QStringLiteral("Other"));
        QCOMPARE(model.rowCount(model.index(model.rowCount() - 1, 0)), 0);
        QVERIFY(!group(model, QStringLiteral("Compliance")).data(CallOutcomeModel::HighlightRole).toBool());
    }

    // A value of the wrong type shows as it was sent, with a problem marker, and highlights nothing; a plan
    // type outside the spec's list is a value, flagged.
    void malformedValuesShowAsSentWithAProblem()
    {
        CallOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QByteArray body = TestSupport::sample("03-compliance-and-preferences.json");
        body.replace("\"doNotCall\": true,", "\"doNotCall\": \"no\", \"plan_type\": \"fortnightly\",");
        body.replace("\"ceaseAndDesist\": true", "\"ceaseAndDesist\": 0");
        model.setEvent(CallEventParser::parse(body).event);
        const QModelIndex compliance = group(model, QStringLiteral("Compliance"));
        QVERIFY(!compliance.data(CallOutcomeModel::HighlightRole).toBool()); // no flag is raised
        QCOMPARE(value(model, compliance, QStringLiteral("doNotCall")), QStringLiteral("\"no\" (wrong type)"));
        QCOMPARE(value(model, compliance, QStringLiteral("ceaseAndDesist")), QStringLiteral("0 (wrong type)"));
        const QModelIndex payments = group(model, QStringLiteral("Payments & Plans"));
        QCOMPARE(value(model, payments, QStringLiteral("plan_type")), QStringLiteral("fortnightly"));
        for (const auto &[parent, key] : {std::pair{compliance, QStringLiteral("doNotCall")}, std::pair{payments, QStringLiteral("plan_type")}}) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex v = model.index(r, CallOutcomeModel::ValueColumn, parent);
                if (model.index(r, CallOutcomeModel::KeyColumn, parent).data().toString() != key)
                    continue;
                QVERIFY2(!v.data(CallOutcomeModel::ProblemRole).toString().isEmpty(), qPrintable(key));
                QVERIFY(v.data(Qt::DecorationRole).isValid());
                QVERIFY(v.data(Qt::ToolTipRole).toString().startsWith(v.data(CallOutcomeModel::ProblemRole).toString()));
            }
        }
    }

    void noticesNameNewStopContactCallsInTheCataloguesWords()
    {
        const auto mask = [](std::initializer_list<OutcomeId> ids) {
            qint64 m = 0;
            for (OutcomeId id : ids)
                m |= qint64(1) << int(id);
            return m;
        };
        StoreReceipt paid{1, DeliveryVerdict::Accepted, 1, 1, mask({OutcomeId::PaymentMade})};
        StoreReceipt dnc{2, DeliveryVerdict::Accepted, 2, 2, mask({OutcomeId::DoNotCall, OutcomeId::CeaseAndDesist})};
        StoreReceipt again{3, DeliveryVerdict::Duplicate, 3, 2, mask({OutcomeId::DoNotCall})}; // a redelivery: no new call
        QVERIFY(!stopContactNotice({paid, again}));
        const auto notice = stopContactNotice({paid, dnc, again});
        QVERIFY(notice);
        QCOMPARE(*notice, QStringLiteral("A new call to review: Cease and desist, Do not call."));
        StoreReceipt bankrupt{4, DeliveryVerdict::Accepted, 4, 4, mask({OutcomeId::Bankruptcy, OutcomeId::BankruptcyCaseNumber})};
        QCOMPARE(*stopContactNotice({dnc, bankrupt}), QStringLiteral("2 new calls to review: Cease and desist, Do not call, Bankruptcy."));
        StoreReceipt imported = dnc;
        imported.imported = true; // read from a file: no notification
        QVERIFY(!stopContactNotice({paid, imported}));
    }

    void highlightsComplianceAndListsUnknownKeys()
    {
        CallOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QByteArray body = TestSupport::sample("03-compliance-and-preferences.json");
        body.replace("\"doNotCall\": true,", "\"doNotCall\": true, \"voicemailLeft\": false, \"sentiment\": \"calm\",");
        model.setEvent(CallEventParser::parse(body).event);
        const QModelIndex compliance = group(model, QStringLiteral("Compliance"));
        QVERIFY(compliance.data(CallOutcomeModel::HighlightRole).toBool());
        QVERIFY(compliance.data(Qt::BackgroundRole).isValid());
        QCOMPARE(value(model, compliance, QStringLiteral("lawSuitRisk")), QStringLiteral("no"));
        const QModelIndex other = group(model, QStringLiteral("Other"));
        QCOMPARE(model.rowCount(other), 2);
        QCOMPARE(value(model, other, QStringLiteral("voicemailLeft")), QStringLiteral("no"));
        QCOMPARE(value(model, other, QStringLiteral("sentiment")), QStringLiteral("calm"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TstCallOutcomeModel)
#include "tst_calloutcomemodel.moc"
