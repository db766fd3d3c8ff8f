// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "export/auditexport.h"
#include "export/callexport.h"
#include "export/chunkedimport.h"
#include "domain/incomingdelivery.h"
#include "report/reportoptions.h"
#include "storage/deliverystore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QStatusBar;
class QToolButton;
class QWidget;

namespace CallScope {

class FileJobs;
class JobProgress;

// The window's exports, imports and saves: asks where to write, runs the job (FileJobs, off the GUI thread)
// and shows each running job in the status bar with its own progress and Cancel, until it ends with a
// message saying how many were written where (with "Show in folder"), or why not. Other jobs (a demo's
// synthetic calls) may be shown the same way.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)
public:
    // `problem` shows a failure the user can act on (the window's banner); dialogs open over `window`.
    ExportController(FileJobs *jobs, QStatusBar *statusBar, QWidget *window, std::function<void(const QString &)> problem,
                     QObject *parent = nullptr);
    ~ExportController() override;

    void setDatabasePath(const QString &path) { m_databasePath = path; }

    // File > Export: asks for the file (its suffix or the chosen filter gives the format), then exports.
    void exportCalls(ExportRequest request);
    // Without asking: `request.format` into `path`. Returns the job.
    int startExport(const ExportRequest &request, const QString &path);
    // File > Export audit trail, and the same without asking.
    void exportAuditTrail(AuditRequest request);
    int startAuditExport(const AuditRequest &request, const QString &path);
    // File > Export report: asks for the PDF file, then writes the client report; and the same without asking.
    void exportReport(const ReportOptions &options);
    int startReport(const ReportOptions &options, const QString &path);
    // The detail pane's Save body…, and the same without asking.
    void saveBody(const QByteArray &body);
    int startSave(const QByteArray &body, const QString &path);

    // Shows `job` in the status bar until it ends. `progressLabel(total)` says what it does once the total
    // is known; `done(count, file)` is the message when it succeeds (none when empty); `failed(error)` goes
    // to the banner; a cancelled job says so in the status bar.
    struct Texts {
        std::function<QString(qint64 total)> progressLabel;
        std::function<QString(qint64 count, const QString &file)> done;
        std::function<QString(const QString &error)> failed;
        QString cancelled;
    };
    void track(int job, const QString &label, Texts texts);
    // The jobs shown now, oldest first.
    QList<JobProgress *> shownJobs() const;

    // Where imports write (BackgroundListener::importWriter): a new writer for each import.
    void setImportWriter(std::function<ChunkedImport::WriteChunk()> writer) { m_importWriter = std::move(writer); }
    // File > Import and a drop: an import job (FileJobs::importFiles) shown like the others, first checking
    // the files, then importing their deliveries chunk by chunk; it ends saying what it imported, or why
    // not (a bad file in the banner, with nothing imported), or how many a cancel left imported. Returns the job.
    int importFiles(const QStringList &files);
    // The status bar's "Show in folder", there while a message about a written or read file is.
    QToolButton *showInFolderButton() const { return m_showInFolder; }

signals:
    // An import ended, having written this much (all, or the chunks before a failure or a cancel).
    void imported(const CallScope::ImportSummary &written);

private:
    void onProgress(int job, qint64 done, qint64 total);
    void onFinished(int job, qint64 count, const QString &message);
    void onFailed(int job, const QString &error, bool cancelled);
    // Takes the job's widget out of the status bar; false when this controller does not show that job.
    bool release(int job, Texts *texts);
    // Says `message` in the status bar with "Show in folder" for `file`'s folder.
    void showDone(const QString &message, const QString &file);

    struct Shown {
        QPointer<JobProgress> widget;
        Texts texts;
    };
    FileJobs *m_jobs;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    std::function<void(const QString &)> m_problem;
    QString m_databasePath;
    QHash<int, Shown> m_shown;
    QList<int> m_order;
    // Returns whether `job` is an import of this controller; says how it ended.
    bool importEnded(int job, const std::optional<QString> &error, bool cancelled);

    std::function<ChunkedImport::WriteChunk()> m_importWriter;
    struct Import {
        QStringList files;
        bool checked = false; // writing began: a failure may have left some imported
        ImportSummary written;
    };
    QHash<int, Import> m_imports;
    QToolButton *m_showInFolder;
    QString m_doneMessage; // the message "Show in folder" belongs to
    QString m_folder;
};

} // namespace CallScope
