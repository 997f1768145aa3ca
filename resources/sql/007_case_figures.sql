-- Schema 7: the dashboard's counts, kept as the cases are written instead of counted from
-- the cases at every opening (docs/reports.md, "Performance"). Three small tables of sums
-- per agency-local day, kept right by the triggers below on every insert, update and
-- delete of a case, whoever writes it: sync, local actions, retention, a wipe.
--
-- Working days need the agency's calendar, which is not in the database (the zone is in
-- the profile's settings, the national holidays ship with the desk). CaseFigures writes
-- the calendar it counted with into figure_calendar and figure_days and builds the sums
-- from the cases; until then (a store upgraded to this schema, or one wiped) there is no
-- figure_calendar row, the view below is empty and the triggers add nothing. The first
-- dashboard that opens builds them, and rebuilds them whenever its calendar differs.
-- Cases are never written with INSERT OR REPLACE: that would replace a row without its
-- delete triggers, and the sums would count it twice.

CREATE TABLE figure_calendar (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    offset_secs    INTEGER NOT NULL,  -- the agency zone's offset from UTC (no DST)
    followup_days  INTEGER NOT NULL,  -- the first-follow-up deadline in working days
    last_day       INTEGER NOT NULL,  -- figure_days holds the days 0 .. last_day
    fingerprint    TEXT NOT NULL      -- zone, deadline and holidays counted with
);

-- Local days since 1970-01-01 in the agency's zone: n = working days from 1970 up to and
-- including the day, w = 1 when it is one. "Working days in (a, b]" is n(b) - n(a).
CREATE TABLE figure_days (
    day  INTEGER PRIMARY KEY,
    n    INTEGER NOT NULL,
    w    INTEGER NOT NULL
);

-- One row per case in scope with what the sums need, in the terms of DashboardRepository:
-- the day received (rday), first followed up (fday) and the day of the deadline's last
-- second (dday, with its n as dn); whether the case is owed an answer and answered; on
-- time or late against the first-follow-up deadline; the working days it took; and for a
-- case still owed one, the deadline's key 2 n(D) - 1 (dkey; -1 = not owed one now, -2 =
-- its day lies outside figure_days), which is missed once "today"'s 2 n - w exceeds it.
CREATE VIEW case_figures AS
SELECT c.tracking_id AS tracking_id,
       (c.received_at + k.offset_secs) / 86400 AS rday,
       c.unit_id AS unit_id,
       c.assignee_id AS assignee_id,
       c.status AS status,
       c.rating AS rating,
       CASE WHEN c.disposed_at IS NOT NULL AND c.first_followup_at IS NULL
                 AND c.status IN ('disposed', 'in_progress')
            THEN coalesce(2 * (d0.n + k.followup_days) - 1, -2)
            ELSE -1 END AS dkey,
       (c.disposed_at IS NOT NULL AND (c.first_followup_at IS NOT NULL
                                       OR c.status IN ('disposed', 'in_progress'))) AS owed,
       (c.disposed_at IS NOT NULL AND c.first_followup_at IS NOT NULL) AS answered,
       coalesce(c.disposed_at IS NOT NULL AND c.first_followup_at IS NOT NULL
                AND 2 * df.n - df.w <= 2 * (d0.n + k.followup_days) - 1, 0) AS on_time,
       coalesce(c.disposed_at IS NOT NULL AND c.first_followup_at IS NOT NULL
                AND 2 * df.n - df.w > 2 * (d0.n + k.followup_days) - 1, 0) AS late,
       CASE WHEN c.disposed_at IS NOT NULL AND c.first_followup_at IS NOT NULL
            THEN max(0, df.n - d0.n) END AS days,
       (c.first_followup_at + k.offset_secs) / 86400 AS fday,
       (c.due_at - 1 + k.offset_secs) / 86400 AS dday,
       dd.n AS dn
FROM cases c
CROSS JOIN figure_calendar k
LEFT JOIN figure_days d0 ON d0.day = (c.disposed_at + k.offset_secs) / 86400
LEFT JOIN figure_days df ON df.day = (c.first_followup_at + k.offset_secs) / 86400
LEFT JOIN figure_days dd ON dd.day = (c.due_at - 1 + k.offset_secs) / 86400
WHERE c.in_scope = 1;

-- The cases in scope per day received, unit, officer, status, rating and open deadline.
CREATE TABLE figures_by_day (
    rday         INTEGER NOT NULL,
    unit_id      TEXT NOT NULL,
    assignee_id  TEXT NOT NULL,
    status       TEXT NOT NULL,
    rating       INTEGER NOT NULL,
    dkey         INTEGER NOT NULL,
    cases        INTEGER NOT NULL,
    owed         INTEGER NOT NULL,
    answered     INTEGER NOT NULL,
    on_time      INTEGER NOT NULL,
    late         INTEGER NOT NULL,
    days_sum     INTEGER NOT NULL,  -- working days to the first follow-up, over days_n
    days_n       INTEGER NOT NULL,  -- answered cases whose days are known
    PRIMARY KEY (rday, unit_id, assignee_id, status, rating, dkey)
) WITHOUT ROWID;

