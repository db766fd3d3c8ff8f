// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The catalogue against the spec's own text: a copy of spec/call-completed-webhook.txt in tests/data.
#include "domain/outcomecatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace CallScope;

namespace {

struct SpecRow {
    QString key;
    QString type;
    QString definition;
    QString table; // the heading above the row's table, or "" for the spec's unheaded last table
};

// Reads the rows of the spec's outcome tables: "refuseToPayNobooleanRefused to pay." under a heading line.
QList<SpecRow> specOutcomeRows()
{
    QFile file(QStringLiteral(CALLSCOPE_TEST_DATA "/spec/call-completed-webhook.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the spec copy: %s", qPrintable(file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const int from = lines.indexOf(QStringLiteral("Outcomes"));
    const int to = lines.indexOf(QStringLiteral("Examples"));
    const QRegularExpression row(QStringLiteral(R"(^(\w+)No(boolean|string|number)(.+)$)"));
    QList<SpecRow> rows;
    QString heading;
    QString previous;
    for (int i = from; i < to; ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == QLatin1String("FieldRequiredTypeDefinition"))
            heading = previous; // the non-empty line before the table's header, unless it was a row
        if (const auto m = row.match(line); m.hasMatch())
            rows.append({m.captured(1), m.captured(2), m.captured(3), heading});
        if (!line.isEmpty())
            previous = row.match(line).hasMatch() ? QString() : line;
    }
    return rows;
}

QString specType(OutcomeType type)
{
    switch (type) {
    case OutcomeType::Boolean: return QStringLiteral("boolean");
    case OutcomeType::Number: return QStringLiteral("number");
    case OutcomeType::String:
    case OutcomeType::PlanType: return QStringLiteral("string");
    }
    return {};
}

QSet<QString> keysWith(Severity severity)
{
    QSet<QString> keys;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (info.severity == severity)
            keys.insert(info.key);
    }
    return keys;
}

} // namespace

class TstOutcomeCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void matchesTheSpecTables()
    {
        const QList<SpecRow> rows = specOutcomeRows();
        QCOMPARE(rows.size(), 51);
        QCOMPARE(OutcomeCatalogue::count(), int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            const OutcomeInfo &info = OutcomeCatalogue::at(i);
            QCOMPARE(QString(info.key), rows[i].key);
            QCOMPARE(specType(info.type), rows[i].type);
            QCOMPARE(QString::fromUtf8(info.definition), rows[i].definition);
            const QString group = rows[i].table.isEmpty() ? QStringLiteral("Bankruptcy & hardship") : rows[i].table;
            QCOMPARE(OutcomeCatalogue::groupName(info.group), group);
            QCOMPARE(int(info.id), i);
            QVERIFY2(qstrlen(info.label) > 0, info.key.data());
        }
    }

    void groupsInDisplayOrder()
    {
        QStringList names;
        for (OutcomeGroup g : OutcomeCatalogue::groups())
            names.append(OutcomeCatalogue::groupName(g));
        QCOMPARE(names, (QStringList{QStringLiteral("Collection"), QStringLiteral("Language"), QStringLiteral("Contact"),
                                     QStringLiteral("Compliance"), QStringLiteral("Preference"),
                                     QStringLiteral("Payments & Plans"), QStringLiteral("Employment"),
                                     QStringLiteral("Call progress"), QStringLiteral("Bankruptcy & hardship"),
                                     QStringLiteral("Other")}));
        QVERIFY(OutcomeCatalogue::indexesOf(OutcomeGroup::Other).isEmpty());
        QCOMPARE(OutcomeCatalogue::indexesOf(OutcomeGroup::Compliance).size(), 6);
    }

