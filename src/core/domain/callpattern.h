// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/outcomecatalogue.h"

#include <QStringList>

namespace CallScope {

// Contact-pattern warnings across the calls of one phone or file number, as a reviewer of collection
// calls must catch them: a call after the consumer asked for no more calls (do-not-call or
// cease-and-desist), more than 7 calls in 7 days, a call after a bankruptcy was reported. Stored per
// call as bits, worked out when the call arrives and again when a call created before it arrives later
// (PatternRevisor).
class CallPattern final
{
public:
    CallPattern() = delete;
    enum Warning {
        AfterStopRequest = 1,
        TooFrequent = 2, // more than MaxCalls in WindowMs, this call included
        AfterBankruptcy = 4,
    };
    static constexpr int MaxCalls = 7;
    static constexpr qint64 WindowMs = 7LL * 24 * 3600 * 1000;

    // The raised-mask bits of do-not-call and cease-and-desist.
    static qint64 stopMask()
    {
        return (qint64(1) << int(OutcomeId::DoNotCall)) | (qint64(1) << int(OutcomeId::CeaseAndDesist));
    }
    static qint64 bankruptcyMask() { return qint64(1) << int(OutcomeId::Bankruptcy); }
    static int warnings(bool earlierStopRequest, bool earlierBankruptcy, int callsInWindow)
    {
        return (earlierStopRequest ? AfterStopRequest : 0) | (callsInWindow > MaxCalls ? TooFrequent : 0) | (earlierBankruptcy ? AfterBankruptcy : 0);
    }
    // One translated sentence per warning.
    static QStringList describe(int warnings);
    // What changed since a review that saw `reviewed`: one translated sentence that names the warnings that
    // appeared and those that disappeared (empty when nothing changed).
    static QString describeChange(int reviewed, int now);
};

} // namespace CallScope
