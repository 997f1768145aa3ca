-- Schema 15: a case's history rows are keyed within their case (docs/store.md, "History
-- rows").
--
-- Follow-ups, citizen replies, disposisi and internal notes were keyed by the hub's id
-- alone, a random UUID. Every row written went to a random place in that key's index, so
-- a sync touched a different index page for nearly every record: at a million cases the
-- four indexes were 181 MB against a 48 MB page cache, and each record of a first sync
-- read a page back from disk; at 100,000 cases every page of records copied some 1,200
-- index pages into its savepoint's journal. The feed brings a case's history together,
-- case after case, so a key that starts with the case keeps those writes on the few
-- pages at the end of the index.
--
-- The hub's ids stay unique within a case, which is what an upsert needs: the hub never
-- moves a history row to another case. The attachments keep their key, since they are
-- looked up by id alone (downloads, retention), and they are the smallest table.
--
-- Rows keep their rowid, and the search text of a case keeps the order of its follow-ups
-- (published time, then rowid; followups_by_case gives that order without a sort), so the
-- search rows already built stay valid and are not built again.

-- The view and the triggers that read it name `followups`; they go while it is replaced.
DROP TRIGGER search_pending_text;
DROP TRIGGER search_pending_flush;
DROP VIEW search_source;

CREATE TABLE followups_new (
    id            TEXT NOT NULL,
    case_id       INTEGER NOT NULL REFERENCES cases (tracking_id) ON DELETE CASCADE,
    author_id     TEXT NOT NULL DEFAULT '',
    unit_id       TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    published_at  INTEGER NOT NULL
);
INSERT INTO followups_new (rowid, id, case_id, author_id, unit_id, text, published_at)
SELECT rowid, id, case_id, author_id, unit_id, text, published_at FROM followups ORDER BY rowid;
DROP TABLE followups;
ALTER TABLE followups_new RENAME TO followups;
CREATE UNIQUE INDEX followups_key ON followups (case_id, id);
CREATE INDEX followups_by_case ON followups (case_id, published_at);

CREATE TABLE citizen_replies_new (
    id          TEXT NOT NULL,
    case_id     INTEGER NOT NULL REFERENCES cases (tracking_id) ON DELETE CASCADE,
    text        TEXT NOT NULL DEFAULT '',
    rating      INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    created_at  INTEGER NOT NULL
);
INSERT INTO citizen_replies_new (rowid, id, case_id, text, rating, created_at)
SELECT rowid, id, case_id, text, rating, created_at FROM citizen_replies ORDER BY rowid;
DROP TABLE citizen_replies;
ALTER TABLE citizen_replies_new RENAME TO citizen_replies;
CREATE UNIQUE INDEX citizen_replies_key ON citizen_replies (case_id, id);
CREATE INDEX citizen_replies_by_case ON citizen_replies (case_id, created_at);

CREATE TABLE dispositions_new (
    id            TEXT NOT NULL,
    case_id       INTEGER NOT NULL REFERENCES cases (tracking_id) ON DELETE CASCADE,
    from_unit_id  TEXT NOT NULL DEFAULT '',
    to_unit_id    TEXT NOT NULL,
    by_user_id    TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    at            INTEGER NOT NULL
);
INSERT INTO dispositions_new (rowid, id, case_id, from_unit_id, to_unit_id, by_user_id, note, at)
SELECT rowid, id, case_id, from_unit_id, to_unit_id, by_user_id, note, at FROM dispositions
ORDER BY rowid;
DROP TABLE dispositions;
ALTER TABLE dispositions_new RENAME TO dispositions;
CREATE UNIQUE INDEX dispositions_key ON dispositions (case_id, id);
CREATE INDEX dispositions_by_case ON dispositions (case_id, at);

