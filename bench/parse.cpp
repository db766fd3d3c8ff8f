// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Parse and validate throughput of CallEventParser on realistic bodies, next to the bare
// QJsonDocument::fromJson of the same bytes (the floor: what any JSON-reading receiver pays).
// Usage: bench_parse [SECONDS_PER_CASE]
#include "benchsupport.h"
#include "domain/calleventparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace CallScope;
using CallScope::Bench::realisticBody;

namespace {

template<typename F>
void run(const char *name, const QList<QByteArray> &bodies, double seconds, F &&parse)
{
    qint64 count = 0;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (const QByteArray &b : bodies) {
            parse(b);
            bytes += b.size();
        }
        count += bodies.size();
    }
    const double s = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%-34s %10.0f bodies/s %8.1f MB/s %8.2f us/body\n", name, double(count) / s,
                double(bytes) / s / 1e6, s / double(count) * 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
    QList<QByteArray> bodies;
    for (int i = 0; i < 1000; ++i)
        bodies.append(realisticBody(i));
    std::printf("%lld bodies of %lld bytes on average, %.1f s per case\n", qlonglong(bodies.size()),
                qlonglong(bodies.first().size()), seconds);

    volatile qsizetype sink = 0;
    run("QJsonDocument::fromJson (floor)", bodies, seconds, [&](const QByteArray &b) {
        sink = sink + QJsonDocument::fromJson(b).object().size();
    });
    run("CallEventParser::parse", bodies, seconds, [&](const QByteArray &b) {
        sink = sink + CallEventParser::parse(b).problems.size();
    });
    return 0;
}
