// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "domain/jsonpath.h"

#include <QTest>

using namespace CallScope;

class TstJsonPath : public QObject
{
    Q_OBJECT
private slots:
    void child_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("path");
        QTest::newRow("identifier") << QStringLiteral("$") << QStringLiteral("payload") << QStringLiteral("$.payload");
        QTest::newRow("underscore") << QStringLiteral("$.payload.outcomes") << QStringLiteral("plan_type")
                                    << QStringLiteral("$.payload.outcomes.plan_type");
        QTest::newRow("space") << QStringLiteral("$") << QStringLiteral("odd key") << QStringLiteral("$[\"odd key\"]");
        QTest::newRow("dot") << QStringLiteral("$") << QStringLiteral("a.b") << QStringLiteral("$[\"a.b\"]");
        QTest::newRow("leading digit") << QStringLiteral("$") << QStringLiteral("1st") << QStringLiteral("$[\"1st\"]");
        QTest::newRow("quote") << QStringLiteral("$") << QStringLiteral("say \"hi\"") << QStringLiteral("$[\"say \\\"hi\\\"\"]");
        QTest::newRow("empty") << QStringLiteral("$") << QString() << QStringLiteral("$[\"\"]");
        QTest::newRow("non-ASCII") << QStringLiteral("$") << QStringLiteral("número") << QStringLiteral("$[\"número\"]");
    }

    void child()
    {
        QFETCH(QString, parent);
        QFETCH(QString, key);
        QFETCH(QString, path);
        QCOMPARE(JsonPath::child(parent, key), path);
    }
};

QTEST_APPLESS_MAIN(TstJsonPath)
#include "tst_jsonpath.moc"
