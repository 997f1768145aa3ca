-- laporhub storage, schema 2: the agency can disable an account (staff who left, a lost
-- password). The account keeps its history; it can no longer sign in, refresh a session or
-- use a token it still holds (docs/hub-api.md, "Authentication").

ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
