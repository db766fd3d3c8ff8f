// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Strict JSON (RFC 8259) in front of QJsonDocument: what each way of checking a body costs per delivery, in
// one run, on three sets of bodies (the heavy realistic body of bench_parse, SyntheticCalls' bodies, and the
// spec's samples as tests/data has them, pretty-printed). Every case reads the body into a QJsonObject, as
// CallEventParser must; the "alone" rows show the check by itself.
// Usage: bench_strictjson [SECONDS_PER_CASE]
#include "benchsupport.h"
#include "domain/calleventparser.h"
#include "domain/strictjson.h"
#include "domain/syntheticcalls.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimeZone>

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>

using namespace CallScope;

namespace {

template<typename F>
void run(const char *name, const QList<QByteArray> &bodies, double seconds, F &&parse)
{
    qint64 count = 0;
    qint64 bytes = 0;
    qint64 failures = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (const QByteArray &b : bodies) {
            if (!parse(b))
                ++failures;
            bytes += b.size();
        }
        count += bodies.size();
    }
    const double s = double(timer.nsecsElapsed()) / 1e9;
    std::printf("| %-52s | %9.0f | %7.1f | %6.2f |%s\n", name, double(count) / s, double(bytes) / s / 1e6, s / double(count) * 1e6,
                failures ? " (some bodies refused)" : "");
}

