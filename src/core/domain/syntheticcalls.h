// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

namespace CallScope {

// Realistic, internally consistent call.completed bodies for demos, `callscope send --synthetic` and load
// tests: a wrong party never pays, bankruptcy comes with its attorney, case and chapter, a promise to pay
// has its days, durations fit the outcome, about one call in seven is in Spanish, and the compliance
// cases (cease-and-desist, do-not-call, bankruptcy, deceased, fraud, legal threats, complaints) come in
// plausible proportions. Every call has its own callId; the same seed gives the same calls.
class SyntheticCalls final
{
public:
    explicit SyntheticCalls(quint32 seed = 1, QDateTime start = QDateTime::currentDateTimeUtc());

    // The next call's body, compact JSON, valid against the spec.
    QByteArray next();

private:
    QString objectId();

    QRandomGenerator m_random;
    QDateTime m_clock;
    quint64 m_serial = 0;
};

} // namespace CallScope
