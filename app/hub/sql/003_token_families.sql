-- Refresh tokens a session has already rotated away from. A session is one sign-in and
-- the family of every token descended from it; a used token presented again means a copy
-- is in someone else's hands, so the whole family is revoked (RFC 9700, 4.14.2).
CREATE TABLE used_refresh_tokens (
    hash        TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL,
    used_at     INTEGER NOT NULL
);
CREATE INDEX used_refresh_tokens_by_session ON used_refresh_tokens (session_id);
