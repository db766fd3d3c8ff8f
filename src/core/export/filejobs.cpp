// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "filejobs.h"

#include "demo/demoworkspace.h"
#include "domain/syntheticcalls.h"
#include "export/callimport.h"
#include "report/reportwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QMutexLocker>
#include <QSaveFile>

namespace CallScope {

namespace {

// Two exports and a read at once, without a slow disk holding back a quick job behind it.
constexpr int kThreads = 4;
// Synthetic calls between two progress reports (and cancel checks): about 20 ms of work.
constexpr int kSyntheticStep = 1000;

QString cancelledMessage()
{
    return QCoreApplication::translate("CallScope::FileJobs", "Cancelled; nothing was written.");
}

} // namespace

FileJobs::FileJobs(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<CallScope::IncomingDelivery>>();
    qRegisterMetaType<QList<CallScope::OutgoingDelivery>>();
    qRegisterMetaType<CallScope::ImportSummary>();
    m_pool.setMaxThreadCount(kThreads);
}

FileJobs::~FileJobs()
{
    {
        QMutexLocker locker(&m_mutex);
        for (const auto &flag : std::as_const(m_cancelFlags))
            *flag = true; // a job still running stops at its next step, and is discarded
    }
    m_pool.waitForDone();
}

int FileJobs::start(Work work)
{
    const int job = ++m_lastJob;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    {
        QMutexLocker locker(&m_mutex);
        m_cancelFlags.insert(job, cancelled);
    }
    m_pool.start([this, job, cancelled, work = std::move(work)] {
        Outcome outcome;
        if (!cancelled->load()) { // cancelled while it waited for a thread
            Q_EMIT started(job);
            outcome = work(job, *cancelled);
        }
        {
            QMutexLocker locker(&m_mutex);
            m_cancelFlags.remove(job);
        }
        // A job that completed is answered as such even when Cancel came too late: its file exists.
        if (outcome.ok)
            Q_EMIT finished(job, outcome.count, outcome.message);
        else if (cancelled->load())
            Q_EMIT failed(job, outcome.cancelled.isEmpty() ? cancelledMessage() : outcome.cancelled, true);
        else
            Q_EMIT failed(job, outcome.message, false);
    });
    return job;
}

void FileJobs::cancel(int job)
{
    QMutexLocker locker(&m_mutex);
    if (const auto flag = m_cancelFlags.value(job))
        *flag = true;
}

int FileJobs::runningCount() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_cancelFlags.size());
}

int FileJobs::exportCalls(const QString &databasePath, const ExportRequest &request, const QString &targetPath)
{
    return start([this, databasePath, request, targetPath](int job, const std::atomic<bool> &cancelled) {
        Outcome outcome;
        outcome.ok = saveFile(targetPath, &outcome.message, [&](QIODevice &file, QString *why) {
            return CallExport::write(databasePath, request, file, why, [&](qint64 done, qint64 total) {
                outcome.count = done;
                Q_EMIT progress(job, done, total); // queued to the window
                return !cancelled.load();
            });
        });
        if (outcome.ok)
            outcome.message = QDir::toNativeSeparators(targetPath);
        return outcome;
    });
}

int FileJobs::writeReport(const QString &databasePath, const ReportOptions &options, const QString &targetPath)
{
    return start([this, databasePath, options, targetPath](int job, const std::atomic<bool> &cancelled) {
        Outcome outcome;
        const std::optional<ReportResult> written = ReportWriter::writeFile(
            databasePath, options, targetPath, &outcome.message, [&](qint64 done, qint64 total) { Q_EMIT progress(job, done, total); }, &cancelled);
        outcome.ok = written.has_value();
        if (written) {
            outcome.count = written->pages;
            outcome.message = QDir::toNativeSeparators(targetPath);
        }
        return outcome;
    });
}

int FileJobs::exportAudit(const QString &databasePath, const AuditRequest &request, const QString &targetPath)
{
    return start([this, databasePath, request, targetPath](int job, const std::atomic<bool> &cancelled) {
        Outcome outcome;
        outcome.ok = saveFile(targetPath, &outcome.message, [&](QIODevice &file, QString *why) {
            const std::optional<qint64> written = AuditExport::write(databasePath, request, file, why, [&](qint64 done, qint64 total) {
                Q_EMIT progress(job, done, total);
                return !cancelled.load();
            });
            outcome.count = written.value_or(0);
            return written.has_value();
        });
        if (outcome.ok)
            outcome.message = QDir::toNativeSeparators(targetPath);
        return outcome;
    });
}

