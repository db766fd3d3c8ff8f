#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CallScope authors
# SPDX-License-Identifier: MIT
"""Makes tests/data/schema/vN.sql: a store as schema N left it, with the rows that version's code wrote.

Run once, when the fixtures were made (2026-12-02); a released step never changes, so neither do they. Each
version is made from the one before by the released step itself (build/bin/migrationhelper to FILE N: the
step's SQL and code), then gets the rows CallScope of that version would have written (only the columns it
had), and is dumped as SQL. tst_migrations loads them through Qt SQL.
    python3 tests/data/schema/make-fixtures.py build/bin/migrationhelper tests/data/schema
"""
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

HELPER, OUT = sys.argv[1], sys.argv[2]

DNC, CEASE, RIGHT_PARTY, CONFIRMED, BANKRUPTCY = 1 << 18, 1 << 16, 1 << 13, 1 << 8, 1 << 38
STOP_CONTACT, CAUTION, NONE = 4, 3, 0
T0 = 1772374920000  # 2026-03-01T14:22:00Z
HOUR = 3600 * 1000


def iso(ms):
    import datetime
    return datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')


def body(call_id, phone, created, duration, outcomes, file=None):
    payload = {"callId": call_id, "phoneNumber": phone, "status": "Completed", "outcomes": outcomes,
               "summary": "Spoke with the consumer.", "createdAt": iso(created), "endedAt": iso(created + 60000)}
    if duration is not None:
        payload["duration"] = duration
    if file:
        payload["fileNumber"] = file
    return json.dumps({"event": "call.completed", "eventCategory": "calls",
                       "idempotencyKey": "call.completed:507f1f77bcf86cd799439011:" + call_id,
                       "organization": {"id": "507f1f77bcf86cd799439011", "name": "Acme Corp"},
                       "timestamp": iso(created + 60000), "payload": payload}, separators=(',', ':'))


def insert(db, table, **columns):
    names = ', '.join(columns)
    marks = ', '.join('?' for _ in columns)
    return db.execute(f'INSERT INTO {table} ({names}) VALUES ({marks})', list(columns.values())).lastrowid


def call(db, call_id, phone, created, received, outcomes, raised=0, severity=NONE, validation=0, duration=61000,
         body_duration=61000, problems='[]', headers='[["Content-Type","application/json"]]', file=None, **more):
    """A call and its first delivery, as the listener wrote them (columns of schema 1, and `more`)."""
    raw = body(call_id, phone, created, body_duration, outcomes, file).encode()
    row = insert(db, 'calls', idempotency_key='call.completed:507f1f77bcf86cd799439011:' + call_id,
                 event='call.completed', call_id=call_id, phone_number=phone, file_number=file,
                 organization_id='507f1f77bcf86cd799439011', organization_name='Acme Corp',
                 status='Completed', duration_ms=duration, summary='Spoke with the consumer.',
                 created_at=iso(created), ended_at=iso(created + 60000), created_ms=created, ended_ms=created + 60000,
                 outcomes=json.dumps(outcomes, separators=(',', ':')), raised_mask=raised, severity=severity,
                 validation=validation, first_received_ms=received, last_received_ms=received,
                 first_body_hash=bytes.fromhex('5d41402abc4b2a76b9719d911017c592'), **more)
    insert(db, 'deliveries', call_ref=row, received_ms=received, method='POST', path='/webhook', query='',
           headers=headers, remote_address='203.0.113.7', body=raw, body_size=len(raw), webhook_id=None,
           validation=validation, problems=problems, answer_status=200,
           answer=json.dumps({"status": "accepted", "callId": call_id}, separators=(',', ':')))
    return row


def not_a_call(db, received, status, error, body_bytes, headers, **more):
    """A refused attempt (401, 413) or a body that is no JSON (400): a rejected row and its delivery."""
    row = insert(db, 'calls', validation=3, first_received_ms=received, last_received_ms=received, **more)
    insert(db, 'deliveries', call_ref=row, received_ms=received, method='POST', path='/webhook', query='',
           headers=headers, remote_address='203.0.113.9', body=body_bytes,
           body_size=len(body_bytes) if body_bytes is not None else (5000000 if status == 413 else 0),
           webhook_id=None, validation=3, problems='[]', answer_status=status,
           answer=json.dumps({"status": "rejected", "error": error}, separators=(',', ':')))
    return row


def audit(db, call_ref, at, reviewer, field, old, new, **more):
    insert(db, 'review_audit', call_ref=call_ref, at_ms=at, reviewer=reviewer, field=field, old_value=old,
           new_value=new, **more)