    void groupIdsRoundTrip()
    {
        for (OutcomeGroup g : OutcomeCatalogue::groups()) {
            const QString id = OutcomeCatalogue::groupId(g);
            QVERIFY2(!id.contains(QLatin1Char(' ')) && id == id.toLower(), qPrintable(id));
            QCOMPARE(OutcomeCatalogue::groupFromId(id), std::optional(g));
            QCOMPARE(OutcomeCatalogue::groupFromId(id.toUpper()), std::optional(g));
        }
        QCOMPARE(OutcomeCatalogue::groupFromId(u"compliances"), std::nullopt);
    }

    void severities()
    {
        QCOMPARE(keysWith(Severity::Positive), (QSet<QString>{QStringLiteral("paymentMade"), QStringLiteral("plan_accepted")}));
        QCOMPARE(keysWith(Severity::Reachability),
                 (QSet<QString>{QStringLiteral("wasWrongNumber"), QStringLiteral("wasWrongParty")}));
        const QSet<QString> stop = keysWith(Severity::StopContact);
        for (const char *key : {"ceaseAndDesist", "doNotCall", "bankruptcy", "deceased", "fraud", "legalAction",
                                "lawSuitRisk", "complaintAboutCollector", "bankruptcyAttorneyName",
                                "bankruptcyAttorneyPhone", "bankruptcyCaseNumber"})
            QVERIFY2(stop.contains(QLatin1String(key)), key);
        QCOMPARE(stop.size(), 11);
        QVERIFY(Severity::StopContact > Severity::Caution && Severity::Caution > Severity::Reachability
                && Severity::Reachability > Severity::Positive && Severity::Positive > Severity::None);
    }

    void lookUpIsExactAndCaseSensitive()
    {
        for (int i = 0; i < OutcomeCatalogue::count(); ++i)
            QCOMPARE(OutcomeCatalogue::indexOf(QString(OutcomeCatalogue::at(i).key)), i);
        QCOMPARE(OutcomeCatalogue::indexOf(u"DoNotCall"), -1);
        QCOMPARE(OutcomeCatalogue::indexOf(u"doNotCal"), -1);
        QCOMPARE(OutcomeCatalogue::indexOf(u""), -1);
        QCOMPARE(OutcomeCatalogue::indexOf(u"zzz"), -1);
        QCOMPARE(OutcomeCatalogue::find(u"plan_type")->type, OutcomeType::PlanType);
        QCOMPARE(OutcomeCatalogue::find(u"promiseToPayDays")->type, OutcomeType::Number);
        QVERIFY(!OutcomeCatalogue::find(u"sentiment"));
    }

    void planTypesAsTheSpecLists()
    {
        QStringList types;
        for (QLatin1String t : OutcomeCatalogue::planTypes())
            types.append(t);
        QCOMPARE(types.join(QStringLiteral(", ")),
                 QStringLiteral("pay_in_full, settle_today, settlement_plan, regular_plan, tailored_plan"));
        // The definition of plan_type in the spec lists the same values.
        QVERIFY(QString::fromUtf8(OutcomeCatalogue::find(u"plan_type")->definition).endsWith(types.join(QStringLiteral(", ")) + QLatin1Char('.')));
        QVERIFY(OutcomeCatalogue::isPlanType(u"regular_plan"));
        QVERIFY(!OutcomeCatalogue::isPlanType(u"Regular_Plan"));
        QVERIFY(!OutcomeCatalogue::isPlanType(u""));
    }

    void detailsPointAtTheirFlag()
    {
        int details = 0;
        for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
            if (!info.detailOf)
                continue;
            ++details;
            const OutcomeInfo &flag = OutcomeCatalogue::at(*info.detailOf);
            QCOMPARE(flag.type, OutcomeType::Boolean);
            QCOMPARE(info.type, OutcomeType::String);
            QCOMPARE(flag.group, info.group);
            QVERIFY2(QString(info.key).startsWith(flag.key), info.key.data());
        }
        QCOMPARE(details, 6);
    }
};

QTEST_APPLESS_MAIN(TstOutcomeCatalogue)
#include "tst_outcomecatalogue.moc"