int FileJobs::saveBytes(const QByteArray &bytes, const QString &targetPath)
{
    return start([bytes, targetPath](int, const std::atomic<bool> &cancelled) {
        Outcome outcome;
        outcome.ok = saveFile(targetPath, &outcome.message, [&](QIODevice &file, QString *) {
            if (cancelled.load())
                return false;
            return file.write(bytes) == bytes.size(); // a short write: commit() is then refused, saying why
        });
        outcome.count = bytes.size();
        if (outcome.ok)
            outcome.message = QDir::toNativeSeparators(targetPath);
        return outcome;
    });
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
        if (error->isEmpty())
            cannotWrite(file);
        file.cancelWriting();
        return false;
    }
    return file.commit() || cannotWrite(file);
}

int FileJobs::readForReplay(const QString &databasePath, const QList<qint64> &callIds)
{
    return start([this, databasePath, callIds](int job, const std::atomic<bool> &cancelled) {
        Outcome outcome;
        const auto deliveries = DeliverySender::fromStore(databasePath, CallFilter::compile(u""), &outcome.message, callIds);
        outcome.ok = deliveries.has_value() && !cancelled.load();
        if (outcome.ok) {
            outcome.count = deliveries->size();
            Q_EMIT deliveriesRead(job, *deliveries);
        }
        return outcome;
    });
}

int FileJobs::generateSynthetic(int count, quint32 seed)
{
    return start([this, count, seed](int job, const std::atomic<bool> &cancelled) {
        Outcome outcome;
        SyntheticCalls generator{seed, count};
        QList<OutgoingDelivery> deliveries;
        deliveries.reserve(count);
        const HttpHeaders headers = DeliverySender::contentHeaders({});
        for (int i = 0; i < count; ++i) {
            if (i % kSyntheticStep == 0) {
                if (cancelled.load())
                    return outcome;
                Q_EMIT progress(job, i, count);
            }
            deliveries.append({generator.next(), headers, 0, QString::number(i + 1)});
        }
        outcome.ok = true;
        outcome.count = count;
        Q_EMIT deliveriesRead(job, deliveries);
        return outcome;
    });
}

int FileJobs::openDemoWorkspace(const QString &path)
{
    return start([path](int, const std::atomic<bool> &cancelled) {
        Outcome outcome;
        const auto summary = DemoWorkspace::open(path, QDateTime::currentDateTime(), &outcome.message, &cancelled);
        outcome.ok = summary.has_value();
        if (outcome.ok) {
            outcome.count = summary->calls;
            outcome.message = QDir::toNativeSeparators(path);
        }
        return outcome;
    });
}

int FileJobs::importFiles(const QStringList &files, ChunkedImport::WriteChunk write)
{
    return start([this, files, write = std::move(write)](int job, const std::atomic<bool> &cancelled) {
        Outcome outcome;
        const qint64 receivedMs = QDateTime::currentMSecsSinceEpoch();
        const auto progressOf = [this, job](qint64 done, qint64 total) { Q_EMIT progress(job, done, total); };
        const std::optional<ChunkedImport::Plan> plan = ChunkedImport::check(files, &outcome.message, progressOf, &cancelled);
        if (!plan) {
            Q_EMIT imported(job, {});
            outcome.cancelled = QCoreApplication::translate("CallScope::FileJobs", "Cancelled; nothing was imported.");
            return outcome;
        }
        Q_EMIT importChecked(job, plan->deliveries);
        const ChunkedImport::Result result = ChunkedImport::write(*plan, receivedMs, write, progressOf, &cancelled);
        Q_EMIT imported(job, result.written);
        outcome.ok = result.ok;
        outcome.count = result.written.deliveries;
        (result.cancelled ? outcome.cancelled : outcome.message) = result.error;
        return outcome;
    });
}

int FileJobs::readSession(const QString &file)
{
    return start([this, file](int job, const std::atomic<bool> &cancelled) {
        Outcome outcome;
        const auto deliveries = readAll({file}, cancelled, &outcome.message);
        outcome.ok = deliveries.has_value();
        if (outcome.ok) {
            outcome.count = deliveries->size();
            Q_EMIT sessionRead(job, *deliveries);
        }
        return outcome;
    });
}

std::optional<QList<IncomingDelivery>> FileJobs::readAll(const QStringList &files, const std::atomic<bool> &cancelled, QString *error)
{
    QList<IncomingDelivery> deliveries;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &file : files) {
        const auto read = CallImport::read(file, now, error);
        if (!read || cancelled.load())
            return std::nullopt;
        deliveries += *read;
    }
    return deliveries;
}

} // namespace CallScope
