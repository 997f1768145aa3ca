#pragma once

#include "sqlitedb.h"

#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>

namespace lapor::hub {

// The hub's data folder: laporhub.sqlite (WAL) guarded by a lock file, so that a second
// process on the same folder is refused instead of corrupting the first one's view. The
// schema is the numbered files in app/hub/sql, applied in order; `PRAGMA user_version`
// holds the last one applied.
class HubDatabase
{
public:
    explicit HubDatabase(const QString &dir);

    static int latestSchemaVersion();

    // Locks the folder and opens the database. A folder an older laporhub wrote is
    // upgraded step by step, each step in its own transaction; one a newer laporhub wrote
    // is refused and left as it is.
    bool open(QString *error);
    // True while the schema has never been created.
    bool isNew() const { return m_new; }
    // Creates the schema and the dataset epoch, inside the caller's transaction so that
    // the schema and the first dataset commit together.
    void createSchema();
    // Creates the schema and runs `fill` (the generated dataset) in the same transaction,
    // for a new folder: all or nothing.
    void createWith(const std::function<void()> &fill);
    SqliteDb &db() { return m_db; }
    QString path() const;

private:
    QString m_dir;
    std::unique_ptr<QLockFile> m_lock;
    SqliteDb m_db;
    bool m_new = false;
};

} // namespace lapor::hub
