-- Schema 9: a token for the inbox snapshot kept on disk (docs/inbox.md, "The inbox
-- snapshot").
--
-- The snapshot holds, per case, the columns the inbox filters on. At a million cases
-- reading it from the store takes a second, so the desk keeps it in a file beside the
-- store and loads that instead when it still stands for the store. The token below is
-- new after every write that could change the snapshot, whoever writes (the desk, a sync,
-- lapordeskctl, retention): a file whose token equals the store's was taken from exactly
-- these rows. A random token rather than a counter, so that a store restored from a copy
-- and written to again can never meet a file of another history.
CREATE TABLE inbox_token (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    token  BLOB NOT NULL
);
INSERT INTO inbox_token (id, token) VALUES (1, randomblob(16));

CREATE TRIGGER inbox_token_cases_insert AFTER INSERT ON cases
BEGIN
    UPDATE inbox_token SET token = randomblob(16) WHERE id = 1;
END;

CREATE TRIGGER inbox_token_cases_delete AFTER DELETE ON cases
BEGIN
    UPDATE inbox_token SET token = randomblob(16) WHERE id = 1;
END;

-- Only the columns the snapshot holds: marking a case read keeps the file.
CREATE TRIGGER inbox_token_cases_update AFTER UPDATE OF tracking_id, received_at, due_at,
    status, unit_id, assignee_id, in_scope, hub_changed, local_state, first_followup_at
    ON cases
BEGIN
    UPDATE inbox_token SET token = randomblob(16) WHERE id = 1;
END;

CREATE TRIGGER inbox_token_drafts_insert AFTER INSERT ON drafts
BEGIN
    UPDATE inbox_token SET token = randomblob(16) WHERE id = 1;
END;

CREATE TRIGGER inbox_token_drafts_delete AFTER DELETE ON drafts
BEGIN
    UPDATE inbox_token SET token = randomblob(16) WHERE id = 1;
END;

CREATE TRIGGER inbox_token_drafts_update AFTER UPDATE OF case_id, author_id, state ON drafts
BEGIN
    UPDATE inbox_token SET token = randomblob(16) WHERE id = 1;
END;
