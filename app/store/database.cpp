#include "database.h"

#include "bulkload.h"
#include "core/ownerfiles.h"
#include "migrations.h"
#include "searchindex.h"
#include "searchtokenizer.h"
#include "sqlutil.h"
#include "statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <utility>
Q_LOGGING_CATEGORY(lcDatabase, "lapor.store")

namespace lapor {

namespace {

// resources/sql/014_search_without_copy.sql: the schema whose notes in search_pending
// carry the text of the rows they replace (notes of an older schema never outlive their
// batch).
constexpr int kSearchSchema = 14;
// resources/sql/017_forms_as_one_character.sql: the last schema that empties the search
// index (013_search_forms.sql and 014 did too).
constexpr int kSearchEmptied = 17;

// Schemas 13, 14 and 17 leave an existing store's cases without search rows. They are built
// here, at the opening that upgraded, a chunk and a transaction at a time as at the end
// of a first sync, so that search finds them before the store is used. A build cut off is
// finished like a first sync's, by the end of the next sync (BulkLoad::isPending); so is
// the build of a first sync still under way (its indexes and triggers set aside).
void buildSearchRows(Database &db, const Database::Options &options)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT unbuilt FROM search_mode) = 1 "
                               "AND NOT EXISTS (SELECT 1 FROM set_aside), "
                               "(SELECT count(*) FROM cases)"))
        || !q.next() || !q.value(0).toBool())
        return;
    const qint64 total = q.value(1).toLongLong();
    q.finish();
    qCInfo(lcDatabase, "building the search index of %lld cases", total);
    BulkLoad bulk(db);
    QString error;
    qint64 done = 0;
    for (;;) {
        const BulkLoad::Step step = bulk.finishStep(&error);
        if (step == BulkLoad::Step::Failed) {
            qCWarning(lcDatabase, "building the search index stopped: %s", qPrintable(error));
            return;
        }
        done = qMax(done, bulk.casesIndexed());
        if (options.reindexProgress)
            options.reindexProgress(qMin(done, total), total);
        if (step == BulkLoad::Step::Done)
            break;
    }
    qCInfo(lcDatabase, "search index built");
}

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("lapor-store-%1").arg(counter.fetch_add(1));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("lapor::Database", text);
}

