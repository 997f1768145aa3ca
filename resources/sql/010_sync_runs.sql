-- Schema 10: the traffic of each sync run (docs/sync.md, "Text first").
--
-- One row per run of the desk's sync: the push, the pull and the attachment prefetch that
-- follows them. Bytes are of bodies as they crossed the network, compressed as sent;
-- headers are not counted. Times are seconds since the epoch (UTC); the sync log groups
-- the rows into days in the user's time zone. The desk keeps the last 90 days.
CREATE TABLE sync_runs (
    id           INTEGER PRIMARY KEY,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER NOT NULL,
    bytes_up     INTEGER NOT NULL CHECK (bytes_up >= 0),
    bytes_down   INTEGER NOT NULL CHECK (bytes_down >= 0),
    ok           INTEGER NOT NULL CHECK (ok IN (0, 1))
);
CREATE INDEX sync_runs_by_start ON sync_runs (started_at);
