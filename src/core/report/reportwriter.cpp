// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "reportwriter.h"

#include "report/reportdata.h"
#include "report/reportdocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace CallScope {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::Report)
};

void setUp(QPdfWriter &writer, const ReportOptions &options, const QString &title)
{
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0)); // ReportLayout keeps its own margins
    writer.setResolution(72); // one unit a point
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CallScope"));
}

} // namespace

std::optional<ReportResult> ReportWriter::write(const QString &databasePath, const ReportOptions &options, QIODevice &out, QString *error,
                                                const Progress &progress, const std::atomic<bool> *cancelled)
{
    constexpr qint64 Steps = 3;
    const auto step = [&](qint64 done) {
        if (progress)
            progress(done, Steps);
        if (cancelled && cancelled->load()) {
            *error = Text::tr("The report was cancelled.");
            return false;
        }
        return true;
    };
    if (!step(0))
        return std::nullopt;
    const std::optional<ReportData> data = ReportData::read(databasePath, options, error);
    if (!data || !step(1))
        return std::nullopt;
    const ReportDocument document(*data, options);
    // "Page N of M" needs M before page 1 is drawn: a first pass into memory counts the pages.
    int pages = 0;
    {
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter counter(&scratch);
        setUp(counter, options, document.title());
        pages = document.render(counter, 0);
    }
    if (!step(2))
        return std::nullopt;
    QPdfWriter writer(&out);
    setUp(writer, options, document.title());
    document.render(writer, pages);
    step(3);
    return ReportResult{pages, data->statistics.headline.calls};
}

std::optional<ReportResult> ReportWriter::writeFile(const QString &databasePath, const ReportOptions &options, const QString &targetPath,
                                                    QString *error, const Progress &progress, const std::atomic<bool> *cancelled)
{
    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(targetPath), file.errorString());
        return std::nullopt;
    }
    std::optional<ReportResult> result = write(databasePath, options, file, error, progress, cancelled);
    if (!result) {
        file.cancelWriting();
        return std::nullopt;
    }
    if (!file.commit()) {
        *error = Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(targetPath), file.errorString());
        return std::nullopt;
    }
    return result;
}

} // namespace CallScope
