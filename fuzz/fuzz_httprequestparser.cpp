// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Feeds arbitrary bytes to the HTTP framer twice, at once and in pieces whose sizes the input chooses, and
// aborts if the two disagree or a request breaks a limit: the framer must be a pure function of the bytes,
// however the network slices them.
#include "listener/httprequestparser.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace CallScope;

namespace {

struct Outcome {
    HttpRequestParser::Status status;
    int errorStatus = 0;
    QByteArray method, target, body;
    qsizetype headerCount = 0;
    bool operator==(const Outcome &) const = default;
};

// Every request (pipelined ones too) until the bytes run out or the framer fails.
std::vector<Outcome> frame(const QByteArray &input, qsizetype piece, const HttpLimits &limits)
{
    std::vector<Outcome> outcomes;
    HttpRequestParser parser(limits);
    QByteArray buffer;
    qsizetype offset = 0;
    for (;;) {
        const HttpRequestParser::Status status = parser.feed(buffer);
        if (status == HttpRequestParser::Status::Complete) {
            const HttpRequest r = parser.takeRequest();
            if (r.body.size() > limits.maxBodyBytes)
                std::abort();
            outcomes.push_back({status, 0, r.method, r.target, r.body, r.headers.size()});
            parser.reset();
            continue;
        }
        if (status == HttpRequestParser::Status::Failed) {
            if (parser.errorStatus() < 400 || parser.errorStatus() > 505)
                std::abort();
            outcomes.push_back({status, parser.errorStatus(), {}, {}, {}, 0});
            return outcomes;
        }
        if (status == HttpRequestParser::Status::HeadComplete)
            continue; // the connection would send 100 Continue here, then go on with the bytes it has
        if (offset >= input.size())
            return outcomes;
        buffer.append(input.mid(offset, piece));
        offset += piece;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + data[0] % 17;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const HttpLimits limits{512, 4096};
    const std::vector<Outcome> whole = frame(input, input.size() + 1, limits);
    const std::vector<Outcome> pieces = frame(input, piece, limits);
    if (whole != pieces) {
        // Say how they differ, so that a crash file explains itself.
        for (const auto *run : {&whole, &pieces}) {
            std::fprintf(stderr, "%s:", run == &whole ? "whole" : "pieces");
            for (const Outcome &o : *run)
                std::fprintf(stderr, " [%d %d %s %s body=%lld headers=%lld]", int(o.status), o.errorStatus, o.method.constData(),
                             o.target.constData(), qlonglong(o.body.size()), qlonglong(o.headerCount));
            std::fprintf(stderr, "\n");
        }
        std::abort();
    }
    return 0;
}
