// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Export throughput: every format over a big store, written to a file, one after the other.
// Usage: bench_export DATABASE   (bench_gui_scale makes a store of a million calls: bench_gui_scale 1000000 DATABASE)
#include "export/callexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace CallScope;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_export DATABASE\n");
        return 2;
    }
    const QString database = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    std::printf("| format | ms | MB written |\n| --- | ---: | ---: |\n");
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Ndjson, ExportFormat::Json, ExportFormat::Har}) {
        QFile out(dir.filePath(QStringLiteral("export.") + exportFormatName(format)));
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        ExportRequest request;
        request.format = format;
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!CallExport::write(database, request, out, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        out.close();
        std::printf("| %s | %lld | %.0f |\n", qPrintable(exportFormatName(format)), qlonglong(timer.elapsed()), QFileInfo(out).size() / 1e6);
        out.remove();
    }
    return 0;
}
