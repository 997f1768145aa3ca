#pragma once

#include <QString>

namespace lapor::hub {

class SqliteDb;

// Refresh-token reuse detection. A session is the family of every token issued since one
// sign-in; the refresh tokens it rotated away from are remembered, and presenting one of
// them again revokes the whole family: either the thief or the rightful client holds a
// stale copy, and the hub cannot tell which.
namespace TokenFamily {
// Remembers `usedHash` (the digest of a refresh token just exchanged) for `sessionId`.
void rememberUsed(SqliteDb &db, const QString &sessionId, const QString &usedHash, qint64 now,
                  qint64 keepSeconds);
// If `hash` is a refresh token some session already used, revokes that session (its
// access and refresh tokens) and returns true.
bool revokeOnReuse(SqliteDb &db, const QString &hash);
void revoke(SqliteDb &db, const QString &sessionId);
} // namespace TokenFamily

} // namespace lapor::hub
