-- Attachments sent in parts (uploads.*): a session per file, keyed by the caller's
-- Idempotency-Key so that a desk that restarts finds its session again, and the parts
-- received so far in order. A session unused for a day is removed with its parts.
CREATE TABLE uploads (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    case_id         INTEGER NOT NULL,
    owner_kind      TEXT NOT NULL,
    owner_id        TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    mime_type       TEXT NOT NULL,
    length          INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    received        INTEGER NOT NULL DEFAULT 0,
    touched_at      INTEGER NOT NULL,
    attachment_id   TEXT,
    UNIQUE (user_id, idempotency_key)
);
CREATE TABLE upload_parts (
    upload_id   TEXT NOT NULL,
    offset      INTEGER NOT NULL,
    content     BLOB NOT NULL,
    PRIMARY KEY (upload_id, offset)
);
