// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "storemigrations.h"

#include "domain/callevent.h"
#include "domain/httpheaders.h"
#include "storage/dedupeindex.h"
#include "storage/patternrevisor.h"
#include "storage/sqlsupport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMigrations, "callscope.store.schema", QtWarningMsg)

namespace CallScope {

namespace {

// SQLite calls the progress handler every this many virtual machine instructions (well under a millisecond).
constexpr int kOpsPerTick = 1000;

// Debian's Qt links the system SQLite, the one linked here: the driver's handle is that library's.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

} // namespace

MigrationStep::MigrationStep(QSqlDatabase &db, std::function<void(double)> report)
    : m_db(db)
    , m_report(std::move(report))
{
    if (sqlite3 *handle = handleOf(m_db))
        sqlite3_progress_handler(handle, kOpsPerTick, &MigrationStep::tick, this);
}

MigrationStep::~MigrationStep()
{
    // What the estimate of expectRowsOf() is checked against (bench_migrate, with callscope.store.schema.info on).
    qCInfo(lcMigrations) << "step ticks:" << m_ticks << "expected:" << m_expectedTicks;
    if (sqlite3 *handle = handleOf(m_db))
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}

int MigrationStep::tick(void *self)
{
    auto *step = static_cast<MigrationStep *>(self);
    ++step->m_ticks;
    if (step->m_expectedTicks > 0 && step->m_report)
        step->m_report(std::min(0.99, double(step->m_ticks) / double(step->m_expectedTicks)));
    return 0; // never interrupts: a step runs to its end or fails
}

bool MigrationStep::exec(const char *sql)
{
    static const QRegularExpression statementEnd(QStringLiteral(";\\s*(\\n|$)"));
    QSqlQuery q(m_db);
    for (const QString &statement : QString::fromUtf8(sql).split(statementEnd, Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!q.exec(statement)) {
            m_error = sqlProblem(q.lastError());
            return false;
        }
    }
    return true;
}

void MigrationStep::expectRowsOf(const char *table, int opsPerRow)
{
    // The largest rowid, not count(*): a count reads the whole table (5.7 s for a million calls, step 3).
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT max(rowid) FROM ") + QLatin1String(table)) && q.next())
        m_expectedTicks = std::max<qint64>(1, q.value(0).toLongLong() * opsPerRow / kOpsPerTick);
    m_ticks = 0;
}

namespace {

// Step 8's code: the raised bits, malformed bits and severity of the calls that have a mistyped outcome. Only
// invalid calls can have one: a wrong type is a schema error.
bool addTypedOutcomes(MigrationStep &step)
{
    QSqlQuery select(step.db());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, outcomes FROM calls WHERE validation = 2 AND outcomes IS NOT NULL"))) {
        step.fail(sqlProblem(select.lastError()));
        return false;
    }
    QSqlQuery update(step.db());
    update.prepare(QStringLiteral("UPDATE calls SET raised_mask = ?, malformed_mask = ?, severity = ? WHERE id = ?"));
    QString error;
    while (select.next()) {
        // The outcomes as an event holds them: CallEvent's one reading gives the bits and the severity.
        const QJsonObject outcomes = QJsonDocument::fromJson(select.value(1).toString().toUtf8()).object();
        CallEvent e;
        for (const OutcomeInfo &info : OutcomeCatalogue::outcomes())
            e.outcomes[size_t(info.id)] = outcomes.value(info.key);
        const qint64 malformed = e.malformedMask();
        if (malformed == 0)
            continue;
        bindAll(update, {e.raisedMask(), malformed, int(e.severity()), select.value(0)});
        if (!execLogged(update, lcMigrations(), &error)) {
            step.fail(error);
            return false;
        }
    }
    return true;
}

// Step 11's code: every call's contact-pattern warnings worked out again, as they are now kept (PatternRevisor):
// step 8 took back mistyped outcomes ("doNotCall":"no" read as true) that had raised warnings on later calls, and
// calls that arrived out of order or by import never changed those of the calls created after them. Each
// change is recorded as a revision without a cause; a reviewed call whose warnings change shows as changed
// since review (the step's SQL kept what it had when reviewed).
bool revisePatterns(MigrationStep &step)
{
    PatternRevisor revisor(step.db());
    QString error;
    if (revisor.prepare(&error) && revisor.reviseAll(QDateTime::currentMSecsSinceEpoch(), &error))
        return true;
    step.fail(error);
    return false;
}

// Step 1: calls (one row per idempotencyKey, or per delivery without one) and every delivery.
bool createCallsAndDeliveries(MigrationStep &step)
{
    return step.exec(R"(CREATE TABLE calls (
        id INTEGER PRIMARY KEY,
        idempotency_key TEXT UNIQUE,
        event TEXT, call_id TEXT, phone_number TEXT, file_number TEXT,
        organization_id TEXT, organization_name TEXT, agent_id TEXT, agent_name TEXT,
        status TEXT, duration_ms INTEGER, summary TEXT, recording_url TEXT,
        created_at TEXT, ended_at TEXT, created_ms INTEGER, ended_ms INTEGER,
        outcomes TEXT, raised_mask INTEGER NOT NULL DEFAULT 0, severity INTEGER NOT NULL DEFAULT 0,
        validation INTEGER NOT NULL, conflict INTEGER NOT NULL DEFAULT 0, key_mismatch INTEGER NOT NULL DEFAULT 0,
        first_received_ms INTEGER NOT NULL, last_received_ms INTEGER NOT NULL,
        deliveries INTEGER NOT NULL DEFAULT 1, first_body_hash BLOB);
     CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        call_ref INTEGER REFERENCES calls(id),
        received_ms INTEGER NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, query TEXT NOT NULL,
        headers TEXT NOT NULL, remote_address TEXT NOT NULL, body BLOB, body_size INTEGER NOT NULL,
        webhook_id TEXT, validation INTEGER NOT NULL, problems TEXT NOT NULL,
        answer_status INTEGER NOT NULL, answer TEXT NOT NULL, duplicate INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0);
     CREATE INDEX deliveries_call ON deliveries(call_ref);
     CREATE INDEX deliveries_webhook_id ON deliveries(webhook_id) WHERE webhook_id IS NOT NULL;
     CREATE INDEX calls_received ON calls(first_received_ms);)");
}

