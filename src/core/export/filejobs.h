// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "export/auditexport.h"
#include "export/callexport.h"
#include "export/chunkedimport.h"
#include "domain/incomingdelivery.h"
#include "report/reportoptions.h"
#include "replay/deliverysender.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace CallScope {

// The window's slow work with files and bulk data, each job with an id of its own, several at once on a
// pool of threads and never on the GUI thread: exports, import and session reads, the deliveries of a
// replay, a demo's synthetic calls, a body saved. Every signal names its job, so two exports keep their
// own progress, and cancel() stops one job only. A file is written through a QSaveFile, so that a failed
// or cancelled job leaves no half file.
//
// A job answers started(), any progress(), then finished() or failed(); a read also hands its result
// (sessionRead, deliveriesRead) just before its finished(), and an import what it wrote (imported) just
// before its end, whatever that is.
class FileJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileJobs)
public:
    explicit FileJobs(QObject *parent = nullptr);
    // Cancels every job and waits for them to stop (each stops at its next step).
    ~FileJobs() override;

    // Each returns the job's id, never 0.
    int exportCalls(const QString &databasePath, const ExportRequest &request, const QString &targetPath);
    // The review audit trail of the calls `request.filter` selects.
    int exportAudit(const QString &databasePath, const AuditRequest &request, const QString &targetPath);
    // The client report as a PDF (ReportWriter); finished() counts its pages.
    int writeReport(const QString &databasePath, const ReportOptions &options, const QString &targetPath);
    // Imports files (ChunkedImport): checks them all (progress in bytes), says importChecked(), then hands
    // the deliveries to `write` chunk by chunk (progress in deliveries), `write` being called in the job's
    // thread. Answers imported() with what was written, then finished() with the number of deliveries, or
    // failed() (cancelled: after the chunk being written, saying how many were imported).
    int importFiles(const QStringList &files, ChunkedImport::WriteChunk write);
    // A recorded session (HAR, ndjson, json) for Demo > Play a session file.
    int readSession(const QString &file);
    // The stored deliveries of these calls, for a replay (answers deliveriesRead).
    int readForReplay(const QString &databasePath, const QList<qint64> &callIds);
    // `count` synthetic calls for Demo > Play synthetic calls (answers deliveriesRead): 100,000 take seconds.
    int generateSynthetic(int count, quint32 seed);
    // Opens the demo workspace at `path`, filling it first if it is new (DemoWorkspace: a second or two);
    // answers finished() with its calls and the path.
    int openDemoWorkspace(const QString &path);
    // Writes `bytes` to `targetPath` (the detail pane's Save body).
    int saveBytes(const QByteArray &bytes, const QString &targetPath);

    // Asks this job to stop at its next step; it then fails, saying it was cancelled. Other jobs go on.
    // Any thread may call it; an unknown or finished job is ignored.
    void cancel(int job);
    // The jobs started and not yet answered.
    int runningCount() const;

Q_SIGNALS:
    void started(int job);
    void progress(int job, qint64 done, qint64 total);
    // `count`: what the job wrote or read (rows, envelopes, audit lines, deliveries, bytes); `message`: the
    // file written (native separators), or empty for a read.
    void finished(int job, qint64 count, const QString &message);
    // Why the job stopped, in one sentence for the user; `cancelled` when cancel() stopped it.
    void failed(int job, const QString &error, bool cancelled);
    // An import's files are checked and hold `deliveries`; writing them begins.
    void importChecked(int job, qint64 deliveries);
    // What an import wrote (all of it, or the chunks before a failure or a cancel), just before its end.
    void imported(int job, const CallScope::ImportSummary &written);
    void sessionRead(int job, const QList<CallScope::IncomingDelivery> &deliveries);
    // The deliveries of a replay or of a synthetic demo.
    void deliveriesRead(int job, const QList<CallScope::OutgoingDelivery> &deliveries);

private:
    struct Outcome {
        bool ok = false;
        qint64 count = 0;
        QString message; // the file written, or why not
        QString cancelled; // what a cancelled job did, when not "nothing was written"
    };
    // Runs in a pool thread; the flag turns true when the job is cancelled.
    using Work = std::function<Outcome(int job, const std::atomic<bool> &cancelled)>;
    int start(Work work);
    // Runs in the worker: every file read, or the first reason one cannot be.
    static std::optional<QList<IncomingDelivery>> readAll(const QStringList &files, const std::atomic<bool> &cancelled, QString *error);
    // Runs in the worker: `write` into a QSaveFile, committed only when it succeeds, or why not.
    static bool saveFile(const QString &targetPath, QString *error, const std::function<bool(QIODevice &, QString *)> &write);

    QThreadPool m_pool;
    mutable QMutex m_mutex; // guards m_cancelFlags: cancel() may come from any thread
    QHash<int, std::shared_ptr<std::atomic<bool>>> m_cancelFlags;
    int m_lastJob = 0; // touched only in the thread that owns this object
};

} // namespace CallScope
