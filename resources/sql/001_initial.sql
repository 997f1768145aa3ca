-- LAPOR Desk local store, schema 1.
-- Timestamps are seconds since the Unix epoch, UTC. Texts are UTF-8.

CREATE TABLE units (
    id          TEXT PRIMARY KEY,
    agency_id   TEXT NOT NULL,
    name        TEXT NOT NULL,
    short_name  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('officer', 'approver', 'coordinator', 'admin')),
    unit_id       TEXT NOT NULL DEFAULT '',
    agency_id     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cases (
    tracking_id        INTEGER PRIMARY KEY,
    title              TEXT NOT NULL,
    content            TEXT NOT NULL,
    category           TEXT NOT NULL DEFAULT '',
    subcategory        TEXT NOT NULL DEFAULT '',
    channel            TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL CHECK (status IN ('unverified', 'disposed', 'in_progress',
                                                       'done', 'postponed', 'archived',
                                                       'not_authority')),
    agency_id          TEXT NOT NULL DEFAULT '',
    unit_id            TEXT NOT NULL DEFAULT '',
    assignee_id        TEXT NOT NULL DEFAULT '',
    anonymous          INTEGER NOT NULL DEFAULT 0,
    confidential       INTEGER NOT NULL DEFAULT 0,
    reporter_name      TEXT NOT NULL DEFAULT '',
    received_at        INTEGER NOT NULL,
    disposed_at        INTEGER,
    first_followup_at  INTEGER,
    last_followup_at   INTEGER,
    last_reply_at      INTEGER,
    due_at             INTEGER,            -- the deadline that matters now, for SQL-side sorting
    resolution_days    INTEGER NOT NULL DEFAULT 14 CHECK (resolution_days IN (5, 14, 60)),
    rating             INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    version            INTEGER NOT NULL DEFAULT 0,
    in_scope           INTEGER NOT NULL DEFAULT 1,  -- 0 once the case left the user's unit
    hub_changed        INTEGER NOT NULL DEFAULT 0,  -- changed on the hub while a draft was open
    unread             INTEGER NOT NULL DEFAULT 1,
    CHECK (anonymous = 0 OR reporter_name = '')
);
CREATE INDEX cases_by_received ON cases (received_at);
CREATE INDEX cases_by_status ON cases (status, received_at);
CREATE INDEX cases_by_unit ON cases (unit_id, status);
CREATE INDEX cases_by_due ON cases (due_at);

CREATE TABLE followups (
    id            TEXT PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (tracking_id) ON DELETE CASCADE,
    author_id     TEXT NOT NULL DEFAULT '',
    unit_id       TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    published_at  INTEGER NOT NULL
);
CREATE INDEX followups_by_case ON followups (case_id, published_at);

CREATE TABLE citizen_replies (
    id          TEXT PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (tracking_id) ON DELETE CASCADE,
    text        TEXT NOT NULL DEFAULT '',
    rating      INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    created_at  INTEGER NOT NULL
);
CREATE INDEX citizen_replies_by_case ON citizen_replies (case_id, created_at);