// Step 2: the review state and note of a call; indexes for the table's usual sort columns.
bool addReviewState(MigrationStep &step)
{
    return step.exec(R"(ALTER TABLE calls ADD COLUMN review_state INTEGER NOT NULL DEFAULT 0;
     ALTER TABLE calls ADD COLUMN review_note TEXT;
     ALTER TABLE calls ADD COLUMN reviewer TEXT;
     CREATE INDEX calls_duration ON calls(duration_ms);
     CREATE INDEX calls_ended ON calls(ended_ms);
     CREATE INDEX calls_review ON calls(review_state);)");
}

// Step 3: a narrow covering index for filters and numeric sorts. Calls and deliveries share the file's pages,
// so a scan of the calls table reads much of the file: 5.7 s for a million calls from a cold cache,
// 0.08 s over this index (bench/gui_scale).
bool addCoveringIndex(MigrationStep &step)
{
    return step.exec(R"(CREATE INDEX calls_scan ON calls(raised_mask, severity, validation, conflict, review_state, duration_ms,
        first_received_ms, ended_ms, created_ms, deliveries);)");
}

// Step 4: the review workflow: a reviewer's dispositions on flags, and an append-only audit trail.
bool addReviewAuditTrail(MigrationStep &step)
{
    return step.exec(R"(ALTER TABLE calls ADD COLUMN dispositions TEXT;
     CREATE TABLE review_audit (
        id INTEGER PRIMARY KEY,
        call_ref INTEGER NOT NULL REFERENCES calls(id),
        at_ms INTEGER NOT NULL, reviewer TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT);
     CREATE INDEX review_audit_call ON review_audit(call_ref);
     CREATE TRIGGER review_audit_append_only_update BEFORE UPDATE ON review_audit
        BEGIN SELECT RAISE(ABORT, 'the review audit trail is append-only'); END;
     CREATE TRIGGER review_audit_append_only_delete BEFORE DELETE ON review_audit
        BEGIN SELECT RAISE(ABORT, 'the review audit trail is append-only'); END;)");
}

