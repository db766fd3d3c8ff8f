// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Helpers shared by the storage, filter and model tests: samples from tests/data and a store filled in
// the test's own thread.
#pragma once

#include "domain/incomingdelivery.h"
#include "export/callexport.h"
#include "storage/deliverystore.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QString>
#include <QTest>

namespace CallScope::TestSupport {

// Another program holding the database's write lock (as the sqlite3 shell inside BEGIN IMMEDIATE would).
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
        : m_name(QStringLiteral("lock-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_locked = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteLock()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isLocked() const { return m_locked; }
    void release()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_locked)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        m_locked = false;
    }

private:
    QString m_name;
    bool m_locked = false;
};


// Runs SQL in a connection of its own (the way another program would touch the file), then closes it; the
// first column of the last row read. `failure`, when given, gets why a statement failed (else fatal).
inline QVariant sql(const QString &path, const QStringList &statements, QString *failure = nullptr)
{
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("side"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                if (!failure)
                    qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                *failure = q.lastError().text();
                break;
            }
            if (q.next())
                last = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("side"));
    return last;
}

// The names of a table's columns, in order.
inline QStringList columnsOf(const QString &path, const QString &table)
{
    QStringList names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("columns"));
        db.setDatabaseName(path);
        db.open();
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i)
            names.append(record.fieldName(i));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("columns"));
    return names;
}

