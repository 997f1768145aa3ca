#include "tokenfamily.h"

#include "sqlitedb.h"

namespace lapor::hub::TokenFamily {

void rememberUsed(SqliteDb &db, const QString &sessionId, const QString &usedHash, qint64 now,
                  qint64 keepSeconds)
{
    Transaction tx(db);
    // A used token older than a refresh token's whole life would be refused as expired
    // anyway; forgetting it keeps the table as small as the live sessions.
    db.prepare("DELETE FROM used_refresh_tokens WHERE used_at < ?")
        .bind(1, now - keepSeconds)
        .exec();
    db.prepare("INSERT OR IGNORE INTO used_refresh_tokens (hash, session_id, used_at) "
               "VALUES (?, ?, ?)")
        .bind(1, usedHash)
        .bind(2, sessionId)
        .bind(3, now)
        .exec();
    tx.commit();
}

bool revokeOnReuse(SqliteDb &db, const QString &hash)
{
    auto &q = db.prepare("SELECT session_id FROM used_refresh_tokens WHERE hash = ?");
    q.bind(1, hash);
    const QString sessionId = q.step() ? q.text(0) : QString();
    q.reset();
    if (sessionId.isEmpty())
        return false;
    revoke(db, sessionId);
    qWarning("laporhub: a used refresh token came back; session %s revoked", qPrintable(sessionId));
    return true;
}

void revoke(SqliteDb &db, const QString &sessionId)
{
    Transaction tx(db);
    db.prepare("UPDATE sessions SET revoked = 1 WHERE id = ?").bind(1, sessionId).exec();
    db.prepare("DELETE FROM access_tokens WHERE session_id = ?").bind(1, sessionId).exec();
    tx.commit();
}

} // namespace lapor::hub::TokenFamily