// Step 5: contact-pattern warnings, worked out when a call arrives from the calls before it to the same
// phone or file number (CallPattern), and the indexes that make that a lookup.
bool addContactPatternWarnings(MigrationStep &step)
{
    return step.exec(R"(ALTER TABLE calls ADD COLUMN pattern_warnings INTEGER NOT NULL DEFAULT 0;
     CREATE INDEX calls_phone ON calls(phone_number, created_ms);
     CREATE INDEX calls_file ON calls(file_number, created_ms);)");
}

// Step 6: the covering index of step 3 leads with the receive time, so that a new call is appended to it
// rather than written at a random place: one WAL page less per delivery, 13 % less CPU in the store
// thread (bench/ingest, BENCHMARKS.md). Filters scan it whole either way.
bool leadCoveringIndexWithReceiveTime(MigrationStep &step)
{
    step.expectRowsOf("calls", 18);
    return step.exec(R"(DROP INDEX calls_scan;
     CREATE INDEX calls_scan ON calls(first_received_ms, raised_mask, severity, validation, conflict, review_state,
        duration_ms, ended_ms, created_ms, deliveries);)");
}

// Step 7: an attempt refused before its body was read or kept (401: no or wrong token or signature; 413: over
// the body limit) says so on its row, with the reason it was given, so that the table and the details
// can show it. Earlier refused attempts are among the rejected rows: only those are looked up.
bool markRefusedAttempts(MigrationStep &step)
{
    step.expectRowsOf("calls", 3);
    return step.exec(R"(ALTER TABLE calls ADD COLUMN refused_status INTEGER NOT NULL DEFAULT 0;
     ALTER TABLE calls ADD COLUMN refusal TEXT;
     UPDATE calls SET refused_status = first.answer_status, refusal = json_extract(first.answer, '$.error')
        FROM (SELECT call_ref, answer_status, answer, min(id) FROM deliveries
              WHERE call_ref IN (SELECT id FROM calls WHERE validation = 3) GROUP BY call_ref) AS first
        WHERE first.call_ref = calls.id AND first.answer_status IN (401, 413);)");
}

// Step 8: an outcome sent with the wrong type ("doNotCall":"no") is no value (OutcomeValue): it is kept apart as
// malformed, and earlier calls' raised bits and severity are read again without it (addTypedOutcomes).
// A duration that was missing or not a whole number of ms, zero or more, was kept as 0; it is no duration.
bool readMistypedOutcomesAgain(MigrationStep &step)
{
    step.expectRowsOf("calls", 3);
    return step.exec(R"(ALTER TABLE calls ADD COLUMN malformed_mask INTEGER NOT NULL DEFAULT 0;
     UPDATE calls SET duration_ms = NULL WHERE validation = 2 AND duration_ms = 0 AND EXISTS (
        SELECT 1 FROM deliveries d WHERE d.id = (SELECT min(id) FROM deliveries WHERE call_ref = calls.id)
        AND json_valid(CAST(d.body AS TEXT))
        AND coalesce(json_extract(CAST(d.body AS TEXT), '$.payload.duration'), -1) IS NOT 0);)")
        && addTypedOutcomes(step);
}

// Step 9: secrets are never stored: the values of secret headers kept by earlier versions are redacted
// (as a delivery's are before it is stored), and the file is then rewritten so that no old page keeps them.
bool redactStoredSecrets(MigrationStep &step)
{
    step.expectRowsOf("deliveries", 10);
    QSqlQuery select(step.db());
    select.setForwardOnly(true);
    // LIKE is case-insensitive for ASCII: it finds every spelling of the names; the check below is exact.
    if (!select.exec(QStringLiteral("SELECT id, headers FROM deliveries WHERE headers LIKE '%authorization%' "
                                    "OR headers LIKE '%cookie%' OR headers LIKE '%x-api-key%'"))) {
        step.fail(sqlProblem(select.lastError()));
        return false;
    }
    QSqlQuery update(step.db());
    update.prepare(QStringLiteral("UPDATE deliveries SET headers = ? WHERE id = ?"));
    QString error;
    while (select.next()) {
        const QString before = select.value(1).toString();
        const QString after = headersToJson(withSecretsRedacted(headersFromJson(before)));
        if (after == before)
            continue;
        bindAll(update, {after, select.value(0)});
        if (!execLogged(update, lcMigrations(), &error)) {
            step.fail(error);
            return false;
        }
        step.needRewrite();
    }
    return true;
}