CREATE TABLE notes_new (
    id          TEXT NOT NULL,
    case_id     INTEGER NOT NULL REFERENCES cases (tracking_id) ON DELETE CASCADE,
    author_id   TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
INSERT INTO notes_new (rowid, id, case_id, author_id, text, created_at)
SELECT rowid, id, case_id, author_id, text, created_at FROM notes ORDER BY rowid;
DROP TABLE notes;
ALTER TABLE notes_new RENAME TO notes;
CREATE UNIQUE INDEX notes_key ON notes (case_id, id);
CREATE INDEX notes_by_case ON notes (case_id, created_at);

-- The text of a case's row, read wherever a row is built or noted: its follow-ups in the
-- order of followups_by_case, said outright rather than left to the index the query
-- planner picks, now that two indexes start with the case.
CREATE VIEW search_source (tracking_id, title, content, followups) AS
SELECT c.tracking_id, c.title, c.content,
       coalesce((SELECT group_concat(text, char(10))
                 FROM (SELECT f.text FROM followups f WHERE f.case_id = c.tracking_id
                       ORDER BY f.published_at, f.rowid)), '')
FROM cases c;

CREATE TRIGGER search_pending_text AFTER INSERT ON search_pending
WHEN EXISTS (SELECT 1 FROM case_search_docsize WHERE id = new.case_id)
BEGIN
    UPDATE search_pending SET (indexed, title, content, followups) =
        (SELECT 1, title, content, followups FROM search_source
         WHERE tracking_id = new.case_id)
    WHERE case_id = new.case_id;
END;

CREATE TRIGGER search_pending_flush BEFORE DELETE ON search_pending
WHEN (SELECT deferred FROM search_mode) = 0
BEGIN
    INSERT INTO case_search (case_search, rowid, title, content, followups)
    SELECT 'delete', old.case_id, old.title, old.content, old.followups WHERE old.indexed = 1;
    INSERT INTO case_search (rowid, title, content, followups)
    SELECT tracking_id, title, content, followups FROM search_source
    WHERE tracking_id = old.case_id;
END;

-- The follow-ups' search triggers went with their table. A bulk fill under way may hold
-- the search triggers aside, and those on follow-ups cannot wait there: the one that notes
-- an insert looked a follow-up up by its id alone. As at the upgrade to schema 14, every
-- search trigger comes back live, those on cases too (the same definitions as schema 14;
-- IF NOT EXISTS: without a fill under way they are there already): a case that gets its
-- row during the rest of the fill keeps it up to date, and the end of the fill builds the
-- rows still missing.
DELETE FROM set_aside WHERE type = 'trigger' AND name LIKE '%search%';

CREATE TRIGGER IF NOT EXISTS cases_search_note_insert BEFORE INSERT ON cases
WHEN EXISTS (SELECT 1 FROM cases WHERE tracking_id = new.tracking_id
    AND (title IS NOT new.title OR content IS NOT new.content))
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT new.tracking_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = new.tracking_id);
END;

CREATE TRIGGER IF NOT EXISTS cases_search_note_update BEFORE UPDATE OF title, content ON cases
WHEN old.title IS NOT new.title OR old.content IS NOT new.content
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT old.tracking_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = old.tracking_id);
END;

CREATE TRIGGER IF NOT EXISTS cases_search_note_delete BEFORE DELETE ON cases
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT old.tracking_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = old.tracking_id);
END;

CREATE TRIGGER IF NOT EXISTS cases_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO search_pending (case_id, indexed) SELECT new.tracking_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE case_id = new.tracking_id);
    DELETE FROM search_pending
    WHERE case_id = new.tracking_id AND (SELECT deferred FROM search_mode) = 0;
END;

CREATE TRIGGER IF NOT EXISTS cases_search_update AFTER UPDATE OF title, content ON cases
WHEN (old.title IS NOT new.title OR old.content IS NOT new.content)
    AND (SELECT deferred FROM search_mode) = 0
BEGIN
    DELETE FROM search_pending WHERE case_id = new.tracking_id;
END;

CREATE TRIGGER IF NOT EXISTS cases_search_delete AFTER DELETE ON cases
WHEN (SELECT deferred FROM search_mode) = 0
BEGIN
    DELETE FROM search_pending WHERE case_id = old.tracking_id;
END;

CREATE TRIGGER followups_search_note_insert BEFORE INSERT ON followups
WHEN NOT EXISTS (SELECT 1 FROM followups WHERE case_id = new.case_id AND id = new.id
    AND text IS new.text AND published_at IS new.published_at)
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
