// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "models/outcomereferencemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace CallScope;

class TstOutcomeReferenceModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        OutcomeReferenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 9); // the spec's groups; Other has no keys of its own
        int keys = 0;
        for (int g = 0; g < model.rowCount(); ++g)
            keys += model.rowCount(model.index(g, 0));
        QCOMPARE(keys, OutcomeCatalogue::count());
    }

    void showsGroupsThenKeysInSpecOrder()
    {
        OutcomeReferenceModel model;
        const QModelIndex compliance = model.index(3, OutcomeReferenceModel::LabelColumn);
        QCOMPARE(compliance.data().toString(), QStringLiteral("Compliance"));
        QCOMPARE(model.rowCount(compliance), 6);
        const QModelIndex doNotCall = model.index(2, OutcomeReferenceModel::KeyColumn, compliance);
        QCOMPARE(doNotCall.data().toString(), QStringLiteral("doNotCall"));
        QCOMPARE(doNotCall.siblingAtColumn(OutcomeReferenceModel::LabelColumn).data().toString(), QStringLiteral("Do not call"));
        QCOMPARE(doNotCall.siblingAtColumn(OutcomeReferenceModel::SeverityColumn).data().toString(), QStringLiteral("Stop contact"));
        QCOMPARE(doNotCall.siblingAtColumn(OutcomeReferenceModel::DefinitionColumn).data().toString(),
                 QStringLiteral("Do-not-call request."));
        QCOMPARE(doNotCall.data(OutcomeReferenceModel::SeverityRole).toInt(), int(Severity::StopContact));

        const QModelIndex payments = model.index(5, 0);
        QCOMPARE(payments.data().toString(), QStringLiteral("Payments & Plans"));
        const QModelIndex planType = model.index(4, OutcomeReferenceModel::TypeColumn, payments);
        QCOMPARE(planType.siblingAtColumn(OutcomeReferenceModel::KeyColumn).data().toString(), QStringLiteral("plan_type"));
        QCOMPARE(planType.data().toString(), QStringLiteral("plan type"));
        QCOMPARE(model.index(8, 0).data().toString(), QStringLiteral("Bankruptcy & hardship"));
    }
};

QTEST_MAIN(TstOutcomeReferenceModel)
#include "tst_outcomereferencemodel.moc"
