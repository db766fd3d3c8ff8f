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
}

void FileJobs::exportCalls(const QString &databasePath, const ExportRequest &request, const QString &targetPath)
{
    m_cancel = false;
    m_worker.post([this, databasePath, request, targetPath] {
        QSaveFile file(targetPath);
        QString error;
        bool ok = file.open(QIODevice::WriteOnly);
        if (!ok) {
            error = QCoreApplication::translate("CallScope::FileJobs", "Cannot write %1: %2").arg(QDir::toNativeSeparators(targetPath), file.errorString());
        } else {
            ok = CallExport::write(databasePath, request, file, &error, [this](qint64 done, qint64 total) {
                Q_EMIT exportProgress(done, total); // queued to the window
                return !m_cancel.load();
            });
            if (ok && !file.commit()) {
                ok = false;
                error = QCoreApplication::translate("CallScope::FileJobs", "Cannot write %1: %2").arg(QDir::toNativeSeparators(targetPath), file.errorString());
            }
            if (!ok)
                file.cancelWriting();
        }
        Q_EMIT exportFinished(ok, ok ? QDir::toNativeSeparators(targetPath) : error);
    });
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
