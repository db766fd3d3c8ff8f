// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Helpers shared by the storage, filter and model tests: samples from tests/data and a store filled in
// the test's own thread.
#pragma once

#include "listener/incomingdelivery.h"
#include "storage/deliverystore.h"

#include <QFile>
#include <QList>
#include <QSignalSpy>
#include <QString>
#include <QTest>

namespace CallScope::TestSupport {

inline QByteArray readData(const QString &relativePath)
{
    QFile f(QStringLiteral(CALLSCOPE_TEST_DATA "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

inline QByteArray sample(const char *name)
{
    return readData(QStringLiteral("samples/") + QLatin1String(name));
}

inline const QList<const char *> &sampleNames()
{
    static const QList<const char *> names{"00-full-body.json", "01-minimal.json", "02-payment-and-plan.json",
                                           "03-compliance-and-preferences.json", "04-wrong-party.json",
                                           "05-bankruptcy-strings.json", "06-payment-failed.json"};
    return names;
}

// A POST of this body as the listener would hand it over.
inline IncomingDelivery delivery(const QByteArray &body, qint64 receivedMs, HttpHeaders extraHeaders = {})
{
    IncomingDelivery d;
    d.receivedMs = receivedMs;
    d.method = "POST";
    d.path = "/webhook";
    d.headers = {{"Content-Type", "application/json"}};
    d.headers += extraHeaders;
    d.remoteAddress = QStringLiteral("127.0.0.1");
    d.bodySize = body.size();
    d.parsed = CallEventParser::parse(body);
    return d;
}

// Submits each delivery and commits them as one batch; returns the receipts.
inline QList<StoreReceipt> store(DeliveryStore &store, const QList<IncomingDelivery> &deliveries)
{
    QSignalSpy spy(&store, &DeliveryStore::stored);
    for (const IncomingDelivery &d : deliveries)
        store.submit(d);
    store.flush();
    if (spy.size() != 1)
        qFatal("the store did not answer the batch");
    return spy.at(0).at(0).value<QList<StoreReceipt>>();
}

} // namespace CallScope::TestSupport
