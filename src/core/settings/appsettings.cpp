// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace CallScope {

namespace {
constexpr int kHistoryLength = 20;
const QString kBind = QStringLiteral("listener/bind");
const QString kPort = QStringLiteral("listener/port");
const QString kMaxBody = QStringLiteral("listener/maxBody");
const QString kStrict = QStringLiteral("listener/strict");
const QString kDatabase = QStringLiteral("listener/database");
const QString kToken = QStringLiteral("listener/token");
const QString kSecret = QStringLiteral("listener/secret");
const QString kSecretsInKeychain = QStringLiteral("listener/secretsInKeychain");
const QString kTlsCertificate = QStringLiteral("listener/tlsCertificate");
const QString kTlsKey = QStringLiteral("listener/tlsKey");
const QString kMaxConnections = QStringLiteral("listener/maxConnections");
const QString kHeaderTimeout = QStringLiteral("listener/headerTimeoutMs");
const QString kBodyTimeout = QStringLiteral("listener/bodyTimeoutMs");
const QString kIdleTimeout = QStringLiteral("listener/idleTimeoutMs");
const QString kLanguage = QStringLiteral("ui/language");
const QString kFollow = QStringLiteral("calls/followNewest");
const QString kLastFilter = QStringLiteral("filter/last");
const QString kHistory = QStringLiteral("filter/history");
const QString kSavedNames = QStringLiteral("filter/savedNames");
const QString kSavedExpressions = QStringLiteral("filter/savedExpressions");
const QString kOutcomeColumns = QStringLiteral("calls/outcomeColumns");
const QString kNotify = QStringLiteral("notifications/stopContact");
const QString kReviewer = QStringLiteral("review/reviewer");
const QString kMaskingKey = QStringLiteral("presenter/maskingKey");
const QString kReplayTargets = QStringLiteral("replay/recentTargets");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kHeader = QStringLiteral("window/tableHeader");
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{
}

ListenerOptions AppSettings::listenerOptions() const
{
    ListenerOptions o;
    o.address = QHostAddress(m_settings.value(kBind, o.address.toString()).toString());
    if (o.address.isNull())
        o.address = QHostAddress::LocalHost;
    o.port = quint16(m_settings.value(kPort, o.port).toUInt());
    o.maxBodyBytes = m_settings.value(kMaxBody, o.maxBodyBytes).toLongLong();
    o.strict = m_settings.value(kStrict, o.strict).toBool();
    o.tlsCertificate = m_settings.value(kTlsCertificate).toString();
    o.tlsKey = m_settings.value(kTlsKey).toString();
    if (o.tlsCertificate.isEmpty() != o.tlsKey.isEmpty())
        o.tlsCertificate.clear(), o.tlsKey.clear();
    o.maxConnections = qMax(1, m_settings.value(kMaxConnections, o.maxConnections).toInt());
    const auto duration = [this](const QString &key, std::chrono::milliseconds fallback) {
        const qint64 ms = m_settings.value(key, qint64(fallback.count())).toLongLong();
        return ms >= 100 ? std::chrono::milliseconds(ms) : fallback;
    };
    o.headerTimeout = duration(kHeaderTimeout, o.headerTimeout);
    o.bodyTimeout = duration(kBodyTimeout, o.bodyTimeout);
    o.idleTimeout = duration(kIdleTimeout, o.idleTimeout);
    return o;
}

void AppSettings::setListenerOptions(const ListenerOptions &options)
{
    m_settings.setValue(kBind, options.address.toString());
    m_settings.setValue(kPort, options.port);
    m_settings.setValue(kMaxBody, options.maxBodyBytes);
    m_settings.setValue(kStrict, options.strict);
    m_settings.setValue(kTlsCertificate, options.tlsCertificate);
    m_settings.setValue(kTlsKey, options.tlsKey);
    m_settings.setValue(kMaxConnections, options.maxConnections);
    m_settings.setValue(kHeaderTimeout, qint64(options.headerTimeout.count()));
    m_settings.setValue(kBodyTimeout, qint64(options.bodyTimeout.count()));
    m_settings.setValue(kIdleTimeout, qint64(options.idleTimeout.count()));
    // The file may hold the token and the secret too (SecretStore, where no secret service runs).
    m_settings.sync();
    if (m_settings.format() == QSettings::IniFormat || QFileInfo::exists(m_settings.fileName()))
        QFile::setPermissions(m_settings.fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

std::optional<QString> AppSettings::secret(Secret which) const
{
    const QVariant value = m_settings.value(which == Secret::Token ? kToken : kSecret);
    return value.isValid() ? std::optional(value.toString()) : std::nullopt;
}

void AppSettings::setSecret(Secret which, const std::optional<QString> &value)
{
    const QString &key = which == Secret::Token ? kToken : kSecret;
    if (value) {
        restrictToOwner();
        m_settings.setValue(key, *value);
    } else {
        m_settings.remove(key);
    }
    m_settings.sync();
}

bool AppSettings::secretsInKeychain() const { return m_settings.value(kSecretsInKeychain, false).toBool(); }
void AppSettings::setSecretsInKeychain(bool held) { m_settings.setValue(kSecretsInKeychain, held); }

void AppSettings::restrictToOwner()
{
    const QString file = m_settings.fileName();
    if (QFileInfo::exists(file)) {
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        return;
    }
    // QSettings writes a new file that keeps the old one's permissions (QSaveFile): one made owner-only first never
    // holds a secret with looser ones, not even for a moment. (Only where the settings are a file of their own.)
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const bool ownFile = true;
#else
    const bool ownFile = m_settings.format() == QSettings::IniFormat;
#endif
    if (ownFile && QDir().mkpath(QFileInfo(file).absolutePath())) {
        QFile made(file);
        if (made.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            made.close();
    }
}

QString AppSettings::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("callscope.db"));
}

QString AppSettings::databasePathOrDefault() const
{
    const QString path = databasePath();
    return path.isEmpty() ? defaultDatabasePath() : path;
}

QString AppSettings::language() const { return m_settings.value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString &code) { m_settings.setValue(kLanguage, code); }

QString AppSettings::databasePath() const { return m_settings.value(kDatabase).toString(); }
void AppSettings::setDatabasePath(const QString &path) { m_settings.setValue(kDatabase, path); }
bool AppSettings::followNewest() const { return m_settings.value(kFollow, true).toBool(); }
void AppSettings::setFollowNewest(bool on) { m_settings.setValue(kFollow, on); }
QString AppSettings::lastFilter() const { return m_settings.value(kLastFilter).toString(); }
void AppSettings::setLastFilter(const QString &text) { m_settings.setValue(kLastFilter, text); }
QStringList AppSettings::filterHistory() const { return m_settings.value(kHistory).toStringList(); }

void AppSettings::addToFilterHistory(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    QStringList history = filterHistory();
    history.removeAll(text);
    history.prepend(text);
    m_settings.setValue(kHistory, history.mid(0, kHistoryLength));
}

QList<QPair<QString, QString>> AppSettings::savedFilters() const
{
    const QStringList names = m_settings.value(kSavedNames).toStringList();
    const QStringList expressions = m_settings.value(kSavedExpressions).toStringList();
    QList<QPair<QString, QString>> filters;
    for (qsizetype i = 0; i < std::min(names.size(), expressions.size()); ++i)
        filters.append({names[i], expressions[i]});
    return filters;
}

void AppSettings::setSavedFilters(const QList<QPair<QString, QString>> &filters)
{
    QStringList names;
    QStringList expressions;
    for (const auto &[name, expression] : filters) {
        names.append(name);
        expressions.append(expression);
    }
    m_settings.setValue(kSavedNames, names);
    m_settings.setValue(kSavedExpressions, expressions);
}

QStringList AppSettings::outcomeColumns() const { return m_settings.value(kOutcomeColumns).toStringList(); }
void AppSettings::setOutcomeColumns(const QStringList &keys) { m_settings.setValue(kOutcomeColumns, keys); }
bool AppSettings::notifyStopContact() const { return m_settings.value(kNotify, true).toBool(); }
void AppSettings::setNotifyStopContact(bool on) { m_settings.setValue(kNotify, on); }

QString AppSettings::reviewer() const
{
    const QString name = m_settings.value(kReviewer).toString().trimmed();
    return name.isEmpty() ? defaultReviewer() : name;
}

void AppSettings::setReviewer(const QString &name)
{
    if (name.trimmed().isEmpty())
        m_settings.remove(kReviewer);
    else
        m_settings.setValue(kReviewer, name.trimmed());
}

QString AppSettings::defaultReviewer()
{
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    return login.isEmpty() ? QStringLiteral("reviewer") : login;
}

QByteArray AppSettings::maskingKey()
{
    QByteArray key = QByteArray::fromBase64(m_settings.value(kMaskingKey).toByteArray());
    if (key.size() < 16) {
        key.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
        // Whoever reads the key can try every phone number against the stand-ins of a masked export.
        restrictToOwner();
        m_settings.setValue(kMaskingKey, key.toBase64());
    }
    return key;
}

QStringList AppSettings::recentReplayTargets() const { return m_settings.value(kReplayTargets).toStringList(); }

void AppSettings::addRecentReplayTarget(const QString &url)
{
    QStringList targets = recentReplayTargets();
    targets.removeAll(url);
    targets.prepend(url);
    m_settings.setValue(kReplayTargets, targets.mid(0, 10));
}

QByteArray AppSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
QByteArray AppSettings::windowState() const { return m_settings.value(kState).toByteArray(); }
QByteArray AppSettings::splitterState() const { return m_settings.value(kSplitter).toByteArray(); }
QByteArray AppSettings::tableHeaderState() const { return m_settings.value(kHeader).toByteArray(); }

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter, const QByteArray &header)
{
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
    m_settings.setValue(kSplitter, splitter);
    m_settings.setValue(kHeader, header);
}

} // namespace CallScope
