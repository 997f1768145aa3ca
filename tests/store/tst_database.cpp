#include "sqlcheck.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/searchindex.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace lapor;
using namespace Qt::StringLiterals;
using namespace lapor::test;

namespace {

// Files SQLite would leave beside a database it wrote to.
QStringList sideFiles(const QString &path)
{
    QStringList out;
    for (const char *suffix : { "-wal", "-shm", "-journal" }) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            out.append(path + QLatin1String(suffix));
    }
    return out;
}

// A real store at the newest schema, holding enough rows to span many pages, closed
// again so that everything is checkpointed into the main file.
bool makeStore(const QString &path, int rows)
{
    auto opened = Database::open(path);
    if (!opened.database)
        return false;
    Database &db = *opened.database;
    Transaction transaction(db);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO cases (tracking_id, title, content, status, "
                             "received_at) VALUES (?, ?, ?, 'disposed', 1772413200)"));
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(8'100'000 + i);
        q.addBindValue(QStringLiteral("Jalan berlubang nomor %1").arg(i));
        q.addBindValue(QStringLiteral("Jalan berlubang di Jl. Ahmad Yani km %1, sudah 3 bulan "
                                      "tdk diperbaiki. Mohon segera ditambal pak.")
                           .arg(i));
        if (!q.exec())
            return false;
    }
    return transaction.commit();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void storeIsTheOwnersOnly();

    void createsNewFileAtLatestSchema();
    void opensEmptyFile();
    void reopenKeepsData();
    void pragmasAreSet();
    void foreignKeysAreEnforced();
    void refusesNewerSchema();
    void refusesNewerSchemaOpenElsewhere();
    void refusesCorruptFile_data();
    void refusesCorruptFile();
    void cannotOpen_data();
    void cannotOpen();
    void secondOpenWhileFirstIsOpen();
    void busyTimeoutWaitsForWriter();
    void busyTimeoutGivesUp();
    void transactionRollsBackUnlessCommitted();
    void transactionCommitOnce();
    void nestedTransactionIsRefused();
    void batchStepsAreSavepoints();
    void otherTransactionCommitsTheBatchFirst();
    void openBatchIsLostWithTheConnection();
    void deferredSearchLostWithTheBatch();
    void leftoverSearchRowsCatchUpAtOpen();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("lapor.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    m_dir.reset();
}

void TestDatabase::createsNewFileAtLatestSchema()
{
    QVERIFY(!QFileInfo::exists(path()));
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    QCOMPARE(opened.error, Database::Error::None);
    QVERIFY(opened.message.isEmpty());
    QCOMPARE(opened.database->path(), path());
    QCOMPARE(opened.database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(Database::latestSchemaVersion(), Migrations::latestVersion());
    QVERIFY(QFileInfo::exists(path()));
}

void TestDatabase::opensEmptyFile()
{
    QVERIFY(writeFile(path(), {}));
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    QCOMPARE(opened.database->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::reopenKeepsData()
{
    QVERIFY(makeStore(path(), 3));
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    QCOMPARE(
        scalar(opened.database->connection(), QStringLiteral("SELECT count(*) FROM cases")).toInt(),
        3);
}

void TestDatabase::pragmasAreSet()
{
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    const auto db = opened.database->connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // NORMAL: in WAL mode durable against a crash of the process, and the file stays
    // consistent on power loss (docs/store.md, "Write batches").
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1);
    QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    // A large scope's first sync: a cache beyond SQLite's 2 MB and a checkpoint every
    // 64 MB of log instead of 4 (docs/BENCHMARKS.md, bench_sync).
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")).toInt(), -49152);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 16384);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_size_limit")).toLongLong(),
             64ll * 1024 * 1024);
    // WAL is a property of the file: a plain connection sees it too.
    RawConnection raw(path());
    QVERIFY(raw.isOpen());
    QCOMPARE(scalar(raw.db(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
}

void TestDatabase::foreignKeysAreEnforced()
{
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    QSqlQuery q(opened.database->connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO followups (id, case_id, text, published_at) "
                                   "VALUES ('f1', 999, 'Sudah ditangani', 0)")));
    QVERIFY(q.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive));
}

