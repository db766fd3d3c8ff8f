// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "filejobs.h"

#include "export/callimport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace CallScope {

FileJobs::FileJobs(QObject *parent)
    : QObject(parent)
    , m_worker(QStringLiteral("callscope-files"))
{
    qRegisterMetaType<QList<CallScope::IncomingDelivery>>();
    qRegisterMetaType<QList<CallScope::OutgoingDelivery>>();
}

FileJobs::~FileJobs()
{
    m_cancel = true; // an export still running stops at its next step, and is discarded
    m_closing = true;
}

void FileJobs::exportCalls(const QString &databasePath, const ExportRequest &request, const QString &targetPath)
{
    m_cancel = false;
    m_worker.post([this, databasePath, request, targetPath] {
        QString error;
        const bool ok = saveFile(targetPath, &error, [&](QIODevice &file, QString *why) {
            return CallExport::write(databasePath, request, file, why, [this](qint64 done, qint64 total) {
                Q_EMIT exportProgress(done, total); // queued to the window
                return !m_cancel.load();
            });
        });
        Q_EMIT exportFinished(ok, ok ? QDir::toNativeSeparators(targetPath) : error);
    });
}

int FileJobs::exportAudit(const QString &databasePath, const AuditRequest &request, const QString &targetPath)
{
    const int job = ++m_lastJob;
    m_worker.post([this, job, databasePath, request, targetPath] {
        QString error;
        qint64 lines = 0;
        const bool ok = saveFile(targetPath, &error, [&](QIODevice &file, QString *why) {
            const std::optional<qint64> written = AuditExport::write(databasePath, request, file, why, [this](qint64, qint64) {
                return !m_closing.load(); // no Cancel of its own: an audit trail is short next to the calls
            });
            lines = written.value_or(0);
            return written.has_value();
        });
        Q_EMIT auditExported(job, ok, lines, ok ? QDir::toNativeSeparators(targetPath) : error);
    });
    return job;
}

bool FileJobs::saveFile(const QString &targetPath, QString *error, const std::function<bool(QIODevice &, QString *)> &write)
{
    const auto cannotWrite = [&](const QSaveFile &file) {
        *error = QCoreApplication::translate("CallScope::FileJobs", "Cannot write %1: %2").arg(QDir::toNativeSeparators(targetPath), file.errorString());
        return false;
    };
    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file);
    if (!write(file, error)) {
        file.cancelWriting();
        return false;
    }
    return file.commit() || cannotWrite(file);
}

void FileJobs::readForReplay(const QString &databasePath, const QList<qint64> &callIds)
{
    m_worker.post([this, databasePath, callIds] {
        QString error;
        const auto deliveries = DeliverySender::fromStore(databasePath, CallFilter::compile(u""), &error, callIds);
        Q_EMIT replayRead(deliveries.has_value(), deliveries.value_or(QList<OutgoingDelivery>()), error);
    });
}

void FileJobs::readForImport(const QStringList &files)
{
    m_worker.post([this, files] {
        QString error;
        const auto deliveries = readAll(files, &error);
        Q_EMIT importRead(deliveries.has_value(), deliveries.value_or(QList<IncomingDelivery>()), error);
    });
}

void FileJobs::readSession(const QString &file)
{
    m_worker.post([this, file] {
        QString error;
        const auto deliveries = readAll({file}, &error);
        Q_EMIT sessionRead(deliveries.has_value(), deliveries.value_or(QList<IncomingDelivery>()), error);
    });
}

std::optional<QList<IncomingDelivery>> FileJobs::readAll(const QStringList &files, QString *error)
{
    QList<IncomingDelivery> deliveries;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &file : files) {
        const auto read = CallImport::read(file, now, error);
        if (!read)
            return std::nullopt;
        deliveries += *read;
    }
    return deliveries;
}

} // namespace CallScope