# The rows each version wrote, just after its step: the fixture of version N-1 holds what step N changes.
def rows_of(version, db):
    if version == 1:  # before 2: a call as schema 1 kept it (read back whole, sorted on step 2's indexes)
        call(db, '6812ab3c4d5e6f7089012345', '+13105550199', T0, T0 + 421000,
             {"confirmedName": True, "wasTheRightParty": True, "ceaseAndDesist": True, "doNotCall": True},
             raised=CONFIRMED | RIGHT_PARTY | CEASE | DNC, severity=STOP_CONTACT, duration=420000, body_duration=420000)
    elif version == 2:  # before 3: a reviewed call, for the covering index
        call(db, 'reviewed-v2', '+13105550142', T0 + 2 * HOUR, T0 + 2 * HOUR + 61000, {"wasTheRightParty": True},
             raised=RIGHT_PARTY, review_state=1, reviewer='ana', review_note='Consumer confirmed; nothing to do.')
    elif version == 3:  # before 4: a follow-up with no audit trail yet
        call(db, 'followup-v3', '+13105550177', T0 + 3 * HOUR, T0 + 3 * HOUR + 61000, {"refuseToPay": True},
             raised=1, severity=CAUTION, review_state=2, reviewer='ben', review_note='Call back next week.')
    elif version == 4:  # before 5: a do-not-call, then a later call to the same number; an audited review
        stop = call(db, 'stop-v4', '+13105550100', T0 + 4 * HOUR, T0 + 4 * HOUR + 61000, {"doNotCall": True},
                    raised=DNC, severity=STOP_CONTACT, file='FILE-1001')
        call(db, 'after-stop-v4', '+13105550100', T0 + 28 * HOUR, T0 + 28 * HOUR + 61000, {}, file='FILE-1001')
        db.execute("UPDATE calls SET review_state = 1, reviewer = 'ana', dispositions = ? WHERE id = ?",
                   ('{"doNotCall":{"disposition":"confirmed"}}', stop))
        audit(db, stop, T0 + 30 * HOUR, 'ana', 'state', 'unreviewed', 'reviewed')
    elif version == 5:  # before 6: a bankruptcy, in the index step 6 rebuilds
        call(db, 'bankruptcy-v5', '+13105550188', T0 + 5 * HOUR, T0 + 5 * HOUR + 61000, {"bankruptcy": True},
             raised=BANKRUPTCY, severity=CAUTION)
    elif version == 6:  # before 7: refused attempts kept as rejected rows, and a body that is no JSON
        not_a_call(db, T0 + 6 * HOUR, 401, 'The Bearer token is wrong.', None,
                   '[["Content-Type","application/json"],["Authorization","Bearer tok-NEARMISS-5ecret"]]')
        not_a_call(db, T0 + 6 * HOUR + 1000, 413, 'The body of 5000000 bytes is over the limit.', None,
                   '[["Content-Type","application/json"],["Content-Length","5000000"]]')
        not_a_call(db, T0 + 6 * HOUR + 2000, 400, 'The body is not JSON.', b'not json',
                   '[["Content-Type","text/plain"]]')
    elif version == 7:  # before 8: "doNotCall":"no" stored as raised; durations missing, kept as 0
        problem = '[{"path":"$.payload.outcomes.doNotCall","message":"must be a boolean","error":true}]'
        call(db, 'mistyped-v7', '+13105550123', T0 + 7 * HOUR, T0 + 7 * HOUR + 61000,
             {"doNotCall": "no", "wasTheRightParty": True}, raised=DNC | RIGHT_PARTY, severity=STOP_CONTACT,
             validation=2, problems=problem)
        call(db, 'stale-v7', '+13105550123', T0 + 31 * HOUR, T0 + 31 * HOUR + 61000, {}, pattern_warnings=1,
             review_state=1, reviewer='ana')
        missing = '[{"path":"$.payload.duration","message":"is missing","error":true}]'
        call(db, 'no-duration-v7', '+13105550124', T0 + 7 * HOUR, T0 + 7 * HOUR + 62000, {}, validation=2,
             duration=0, body_duration=None, problems=missing)
        call(db, 'zero-duration-v7', '+13105550125', T0 + 7 * HOUR, T0 + 7 * HOUR + 63000, {"sentSms": "yes"},
             validation=2, duration=0, body_duration=0, problems=problem.replace('doNotCall', 'sentSms'))
    elif version == 8:  # before 9: secret header values as they were received
        call(db, 'secrets-v8', '+13105550130', T0 + 8 * HOUR, T0 + 8 * HOUR + 61000, {},
             headers='[["Content-Type","application/json"],["authorization","Bearer OLD-tok-5ecret"],'
                     '["Cookie","sid=OLD-cookie-5ecret; theme=dark"],["X-Api-Key","OLD-key-5ecret"]]')
    elif version == 9:  # before 10: one more body that is no JSON
        not_a_call(db, T0 + 9 * HOUR, 400, 'The body is empty.', b'', '[["Content-Type","application/json"]]')
    elif version == 10:  # before 11: calls to the same phone out of order (the later-created one first)
        call(db, 'right-v10', '+14155550000', T0 + 34 * HOUR, T0 + 34 * HOUR + 61000, {}, review_state=1,
             reviewer='ben')
        call(db, 'late-stop-v10', '+14155550000', T0 + 10 * HOUR, T0 + 40 * HOUR, {"doNotCall": True},
             raised=DNC, severity=STOP_CONTACT)
        audit(db, 1, T0 + 41 * HOUR, 'ben', 'note', None, 'Asked for letters only.')
    elif version == 11:  # before 12: an audit line with its reason; step 11's revisions: lines REPLACE could rewrite
        audit(db, 1, T0 + 42 * HOUR, 'cy', 'state', 'unreviewed', 'follow-up', reason='Consumer asked for a call back.')
    elif version == 12:  # before 13: a delivery signed with a webhook-id (Standard Webhooks), which dedupe reads
        row = call(db, 'signed-v12', '+14155550012', T0 + 44 * HOUR, T0 + 44 * HOUR + 61000, {})
        db.execute("UPDATE deliveries SET webhook_id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W' WHERE call_ref = ?", (row,))
    elif version == 13:  # before 14: a call whose summary a word finds, with its key in delivery_keys (DedupeIndex)
        row = call(db, 'words-v13', '+14155550013', T0 + 46 * HOUR, T0 + 46 * HOUR + 61000, {})
        db.execute("UPDATE calls SET summary = 'Promised to pay on Friday' WHERE id = ?", (row,))
        key = 'call.completed:507f1f77bcf86cd799439011:words-v13'.encode()
        digest = hashlib.blake2b(key, digest_size=20).digest()[:8]
        insert(db, 'delivery_keys', call=row, key_hash=int.from_bytes(digest, 'little', signed=True))
    elif version == 14:  # before 15: organizations whose names sort apart only when case is ignored
        for call_id, name, hour in (('lower-v14', 'beta Lending', 48), ('upper-v14', 'Zeta Credit', 49),
                                    ('mixed-v14', 'BETA ARM', 50)):
            row = call(db, call_id, '+14155550014', T0 + hour * HOUR, T0 + hour * HOUR + 61000, {})
            db.execute('UPDATE calls SET organization_name = ? WHERE id = ?', (name, row))


