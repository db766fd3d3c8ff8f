// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "ndjsonexport.h"

#include "domain/jsonstringstate.h"



namespace CallScope {

QByteArray NdjsonExport::compact(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    JsonStringState state;
    for (char c : json) {
        if (state.step(c) || (c != ' ' && c != '\t' && c != '\n' && c != '\r'))
            out.append(c);
    }
    return out;
}

} // namespace CallScope
