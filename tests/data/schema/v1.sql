-- A database as CallScope schema 1 wrote it (the DDL of migration step 1, unchanged), with one call
-- and its delivery: the starting point of the migration test for step 2.
CREATE TABLE calls (
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
CREATE INDEX calls_received ON calls(first_received_ms);
INSERT INTO calls (id, idempotency_key, event, call_id, phone_number, file_number, organization_id, organization_name,
    agent_id, agent_name, status, duration_ms, summary, recording_url, created_at, ended_at, created_ms, ended_ms,
    outcomes, raised_mask, severity, validation, first_received_ms, last_received_ms, first_body_hash)
VALUES (1, 'call.completed:507f1f77bcf86cd799439011:6812ab3c4d5e6f7089012345', 'call.completed',
    '6812ab3c4d5e6f7089012345', '+13105550199', 'FILE-8821', '507f1f77bcf86cd799439011', 'Acme Corp',
    '507f191e810c19729de860ea', 'Outbound Collections', 'Completed', 420000,
    'Consumer requested written communications only and no further calls.', NULL,
    '2026-03-01T14:22:00.000Z', '2026-03-01T14:29:00.000Z', 1772374920000, 1772375340000,
    '{"confirmedName":true,"wasTheRightParty":true,"ceaseAndDesist":true,"doNotCall":true}', 336128, 4, 0,
    1772375341000, 1772375341000, x'00');
INSERT INTO deliveries (id, call_ref, received_ms, method, path, query, headers, remote_address, body, body_size,
    webhook_id, validation, problems, answer_status, answer)
VALUES (1, 1, 1772375341000, 'POST', '/webhook', '', '[["Content-Type","application/json"]]', '127.0.0.1',
    CAST('{"event":"call.completed"}' AS BLOB), 26, NULL, 0, '[]', 200,
    '{"status":"accepted","callId":"6812ab3c4d5e6f7089012345"}');
PRAGMA user_version=1;
