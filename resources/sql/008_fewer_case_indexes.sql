-- Schema 8: three indexes on cases that no query reads any more.
--
-- Every index is one more B-tree write for each case a sync stores, and a first sync
-- stores every case of the scope. Since cases_inbox (schema 6) holds every column the
-- inbox, the dashboard, the notifications and the deadline counts filter on, behind
-- in_scope, and the inbox's filters write `+c.column`, EXPLAIN QUERY PLAN on a store of
-- 100,000 cases shows none of these in any plan:
--
-- cases_by_received: ranges on received_at all come with in_scope = 1 (cases_inbox);
--   the dashboard's date bounds take min and max of several columns in one scan.
-- cases_by_due: the due-date counts and notifications run over cases_inbox; only the
--   recomputation of every deadline after a holiday changed used it, to read the rows
--   with a deadline (most of them), which a scan of the table does as well.
-- cases_by_local_state: the Konflik view and the conflict notifications use
--   cases_conflicted; the other local states are only filtered with +c.local_state.
--
-- Kept: cases_by_status (status, received_at) for the retention's search for old closed
-- cases after every sync (out-of-scope cases too, so not cases_inbox; a scan is three
-- times slower), and cases_by_unit (unit_id, status) for the inbox's list of units (one
-- seek per unit).
DROP INDEX cases_by_received;
DROP INDEX cases_by_due;
DROP INDEX cases_by_local_state;
