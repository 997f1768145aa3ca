-- Schema 12: the nota dinas (official internal memo) made when a draft is approved or
-- returned (docs/drafting.md, "Nota dinas").
--
-- The numbers are this store's own: one running counter per calendar year, taken in the
-- same transaction as the memo's row and never given back, so a number is never used
-- twice on this desk, also after a failed write or a restart. `content` is the JSON of
-- everything printed on the memo (the rendering input), so the PDF can be written again
-- exactly as it was, e.g. when its file was lost. `file` is relative to the profile.
-- Nothing here is sent to the hub.
CREATE TABLE nota_dinas_counters (
    year  INTEGER PRIMARY KEY,
    last  INTEGER NOT NULL CHECK (last >= 0)
);
CREATE TABLE nota_dinas (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL,
    draft_id     TEXT NOT NULL,
    decision_id  TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('approve', 'return')),
    number       TEXT NOT NULL UNIQUE,
    year         INTEGER NOT NULL,
    sequence     INTEGER NOT NULL CHECK (sequence > 0),
    file         TEXT NOT NULL,
    content      TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    UNIQUE (year, sequence)
);
CREATE INDEX nota_dinas_by_case ON nota_dinas (case_id);
