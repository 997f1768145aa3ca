#pragma once

#include <QDateTime>
#include <QString>

namespace lapor {

class Database;

// Small key/value facts about synchronisation: the change-feed cursor, the last
// successful sync, the hub the store belongs to. Written inside the caller's
// transaction, so a page and its cursor commit together.
class SyncState
{
public:
    explicit SyncState(Database &db);

    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

    QString cursor() const;
    bool setCursor(const QString &cursor, QString *error = nullptr);
    QDateTime lastSyncAt() const;
    bool setLastSyncAt(const QDateTime &at, QString *error = nullptr);
    // When the hub answered that this store's account is disabled (DisabledAccount);
    // invalid while it is not. Nothing is pushed from the store while it is set.
    QDateTime accountDisabledAt() const;
    // An invalid time clears it: a later online sign-in was accepted.
    bool setAccountDisabledAt(const QDateTime &at, QString *error = nullptr);

private:
    Database &m_db;
};

} // namespace lapor
