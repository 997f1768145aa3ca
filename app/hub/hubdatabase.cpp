#include "hubdatabase.h"

#include "core/ownerfiles.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

// Never edit a file a released laporhub applied: add the next one.
const char *const kSchemaFiles[] = {
    ":/hub/sql/001_initial.sql",
    ":/hub/sql/002_disabled_users.sql",
    ":/hub/sql/003_token_families.sql",
    ":/hub/sql/004_uploads.sql",
};

void applySchemaFile(SqliteDb &db, int version)
{
    QFile file(QString::fromLatin1(kSchemaFiles[version - 1]));
    if (!file.open(QIODevice::ReadOnly))
        throw SqlError("a hub schema file is missing from the resources");
    db.execScript(file.readAll());
    db.execScript("PRAGMA user_version = " + QByteArray::number(version));
}

} // namespace

int HubDatabase::latestSchemaVersion()
{
    return int(std::size(kSchemaFiles));
}

HubDatabase::HubDatabase(const QString &dir)
    : m_dir(dir)
{ }

QString HubDatabase::path() const
{
    return QDir(m_dir).filePath(u"laporhub.sqlite"_s);
}

bool HubDatabase::open(QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = u"cannot create the data folder %1"_s.arg(m_dir);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(QDir(m_dir).filePath(u"laporhub.lock"_s));
    // A lock left by a killed hub is detected as stale (its process is gone) and taken over.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = u"another laporhub (pid %1) is using %2"_s.arg(pid).arg(m_dir);
        return false;
    }
    QString openError;
    if (!m_db.open(path(), &openError)) {
        *error = u"cannot open %1: %2"_s.arg(path(), openError);
        return false;
    }
    try {
        // FULL: a committed write survives power loss, not only a killed process; the hub
        // writes little, so the extra fsync is cheap.
        m_db.execScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        // Password hashes and every complaint: for the hub's own account only, also in a
        // folder an older version left open.
        OwnerFiles::protectTree(m_dir);
        auto &q = m_db.prepare("PRAGMA user_version");
        const int version = q.step() ? int(q.int64(0)) : 0;
        q.reset();
        m_new = version == 0;
        if (version > latestSchemaVersion()) {
            *error = u"%1 was written by a newer laporhub (schema %2, this one knows %3)"_s.arg(
                path(), QString::number(version), QString::number(latestSchemaVersion()));
            return false;
        }
        for (int next = version + 1; !m_new && next <= latestSchemaVersion(); ++next) {
            Transaction tx(m_db);
            applySchemaFile(m_db, next);
            tx.commit();
        }
    } catch (const SqlError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

void HubDatabase::createSchema()
{
    for (int version = 1; version <= latestSchemaVersion(); ++version)
        applySchemaFile(m_db, version);
    // The epoch makes cursors of one dataset invalid for any other (410 cursor-expired).
    const QString epoch = QString::number(QRandomGenerator::system()->generate() | 0x10000000u, 16);
    m_db.prepare("INSERT INTO meta (key, value) VALUES ('epoch', ?)").bind(1, epoch).exec();
}

void HubDatabase::createWith(const std::function<void()> &fill)
{
    // A generated dataset is one transaction of up to gigabytes. In WAL mode all of it
    // would first go to the log, and a page is looked up in the log's index block by
    // block, so every read slows down as the log grows: a million cases did not finish
    // in 18 minutes. A rollback journal keeps only the pages that existed before the
    // transaction (none, in a new file), so a crash still leaves a store without a
    // dataset; the larger cache saves rereading the indexes' pages while they fill.
    m_db.execScript("PRAGMA journal_mode = DELETE; PRAGMA cache_size = -131072;");
    {
        Transaction tx(m_db);
        createSchema();
        fill();
        tx.commit();
    }
    m_db.execScript("PRAGMA cache_size = -2000; PRAGMA journal_mode = WAL;");
}

} // namespace lapor::hub
