// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

namespace CallScope {

// Realistic, internally consistent call.completed bodies for demos, `callscope send --synthetic` and load
// tests: a wrong party never pays, bankruptcy comes with its attorney, case and chapter, a promise to pay
// has its days, durations fit the outcome, about one call in seven is in Spanish, and the compliance
// cases (cease-and-desist, do-not-call, bankruptcy, deceased, fraud, legal threats, complaints) come in
// plausible proportions. Every call has its own callId; the same seed gives the same calls.
//
// The calls happened in the past, as a demo's should: `count` calls over the `days` days before `end`, in
// the local business hours of each day (8:00 to 18:00, busiest mid-morning and mid-afternoon), weekdays
// heavier than Saturday and Sunday, none later than a quarter of an hour before `end`, handed out in the
// order they happened. Asked for more than `count`, it goes on a few minutes apart after the last one.
class SyntheticCalls final
{
public:
    explicit SyntheticCalls(quint32 seed, int count, QDateTime end = QDateTime::currentDateTimeUtc(), int days = 30);

    // The next call's body, compact JSON, valid against the spec.
    QByteArray next();
    // When the platform sent the call that next() returned last (its envelope's `timestamp`).
    QDateTime lastSentAt() const { return m_lastSentAt; }

private:
    QString objectId();
    // `count` start times over the schedule, ascending (ms since the epoch).
    QList<qint64> schedule(int count, const QDateTime &end, int days);

    QRandomGenerator m_random;
    QList<qint64> m_starts;
    qsizetype m_nextStart = 0;
    QDateTime m_clock;
    QDateTime m_lastSentAt;
    quint64 m_serial = 0;
};

} // namespace CallScope
