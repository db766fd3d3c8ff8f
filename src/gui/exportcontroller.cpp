// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "exportcontroller.h"

#include "export/filejobs.h"
#include "widgets/jobprogress.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

#include <algorithm>
#include <climits>

namespace CallScope {

namespace {

// What a format writes, by its own name (CallExport counts them by the same conditions): csv a row per call,
// and per envelope of another event (rows, then, not calls); ndjson and json the envelopes of the
// deliveries that are JSON; har every delivery, rejected and refused ones included.
QString items(ExportFormat format, qint64 n)
{
    const int count = int(std::min<qint64>(n, INT_MAX));
    switch (format) {
    case ExportFormat::Csv: return ExportController::tr("%n row(s)", nullptr, count);
    case ExportFormat::Ndjson:
    case ExportFormat::Json: return ExportController::tr("%n envelope(s)", nullptr, count);
    case ExportFormat::Har: return ExportController::tr("%n delivery(ies)", nullptr, count);
    }
    return QString();
}

} // namespace

ExportController::ExportController(FileJobs *jobs, QStatusBar *statusBar, QWidget *window, std::function<void(const QString &)> problem,
                                   QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_statusBar(statusBar)
    , m_window(window)
    , m_problem(std::move(problem))
    , m_showInFolder(new QToolButton(statusBar))
{
    m_showInFolder->setObjectName(QStringLiteral("showInFolderButton"));
    m_showInFolder->setText(tr("Show in folder"));
    m_showInFolder->setAutoRaise(true);
    m_showInFolder->hide();
    m_statusBar->addPermanentWidget(m_showInFolder); // a normal widget would be hidden by the message it goes with
    connect(m_showInFolder, &QToolButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    // It goes with its message (replaced or timed out).
    connect(m_statusBar, &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_doneMessage)
            m_showInFolder->hide();
    });
    connect(m_jobs, &FileJobs::importChecked, this, [this](int job, qint64 deliveries) {
        const auto it = m_imports.find(job);
        if (it == m_imports.end())
            return;
        it->checked = true;
        if (JobProgress *widget = m_shown.value(job).widget) {
            const QString from = it->files.size() == 1 ? QFileInfo(it->files.constFirst()).fileName() : tr("%n file(s)", nullptr, int(it->files.size()));
            widget->setLabel(tr("Importing %1 deliveries from %2…").arg(deliveries).arg(from));
        }
    });
    connect(m_jobs, &FileJobs::imported, this, [this](int job, const ImportSummary &written) {
        const auto it = m_imports.find(job);
        if (it == m_imports.end())
            return;
        it->written = written;
        emit imported(written);
    });
    connect(m_jobs, &FileJobs::progress, this, &ExportController::onProgress);
    connect(m_jobs, &FileJobs::finished, this, &ExportController::onFinished);
    connect(m_jobs, &FileJobs::failed, this, &ExportController::onFailed);
}

ExportController::~ExportController() = default;

void ExportController::exportCalls(ExportRequest request)
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export calls"), QStringLiteral("calls.csv"),
                                                      tr("CSV, one row per call (*.csv);;NDJSON, one envelope per line (*.ndjson);;"
                                                         "JSON array of envelopes (*.json);;HAR 1.2, every delivery with its answer (*.har)"),
                                                      &selectedFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const std::optional<ExportFormat> bySuffix = exportFormatFromName(suffix == QLatin1String("jsonl") ? QStringLiteral("ndjson") : suffix);
    request.format = bySuffix ? *bySuffix
        : selectedFilter.startsWith(QLatin1String("NDJSON")) ? ExportFormat::Ndjson
        : selectedFilter.startsWith(QLatin1String("JSON"))   ? ExportFormat::Json
        : selectedFilter.startsWith(QLatin1String("HAR"))    ? ExportFormat::Har
                                                             : ExportFormat::Csv;
    startExport(request, path);
}

int ExportController::startExport(const ExportRequest &request, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    const int job = m_jobs->exportCalls(m_databasePath, request, path);
    Texts texts;
    texts.progressLabel = [format = request.format, file](qint64 total) { return tr("Exporting %1 to %2…").arg(items(format, total), file); };
    texts.done = [format = request.format](qint64 count, const QString &written) { return tr("Exported %1 to %2.").arg(items(format, count), written); };
    texts.failed = [](const QString &error) { return tr("Export failed: %1").arg(error); };
    texts.cancelled = tr("The export to %1 was cancelled; nothing was written.").arg(file);
    track(job, tr("Exporting to %1…").arg(file), std::move(texts));
    return job;
}

void ExportController::exportAuditTrail(AuditRequest request)
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export audit trail"), QStringLiteral("audit.csv"),
                                                      tr("CSV, one row per change (*.csv);;JSON array of changes (*.json)"), &selectedFilter);
    if (path.isEmpty())
        return;
    request.format = auditFormatFromName(QFileInfo(path).suffix())
                         .value_or(selectedFilter.startsWith(QLatin1String("JSON")) ? AuditFormat::Json : AuditFormat::Csv);
    startAuditExport(request, path);
}

void ExportController::exportReport(const ReportOptions &options)
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export report"), QStringLiteral("callscope-report.pdf"), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".pdf");
    startReport(options, path);
}

int ExportController::startReport(const ReportOptions &options, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    const int job = m_jobs->writeReport(m_databasePath, options, path);
    Texts texts;
    texts.done = [](qint64 pages, const QString &written) {
        return tr("Wrote the report (%n page(s)) to %1.", nullptr, int(std::min<qint64>(pages, INT_MAX))).arg(written);
    };
    texts.failed = [](const QString &error) { return tr("The report was not written: %1").arg(error); };
    texts.cancelled = tr("The report %1 was cancelled; nothing was written.").arg(file);
    track(job, tr("Writing the report %1…").arg(file), std::move(texts));
    return job;
}

