// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QStringList>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

// The store's own category (deliverystore.cpp): its files' permissions are the store's business.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace CallScope {

namespace {
// The strings of this file, in one translation context that lupdate and the running code agree on.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::SqlSupport)
};
} // namespace

QString headersToJson(const HttpHeaders &headers)
{
    QJsonArray a;
    for (const auto &[name, value] : headers)
        a.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

HttpHeaders headersFromJson(const QString &json)
{
    HttpHeaders headers;
    const QJsonArray pairs = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &pair : pairs) {
        const QJsonArray p = pair.toArray();
        headers.append(qMakePair(p.at(0).toString().toLatin1(), p.at(1).toString().toLatin1()));
    }
    return headers;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values)
        query.addBindValue(v);
}

QString idsCondition(std::span<const qint64> ids)
{
    QStringList list;
    list.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return QLatin1String("id IN (") + list.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString sqlProblem(const QSqlError &error)
{
    // The Qt SQLite driver gives SQLite's result code as the native code (the low byte is the primary
    // code), except for a failed BEGIN/COMMIT, where only SQLite's message (sqlite3_errstr's fixed English
    // text) tells the cause.
    bool isNumber = false;
    int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    if (!isNumber || code == 0) {
        static const std::pair<const char *, int> messages[] = {
            {"database is locked", 5},
            {"database table is locked", 6},
            {"attempt to write a readonly database", 8},
            {"disk I/O error", 10},
            {"database disk image is malformed", 11},
            {"database or disk is full", 13},
            {"unable to open database file", 14},
            {"file is not a database", 26},
        };
        code = -1;
        for (const auto &[message, sqliteCode] : messages) {
            if (error.databaseText().startsWith(QLatin1String(message)))
                code = sqliteCode;
        }
    }
    QString why;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        why = Text::tr("the database is locked by another program (another CallScope, or a tool that holds it open)");
        break;
    case 8: // SQLITE_READONLY
        why = Text::tr("the database is read-only (check the file's and its folder's permissions)");
        break;
    case 10: // SQLITE_IOERR
        why = Text::tr("the disk refused to write (full disk, a file size limit, or a failing or removed drive)");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        why = Text::tr("the database file is damaged");
        break;
    case 13: // SQLITE_FULL
        why = Text::tr("the disk is full");
        break;
    case 14: // SQLITE_CANTOPEN
        why = Text::tr("the database file cannot be opened (check that its folder exists and is writable)");
        break;
    default:
        return error.text();
    }
    return QStringLiteral("%1 (%2)").arg(why, error.text().trimmed());
}

bool execLogged(QSqlQuery &query, const QLoggingCategory &category, QString *error)
{
    if (query.exec())
        return true;
    qCWarning(category) << "query failed:" << query.lastError().text() << query.lastQuery();
    if (error)
        *error = sqlProblem(query.lastError());
    return false;
}

bool makePrivateFolder(const QString &folder)
{
    QStringList missing;
    for (QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()); !QFileInfo::exists(path); path = QFileInfo(path).path()) {
        missing.prepend(path);
        if (QFileInfo(path).path() == path)
            break;
    }
    for (const QString &path : std::as_const(missing)) {
        // Another process may make it at the same moment: what counts is that it is there.
        if (!QDir().mkdir(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) && !QFileInfo(path).isDir())
            return false;
    }
    return QFileInfo(folder).isDir();
}

void restrictStoreFiles(const QString &databasePath)
{
#ifdef Q_OS_UNIX
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = databasePath + QLatin1String(suffix);
        const QByteArray name = QFile::encodeName(file);
        struct stat st = {};
        if (::stat(name.constData(), &st) != 0 || !S_ISREG(st.st_mode) || (st.st_mode & 077) == 0 || st.st_uid != ::geteuid())
            continue;
        const mode_t owner = st.st_mode & 0700;
        const auto octal = [](mode_t mode) { return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0')); };
        if (::chmod(name.constData(), owner) == 0) {
            qCWarning(lcStore).noquote() << QStringLiteral("%1 was open to other users (mode %2); now %3, for its owner only")
                                                .arg(QDir::toNativeSeparators(file), octal(st.st_mode), octal(owner));
        } else {
            const int why = errno;
            qCWarning(lcStore).noquote() << QStringLiteral("%1 is open to other users (mode %2) and cannot be restricted to its owner: %3")
                                                .arg(QDir::toNativeSeparators(file), octal(st.st_mode), QString::fromLocal8Bit(std::strerror(why)));
        }
    }
#else
    Q_UNUSED(databasePath)
#endif
}

bool hasWordIndex(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'calls_words'")) && q.next();
}

bool isBroadWordSearch(const QSqlDatabase &db, const QString &query)
{
    // Where looking each match up costs more than walking a narrow index: from a cold cache about 25 us a
    // match against ~1 s for the walk of a million calls (bench/gui_scale). Counting stops at the bound, so
    // asking costs little however many calls match.
    constexpr int BroadMatches = 20000;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM calls_words WHERE calls_words MATCH ? LIMIT %1)").arg(BroadMatches));
    q.addBindValue(query);
    return q.exec() && q.next() && q.value(0).toInt() >= BroadMatches;
}

CallFilter filterForStore(const CallFilter &filter, bool wordIndex, const std::function<bool(const QString &query)> &isBroad)
{
    if (!filter.usesWordIndex())
        return filter;
    if (!wordIndex)
        return filter.withoutWordIndex();
    QStringList broad;
    for (const QString &query : filter.wordQueries()) {
        if (isBroad(query))
            broad.append(query);
    }
    return filter.withBroadWords(broad);
}

CallFilter filterForStore(const QSqlDatabase &db, const CallFilter &filter)
{
    return filterForStore(filter, !filter.usesWordIndex() || hasWordIndex(db),
                          [&db](const QString &query) { return isBroadWordSearch(db, query); });
}

ReadOnlyDatabase::ReadOnlyDatabase(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_error = Text::tr("There is no database at %1.").arg(QDir::toNativeSeparators(path));
        return;
    }
    restrictStoreFiles(path); // before SQLite makes a -wal or -shm of the database's mode
    static std::atomic<int> connections{0};
    m_name = QStringLiteral("callscope-read-only-%1").arg(++connections);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        m_error = Text::tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(path), sqlProblem(m_db.lastError()));
}

ReadOnlyDatabase::~ReadOnlyDatabase()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace CallScope