-- The cases in scope per day of their first follow-up and unit.
CREATE TABLE figures_by_followup_day (
    fday     INTEGER NOT NULL,
    unit_id  TEXT NOT NULL,
    cases    INTEGER NOT NULL,
    PRIMARY KEY (fday, unit_id)
) WITHOUT ROWID;

-- The cases in scope with a deadline, per the deadline's day, day received and unit.
CREATE TABLE figures_by_due_day (
    dday     INTEGER NOT NULL,
    rday     INTEGER NOT NULL,
    unit_id  TEXT NOT NULL,
    dn       INTEGER,
    cases    INTEGER NOT NULL,
    PRIMARY KEY (dday, rday, unit_id)
) WITHOUT ROWID;

CREATE TRIGGER cases_figures_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO figures_by_day (rday, unit_id, assignee_id, status, rating, dkey, cases, owed,
                                answered, on_time, late, days_sum, days_n)
    SELECT rday, unit_id, assignee_id, status, rating, dkey, 1, owed, answered, on_time, late,
           coalesce(days, 0), days IS NOT NULL
    FROM case_figures WHERE tracking_id = new.tracking_id
    ON CONFLICT (rday, unit_id, assignee_id, status, rating, dkey) DO UPDATE SET
        cases = cases + excluded.cases, owed = owed + excluded.owed,
        answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
        late = late + excluded.late, days_sum = days_sum + excluded.days_sum,
        days_n = days_n + excluded.days_n;
    INSERT INTO figures_by_followup_day (fday, unit_id, cases)
    SELECT fday, unit_id, 1 FROM case_figures
    WHERE tracking_id = new.tracking_id AND fday IS NOT NULL
    ON CONFLICT (fday, unit_id) DO UPDATE SET cases = cases + excluded.cases;
    INSERT INTO figures_by_due_day (dday, rday, unit_id, dn, cases)
    SELECT dday, rday, unit_id, dn, 1 FROM case_figures
    WHERE tracking_id = new.tracking_id AND dday IS NOT NULL
    ON CONFLICT (dday, rday, unit_id) DO UPDATE SET cases = cases + excluded.cases;
END;

-- Taken off before the row goes, while the view still sees it.
CREATE TRIGGER cases_figures_delete BEFORE DELETE ON cases
BEGIN
    INSERT INTO figures_by_day (rday, unit_id, assignee_id, status, rating, dkey, cases, owed,
                                answered, on_time, late, days_sum, days_n)
    SELECT rday, unit_id, assignee_id, status, rating, dkey, -1, -owed, -answered, -on_time,
           -late, -coalesce(days, 0), -(days IS NOT NULL)
    FROM case_figures WHERE tracking_id = old.tracking_id
    ON CONFLICT (rday, unit_id, assignee_id, status, rating, dkey) DO UPDATE SET
        cases = cases + excluded.cases, owed = owed + excluded.owed,
        answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
        late = late + excluded.late, days_sum = days_sum + excluded.days_sum,
        days_n = days_n + excluded.days_n;
    DELETE FROM figures_by_day WHERE cases = 0
        AND (rday, unit_id, assignee_id, status, rating, dkey)
            IN (SELECT rday, unit_id, assignee_id, status, rating, dkey FROM case_figures
                WHERE tracking_id = old.tracking_id);
    INSERT INTO figures_by_followup_day (fday, unit_id, cases)
    SELECT fday, unit_id, -1 FROM case_figures
    WHERE tracking_id = old.tracking_id AND fday IS NOT NULL
    ON CONFLICT (fday, unit_id) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM figures_by_followup_day WHERE cases = 0
        AND (fday, unit_id) IN (SELECT fday, unit_id FROM case_figures
                                WHERE tracking_id = old.tracking_id);
    INSERT INTO figures_by_due_day (dday, rday, unit_id, dn, cases)
    SELECT dday, rday, unit_id, dn, -1 FROM case_figures
    WHERE tracking_id = old.tracking_id AND dday IS NOT NULL
    ON CONFLICT (dday, rday, unit_id) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM figures_by_due_day WHERE cases = 0
        AND (dday, rday, unit_id) IN (SELECT dday, rday, unit_id FROM case_figures
                                      WHERE tracking_id = old.tracking_id);
END;

-- An update is the old row taken off before it and the new one added after it, for each
-- table only when a column it counts by changed.
CREATE TRIGGER cases_figures_day_before BEFORE UPDATE OF received_at, disposed_at,
    first_followup_at, status, unit_id, assignee_id, rating, in_scope ON cases
WHEN old.received_at IS NOT new.received_at OR old.disposed_at IS NOT new.disposed_at
    OR old.first_followup_at IS NOT new.first_followup_at OR old.status IS NOT new.status
    OR old.unit_id IS NOT new.unit_id OR old.assignee_id IS NOT new.assignee_id
    OR old.rating IS NOT new.rating OR old.in_scope IS NOT new.in_scope
