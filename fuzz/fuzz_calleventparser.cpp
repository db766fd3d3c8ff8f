// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Arbitrary bodies into the envelope parser: never a crash, the raw bytes always kept, and a verdict that
// agrees with its problems.
#include "domain/calleventparser.h"

#include <cstdlib>

using namespace CallScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedEvent parsed = CallEventParser::parse(body);
    if (parsed.event.raw != body)
        std::abort();
    if (parsed.validation() == Validation::Rejected && !parsed.event.json.isEmpty())
        std::abort();
    for (const ValidationProblem &p : parsed.problems) {
        if (p.message.isEmpty() || !p.path.startsWith(QLatin1Char('$')))
            std::abort();
    }
    return 0;
}
