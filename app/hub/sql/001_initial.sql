-- laporhub storage, schema 1. Timestamps are seconds since the Unix epoch, UTC.
-- The hub owns this file; the client's schema lives in resources/sql.

CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE units (
    id          TEXT PRIMARY KEY,
    agency_id   TEXT NOT NULL,
    name        TEXT NOT NULL,
    short_name  TEXT NOT NULL
);

-- password_hash '' disables login (generated staff accounts that only author history).
CREATE TABLE users (
    id                TEXT PRIMARY KEY,
    username          TEXT NOT NULL UNIQUE,
    display_name      TEXT NOT NULL,
    role              TEXT NOT NULL,
    unit_id           TEXT NOT NULL,
    agency_id         TEXT NOT NULL,
    password_hash     TEXT NOT NULL,
    default_password  INTEGER NOT NULL DEFAULT 0
);

-- Tokens are stored as SHA-256 digests only; a stolen database file cannot log anyone in.
CREATE TABLE sessions (
    id                  TEXT PRIMARY KEY,
    user_id             TEXT NOT NULL,
    refresh_hash        TEXT NOT NULL UNIQUE,
    refresh_expires_at  INTEGER NOT NULL,
    revoked             INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER NOT NULL
);

CREATE TABLE access_tokens (
    hash        TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX access_tokens_by_session ON access_tokens (session_id);

CREATE TABLE cases (
    tracking_id           INTEGER PRIMARY KEY,
    title                 TEXT NOT NULL,
    content               TEXT NOT NULL,
    category              TEXT NOT NULL,
    subcategory           TEXT NOT NULL,
    channel               TEXT NOT NULL,
    status                TEXT NOT NULL,
    agency_id             TEXT NOT NULL,
    unit_id               TEXT NOT NULL,
    assignee_id           TEXT NOT NULL,
    anonymous             INTEGER NOT NULL,
    confidential          INTEGER NOT NULL,
    reporter_name         TEXT NOT NULL,
    received_at           INTEGER NOT NULL,
    disposed_at           INTEGER,
    first_followup_at     INTEGER,
    last_followup_at      INTEGER,
    last_reply_at         INTEGER,
    resolution_days       INTEGER NOT NULL,
    rating                INTEGER NOT NULL,
    not_authority_reason  TEXT NOT NULL,
    version               INTEGER NOT NULL
);

CREATE TABLE followups (
    id            TEXT PRIMARY KEY,
    case_id       INTEGER NOT NULL,
    author_id     TEXT NOT NULL,
    unit_id       TEXT NOT NULL,
    text          TEXT NOT NULL,
    published_at  INTEGER NOT NULL,
    draft_id      TEXT
);
CREATE INDEX followups_by_case ON followups (case_id);

CREATE TABLE citizen_replies (
    id          TEXT PRIMARY KEY,
    case_id     INTEGER NOT NULL,
    text        TEXT NOT NULL,
    rating      INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX citizen_replies_by_case ON citizen_replies (case_id);

CREATE TABLE dispositions (
    id            TEXT PRIMARY KEY,
    case_id       INTEGER NOT NULL,
    from_unit_id  TEXT NOT NULL,
    to_unit_id    TEXT NOT NULL,
    by_user_id    TEXT NOT NULL,
    note          TEXT NOT NULL,
    at            INTEGER NOT NULL
);
CREATE INDEX dispositions_by_case ON dispositions (case_id);

CREATE TABLE notes (
    id          TEXT PRIMARY KEY,
    case_id     INTEGER NOT NULL,
    author_id   TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX notes_by_case ON notes (case_id);

CREATE TABLE drafts (
    id                 TEXT PRIMARY KEY,
    case_id            INTEGER NOT NULL,
    author_id          TEXT NOT NULL,
    unit_id            TEXT NOT NULL,
    state              TEXT NOT NULL CHECK (state IN ('submitted', 'returned', 'published')),
    revision           INTEGER NOT NULL,
    text               TEXT NOT NULL,
    base_case_version  INTEGER NOT NULL,
    version            INTEGER NOT NULL,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX drafts_by_case ON drafts (case_id);

CREATE TABLE draft_revisions (
    draft_id      TEXT NOT NULL,
    revision      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    submitted_at  INTEGER NOT NULL,
    PRIMARY KEY (draft_id, revision)
) WITHOUT ROWID;

CREATE TABLE decisions (
    id           TEXT PRIMARY KEY,
    draft_id     TEXT NOT NULL,
    case_id      INTEGER NOT NULL,
    revision     INTEGER NOT NULL,
    approver_id  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('approve', 'return')),
    comment      TEXT NOT NULL,
    decided_at   INTEGER NOT NULL
);
CREATE INDEX decisions_by_case ON decisions (case_id);

CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    case_id     INTEGER NOT NULL,
    owner_kind  TEXT NOT NULL,
    owner_id    TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    content     BLOB NOT NULL
);
CREATE INDEX attachments_by_case ON attachments (case_id);

CREATE TABLE holidays (
    date  TEXT PRIMARY KEY,
    name  TEXT NOT NULL,
    kind  TEXT NOT NULL
);

-- The change feed. Each row holds the record exactly as it is sent. unit_id scopes the
-- row ('' = everyone); agency = 0 hides it from agency-wide roles (removals). A newer
-- row for the same entity replaces the older one, except a case's first ("anchor")
-- row, which stays so that a case always precedes the records that refer to it.
CREATE TABLE changes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id    TEXT NOT NULL,
    case_id    INTEGER,
    kind       TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    agency     INTEGER NOT NULL,
    anchor     INTEGER NOT NULL DEFAULT 0,
    payload    BLOB NOT NULL
);
CREATE INDEX changes_by_unit ON changes (unit_id);
CREATE INDEX changes_by_case ON changes (case_id);

-- Responses of successful writes, replayed for a repeated Idempotency-Key. Written in
-- the same transaction as the write itself.
CREATE TABLE idempotency (
    user_id       TEXT NOT NULL,
    key           TEXT NOT NULL,
    request_hash  TEXT NOT NULL,
    status        INTEGER NOT NULL,
    content_type  TEXT NOT NULL,
    headers       TEXT NOT NULL,
    body          BLOB NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (user_id, key)
);
