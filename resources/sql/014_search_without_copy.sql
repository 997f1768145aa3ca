-- Schema 14: the search index keeps no copy of the text it indexes (docs/store.md,
-- "Search").
--
-- Until now FTS5 stored every case's title, complaint and follow-ups a second time, in
-- case_search_content, only to read them back when a row was updated or deleted: at a
-- million cases that copy was most of a gigabyte, written and checkpointed during the
-- end of a first sync. The index is now contentless: it holds the terms and each row's
-- column sizes (case_search_docsize, one row per indexed case), and the text stays in
-- `cases` and `followups` alone. No query reads a column of case_search; they read its
-- rowid and rank.
--
-- A contentless row is removed by giving FTS5 the text it was built from. The triggers
-- therefore note a case in search_pending, with its indexed text, before the statement
-- that changes it; outside a deferred batch the trigger after the statement replaces the
-- case's row at once, inside one SearchIndex::catchUp() does it for the whole batch.
-- The index starts again empty: Database::open builds every case's row a chunk at a
-- time, with progress, as after schema 13.
DROP TABLE case_search;

CREATE VIRTUAL TABLE case_search USING fts5(
    title, content, followups,
    content = '',
    tokenize = 'lapor remove_diacritics 2',
    prefix = '2 3'
);

-- The text of a case's row, read wherever a row is built or noted: the same follow-ups
-- in the same order each time (followups_by_case).
CREATE VIEW search_source (tracking_id, title, content, followups) AS
SELECT c.tracking_id, c.title, c.content,
       coalesce((SELECT group_concat(f.text, char(10)) FROM followups f
                 WHERE f.case_id = c.tracking_id), '')
FROM cases c;

-- indexed: 1 when the case had a row at the time it was noted, built from the text
-- beside it.
DROP TABLE search_pending;
CREATE TABLE search_pending (
    case_id   INTEGER PRIMARY KEY,
    indexed   INTEGER NOT NULL CHECK (indexed IN (0, 1)),
    title     TEXT,
    content   TEXT,
    followups TEXT
);

-- A bulk fill under way may hold the old triggers aside: they are replaced here.
DELETE FROM set_aside WHERE type = 'trigger' AND name LIKE '%search%';
DROP TRIGGER IF EXISTS cases_search_insert;
DROP TRIGGER IF EXISTS cases_search_update;
DROP TRIGGER IF EXISTS cases_search_delete;
DROP TRIGGER IF EXISTS followups_search_insert;
DROP TRIGGER IF EXISTS followups_search_update;
DROP TRIGGER IF EXISTS followups_search_delete;
DROP TRIGGER IF EXISTS cases_search_pending_insert;
DROP TRIGGER IF EXISTS cases_search_pending_update;
DROP TRIGGER IF EXISTS followups_search_pending_insert;
DROP TRIGGER IF EXISTS followups_search_pending_update;
DROP TRIGGER IF EXISTS followups_search_pending_delete;

-- Before a statement changes the text of a case's row, the case is noted once; the
-- trigger below adds the text the row was built from, when it has one (its column sizes
-- exist). An upsert that changes nothing is not noted.
CREATE TRIGGER cases_search_note_insert BEFORE INSERT ON cases
WHEN EXISTS (SELECT 1 FROM cases WHERE tracking_id = new.tracking_id
    AND (title IS NOT new.title OR content IS NOT new.content))
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT new.tracking_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = new.tracking_id);
END;

CREATE TRIGGER cases_search_note_update BEFORE UPDATE OF title, content ON cases
WHEN old.title IS NOT new.title OR old.content IS NOT new.content
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT old.tracking_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = old.tracking_id);
END;

CREATE TRIGGER cases_search_note_delete BEFORE DELETE ON cases
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT old.tracking_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = old.tracking_id);
END;

CREATE TRIGGER followups_search_note_insert BEFORE INSERT ON followups
WHEN NOT EXISTS (SELECT 1 FROM followups WHERE id = new.id
    AND case_id IS new.case_id AND text IS new.text AND published_at IS new.published_at)
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT new.case_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = new.case_id);
END;

-- The published time orders a case's follow-ups in its text.
CREATE TRIGGER followups_search_note_update BEFORE UPDATE OF text, published_at ON followups
WHEN old.text IS NOT new.text OR old.published_at IS NOT new.published_at
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT old.case_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = old.case_id);
END;

CREATE TRIGGER followups_search_note_delete BEFORE DELETE ON followups
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT old.case_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = old.case_id);
END;

CREATE TRIGGER search_pending_text AFTER INSERT ON search_pending
WHEN EXISTS (SELECT 1 FROM case_search_docsize WHERE id = new.case_id)
BEGIN
    UPDATE search_pending SET (indexed, title, content, followups) =
        (SELECT 1, title, content, followups FROM search_source
         WHERE tracking_id = new.case_id)
    WHERE case_id = new.case_id;
END;

-- A note dropped outside a deferred batch replaces the case's row at once: the old row
-- goes with the text it was built from, and the case, if it is still there, is indexed
-- as it is now. SearchIndex::catchUp() drops the notes of a batch with deferred still 1
-- and replaces their rows two statements at a time.
CREATE TRIGGER search_pending_flush BEFORE DELETE ON search_pending
WHEN (SELECT deferred FROM search_mode) = 0
BEGIN
    INSERT INTO case_search (case_search, rowid, title, content, followups)
    SELECT 'delete', old.case_id, old.title, old.content, old.followups WHERE old.indexed = 1;
    INSERT INTO case_search (rowid, title, content, followups)
    SELECT tracking_id, title, content, followups FROM search_source
    WHERE tracking_id = old.case_id;
END;

-- After the statement: a new case is noted (it has no row yet), and outside a deferred
-- batch the case's note is dropped, which replaces its row.
CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT new.tracking_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = new.tracking_id);
    DELETE FROM search_pending
    WHERE case_id = new.tracking_id AND (SELECT deferred FROM search_mode) = 0;
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF title, content ON cases
WHEN (old.title IS NOT new.title OR old.content IS NOT new.content)
    AND (SELECT deferred FROM search_mode) = 0
BEGIN
    DELETE FROM search_pending WHERE case_id = new.tracking_id;
END;

CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
WHEN (SELECT deferred FROM search_mode) = 0
BEGIN
    DELETE FROM search_pending WHERE case_id = old.tracking_id;
END;

CREATE TRIGGER followups_search_insert AFTER INSERT ON followups
WHEN (SELECT deferred FROM search_mode) = 0
BEGIN
    DELETE FROM search_pending WHERE case_id = new.case_id;
END;

CREATE TRIGGER followups_search_update AFTER UPDATE OF text, published_at ON followups
WHEN (old.text IS NOT new.text OR old.published_at IS NOT new.published_at)
    AND (SELECT deferred FROM search_mode) = 0
BEGIN
    DELETE FROM search_pending WHERE case_id = new.case_id;
END;

CREATE TRIGGER followups_search_delete AFTER DELETE ON followups
WHEN (SELECT deferred FROM search_mode) = 0
BEGIN
    DELETE FROM search_pending WHERE case_id = old.case_id;
END;

UPDATE search_mode SET unbuilt = 1 WHERE EXISTS (SELECT 1 FROM cases);
