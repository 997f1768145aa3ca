-- Schema 3: the outbox remembers whose action an entry is, so that on a PC shared by
-- several users each entry is pushed with its author's session only, and an entry the
-- user chose to drop stays visible as 'discarded' instead of disappearing.
-- SQLite cannot alter a CHECK constraint: the table is rebuilt, rows and seq kept.

CREATE TABLE outbox_new (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    case_id          INTEGER,
    user_id          TEXT NOT NULL DEFAULT '',
    kind             TEXT NOT NULL,
    entity_id        TEXT NOT NULL DEFAULT '',
    payload          TEXT NOT NULL,
    if_match         TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT 'waiting'
                         CHECK (state IN ('waiting', 'sending', 'sent', 'conflict', 'failed',
                                          'discarded')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT NOT NULL DEFAULT '',
    response         TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

INSERT INTO outbox_new (seq, id, case_id, kind, entity_id, payload, if_match, state, attempts,
                        next_attempt_at, last_error, response, created_at, updated_at)
SELECT seq, id, case_id, kind, entity_id, payload, if_match, state, attempts, next_attempt_at,
       last_error, response, created_at, updated_at
FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_by_state ON outbox (state, case_id, seq);
CREATE INDEX outbox_by_case ON outbox (case_id, seq);
CREATE INDEX outbox_by_entity ON outbox (entity_id, state);