CREATE TABLE attachments (
    id                TEXT PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases (tracking_id) ON DELETE CASCADE,
    owner_kind        TEXT NOT NULL CHECK (owner_kind IN ('case', 'followup', 'reply', 'draft')),
    owner_id          TEXT NOT NULL DEFAULT '',
    file_name         TEXT NOT NULL,
    mime_type         TEXT NOT NULL DEFAULT 'application/octet-stream',
    size              INTEGER NOT NULL CHECK (size >= 0),
    sha256            TEXT NOT NULL DEFAULT '',
    local_path        TEXT,
    downloaded_bytes  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_by_case ON attachments (case_id);

CREATE TABLE dispositions (
    id            TEXT PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (tracking_id) ON DELETE CASCADE,
    from_unit_id  TEXT NOT NULL DEFAULT '',
    to_unit_id    TEXT NOT NULL,
    by_user_id    TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    at            INTEGER NOT NULL
);
CREATE INDEX dispositions_by_case ON dispositions (case_id, at);

CREATE TABLE notes (
    id          TEXT PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (tracking_id) ON DELETE CASCADE,
    author_id   TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX notes_by_case ON notes (case_id, created_at);

-- A case is never deleted while a draft refers to it (ON DELETE RESTRICT): a case that
-- leaves the unit is kept with in_scope = 0 and the draft is flagged instead.
CREATE TABLE drafts (
    id                 TEXT PRIMARY KEY,
    case_id            INTEGER NOT NULL REFERENCES cases (tracking_id) ON DELETE RESTRICT,
    author_id          TEXT NOT NULL,
    state              TEXT NOT NULL CHECK (state IN ('editing', 'submitted', 'returned',
                                                      'approved', 'published', 'conflict',
                                                      'discarded')),
    text               TEXT NOT NULL DEFAULT '',   -- the working copy, autosaved
    revision           INTEGER NOT NULL DEFAULT 0, -- latest submitted revision, 0 = none
    base_case_version  INTEGER NOT NULL DEFAULT 0,
    hub_version        INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX drafts_by_case ON drafts (case_id);
CREATE INDEX drafts_by_state ON drafts (state);

CREATE TABLE draft_revisions (
    draft_id    TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    revision    INTEGER NOT NULL CHECK (revision > 0),
    text        TEXT NOT NULL,
    author_id   TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (draft_id, revision)
);

CREATE TABLE decisions (
    id           TEXT PRIMARY KEY,
    draft_id     TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    revision     INTEGER NOT NULL,
    approver_id  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('approve', 'return')),
    comment      TEXT NOT NULL DEFAULT '',
    decided_at   INTEGER NOT NULL
);
CREATE INDEX decisions_by_draft ON decisions (draft_id, revision);

-- Transactional outbox: every user action is written here in the same transaction as
-- its own table, and drained in order per case. `id` is sent as Idempotency-Key.
CREATE TABLE outbox (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    case_id          INTEGER,
    kind             TEXT NOT NULL,
    entity_id        TEXT NOT NULL DEFAULT '',
    payload          TEXT NOT NULL,
    if_match         TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT 'waiting'
                         CHECK (state IN ('waiting', 'sending', 'sent', 'conflict', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT NOT NULL DEFAULT '',
    response         TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX outbox_by_state ON outbox (state, case_id, seq);

CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,
    user_id    TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL DEFAULT '',
    entity_id  TEXT NOT NULL DEFAULT '',
    detail     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE holidays (
    date  TEXT PRIMARY KEY,   -- YYYY-MM-DD
    name  TEXT NOT NULL,
    kind  TEXT NOT NULL CHECK (kind IN ('holiday', 'cuti_bersama'))
);

-- Full-text search over what officers look for: title, complaint and follow-ups.
-- unicode61 folds case and strips diacritics; prefix indexes make type-ahead cheap.
CREATE VIRTUAL TABLE case_search USING fts5(
    title, content, followups,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_search (rowid, title, content, followups)
    VALUES (new.tracking_id, new.title, new.content, '');
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF title, content ON cases
WHEN old.title IS NOT new.title OR old.content IS NOT new.content
BEGIN
    UPDATE case_search SET title = new.title, content = new.content
    WHERE rowid = new.tracking_id;
END;

CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = old.tracking_id;
END;

CREATE TRIGGER followups_search_insert AFTER INSERT ON followups
BEGIN
    UPDATE case_search
    SET followups = (SELECT group_concat(text, char(10)) FROM followups WHERE case_id = new.case_id)
    WHERE rowid = new.case_id;
END;

CREATE TRIGGER followups_search_update AFTER UPDATE OF text ON followups
BEGIN
    UPDATE case_search
    SET followups = (SELECT group_concat(text, char(10)) FROM followups WHERE case_id = new.case_id)
    WHERE rowid = new.case_id;
END;

CREATE TRIGGER followups_search_delete AFTER DELETE ON followups
BEGIN
    UPDATE case_search
    SET followups = coalesce((SELECT group_concat(text, char(10)) FROM followups
                              WHERE case_id = old.case_id), '')
    WHERE rowid = old.case_id;
END;