// simdjson's DOM into Qt's JSON types directly, without QJsonDocument's own reader.
QJsonValue toQt(simdjson::dom::element e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray a;
        const simdjson::dom::array elements = e.get_array().value_unsafe();
        for (simdjson::dom::element x : elements)
            a.append(toQt(x));
        return a;
    }
    case simdjson::dom::element_type::OBJECT: {
        QJsonObject o;
        const simdjson::dom::object members = e.get_object().value_unsafe();
        for (simdjson::dom::key_value_pair kv : members)
            o.insert(QString::fromUtf8(kv.key.data(), qsizetype(kv.key.size())), toQt(kv.value));
        return o;
    }
    case simdjson::dom::element_type::INT64: return qint64(e.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64: return double(e.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE: return e.get_double().value_unsafe();
    case simdjson::dom::element_type::STRING: {
        const std::string_view s = e.get_string().value_unsafe();
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    case simdjson::dom::element_type::BOOL: return e.get_bool().value_unsafe();
    case simdjson::dom::element_type::NULL_VALUE: return QJsonValue(QJsonValue::Null);
    }
    return {};
}

void runAll(const char *title, const QList<QByteArray> &bodies, double seconds)
{
    qint64 total = 0;
    for (const QByteArray &b : bodies)
        total += b.size();
    std::printf("\n%s: %lld bodies, %lld bytes on average\n\n", title, qlonglong(bodies.size()), qlonglong(total / bodies.size()));
    std::printf("| %-52s | %9s | %7s | %6s |\n| --- | ---: | ---: | ---: |\n", "case", "bodies/s", "MB/s", "us/body");
    simdjson::dom::parser parser; // reused, as a listener thread would keep one
    volatile qsizetype sink = 0;
    run("QJsonDocument::fromJson (today)", bodies, seconds, [&](const QByteArray &b) {
        const QJsonObject o = QJsonDocument::fromJson(b).object();
        sink = sink + o.size();
        return !o.isEmpty();
    });
    run("StrictJson::check alone", bodies, seconds, [&](const QByteArray &b) { return !StrictJson::check(b); });
    run("StrictJson::check + QJsonDocument::fromJson", bodies, seconds, [&](const QByteArray &b) {
        if (StrictJson::check(b))
            return false;
        const QJsonObject o = QJsonDocument::fromJson(b).object();
        sink = sink + o.size();
        return true;
    });
    run("simdjson::validate_utf8 alone (UTF-8 only)", bodies, seconds,
        [&](const QByteArray &b) { return simdjson::validate_utf8(b.constData(), size_t(b.size())); });
    run("simdjson::validate_utf8 + QJsonDocument (misses 0x00-1F)", bodies, seconds, [&](const QByteArray &b) {
        if (!simdjson::validate_utf8(b.constData(), size_t(b.size())))
            return false;
        const QJsonObject o = QJsonDocument::fromJson(b).object();
        sink = sink + o.size();
        return true;
    });
    run("simdjson DOM parse alone", bodies, seconds, [&](const QByteArray &b) {
        return parser.parse(b.constData(), size_t(b.size())).error() == simdjson::SUCCESS;
    });
    run("simdjson DOM parse + QJsonDocument::fromJson", bodies, seconds, [&](const QByteArray &b) {
        if (parser.parse(b.constData(), size_t(b.size())).error() != simdjson::SUCCESS)
            return false;
        const QJsonObject o = QJsonDocument::fromJson(b).object();
        sink = sink + o.size();
        return true;
    });
    run("simdjson DOM parse -> QJsonObject built from it", bodies, seconds, [&](const QByteArray &b) {
        const auto doc = parser.parse(b.constData(), size_t(b.size()));
        if (doc.error() != simdjson::SUCCESS)
            return false;
        const QJsonObject o = toQt(doc.value_unsafe()).toObject();
        sink = sink + o.size();
        return true;
    });
    run("CallEventParser::parse (the whole, with StrictJson)", bodies, seconds, [&](const QByteArray &b) {
        const ParsedEvent parsed = CallEventParser::parse(b);
        sink = sink + parsed.problems.size();
        return parsed.validation() != Validation::Rejected;
    });
}

// Where the readers disagree, on bodies that RFC 8259 allows or refuses: the speed above counts only if the
// verdict is right, and an error that names no byte is no answer for a sender.
void verdicts()
{
    struct Case {
        const char *what;
        QByteArray text;
    };
    const QList<Case> cases{
        {"RFC: yes. An integer beyond 64 bits", "{\"n\":123456789012345678901234567890}"},
        {"RFC: yes. A lone surrogate escape (8.2)", "{\"s\":\"\\ud800\"}"},
        {"RFC: yes, range is the reader's (9). 1e400", "{\"n\":1e400}"},
        {"RFC: no. A raw line feed in a string", "{\"s\":\"a\nb\"}"},
        {"RFC: no. An unknown escape \\x", "{\"s\":\"\\x41\"}"},
        {"RFC: no. The number 1.", "{\"n\":1.}"},
        {"RFC: no. The number .5", "{\"n\":.5}"},
        {"RFC: no, a reader MAY skip it (8.1). A BOM", "\xEF\xBB\xBF{}"},
        {"RFC: no. Overlong UTF-8", "{\"s\":\"\xC0\xAF\"}"},
    };
    simdjson::dom::parser parser;
    std::printf("\nVerdicts (ok, or the error as each reader gives it)\n\n| body | StrictJson | QJsonDocument | simdjson DOM |\n| --- | --- | --- | --- |\n");
    for (const Case &c : cases) {
        const auto strict = StrictJson::check(c.text);
        QJsonParseError qt{};
        QJsonDocument::fromJson(c.text, &qt);
        const auto simd = parser.parse(c.text.constData(), size_t(c.text.size())).error();
        std::printf("| %s | %s | %s | %s |\n", c.what,
                    strict ? qPrintable(QStringLiteral("%1 at byte %2").arg(strict->reason).arg(strict->offset)) : "ok",
                    qt.error ? qPrintable(qt.errorString()) : "ok", simd ? simdjson::error_message(simd) : "ok");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 2.0;
    std::printf("simdjson %s, implementation %s; %.1f s per case, one thread\n", QT_STRINGIFY(SIMDJSON_VERSION),
                simdjson::get_active_implementation()->name().c_str(), seconds);

    QList<QByteArray> realistic;
    for (int i = 0; i < 1000; ++i)
        realistic.append(Bench::realisticBody(i));
    runAll("Realistic heavy bodies (bench_parse's, all 51 outcomes)", realistic, seconds);

    QList<QByteArray> synthetic;
    SyntheticCalls generator(20261204, 1000, QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()));
    for (int i = 0; i < 1000; ++i)
        synthetic.append(generator.next());
    runAll("SyntheticCalls bodies (one in seven in Spanish)", synthetic, seconds);

    QList<QByteArray> samples;
    const QDir dir(QStringLiteral(CALLSCOPE_SAMPLES));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            samples.append(f.readAll());
    }
    if (samples.isEmpty()) {
        std::fprintf(stderr, "no samples in %s\n", CALLSCOPE_SAMPLES);
        return 1;
    }
    runAll("The spec's samples (tests/data/samples, pretty-printed)", samples, seconds);
    verdicts();
    return 0;
}
