-- Schema 11: a first sync fills an empty store in bulk (docs/store.md, "A first sync").
--
-- A sync that starts on a store holding no case sets aside the secondary indexes of
-- `cases` and the triggers that keep the search index and the dashboard's sums. Each of
-- them costs a write for every record such a sync stores, in an order that touches much
-- of its B-tree, while building them once from the finished tables costs a fraction of
-- that. Their definitions wait in this table, written in the same transaction that
-- dropped them, and come back when the sync ends, however it ends. A desk that stopped
-- mid-way keeps them here until the end of its next sync.
CREATE TABLE set_aside (
    name  TEXT PRIMARY KEY,
    type  TEXT NOT NULL CHECK (type IN ('index', 'trigger')),
    sql   TEXT NOT NULL
);

-- 1 while some cases may have no row in the search index: from the start of a bulk fill
-- until the rows of every case are built, a step at a time, after the definitions above
-- are back (from then on the triggers keep the rows already built up to date).
ALTER TABLE search_mode ADD COLUMN unbuilt INTEGER NOT NULL DEFAULT 0 CHECK (unbuilt IN (0, 1));