int ExportController::startAuditExport(const AuditRequest &request, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    const int job = m_jobs->exportAudit(m_databasePath, request, path);
    Texts texts;
    texts.done = [](qint64 lines, const QString &written) {
        return tr("Exported %n audit line(s) to %1.", nullptr, int(std::min<qint64>(lines, INT_MAX))).arg(written);
    };
    texts.failed = [](const QString &error) { return tr("The audit trail was not exported: %1").arg(error); };
    texts.cancelled = tr("The audit trail export to %1 was cancelled; nothing was written.").arg(file);
    track(job, tr("Exporting the audit trail to %1…").arg(file), std::move(texts));
    return job;
}

void ExportController::saveBody(const QByteArray &body)
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save body"), QStringLiteral("body.json"), tr("All files (*)"));
    if (!path.isEmpty())
        startSave(body, path);
}

int ExportController::startSave(const QByteArray &body, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    const int job = m_jobs->saveBytes(body, path);
    Texts texts;
    texts.done = [](qint64 bytes, const QString &written) { return tr("Saved the body (%1 bytes) to %2.").arg(bytes).arg(written); };
    texts.failed = [](const QString &error) { return tr("The body was not saved: %1").arg(error); };
    texts.cancelled = tr("Saving the body to %1 was cancelled; nothing was written.").arg(file);
    track(job, tr("Saving the body to %1…").arg(file), std::move(texts));
    return job;
}

void ExportController::track(int job, const QString &label, Texts texts)
{
    auto *widget = new JobProgress(job, label, m_statusBar);
    connect(widget, &JobProgress::cancelRequested, m_jobs, &FileJobs::cancel);
    m_statusBar->addPermanentWidget(widget);
    m_shown.insert(job, Shown{widget, std::move(texts)});
    m_order.append(job);
}

QList<JobProgress *> ExportController::shownJobs() const
{
    QList<JobProgress *> widgets;
    for (const int job : m_order) {
        if (JobProgress *widget = m_shown.value(job).widget)
            widgets.append(widget);
    }
    return widgets;
}

void ExportController::onProgress(int job, qint64 done, qint64 total)
{
    const auto it = m_shown.constFind(job);
    if (it == m_shown.constEnd() || !it->widget)
        return;
    if (it->texts.progressLabel)
        it->widget->setLabel(it->texts.progressLabel(total));
    it->widget->setProgress(done, total);
}

bool ExportController::release(int job, Texts *texts)
{
    const auto it = m_shown.find(job);
    if (it == m_shown.end())
        return false;
    if (it->widget) {
        m_statusBar->removeWidget(it->widget);
        it->widget->deleteLater();
    }
    *texts = std::move(it->texts);
    m_shown.erase(it);
    m_order.removeOne(job);
    return true;
}

void ExportController::onFinished(int job, qint64 count, const QString &message)
{
    if (importEnded(job, std::nullopt, false))
        return;
    Texts texts;
    if (release(job, &texts) && texts.done)
        showDone(texts.done(count, message), message);
}

void ExportController::showDone(const QString &message, const QString &file)
{
    m_doneMessage = message;
    m_folder = QFileInfo(QDir::fromNativeSeparators(file)).absolutePath();
    m_showInFolder->setToolTip(tr("Opens %1").arg(QDir::toNativeSeparators(m_folder)));
    m_showInFolder->setAccessibleName(tr("Show %1 in its folder").arg(QFileInfo(file).fileName()));
    m_statusBar->showMessage(message, 15000);
    m_showInFolder->show();
}

int ExportController::importFiles(const QStringList &files)
{
    const int job = m_jobs->importFiles(files, m_importWriter ? m_importWriter() : ChunkedImport::WriteChunk());
    m_imports.insert(job, Import{files, false, {}});
    const QString what = files.size() == 1 ? QFileInfo(files.constFirst()).fileName() : tr("%n file(s)", nullptr, int(files.size()));
    track(job, tr("Checking %1…").arg(what), Texts{});
    return job;
}

bool ExportController::importEnded(int job, const std::optional<QString> &error, bool cancelled)
{
    const auto it = m_imports.constFind(job);
    if (it == m_imports.cend())
        return false;
    const Import import = *it;
    m_imports.erase(it);
    Texts unused;
    release(job, &unused);
    if (cancelled) {
        m_statusBar->showMessage(error.value_or(QString()), 15000); // it says how many stayed imported
    } else if (error) {
        m_problem(import.checked ? tr("Import failed: %1").arg(*error) : tr("Import refused: %1 Nothing was imported.").arg(*error));
    } else {
        const ImportSummary &s = import.written;
        const QString from = import.files.size() == 1 ? QDir::toNativeSeparators(import.files.constFirst())
                                                      : tr("%n file(s)", nullptr, int(import.files.size()));
        const QString message = tr("Imported %1 deliveries from %2: %3 new calls, %4 duplicates (%5 with a different body), "
                                   "%6 not JSON, %7 refused attempts.")
                                    .arg(s.deliveries).arg(from).arg(s.newCalls).arg(s.duplicates).arg(s.conflicts).arg(s.rejected).arg(s.refused);
        showDone(message, import.files.constFirst());
    }
    return true;
}

void ExportController::onFailed(int job, const QString &error, bool cancelled)
{
    if (importEnded(job, error, cancelled))
        return;
    Texts texts;
    if (!release(job, &texts))
        return;
    if (cancelled)
        m_statusBar->showMessage(texts.cancelled, 10000);
    else if (texts.failed)
        m_problem(texts.failed(error));
}

} // namespace CallScope