WORD_COLUMNS = 'call_id, phone_number, file_number, summary, organization_name, agent_name, organization_id, agent_id'


def dump(path, version, out):
    db = sqlite3.connect(path)
    lines = [f'-- A store as CallScope schema {version} left it (make-fixtures.py): the database just before',
             f'-- schema step {version + 1}, with the rows that version wrote.']
    # The word index (step 14) is a contentless FTS5 table, which iterdump cannot read: it is dumped from a
    # copy without it, then made again as the step made it (table and triggers) and filled from the calls.
    words = db.execute("SELECT sql FROM sqlite_master WHERE name = 'calls_words' OR "
                       "(type = 'trigger' AND name LIKE 'calls_words_%') ORDER BY type = 'trigger', name").fetchall()
    if words:
        db.close()
        copy = path + '.copy'
        with open(path, 'rb') as src, open(copy, 'wb') as dst:
            dst.write(src.read())
        db = sqlite3.connect(copy)
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'calls_words_%'").fetchall():
            db.execute(f'DROP TRIGGER {name}')
        db.execute('DROP TABLE calls_words')
        db.commit()
    for statement in db.iterdump():
        if statement in ('BEGIN TRANSACTION;', 'COMMIT;'):
            continue
        lines.append(statement)
    for (sql,) in words:
        lines.append(sql + ';')
    if words:
        lowered = ', '.join(f'lower({c})' for c in WORD_COLUMNS.split(', '))
        lines.append(f'INSERT INTO calls_words (rowid, {WORD_COLUMNS}) SELECT id, {lowered} FROM calls;')
    lines.append(f'PRAGMA user_version={version};')
    db.close()
    with open(out, 'w') as f:
        f.write('\n'.join(lines) + '\n')


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'store.db')
    open(path, 'wb').close()
    dump(path, 0, os.path.join(OUT, 'v0.sql'))
    for version in range(1, 15):
        subprocess.run([HELPER, 'to', path, str(version)], check=True)
        db = sqlite3.connect(path)
        rows_of(version, db)
        db.commit()
        db.close()
        dump(path, version, os.path.join(OUT, f'v{version}.sql'))
