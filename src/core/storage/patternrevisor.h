// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace CallScope {

// Keeps the stored contact-pattern warnings (CallPattern) right whatever order calls arrive in. A call's
// warnings are worked out from the calls created before it to the same phone or file number, so a call
// that arrives late (created before calls already stored), by the listener or by an import, can change the
// warnings of the calls created after it, in both directions. Each change of a stored call's warnings is
// recorded in pattern_revisions (append-only) with the call whose arrival caused it.
//
// Used inside the writer's open transaction: noteArrival() for each new call written, then reviseNoted()
// before the commit (forget() after a rollback). The recomputation waits for the end of the batch, so
// that a call that many arrivals of one batch touch is worked out once, from the whole batch.
class PatternRevisor final
{
    Q_DISABLE_COPY_MOVE(PatternRevisor)
public:
    explicit PatternRevisor(const QSqlDatabase &db);

    bool prepare(QString *error);

    // A new call was written. It is noted, and so is each stored call whose warnings its arrival can change:
    // created after it, to its phone or file number, within 7 days of it (any time after it when it raised
    // a stop request or a bankruptcy). One indexed lookup, which finds nothing for a call newer than the
    // others of its phone and file number (the usual order of arrival).
    bool noteArrival(qint64 callRow, const QString &phoneNumber, const QString &fileNumber, qint64 createdMs,
                     qint64 raisedMask, QString *error);
    // Works out the warnings of the noted calls from the calls before them, writes those that changed and
    // records a revision for each call that was stored before this transaction (a new call's first value
    // is none). Forgets what was noted. `revisedByCause`: the revised calls, by the new call that caused it;
    // `freshWarnings`: the warnings of the new calls that have any.
    bool reviseNoted(qint64 atMs, QString *error, QMultiHash<qint64, qint64> *revisedByCause = nullptr,
                     QHash<qint64, int> *freshWarnings = nullptr);
    // After a rollback: nothing noted was written.
    void forget();
    // Works the warnings of every call out again (schema step 11): revisions without a cause.
    bool reviseAll(qint64 atMs, QString *error);

private:
    struct Cause {
        qint64 callRow = 0;
        qint64 createdMs = 0;
    };
    // The one recomputation: `recomputed` (executed) yields calls and what their warnings are made of (id, the
    // stored warnings, whether it can have any, an earlier stop request, an earlier bankruptcy, the calls in
    // the 7 days before it); the changed ones are written, and recorded unless in m_fresh.
    bool revise(QSqlQuery &recomputed, qint64 atMs, QString *error, QMultiHash<qint64, qint64> *revisedByCause = nullptr,
                QHash<qint64, int> *freshWarnings = nullptr);

    QSqlDatabase m_db;
    QSqlQuery m_affected; // the stored calls an arrival can change
    QSqlQuery m_recomputeListed; // the calls of a JSON array of ids
    QSqlQuery m_update;
    QSqlQuery m_record;
    QSet<qint64> m_fresh; // new calls of this transaction, to be worked out
    QHash<qint64, Cause> m_stale; // calls stored before, to be worked out again, and the arrival that asks it
};

} // namespace CallScope
