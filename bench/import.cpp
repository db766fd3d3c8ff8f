// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// `callscope import` of a big ndjson file into a fresh store: deliveries a second and peak RSS, for this
// build's binary and, in the same run and on the same file, for any other build's (main's before the
// streaming import). Each import runs as a child process, timed and measured by wait4() (ru_maxrss).
//
//   bench_import [COUNT] [DIR] [OTHER_CALLSCOPE...]
//
// The file: COUNT lines of SyntheticCalls bodies (distinct idempotency keys, phone numbers from a pool of
// 100,000, calls spread over a year), of which ~10 % are redeliveries of an earlier line (one in ten of
// those with a changed summary: a conflict), as a platform's log of deliveries would hold them.
#include "domain/syntheticcalls.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>

#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace CallScope;

namespace {

struct Run {
    int status = -1;
    double seconds = 0;
    long maxRssKb = 0;
};

Run runImport(const QString &binary, const QString &db, const QString &file)
{
    const QByteArray bin = binary.toLocal8Bit();
    const QByteArray dbArg = db.toLocal8Bit();
    const QByteArray fileArg = file.toLocal8Bit();
    char *argv[] = {const_cast<char *>(bin.constData()), const_cast<char *>("import"), const_cast<char *>("--db"),
                    const_cast<char *>(dbArg.constData()), const_cast<char *>(fileArg.constData()), nullptr};
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Run run;
    if (posix_spawn(&pid, bin.constData(), nullptr, nullptr, argv, environ) != 0)
        return run;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.maxRssKb = usage.ru_maxrss;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    const int count = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/callscope-bench-import");
    QStringList binaries{QFileInfo(QString::fromLocal8Bit(argv[0])).absolutePath() + QStringLiteral("/callscope")};
    for (int i = 3; i < argc; ++i)
        binaries.append(QString::fromLocal8Bit(argv[i]));
    QDir().mkpath(dir);
    const QString file = dir + QStringLiteral("/deliveries.ndjson");

    if (QFileInfo(file).size() == 0 || !QFileInfo::exists(file + QStringLiteral(".") + QString::number(count))) {
        QElapsedTimer timer;
        timer.start();
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        const int distinct = count - count / 10;
        SyntheticCalls calls(20261202, distinct, QDateTime(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC), 365);
        QRandomGenerator random(7);
        QList<QByteArray> recent; // the last lines, some of which come again
        recent.reserve(4096);
        for (int i = 0; i < count; ++i) {
            QByteArray line;
            if (i % 10 == 9 && !recent.isEmpty()) {
                line = recent[random.bounded(int(recent.size()))];
                if (i % 100 == 99)
                    line.replace("\"summary\":\"", "\"summary\":\"(redelivered, edited) ");
            } else {
                line = calls.next();
                if (recent.size() < 4096)
                    recent.append(line);
                else
                    recent[random.bounded(4096)] = line;
            }
            out.write(line);
            out.write("\n");
        }
        out.close();
        QFile(file + QStringLiteral(".") + QString::number(count)).open(QIODevice::WriteOnly); // says the file is whole
        std::printf("wrote %d lines (%.1f MB) in %.1f s\n", count, double(QFileInfo(file).size()) / 1e6, double(timer.elapsed()) / 1000);
    }
    const double megabytes = double(QFileInfo(file).size()) / 1e6;
    std::printf("file: %s, %d lines, %.1f MB\n", qPrintable(file), count, megabytes);
    std::printf("| binary | exit | seconds | deliveries/s | MB/s | peak RSS MB |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (const QString &binary : std::as_const(binaries)) {
        const QString db = dir + QStringLiteral("/store.db");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
        const Run run = runImport(binary, db, file);
        std::printf("| %s | %d | %.1f | %.0f | %.1f | %.0f |\n", qPrintable(binary), run.status, run.seconds, count / run.seconds, megabytes / run.seconds,
                    double(run.maxRssKb) / 1024);
        std::fflush(stdout);
    }
    return 0;
}
