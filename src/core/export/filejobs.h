// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "export/auditexport.h"
#include "export/callexport.h"
#include "listener/incomingdelivery.h"
#include "replay/deliverysender.h"
#include "util/workerthread.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace CallScope {

// Exports and import reads for the window, on a thread of their own: files are never read or written on
// the GUI thread. An export goes to a QSaveFile, so that a failed or cancelled one leaves no half file.
class FileJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileJobs)
public:
    explicit FileJobs(QObject *parent = nullptr);
    ~FileJobs() override;

    void exportCalls(const QString &databasePath, const ExportRequest &request, const QString &targetPath);
    void cancelExport() { m_cancel = true; }
    // The review audit trail of the calls `request.filter` selects; auditExported() answers with the id
    // returned here, so that a window tells its exports apart.
    int exportAudit(const QString &databasePath, const AuditRequest &request, const QString &targetPath);
    void readForImport(const QStringList &files);
    // A recorded session (HAR, ndjson, json) for Demo > Play a session file.
    void readSession(const QString &file);
    // The stored deliveries of these calls, for a replay.
    void readForReplay(const QString &databasePath, const QList<qint64> &callIds);

Q_SIGNALS:
    void exportProgress(qint64 done, qint64 total);
    void exportFinished(bool ok, const QString &message);
    // `message`: the file written (native separators), or why not.
    void auditExported(int job, bool ok, qint64 lines, const QString &message);
    // All files read (deliveries in order), or the first reason one of them cannot be imported.
    void importRead(bool ok, const QList<CallScope::IncomingDelivery> &deliveries, const QString &error);
    void sessionRead(bool ok, const QList<CallScope::IncomingDelivery> &deliveries, const QString &error);
    void replayRead(bool ok, const QList<CallScope::OutgoingDelivery> &deliveries, const QString &error);

private:
    // Runs in the worker: every file read, or the first reason one cannot be.
    static std::optional<QList<IncomingDelivery>> readAll(const QStringList &files, QString *error);
    // Runs in the worker: `write` into a QSaveFile, committed only when it succeeds, or why not.
    static bool saveFile(const QString &targetPath, QString *error, const std::function<bool(QIODevice &, QString *)> &write);

    WorkerThread m_worker;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_closing{false};
    int m_lastJob = 0;
};

} // namespace CallScope
