-- Schema 4: the search index can be brought up to date once per batch instead of once per
-- row. Every statement that touches the FTS5 table makes SQLite flush FTS5's pending terms
-- at the statement's end, so a sync page of 500 records wrote 500 tiny index segments.
-- While search_mode.deferred is 1 (only ever inside a write transaction, see
-- SearchIndex), the triggers below only note which cases changed in search_pending; the
-- writer then rebuilds those rows with one statement before it commits. Outside such a
-- batch the index follows every write at once, as before.

CREATE TABLE search_mode (
    deferred INTEGER NOT NULL DEFAULT 0 CHECK (deferred IN (0, 1))
);
INSERT INTO search_mode (deferred) VALUES (0);

CREATE TABLE search_pending (
    case_id INTEGER PRIMARY KEY
);

DROP TRIGGER cases_search_insert;
DROP TRIGGER cases_search_update;
DROP TRIGGER followups_search_insert;
DROP TRIGGER followups_search_update;
DROP TRIGGER followups_search_delete;

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
WHEN (SELECT deferred FROM search_mode) = 0
BEGIN
    INSERT INTO case_search (rowid, title, content, followups)
    VALUES (new.tracking_id, new.title, new.content, '');
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF title, content ON cases
WHEN (old.title IS NOT new.title OR old.content IS NOT new.content)
    AND (SELECT deferred FROM search_mode) = 0
BEGIN
    UPDATE case_search SET title = new.title, content = new.content
    WHERE rowid = new.tracking_id;
END;

CREATE TRIGGER followups_search_insert AFTER INSERT ON followups
WHEN (SELECT deferred FROM search_mode) = 0
BEGIN
    UPDATE case_search
    SET followups = (SELECT group_concat(text, char(10)) FROM followups WHERE case_id = new.case_id)
    WHERE rowid = new.case_id;
END;

CREATE TRIGGER followups_search_update AFTER UPDATE OF text ON followups
WHEN (SELECT deferred FROM search_mode) = 0
BEGIN
    UPDATE case_search
    SET followups = (SELECT group_concat(text, char(10)) FROM followups WHERE case_id = new.case_id)
    WHERE rowid = new.case_id;
END;

CREATE TRIGGER followups_search_delete AFTER DELETE ON followups
WHEN (SELECT deferred FROM search_mode) = 0
BEGIN
    UPDATE case_search
    SET followups = coalesce((SELECT group_concat(text, char(10)) FROM followups
                              WHERE case_id = old.case_id), '')
    WHERE rowid = old.case_id;
END;

CREATE TRIGGER cases_search_pending_insert AFTER INSERT ON cases
WHEN (SELECT deferred FROM search_mode) = 1
BEGIN
    INSERT OR IGNORE INTO search_pending (case_id) VALUES (new.tracking_id);
END;

CREATE TRIGGER cases_search_pending_update AFTER UPDATE OF title, content ON cases
WHEN (old.title IS NOT new.title OR old.content IS NOT new.content)
    AND (SELECT deferred FROM search_mode) = 1
BEGIN
    INSERT OR IGNORE INTO search_pending (case_id) VALUES (new.tracking_id);
END;

CREATE TRIGGER followups_search_pending_insert AFTER INSERT ON followups
WHEN (SELECT deferred FROM search_mode) = 1
BEGIN
    INSERT OR IGNORE INTO search_pending (case_id) VALUES (new.case_id);
END;

CREATE TRIGGER followups_search_pending_update AFTER UPDATE OF text ON followups
WHEN (SELECT deferred FROM search_mode) = 1
BEGIN
    INSERT OR IGNORE INTO search_pending (case_id) VALUES (new.case_id);
END;

CREATE TRIGGER followups_search_pending_delete AFTER DELETE ON followups
WHEN (SELECT deferred FROM search_mode) = 1
BEGIN
    INSERT OR IGNORE INTO search_pending (case_id) VALUES (old.case_id);
END;