// Step 10: the rows that are not calls (refused attempts, rejected bodies, other events: StoreCounts), few
// among many, in a partial index of their own: the counts read at open take them from it, and the calls
// as count(*) less them, rather than reading every row of the table (5.7 s for a million, step 3).
bool indexRowsThatAreNoCalls(MigrationStep &step)
{
    step.expectRowsOf("calls", 7);
    return step.exec(R"(CREATE INDEX calls_not_calls ON calls(refused_status, validation, event)
        WHERE refused_status != 0 OR validation = 3 OR event IS NOT 'call.completed';)");
}

// Step 11: the review as evidence. An audit line carries the reason given (an overturned flag's, an undo's); a
// call keeps the contact-pattern warnings it had when it was last reviewed, so that a pattern that appears
// or disappears later shows as changed since review; and each revision of a call's warnings (a call that
// arrived out of order, an import) is recorded, append-only like the audit trail.
bool keepReviewEvidence(MigrationStep &step)
{
    step.expectRowsOf("calls", 470);
    return step.exec(R"(ALTER TABLE review_audit ADD COLUMN reason TEXT;
     ALTER TABLE calls ADD COLUMN reviewed_pattern INTEGER;
     UPDATE calls SET reviewed_pattern = pattern_warnings WHERE review_state != 0;
     CREATE TABLE pattern_revisions (
        id INTEGER PRIMARY KEY,
        call_ref INTEGER NOT NULL REFERENCES calls(id),
        at_ms INTEGER NOT NULL, old_warnings INTEGER NOT NULL, new_warnings INTEGER NOT NULL,
        cause_ref INTEGER REFERENCES calls(id));
     CREATE INDEX pattern_revisions_call ON pattern_revisions(call_ref);
     CREATE TRIGGER pattern_revisions_append_only_update BEFORE UPDATE ON pattern_revisions
        BEGIN SELECT RAISE(ABORT, 'the pattern revisions are append-only'); END;
     CREATE TRIGGER pattern_revisions_append_only_delete BEFORE DELETE ON pattern_revisions
        BEGIN SELECT RAISE(ABORT, 'the pattern revisions are append-only'); END;
     CREATE INDEX review_audit_at ON review_audit(at_ms);)")
        && revisePatterns(step);
}

// Step 12: the append-only tables refuse an insert over a line they hold. INSERT OR REPLACE (REPLACE INTO) with
// a line's id deletes that line without running its DELETE trigger (SQLite runs none for a REPLACE unless
// recursive_triggers is on, which no other program would set), and so rewrote the trail past steps 4 and 11.
bool refuseReplacingAppendOnlyLines(MigrationStep &step)
{
    return step.exec(R"(CREATE TRIGGER review_audit_append_only_replace BEFORE INSERT ON review_audit
        WHEN EXISTS (SELECT 1 FROM review_audit WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'the review audit trail is append-only'); END;
     CREATE TRIGGER pattern_revisions_append_only_replace BEFORE INSERT ON pattern_revisions
        WHEN EXISTS (SELECT 1 FROM pattern_revisions WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'the pattern revisions are append-only'); END;)");
}

