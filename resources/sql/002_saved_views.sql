-- Schema 2: named filter sets the user keeps ("saved views"), and the columns the
-- inbox shows for the local state of a case without joining drafts and outbox per row.

CREATE TABLE saved_views (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    filter      TEXT NOT NULL,          -- JSON, see docs/store.md
    created_at  INTEGER NOT NULL
);

ALTER TABLE cases ADD COLUMN local_state TEXT NOT NULL DEFAULT ''
    CHECK (local_state IN ('', 'draft', 'awaiting_approval', 'queued', 'conflict', 'error'));
CREATE INDEX cases_by_local_state ON cases (local_state) WHERE local_state <> '';