// Looks at an existing file without writing to it.
Database::OpenResult inspect(const QString &path)
{
    Database::OpenResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Database::Error::CannotOpen;
        result.message
            = tr("Berkas basis data %1 tidak dapat dibaca: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArrayLiteral("SQLite format 3\0")) {
        result.error = Database::Error::Corrupt;
        result.message = tr("Berkas %1 bukan basis data LAPOR Desk atau sudah rusak. "
                            "Berkas tidak diubah; pulihkan dari cadangan atau pindahkan "
                            "berkas itu lalu sinkronkan ulang.")
                             .arg(path);
        return result;
    }
    file.close();

    const QString name = nextConnectionName();
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // A read-only connection to a WAL database still creates -wal and -shm files.
        // Without a -wal file everything is in the main file, so it is read as immutable
        // and nothing at all is written beside it.
        if (QFileInfo::exists(path + QLatin1String("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                               + QLatin1String("?immutable=1"));
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            result.error = Database::Error::CannotOpen;
            result.message
                = tr("Basis data %1 tidak dapat dibuka: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery query(db);
            const int version = query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
                ? query.value(0).toInt()
                : -1;
            if (version > Migrations::latestVersion()) {
                result.error = Database::Error::NewerSchema;
                result.message
                    = tr("Basis data %1 dibuat oleh LAPOR Desk versi yang lebih baru (skema %2; "
                         "versi ini mengenal sampai skema %3). Perbarui aplikasi; berkas tidak "
                         "diubah.")
                          .arg(path)
                          .arg(version)
                          .arg(Migrations::latestVersion());
            } else {
                const bool ok = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next()
                    && query.value(0).toString() == QLatin1String("ok");
                if (!ok) {
                    result.error = Database::Error::Corrupt;
                    result.message
                        = tr("Basis data %1 rusak (pemeriksaan integritas gagal: %2). Berkas "
                             "tidak diubah; pulihkan dari cadangan atau pindahkan berkas itu "
                             "lalu sinkronkan ulang.")
                              .arg(path,
                                   query.lastError().isValid() ? query.lastError().text()
                                                               : query.value(0).toString());
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{ }

Database::~Database()
{
    // A statement left open would keep SQLite from closing the connection.
    for (Statement *statement : std::exchange(m_statements, {}))
        statement->detach();
    {
        auto db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::OpenResult Database::open(const QString &path, const Options &options)
{
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        auto checked = inspect(path);
        if (checked.error != Error::None)
            return checked;
    }

    OpenResult result;
    std::unique_ptr<Database> database = connectTo(path, &result);
    if (!database)
        return result;

    // The store, its write-ahead log and its shared memory: the owner's only.
    for (const char *suffix : { "", "-wal", "-shm" })
        OwnerFiles::protectFile(path + QLatin1String(suffix));

    const int versionBefore = database->schemaVersion();
    QString migrationError;
    if (!Migrations::apply(*database, options.targetVersion, &migrationError)) {
        result.error = Error::MigrationFailed;
        result.message = tr("Pembaruan skema basis data %1 gagal: %2").arg(path, migrationError);
        return result;
    }
    // A batch is caught up before it commits, so noted cases survive only a build that
    // committed without doing so; then they are indexed now rather than never. If that
    // fails (a full disk), the store still opens: the cases stay noted and the next
    // write batch or opening indexes them, and only their search waits meanwhile.
    if (database->schemaVersion() >= kSearchSchema) {
        QString searchError;
        SearchIndex(*database).catchUpLeftovers(&searchError);
    }
    const auto crossed = [&](int version) {
        return versionBefore < version && database->schemaVersion() >= version;
    };
    if (crossed(kSearchSchema) || crossed(kSearchEmptied))
        buildSearchRows(*database, options);
    result.database = std::move(database);
    return result;
}

// A connection with the store's settings, before any check or upgrade.
std::unique_ptr<Database> Database::connectTo(const QString &path, OpenResult *result)
{
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        result->error = Error::CannotOpen;
        result->message
            = tr("Basis data %1 tidak dapat dibuka: %2").arg(path, db.lastError().text());
        return nullptr;
    }

    // Before anything reads the schema: the search index is read by this tokenizer.
    if (!SearchTokenizer::registerOn(db)) {
        result->error = Error::CannotOpen;
        result->message = tr("Basis data %1 tidak dapat disiapkan: %2")
                              .arg(path, QStringLiteral("FTS5 tokenizer"));
        return nullptr;
    }

    QSqlQuery query(db);
    // SQLite's defaults (a 2 MB page cache, a checkpoint every 4 MB of log) cost twice:
    // the inbox reread the same index and table pages through the kernel for every count
    // and page (15 % of a benchmark run was copying file pages), and a first sync of a
    // large scope wrote the index pages of a growing store back to disk over and over
    // (6 GB written for a 374 MB store at 100,000 cases). 48 MB holds the inbox index up to
    // several hundred thousand cases and keeps a sync's memory within its 100 MB target;
    // the cache is taken only as pages are read, and the log is cut back to 64 MB after a
    // checkpoint (docs/BENCHMARKS.md, bench_inbox and bench_sync).
    for (const char *pragma :
         { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
           "PRAGMA cache_size = -49152", "PRAGMA wal_autocheckpoint = 16384",
           "PRAGMA journal_size_limit = 67108864" }) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            result->error = Error::CannotOpen;
            result->message
                = tr("Basis data %1 tidak dapat disiapkan: %2").arg(path, query.lastError().text());
            return nullptr;
        }
    }
    return database;
}

QStringList Database::limits() const
{
    QStringList statements;
    QSqlQuery q(connection());
    for (const char *pragma : { "max_page_count", "query_only" }) {
        const QString name = QString::fromLatin1(pragma);
        if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
            statements.append(QStringLiteral("PRAGMA %1 = %2").arg(name, q.value(0).toString()));
        q.finish();
    }
    return statements;
}

Database::OpenResult Database::openSibling(const QString &path, const QStringList &limits)
{
    OpenResult result;
    std::unique_ptr<Database> database = connectTo(path, &result);
    if (!database)
        return result;
    QSqlQuery q(database->connection());
    for (const QString &statement : limits) {
        if (!q.exec(statement)) {
            result.error = Error::CannotOpen;
            result.message
                = tr("Basis data %1 tidak dapat disiapkan: %2").arg(path, q.lastError().text());
            return result;
        }
    }
    result.database = std::move(database);
    return result;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

namespace {

std::atomic<int> g_waitingWriters { 0 };

} // namespace

bool Database::writerWaiting()
{
    return g_waitingWriters.load(std::memory_order_relaxed) > 0;
}

bool Database::begin()
{
    QSqlQuery query(connection());
    g_waitingWriters.fetch_add(1, std::memory_order_relaxed);
    const bool begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    g_waitingWriters.fetch_sub(1, std::memory_order_relaxed);
    return begun;
}

bool Database::commit()
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

bool Database::beginBatch()
{
    if (m_batch)
        return true;
    m_batch = begin();
    return m_batch;
}

bool Database::commitBatch()
{
    if (!m_batch)
        return true;
    m_batch = false;
    // The pages only noted their cases (SearchIndex::defer): their rows are built here, once
    // for the whole batch, inside it, so that whatever commits is searchable.
    QString error;
    if (SearchIndex(*this).catchUp(&error) && commit())
        return true;
    rollback();
    return false;
}

namespace {

constexpr auto kBatchStep = "batch_step";

bool execStep(Database &db, const char *statement)
{
    QSqlQuery query(db.connection());
    return query.exec(QLatin1String(statement) + QLatin1String(kBatchStep));
}

} // namespace

Transaction::Transaction(Database &db, Batch batch)
    : m_db(db)
{
    if (db.inBatch() && batch == Batch::Join) {
        m_savepoint = execStep(db, "SAVEPOINT ");
        m_active = m_savepoint;
        return;
    }
    // A batch left open would swallow this transaction's BEGIN, and its outcome with it.
    if (db.inBatch() && !db.commitBatch())
        return;
    m_active = db.begin();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_savepoint) {
        execStep(m_db, "ROLLBACK TO ");
        execStep(m_db, "RELEASE ");
        return;
    }
    m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_savepoint)
        return execStep(m_db, "RELEASE ");
    if (m_db.commit())
        return true;
    m_db.rollback();
    return false;
}

} // namespace lapor