// Step 13: the hashes of the stored calls' keys, and of the deliveries' webhook-ids, for DedupeIndex.
bool fillDeliveryKeys(MigrationStep &step)
{
    QSqlQuery insert(step.db());
    insert.prepare(QStringLiteral("INSERT INTO delivery_keys (call, key_hash, webhook_hash) VALUES (?,?,?)"));
    QString error;
    QSqlQuery select(step.db());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, idempotency_key FROM calls WHERE idempotency_key IS NOT NULL ORDER BY id"))) {
        step.fail(sqlProblem(select.lastError()));
        return false;
    }
    while (select.next()) {
        bindAll(insert, {select.value(0), DedupeIndex::hashOf(select.value(1).toString()), QVariant()});
        if (!execLogged(insert, lcMigrations(), &error)) {
            step.fail(error);
            return false;
        }
    }
    if (!select.exec(QStringLiteral("SELECT call_ref, webhook_id FROM deliveries WHERE webhook_id IS NOT NULL AND call_ref IS NOT NULL ORDER BY id"))) {
        step.fail(sqlProblem(select.lastError()));
        return false;
    }
    while (select.next()) {
        bindAll(insert, {select.value(0), QVariant(), DedupeIndex::hashOf(select.value(1).toString().toUtf8())});
        if (!execLogged(insert, lcMigrations(), &error)) {
            step.fail(error);
            return false;
        }
    }
    return true;
}

// Step 13: the answer waits only for the delivery's durable record; its call row, indexes and warnings are
// derived after (DeliveryStore, CallDeriver). A delivery records the call it belongs to (call_key: the
// calls row's id, made when derived; NULL when it makes a new call, whose id is then the delivery's own)
// and its key, and keeps call_ref NULL until derived: the partial index lists what is left to derive.
// delivery_keys is the dedupe verdict's narrow, append-only table of 64-bit key and webhook-id hashes
// (DedupeIndex), read whole at open: the UNIQUE key index and the webhook-id index took a random leaf
// page per delivery on the answer path; the webhook-id index goes, the key index is written when derived.
// calls_received is covered by calls_scan since step 6 (it leads with first_received_ms).
bool recordBeforeDeriving(MigrationStep &step)
{
    step.expectRowsOf("deliveries", 25);
    return step.exec(R"(ALTER TABLE deliveries ADD COLUMN call_key INTEGER;
     ALTER TABLE deliveries ADD COLUMN idempotency_key TEXT;
     ALTER TABLE deliveries ADD COLUMN key_mismatch INTEGER NOT NULL DEFAULT 0;
     CREATE INDEX deliveries_underived ON deliveries(id) WHERE call_ref IS NULL;
     CREATE TABLE delivery_keys (id INTEGER PRIMARY KEY, call INTEGER NOT NULL, key_hash INTEGER, webhook_hash INTEGER);
     DROP INDEX deliveries_webhook_id;
     DROP INDEX calls_received;)") && fillDeliveryKeys(step);
}

// Step 14: word search. A word or field~text read every call's row (LIKE '%x%'), and calls share the file's
// pages with the deliveries' bodies: 1.6-7 s for a million calls from a cold cache (bench/gui_scale). An
// FTS5 index of the trigrams of the columns that words and ~ search finds the calls that hold a text of
// three characters or more (SqlEmitter). It keeps no copy of the text (content=''): the triggers give it
// each call's values folded by lower(), which folds A-Z only as LIKE does, so that a match is exactly what
// LIKE finds (the tokenizer's own folding, case_sensitive 0, folds other letters too). A contentless
// index forgets a row only when told the values it indexed: the delete and update triggers pass them.
bool indexWords(MigrationStep &step)
{
    step.expectRowsOf("calls", 40);
    return step.exec(R"(CREATE VIRTUAL TABLE calls_words USING fts5(call_id, phone_number, file_number, summary, organization_name,
        agent_name, organization_id, agent_id, content='', columnsize=0, tokenize='trigram case_sensitive 1');
     CREATE TRIGGER calls_words_insert AFTER INSERT ON calls BEGIN
        INSERT INTO calls_words (rowid, call_id, phone_number, file_number, summary, organization_name, agent_name,
            organization_id, agent_id)
        VALUES (NEW.id, lower(NEW.call_id), lower(NEW.phone_number), lower(NEW.file_number), lower(NEW.summary),
            lower(NEW.organization_name), lower(NEW.agent_name), lower(NEW.organization_id), lower(NEW.agent_id)); END;
     CREATE TRIGGER calls_words_delete AFTER DELETE ON calls BEGIN
        INSERT INTO calls_words (calls_words, rowid, call_id, phone_number, file_number, summary, organization_name,
            agent_name, organization_id, agent_id)
        VALUES ('delete', OLD.id, lower(OLD.call_id), lower(OLD.phone_number), lower(OLD.file_number),
            lower(OLD.summary), lower(OLD.organization_name), lower(OLD.agent_name), lower(OLD.organization_id),
            lower(OLD.agent_id)); END;
     CREATE TRIGGER calls_words_update AFTER UPDATE OF id, call_id, phone_number, file_number, summary,
        organization_name, agent_name, organization_id, agent_id ON calls BEGIN
        INSERT INTO calls_words (calls_words, rowid, call_id, phone_number, file_number, summary, organization_name,
            agent_name, organization_id, agent_id)
        VALUES ('delete', OLD.id, lower(OLD.call_id), lower(OLD.phone_number), lower(OLD.file_number),
            lower(OLD.summary), lower(OLD.organization_name), lower(OLD.agent_name), lower(OLD.organization_id),
            lower(OLD.agent_id)); INSERT INTO calls_words (rowid, call_id, phone_number, file_number, summary,
            organization_name, agent_name, organization_id, agent_id)
        VALUES (NEW.id, lower(NEW.call_id), lower(NEW.phone_number), lower(NEW.file_number), lower(NEW.summary),
            lower(NEW.organization_name), lower(NEW.agent_name), lower(NEW.organization_id), lower(NEW.agent_id)); END;
     INSERT INTO calls_words (rowid, call_id, phone_number, file_number, summary, organization_name, agent_name,
        organization_id, agent_id)
        SELECT id, lower(call_id), lower(phone_number), lower(file_number), lower(summary), lower(organization_name),
            lower(agent_name), lower(organization_id), lower(agent_id) FROM calls;)");
}