void TestDatabase::refusesNewerSchema()
{
    QVERIFY(makeStore(path(), 20));
    const int newer = Database::latestSchemaVersion() + 5;
    {
        RawConnection raw(path());
        QVERIFY(raw.isOpen());
        QVERIFY2(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)),
                 qPrintable(raw.lastError));
    }
    QVERIFY(sideFiles(path()).isEmpty());
    const QByteArray before = fileChecksum(path());
    QVERIFY(!before.isEmpty());

    for (int target : { -1, 1 }) {
        Database::Options options;
        options.targetVersion = target;
        auto opened = Database::open(path(), options);
        QVERIFY(!opened.database);
        QCOMPARE(opened.error, Database::Error::NewerSchema);
        QVERIFY2(opened.message.contains(path()), qPrintable(opened.message));
        QVERIFY2(opened.message.contains(QString::number(newer)), qPrintable(opened.message));
        QVERIFY2(opened.message.contains(QString::number(Database::latestSchemaVersion())),
                 qPrintable(opened.message));
        QCOMPARE(fileChecksum(path()), before);
        QCOMPARE(sideFiles(path()), QStringList());
    }
    RawConnection raw(path(), QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(), newer);
}

// A newer database that is also open elsewhere (so its -wal exists) is refused too.
void TestDatabase::refusesNewerSchemaOpenElsewhere()
{
    QVERIFY(makeStore(path(), 1));
    RawConnection holder(path());
    QVERIFY(holder.exec(
        QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    QVERIFY(QFileInfo::exists(path() + QLatin1String("-wal")));
    auto opened = Database::open(path());
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::Error::NewerSchema);
    QCOMPARE(scalar(holder.db(), QStringLiteral("PRAGMA user_version")).toInt(),
             Database::latestSchemaVersion() + 1);
}

void TestDatabase::refusesCorruptFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << QStringLiteral("garbage");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("short text file") << QStringLiteral("short");
    QTest::newRow("pages overwritten") << QStringLiteral("overwritten");
    QTest::newRow("truncated to half") << QStringLiteral("half");
    QTest::newRow("truncated to the header") << QStringLiteral("header");
    QTest::newRow("truncated inside the magic") << QStringLiteral("magic");
}

void TestDatabase::refusesCorruptFile()
{
    QFETCH(QString, kind);
    if (kind == QLatin1String("garbage")) {
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator gen(1708);
        for (char &b : bytes)
            b = char(gen.bounded(256));
        QVERIFY(writeFile(path(), bytes));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path(),
                          QByteArrayLiteral("Laporan: jalan berlubang di Jl. Ahmad Yani "
                                            "km 5, sudah 3 bulan tdk diperbaiki.\n")
                              .repeated(200)));
    } else if (kind == QLatin1String("short")) {
        QVERIFY(writeFile(path(), QByteArrayLiteral("halo\n")));
    } else {
        QVERIFY(makeStore(path(), 2000));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        const qint64 pageSize = 4096;
        QVERIFY(size > 40 * pageSize);
        if (kind == QLatin1String("overwritten")) {
            // Three whole pages in the middle, header and schema untouched.
            QVERIFY(file.seek((size / pageSize / 2) * pageSize));
            QVERIFY(file.write(QByteArray(3 * pageSize, char(0x5A))) == 3 * pageSize);
        } else if (kind == QLatin1String("half")) {
            QVERIFY(file.resize((size / pageSize / 2) * pageSize));
        } else if (kind == QLatin1String("header")) {
            QVERIFY(file.resize(100));
        } else {
            QVERIFY(file.resize(10));
        }
    }
    QVERIFY(sideFiles(path()).isEmpty());
    const QByteArray before = fileChecksum(path());
    const qint64 sizeBefore = QFileInfo(path()).size();

    auto opened = Database::open(path());
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::Error::Corrupt);
    QVERIFY2(opened.message.contains(path()), qPrintable(opened.message));
    QCOMPARE(fileChecksum(path()), before);
    QCOMPARE(QFileInfo(path()).size(), sizeBefore);
    QCOMPARE(sideFiles(path()), QStringList());
}

void TestDatabase::cannotOpen_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing folder") << QStringLiteral("missing");
    QTest::newRow("folder is a file") << QStringLiteral("file");
    QTest::newRow("path is a folder") << QStringLiteral("folder");
    QTest::newRow("read-only folder") << QStringLiteral("readonly");
    QTest::newRow("unreadable file") << QStringLiteral("unreadable");
}