BEGIN
    INSERT INTO figures_by_day (rday, unit_id, assignee_id, status, rating, dkey, cases, owed,
                                answered, on_time, late, days_sum, days_n)
    SELECT rday, unit_id, assignee_id, status, rating, dkey, -1, -owed, -answered, -on_time,
           -late, -coalesce(days, 0), -(days IS NOT NULL)
    FROM case_figures WHERE tracking_id = old.tracking_id
    ON CONFLICT (rday, unit_id, assignee_id, status, rating, dkey) DO UPDATE SET
        cases = cases + excluded.cases, owed = owed + excluded.owed,
        answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
        late = late + excluded.late, days_sum = days_sum + excluded.days_sum,
        days_n = days_n + excluded.days_n;
    DELETE FROM figures_by_day WHERE cases = 0
        AND (rday, unit_id, assignee_id, status, rating, dkey)
            IN (SELECT rday, unit_id, assignee_id, status, rating, dkey FROM case_figures
                WHERE tracking_id = old.tracking_id);
END;

CREATE TRIGGER cases_figures_day_after AFTER UPDATE OF received_at, disposed_at,
    first_followup_at, status, unit_id, assignee_id, rating, in_scope ON cases
WHEN old.received_at IS NOT new.received_at OR old.disposed_at IS NOT new.disposed_at
    OR old.first_followup_at IS NOT new.first_followup_at OR old.status IS NOT new.status
    OR old.unit_id IS NOT new.unit_id OR old.assignee_id IS NOT new.assignee_id
    OR old.rating IS NOT new.rating OR old.in_scope IS NOT new.in_scope
BEGIN
    INSERT INTO figures_by_day (rday, unit_id, assignee_id, status, rating, dkey, cases, owed,
                                answered, on_time, late, days_sum, days_n)
    SELECT rday, unit_id, assignee_id, status, rating, dkey, 1, owed, answered, on_time, late,
           coalesce(days, 0), days IS NOT NULL
    FROM case_figures WHERE tracking_id = new.tracking_id
    ON CONFLICT (rday, unit_id, assignee_id, status, rating, dkey) DO UPDATE SET
        cases = cases + excluded.cases, owed = owed + excluded.owed,
        answered = answered + excluded.answered, on_time = on_time + excluded.on_time,
        late = late + excluded.late, days_sum = days_sum + excluded.days_sum,
        days_n = days_n + excluded.days_n;
END;

CREATE TRIGGER cases_figures_followup_before BEFORE UPDATE OF first_followup_at, unit_id,
    in_scope ON cases
WHEN old.first_followup_at IS NOT new.first_followup_at OR old.unit_id IS NOT new.unit_id
    OR old.in_scope IS NOT new.in_scope
BEGIN
    INSERT INTO figures_by_followup_day (fday, unit_id, cases)
    SELECT fday, unit_id, -1 FROM case_figures
    WHERE tracking_id = old.tracking_id AND fday IS NOT NULL
    ON CONFLICT (fday, unit_id) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM figures_by_followup_day WHERE cases = 0
        AND (fday, unit_id) IN (SELECT fday, unit_id FROM case_figures
                                WHERE tracking_id = old.tracking_id);
END;

CREATE TRIGGER cases_figures_followup_after AFTER UPDATE OF first_followup_at, unit_id,
    in_scope ON cases
WHEN old.first_followup_at IS NOT new.first_followup_at OR old.unit_id IS NOT new.unit_id
    OR old.in_scope IS NOT new.in_scope
BEGIN
    INSERT INTO figures_by_followup_day (fday, unit_id, cases)
    SELECT fday, unit_id, 1 FROM case_figures
    WHERE tracking_id = new.tracking_id AND fday IS NOT NULL
    ON CONFLICT (fday, unit_id) DO UPDATE SET cases = cases + excluded.cases;
END;

CREATE TRIGGER cases_figures_due_before BEFORE UPDATE OF due_at, received_at, unit_id,
    in_scope ON cases
WHEN old.due_at IS NOT new.due_at OR old.received_at IS NOT new.received_at
    OR old.unit_id IS NOT new.unit_id OR old.in_scope IS NOT new.in_scope
BEGIN
    INSERT INTO figures_by_due_day (dday, rday, unit_id, dn, cases)
    SELECT dday, rday, unit_id, dn, -1 FROM case_figures
    WHERE tracking_id = old.tracking_id AND dday IS NOT NULL
    ON CONFLICT (dday, rday, unit_id) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM figures_by_due_day WHERE cases = 0
        AND (dday, rday, unit_id) IN (SELECT dday, rday, unit_id FROM case_figures
                                      WHERE tracking_id = old.tracking_id);
END;

CREATE TRIGGER cases_figures_due_after AFTER UPDATE OF due_at, received_at, unit_id,
    in_scope ON cases
WHEN old.due_at IS NOT new.due_at OR old.received_at IS NOT new.received_at
    OR old.unit_id IS NOT new.unit_id OR old.in_scope IS NOT new.in_scope
BEGIN
    INSERT INTO figures_by_due_day (dday, rday, unit_id, dn, cases)
    SELECT dday, rday, unit_id, dn, 1 FROM case_figures
    WHERE tracking_id = new.tracking_id AND dday IS NOT NULL
    ON CONFLICT (dday, rday, unit_id) DO UPDATE SET cases = cases + excluded.cases;
END;