// Step 15: every text column of the window sorts from an index. Sorting a million calls by phone number
// read every call's row (the text sorts by COLLATE NOCASE, which the equality indexes of step 5 don't serve):
// 7.3 s from a cold cache (bench/gui_scale). An index in the sort's own collation gives the ids in order
// (the rowid is each entry's last column, so "key, id" is its order), reading a few MB. Derivation keeps
// them after the answer, so a sender does not wait on them.
bool indexTextSorts(MigrationStep &step)
{
    step.expectRowsOf("calls", 30);
    return step.exec(R"(CREATE INDEX calls_sort_phone ON calls(phone_number COLLATE NOCASE);
     CREATE INDEX calls_sort_file ON calls(file_number COLLATE NOCASE);
     CREATE INDEX calls_sort_organization ON calls(organization_name COLLATE NOCASE);
     CREATE INDEX calls_sort_agent ON calls(agent_name COLLATE NOCASE);)");
}

// A new step is a function above and a line here (and StoreSchema::Version one more).
const StoreMigration kSteps[] = {
    {1, createCallsAndDeliveries, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Creating the tables.")},
    {2, addReviewState, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Adding the review columns and the sort indexes.")},
    {3, addCoveringIndex, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Building the index that filters read.")},
    {4, addReviewAuditTrail, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Adding the review audit trail.")},
    {5, addContactPatternWarnings, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Adding the contact-pattern columns and indexes.")},
    {6, leadCoveringIndexWithReceiveTime, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Rebuilding the index that filters read, newest calls last.")},
    {7, markRefusedAttempts, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Marking the attempts that were refused.")},
    {8, readMistypedOutcomesAgain, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Reading outcomes of the wrong type again.")},
    {9, redactStoredSecrets, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Removing secret header values kept by earlier versions.")},
    {10, indexRowsThatAreNoCalls, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Indexing the rows that are not calls.")},
    {11, keepReviewEvidence, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Working out every call's contact-pattern warnings again.")},
    {12, refuseReplacingAppendOnlyLines, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Making the audit trail refuse replaced lines.")},
    {13, recordBeforeDeriving, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Keeping each delivery's dedupe keys apart, for answers before indexing.")},
    {14, indexWords, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Building the word search index.")},
    {15, indexTextSorts, QT_TRANSLATE_NOOP("CallScope::StoreSchema", "Building the indexes that sort by text.")},
};

} // namespace

std::span<const StoreMigration> storeMigrations()
{
    return kSteps;
}

} // namespace CallScope