inline QByteArray readData(const QString &relativePath)
{
    QFile f(QStringLiteral(CALLSCOPE_TEST_DATA "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

// A store of schema `version` as that version left it (tests/data/schema/vN.sql, made by make-fixtures.py),
// written to `path` through Qt SQL. Statements end at a ";" that ends its line, as the schema steps' SQL.
inline void loadSchemaFixture(const QString &path, int version)
{
    const QByteArray text = readData(QStringLiteral("schema/v%1.sql").arg(version));
    // Its owner's only, as CallScope makes a store (it tightens, and says so, any other).
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner);
    file.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        for (const QString &statement : QString::fromUtf8(text).split(QRegularExpression(QStringLiteral(";\\s*\\n")))) {
            if (!statement.trimmed().isEmpty() && !q.exec(statement))
                qFatal("schema/v%d.sql: %s", version, qPrintable(q.lastError().text()));
        }
        q.exec(QStringLiteral("PRAGMA user_version"));
        if (!q.next() || q.value(0).toInt() != version)
            qFatal("schema/v%d.sql is not of schema %d", version, version);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
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

// The body bytes of a HAR entry's postData: text, or base64 with "encoding": "base64" (HAR 1.2, as
// CallScope writes a body that is not UTF-8).
inline QByteArray harBody(const QJsonObject &postData)
{
    const QString text = postData.value(QLatin1String("text")).toString();
    return postData.value(QLatin1String("encoding")).toString() == QLatin1String("base64") ? QByteArray::fromBase64(text.toLatin1()) : text.toUtf8();
}

// Submits each delivery, records them as one batch and derives their calls; returns the receipts: the
// derived ones (rows included), or the answers when the batch was not recorded.
inline QList<StoreReceipt> store(DeliveryStore &store, const QList<IncomingDelivery> &deliveries)
{
    QSignalSpy recorded(&store, &DeliveryStore::recorded);
    QSignalSpy derived(&store, &DeliveryStore::stored);
    for (const IncomingDelivery &d : deliveries)
        store.submit(d);
    store.flush();
    if (recorded.size() != 1)
        qFatal("the store did not answer the batch");
    const auto answers = recorded.at(0).at(0).value<QList<StoreReceipt>>();
    if (answers.isEmpty() || !answers.constFirst().stored())
        return answers;
    store.deriveAll();
    QList<StoreReceipt> receipts;
    for (const QList<QVariant> &signal : std::as_const(derived))
        receipts += signal.at(0).value<QList<StoreReceipt>>();
    if (receipts.size() != answers.size())
        qFatal("the store did not derive the batch");
    return receipts;
}

// What `callscope export` writes for this store.
inline QByteArray exported(const QString &database, ExportFormat format, const QString &filter = {}, const QList<qint64> &callIds = {})
{
    ExportRequest request;
    request.format = format;
    request.filter = CallFilter::compile(filter);
    request.callIds = callIds;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!CallExport::write(database, request, buffer, &error))
        qFatal("export failed: %s", qPrintable(error));
    return buffer.data();
}

// Sample 04 (a wrong-party call) as call `callId`, created on day `day` of March 2026 and, with `doNotCall`,
// a do-not-call in place of its outcomes: for calls that arrive out of their order of creation.
inline QByteArray callOnDay(const QString &callId, int day, bool doNotCall)
{
    QJsonObject o = QJsonDocument::fromJson(sample("04-wrong-party.json")).object();
    o.insert(QStringLiteral("idempotencyKey"), QString(QStringLiteral("call.completed:x:") + callId));
    QJsonObject p = o.value(QStringLiteral("payload")).toObject();
    p.insert(QStringLiteral("callId"), callId);
    p.insert(QStringLiteral("createdAt"), QStringLiteral("2026-03-%1T10:00:00.000Z").arg(day, 2, 10, QLatin1Char('0')));
    if (doNotCall)
        p.insert(QStringLiteral("outcomes"), QJsonObject{{QStringLiteral("doNotCall"), true}});
    o.insert(QStringLiteral("payload"), p);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A store of `count` plain calls, written straight into the schema the store made: the listener would take
// a minute for 100,000, and the tests that need them measure reading, not writing. With a `body`, each call
// has one delivery of it (for exports); without, none.
inline bool bulkCalls(const QString &path, int count, const QByteArray &body = {})
{
    {
        DeliveryStore store(path); // creates and migrates the schema
        QString error;
        if (!store.open(&error))
            return false;
    }
    const QString name = QStringLiteral("bulk-%1").arg(count);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open()
            && q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ") + QString::number(count)
                      + QStringLiteral(") "
                "INSERT INTO calls (id, idempotency_key, event, call_id, phone_number, file_number, organization_id, organization_name, "
                "agent_id, agent_name, status, duration_ms, summary, created_ms, ended_ms, outcomes, validation, first_received_ms, "
                "last_received_ms) SELECT i, 'call.completed:org:' || i, 'call.completed', printf('%024x', i), "
                "printf('+1512555%04d', i % 10000), 'ACC-' || i, '507f1f77bcf86cd799439011', 'Acme Corp', '507f191e810c19729de860ea', "
                "'Outbound Collections', 'Completed', 5000 + i % 900000, 'Customer agreed to make payment on the existing plan terms.', "
                "1767225600000 + i * 30000 - 60000, 1767225600000 + i * 30000, '{}', 0, 1767225600000 + i * 30000, "
                "1767225600000 + i * 30000 FROM n"));
        if (ok && !body.isEmpty()) {
            q.prepare(QStringLiteral("INSERT INTO deliveries (call_ref, received_ms, method, path, query, headers, remote_address, body, body_size, "
                                     "validation, problems, answer_status, answer) SELECT id, first_received_ms, 'POST', '/webhook', '', '[]', "
                                     "'127.0.0.1', ?, ?, 0, '[]', 200, '{}' FROM calls"));
            q.addBindValue(body);
            q.addBindValue(body.size());
            ok = q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// POSTs a body to a listener on 127.0.0.1 and returns the answer's status (0 when none came). Blocking:
// for tests whose listener runs in another thread or process.
inline int post(quint16 port, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return 0;
    socket.write("POST /webhook HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
    QByteArray answer;
    while (socket.waitForReadyRead(30000) || socket.bytesAvailable()) // generous: CI machines are shared
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace CallScope::TestSupport