void TestDatabase::cannotOpen()
{
    QFETCH(QString, kind);
    QString target;
    if (kind == QLatin1String("missing")) {
        target = m_dir->filePath(QStringLiteral("tidak-ada/profil/lapor.sqlite"));
    } else if (kind == QLatin1String("file")) {
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("berkas")), "x"));
        target = m_dir->filePath(QStringLiteral("berkas/lapor.sqlite"));
    } else if (kind == QLatin1String("folder")) {
        target = m_dir->filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(target));
    } else {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            QSKIP("permissions do not apply to root");
#else
        QSKIP("read-only folders and files are POSIX permissions");
#endif
        const QString folder = m_dir->filePath(QStringLiteral("terkunci"));
        QVERIFY(QDir().mkpath(folder));
        target = folder + QLatin1String("/lapor.sqlite");
        if (kind == QLatin1String("unreadable")) {
            QVERIFY(makeStore(target, 1));
            QVERIFY(QFile::setPermissions(target, QFileDevice::Permissions()));
        } else {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
    }
    auto opened = Database::open(target);
    if (kind != QLatin1String("missing") && kind != QLatin1String("file")
        && kind != QLatin1String("folder")) {
        QFile::setPermissions(m_dir->filePath(QStringLiteral("terkunci")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::Error::CannotOpen);
    QVERIFY2(opened.message.contains(target), qPrintable(opened.message));
}

void TestDatabase::secondOpenWhileFirstIsOpen()
{
    auto first = Database::open(path());
    QVERIFY2(first.database, qPrintable(first.message));
    QSqlQuery q(first.database->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('cursor', 'c-1')")));
    auto second = Database::open(path());
    QVERIFY2(second.database, qPrintable(second.message));
    QCOMPARE(scalar(second.database->connection(),
                    QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"))
                 .toString(),
             QStringLiteral("c-1"));
}

// Another thread stands in for a second process (the CLI run by a scheduler while the
// app is open): it holds the write lock for a moment, and begin() here must wait for it
// instead of failing. "A moment" is 100 ms after this thread is about to call begin():
// the scenario itself, not a wait for something to happen. Whatever the scheduler does,
// the lock is never ours before the other writer lets go.
void TestDatabase::busyTimeoutWaitsForWriter()
{
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);

    QSemaphore locked;
    QSemaphore beginning;
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> committedAt { -1 };
    std::unique_ptr<QThread> writer(QThread::create([&] {
        auto other = Database::open(path());
        if (!other.database || !other.database->begin()) {
            locked.release();
            return;
        }
        QSqlQuery q(other.database->connection());
        const bool inserted = q.exec(
            QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('cursor', 'dari-cli')"));
        locked.release();
        beginning.tryAcquire(1, 10'000);
        QThread::msleep(100);
        const qint64 at = clock.elapsed();
        if (inserted && other.database->commit())
            committedAt = at;
    }));
    writer->start();
    QVERIFY(locked.tryAcquire(1, 10'000));

    beginning.release();
    QVERIFY(db.begin());
    const qint64 beganAt = clock.elapsed();
    QVERIFY(writer->wait(10'000));
    QVERIFY(committedAt >= 0);
    QVERIFY2(beganAt >= committedAt,
             qPrintable(QStringLiteral("began at %1 ms, the other writer committed at %2 ms")
                            .arg(beganAt)
                            .arg(committedAt.load())));
    // Inside our transaction we see what the other writer committed, and can write.
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT value FROM sync_state")).toString(),
             QStringLiteral("dari-cli"));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE sync_state SET value = 'dari-app'")));
    QVERIFY(db.commit());
}

// A writer that never lets go makes begin() fail after the timeout rather than hang. The
// store's timeout is 5 s (busyTimeoutWaitsForWriter checks it); this connection's is cut
// to 200 ms so that the test does not sit out the full five seconds.
void TestDatabase::busyTimeoutGivesUp()
{
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    QSqlQuery shorter(db.connection());
    QVERIFY(shorter.exec(QStringLiteral("PRAGMA busy_timeout = 200")));

    QSemaphore locked;
    QSemaphore release;
    bool writerBegan = false;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        auto other = Database::open(path());
        writerBegan = other.database && other.database->begin();
        locked.release();
        release.acquire();
        if (writerBegan)
            other.database->rollback();
    }));
    writer->start();
    QVERIFY(locked.tryAcquire(1, 10'000));
    QVERIFY(writerBegan);

    QElapsedTimer timer;
    timer.start();
    const bool began = db.begin();
    const qint64 waited = timer.elapsed();
    release.release();
    QVERIFY(writer->wait(10'000));
    QVERIFY(!began);
    QVERIFY2(waited >= 150, qPrintable(QString::number(waited)));
    // Once the other writer is gone, the lock is ours.
    QVERIFY(db.begin());
    db.rollback();
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    const QString count = QStringLiteral("SELECT count(*) FROM sync_state");
    {
        Transaction transaction(db);
        QVERIFY(transaction.isActive());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('a', '1')")));
        QCOMPARE(scalar(db.connection(), count).toInt(), 1);
    }
    QCOMPARE(scalar(db.connection(), count).toInt(), 0);
    {
        Transaction transaction(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('b', '2')")));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(scalar(db.connection(), count).toInt(), 1);
    // The commit reached the file: a separate connection sees it.
    RawConnection raw(path());
    QCOMPARE(scalar(raw.db(), count).toInt(), 1);
}

void TestDatabase::transactionCommitOnce()
{
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    Transaction transaction(*opened.database);
    QVERIFY(transaction.commit());
    QVERIFY(!transaction.commit());
}

void TestDatabase::nestedTransactionIsRefused()
{
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    Transaction outer(db);
    QVERIFY(outer.isActive());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('a', '1')")));
    {
        Transaction inner(db);
        QVERIFY(!inner.isActive());
        QVERIFY(!inner.commit());
    }
    // The inner one neither committed nor rolled back the outer work.
    QVERIFY(outer.commit());
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sync_state")).toInt(), 1);
}

namespace {

int committedRows(const QString &path)
{
    RawConnection raw(path);
    return scalar(raw.db(), QStringLiteral("SELECT count(*) FROM sync_state")).toInt();
}

bool putKey(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, '1')"));
    q.addBindValue(key);
    return q.exec();
}

} // namespace

// A step that joins a write batch is undone alone; the batch's work is seen by this
// connection at once and by others only when the batch commits.
void TestDatabase::batchStepsAreSavepoints()
{
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    QVERIFY(db.beginBatch());
    QVERIFY(db.inBatch());
    {
        Transaction step(db, Transaction::Batch::Join);
        QVERIFY(step.isActive());
        QVERIFY(putKey(db, u"kept"_s));
        QVERIFY(step.commit());
    }
    {
        Transaction step(db, Transaction::Batch::Join);
        QVERIFY(step.isActive());
        QVERIFY(putKey(db, u"undone"_s));
    }
    QVERIFY(db.inBatch());
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT group_concat(key) FROM sync_state"))
                 .toString(),
             u"kept"_s);
    QCOMPARE(committedRows(path()), 0);
    QVERIFY(db.commitBatch());
    QVERIFY(!db.inBatch());
    QCOMPARE(committedRows(path()), 1);
    QVERIFY(db.commitBatch()); // nothing open: nothing to do
}

// A user's action in the middle of a batch neither joins it nor waits for it: the batch
// commits first, and the action's own rollback leaves the batch's work in place.
void TestDatabase::otherTransactionCommitsTheBatchFirst()
{
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    QVERIFY(db.beginBatch());
    {
        Transaction step(db, Transaction::Batch::Join);
        QVERIFY(putKey(db, u"page"_s));
        QVERIFY(step.commit());
    }
    {
        Transaction action(db);
        QVERIFY(action.isActive());
        QVERIFY(!db.inBatch());
        QCOMPARE(committedRows(path()), 1);
        QVERIFY(putKey(db, u"action"_s));
    } // rolled back
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT group_concat(key) FROM sync_state"))
                 .toString(),
             u"page"_s);
    // Without a batch, a joining step is a transaction of its own.
    Transaction alone(db, Transaction::Batch::Join);
    QVERIFY(putKey(db, u"alone"_s));
    QVERIFY(alone.commit());
    QCOMPARE(committedRows(path()), 2);
}

// What a crash does: the batch's steps go, everything committed before stays.
void TestDatabase::openBatchIsLostWithTheConnection()
{
    {
        auto opened = Database::open(path());
        QVERIFY2(opened.database, qPrintable(opened.message));
        Database &db = *opened.database;
        QVERIFY(putKey(db, u"before"_s));
        QVERIFY(db.beginBatch());
        Transaction step(db, Transaction::Batch::Join);
        QVERIFY(putKey(db, u"in-batch"_s));
        QVERIFY(step.commit());
    } // closed with the batch open
    auto reopened = Database::open(path());
    QVERIFY2(reopened.database, qPrintable(reopened.message));
    QCOMPARE(scalar(reopened.database->connection(),
                    QStringLiteral("SELECT group_concat(key) FROM sync_state"))
                 .toString(),
             u"before"_s);
}

namespace {

bool putCase(Database &db, qint64 trackingId, const QString &title)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO cases (tracking_id, title, content, status, "
                             "received_at) VALUES (?, ?, 'Isi', 'disposed', 1772413200)"));
    q.addBindValue(trackingId);
    q.addBindValue(title);
    return q.exec();
}

int searchHits(const QSqlDatabase &db, const QString &term)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH ?"),
                  { term })
        .toInt();
}

} // namespace

// A batch's full-text rows are built when it commits (SearchIndex). A crash before that
// takes the noted cases back with the rows that noted them: nothing is left half indexed.
void TestDatabase::deferredSearchLostWithTheBatch()
{
    {
        auto opened = Database::open(path());
        QVERIFY2(opened.database, qPrintable(opened.message));
        Database &db = *opened.database;
        QVERIFY(db.beginBatch());
        Transaction step(db, Transaction::Batch::Join);
        QString error;
        QVERIFY2(SearchIndex(db).defer(&error), qPrintable(error));
        QVERIFY(putCase(db, 8'100'001, u"Lampu jalan padam"_s));
        QVERIFY(step.commit());
        QCOMPARE(
            scalar(db.connection(), QStringLiteral("SELECT count(*) FROM search_pending")).toInt(),
            1);
    } // closed with the batch open
    auto reopened = Database::open(path());
    QVERIFY2(reopened.database, qPrintable(reopened.message));
    const auto db = reopened.database->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_pending")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT deferred FROM search_mode")).toInt(), 0);
}

// A store whose committed state still has noted cases or the deferred mode (a build that
// committed before catching up) is indexed when it is opened, not left unsearchable.
void TestDatabase::leftoverSearchRowsCatchUpAtOpen()
{
    {
        auto opened = Database::open(path());
        QVERIFY2(opened.database, qPrintable(opened.message));
        QVERIFY(putCase(*opened.database, 8'100'001, u"Lampu jalan padam"_s));
    }
    {
        RawConnection raw(path());
        QVERIFY(raw.exec(QStringLiteral("UPDATE search_mode SET deferred = 1")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE cases SET title = 'Jembatan retak'")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO cases (tracking_id, title, content, status, "
                                        "received_at) VALUES (8100002, 'Banjir di pasar', "
                                        "'Isi', 'disposed', 1772413200)")));
        QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT count(*) FROM search_pending")).toInt(),
                 2);
        QCOMPARE(searchHits(raw.db(), u"banjir"_s), 0);
        QCOMPARE(searchHits(raw.db(), u"padam"_s), 1);
    }
    auto reopened = Database::open(path());
    QVERIFY2(reopened.database, qPrintable(reopened.message));
    {
        RawConnection raw(path());
        QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT count(*) FROM search_pending")).toInt(),
                 0);
        QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT deferred FROM search_mode")).toInt(), 0);
        QCOMPARE(searchHits(raw.db(), u"banjir"_s), 1);
        QCOMPARE(searchHits(raw.db(), u"retak"_s), 1);
        QCOMPARE(searchHits(raw.db(), u"padam"_s), 0);
    }
    // Back in the immediate mode: a new write is searchable at once.
    QVERIFY(putCase(*reopened.database, 8'100'003, u"Sampah menumpuk"_s));
    QCOMPARE(searchHits(reopened.database->connection(), u"sampah"_s), 1);
}

// Complaints are in the store: it and its WAL files are the owner's only, whatever the
// umask, and a store an older version left readable is closed when it is opened.
void TestDatabase::storeIsTheOwnersOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("owner-only files are POSIX mode bits (docs/packaging.md, \"Other systems\")");
#else
    const mode_t before = ::umask(022);
    {
        auto opened = Database::open(path());
        QVERIFY2(opened.database, qPrintable(opened.message));
        for (const char *suffix : { "", "-wal", "-shm" }) {
            const QString file = path() + QLatin1String(suffix);
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QVERIFY2(!(QFileInfo(file).permissions()
                       & (QFileDevice::ReadGroup | QFileDevice::ReadOther)),
                     qPrintable(file));
        }
    }
    QVERIFY(QFile::setPermissions(path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto again = Database::open(path());
    ::umask(before);
    QVERIFY2(again.database, qPrintable(again.message));
    QVERIFY(!(QFileInfo(path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
#endif
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
