-- Schema 5: a record the desk cannot read or store no longer stops a sync. It is kept
-- here with its reason, the rest of its page and the cursor still commit, and a later
-- version of the same entity replaces it. The reason a case was returned as not our
-- authority is kept with the case (the hub always sent it).

ALTER TABLE cases ADD COLUMN not_authority_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE quarantine (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,           -- the record's kind as sent, '' when unreadable
    entity_id    TEXT NOT NULL,           -- its id (a tracking id for cases), '' when unreadable
    reason       TEXT NOT NULL,           -- why it was refused, for the agency's admin
    record       TEXT NOT NULL,           -- the record as received, compact JSON, capped
    cursor       TEXT NOT NULL,           -- the cursor the page was asked with (after=)
    received_at  INTEGER NOT NULL
);
-- One row per entity: a newer refused version replaces the older one.
CREATE UNIQUE INDEX quarantine_by_entity ON quarantine (kind, entity_id) WHERE entity_id <> '';

-- A page that carried the same case twice failed with "UNIQUE constraint failed:
-- search_pending.case_id". An upsert's DO UPDATE runs with ABORT, and SQLite applies the
-- outer statement's conflict policy to the statements of the triggers it fires, so the
-- triggers' INSERT OR IGNORE became INSERT OR ABORT. These triggers no longer rely on a
-- conflict policy: they note a case only when it is not noted yet.
DROP TRIGGER cases_search_pending_insert;
DROP TRIGGER cases_search_pending_update;
DROP TRIGGER followups_search_pending_insert;
DROP TRIGGER followups_search_pending_update;
DROP TRIGGER followups_search_pending_delete;

CREATE TRIGGER cases_search_pending_insert AFTER INSERT ON cases
WHEN (SELECT deferred FROM search_mode) = 1
BEGIN
    INSERT INTO search_pending (case_id) SELECT new.tracking_id
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = new.tracking_id);
END;

CREATE TRIGGER cases_search_pending_update AFTER UPDATE OF title, content ON cases
WHEN (old.title IS NOT new.title OR old.content IS NOT new.content)
    AND (SELECT deferred FROM search_mode) = 1
BEGIN
    INSERT INTO search_pending (case_id) SELECT new.tracking_id
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = new.tracking_id);
END;

CREATE TRIGGER followups_search_pending_insert AFTER INSERT ON followups
WHEN (SELECT deferred FROM search_mode) = 1
BEGIN
    INSERT INTO search_pending (case_id) SELECT new.case_id
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = new.case_id);
END;

CREATE TRIGGER followups_search_pending_update AFTER UPDATE OF text ON followups
WHEN (SELECT deferred FROM search_mode) = 1
BEGIN
    INSERT INTO search_pending (case_id) SELECT new.case_id
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = new.case_id);
END;

CREATE TRIGGER followups_search_pending_delete AFTER DELETE ON followups
WHEN (SELECT deferred FROM search_mode) = 1
BEGIN
    INSERT INTO search_pending (case_id) SELECT old.case_id
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = old.case_id);
END;

-- A decision can come before its draft: a desk that reads the feed from the start meets a
-- return of revision 1 before the draft's latest version (revision 2), which the hub wrote
-- later. It waits here and moves into decisions when the draft arrives.
CREATE TABLE decisions_waiting (
    id           TEXT PRIMARY KEY,
    draft_id     TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    approver_id  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('approve', 'return')),
    comment      TEXT NOT NULL DEFAULT '',
    decided_at   INTEGER NOT NULL
);
CREATE INDEX decisions_waiting_by_draft ON decisions_waiting (draft_id);
