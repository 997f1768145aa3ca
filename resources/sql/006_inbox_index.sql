-- Schema 6: the inbox at province size (docs/inbox.md, docs/BENCHMARKS.md).
--
-- Every inbox query says `in_scope = 1` and sorts by received_at by default; its filters
-- only touch the columns below. With all of them in one index, a count runs over the
-- index alone instead of the whole table (whose rows carry the complaint text), and a
-- page walks the index in list order, reading the table only for the rows it shows.
-- tracking_id follows received_at because it breaks ties in the list's order: the index
-- then gives that order exactly, and a jump to row 50,000 skips index entries only.
CREATE INDEX cases_inbox ON cases (in_scope, received_at, tracking_id, status, unit_id, due_at,
                                   assignee_id, local_state, hub_changed, first_followup_at);

-- The Konflik view's cases in scope: a handful, found without a scan.
CREATE INDEX cases_conflicted ON cases (tracking_id)
    WHERE local_state = 'conflict' OR hub_changed = 1;
