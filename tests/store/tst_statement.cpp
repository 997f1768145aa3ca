#include "store/database.h"
#include "store/sqlutil.h"
#include "store/statement.h"
#include "tempstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

using namespace lapor;
using namespace lapor::test;

// Statement: the writes a sync runs for every record, bound and run through SQLite
// directly. It must store exactly what QSqlQuery with Sql::text()/Sql::fromTime() stored,
// and fail the way Sql::exec() fails.
class TestStatement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void storesWhatQSqlQueryStores();
    void reusesItsBuffersForValuesOfAnyLength();
    void constraintFailureIsTheRecordsAndLeavesItUsable();
    void fullStoreIsTheStoresFailure();
    void wrongNumberOfValuesRunsNothing();
    void badSqlIsReported();
    void countsTheRowsItChanged();
    void storeClosedFirstFinalizesIt();

private:
    QVariantList row(const QString &sql);

    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
};

void TestStatement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStatement::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a, b, c, d, e, f)")),
             qPrintable(q.lastError().text()));
    Sql::clearLastFailure();
}

void TestStatement::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

QVariantList TestStatement::row(const QString &sql)
{
    QVariantList values;
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return values;
    for (int i = 0; i < q.record().count(); ++i)
        values.append(q.value(i));
    return values;
}

void TestStatement::storesWhatQSqlQueryStores()
{
    const QString words = QStringLiteral("Jalan rusak di Désa Sukamaju, 日本, 😀 \u00e9\u0301");
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1764547200, Qt::UTC);
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)")));
        q.addBindValue(1);
        q.addBindValue(QString());
        q.addBindValue(Sql::text(QString()));
        q.addBindValue(Sql::text(words));
        q.addBindValue(Sql::fromTime(at));
        q.addBindValue(Sql::fromTime(QDateTime()));
        q.addBindValue(true);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    Statement insert;
    QString error;
    QVERIFY2(insert.prepareOnce(*m_db, "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)", &error),
             qPrintable(error));
    insert.bind(2)
        .bind(QString())
        .bindText(QString())
        .bindText(words)
        .bindTime(at)
        .bindTime(QDateTime())
        .bind(true);
    QVERIFY2(insert.exec(&error), qPrintable(error));

    const QString columns = QStringLiteral(
        "SELECT typeof(a), a, typeof(b), b, typeof(c), c, typeof(d), d, typeof(e), "
        "typeof(f), f FROM t WHERE id = %1");
    const QVariantList byQt = row(columns.arg(1));
    const QVariantList direct = row(columns.arg(2));
    QCOMPARE(direct.size(), 11);
    QCOMPARE(direct, byQt);
    QCOMPARE(direct.at(0).toString(), QStringLiteral("null"));
    QCOMPARE(direct.at(2).toString(), QStringLiteral("text"));
    QCOMPARE(direct.at(5).toString(), words);
    QCOMPARE(direct.at(7).toLongLong(), at.toSecsSinceEpoch());
    QCOMPARE(direct.at(8).toString(), QStringLiteral("null"));
    QCOMPARE(direct.at(10).toInt(), 1);
}

void TestStatement::reusesItsBuffersForValuesOfAnyLength()
{
    Statement insert;
    QString error;
    const char *sql = "INSERT INTO t (id, a, b) VALUES (?, ?, ?)";
    const QList<int> lengths { 0, 5000, 3, 100000, 1, 0, 70 };
    for (int i = 0; i < lengths.size(); ++i) {
        QVERIFY2(insert.prepareOnce(*m_db, sql, &error), qPrintable(error));
        const QString value = QString(lengths.at(i), QChar(u'a' + i));
        insert.bind(i + 1).bindText(value).bindText(QStringLiteral("ä%1").arg(i));
        QVERIFY2(insert.exec(&error), qPrintable(error));
    }
    for (int i = 0; i < lengths.size(); ++i) {
        const QVariantList stored
            = row(QStringLiteral("SELECT a, b FROM t WHERE id = %1").arg(i + 1));
        QCOMPARE(stored.value(0).toString(), QString(lengths.at(i), QChar(u'a' + i)));
        QCOMPARE(stored.value(1).toString(), QStringLiteral("ä%1").arg(i));
    }
}

void TestStatement::constraintFailureIsTheRecordsAndLeavesItUsable()
{
    Statement insert;
    QString error;
    const char *sql = "INSERT INTO t (id, a) VALUES (?, ?)";
    QVERIFY(insert.prepareOnce(*m_db, sql, &error));
    insert.bind(7).bindText(QStringLiteral("first"));
    QVERIFY(insert.exec(&error));

    QVERIFY(insert.prepareOnce(*m_db, sql, &error));
    insert.bind(7).bindText(QStringLiteral("again"));
    QVERIFY(!insert.exec(&error));
    QVERIFY2(error.contains(QLatin1String("UNIQUE constraint failed")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("in: INSERT INTO t")), qPrintable(error));
    QCOMPARE(Sql::lastFailure(), 19); // SQLITE_CONSTRAINT
    QVERIFY(!Sql::isStoreFailure(Sql::lastFailure()));

    // Nothing of the failed run stays bound.
    QVERIFY(insert.prepareOnce(*m_db, sql, &error));
    insert.bind(8).bindText(QStringLiteral("next"));
    QVERIFY2(insert.exec(&error), qPrintable(error));
    QCOMPARE(row(QStringLiteral("SELECT count(*) FROM t")).value(0).toInt(), 2);
    QCOMPARE(row(QStringLiteral("SELECT a FROM t WHERE id = 7")).value(0).toString(),
             QStringLiteral("first"));
}

void TestStatement::fullStoreIsTheStoresFailure()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    Statement insert;
    QString error;
    bool full = false;
    for (int i = 0; i < 50 && !full; ++i) {
        QVERIFY(insert.prepareOnce(*m_db, "INSERT INTO t (a) VALUES (?)", &error));
        insert.bindText(QString(3000, QLatin1Char('x')));
        full = !insert.exec(&error);
    }
    QVERIFY(full);
    QCOMPARE(Sql::lastFailure(), 13); // SQLITE_FULL
    QVERIFY(Sql::isStoreFailure(Sql::lastFailure()));
    QVERIFY2(error.contains(QLatin1String("full")), qPrintable(error));
}

void TestStatement::wrongNumberOfValuesRunsNothing()
{
    Statement insert;
    QString error;
    const char *sql = "INSERT INTO t (id, a) VALUES (?, ?)";
    QVERIFY(insert.prepareOnce(*m_db, sql, &error));
    insert.bind(1);
    QVERIFY(!insert.exec(&error));
    QVERIFY2(error.contains(QLatin1String("1 values bound for 2")), qPrintable(error));
    QVERIFY(insert.prepareOnce(*m_db, sql, &error));
    insert.bind(2).bindText(QStringLiteral("b")).bindText(QStringLiteral("c"));
    QVERIFY(!insert.exec(&error));
    QCOMPARE(row(QStringLiteral("SELECT count(*) FROM t")).value(0).toInt(), 0);
    QVERIFY(insert.prepareOnce(*m_db, sql, &error));
    insert.bind(3).bindText(QStringLiteral("right"));
    QVERIFY2(insert.exec(&error), qPrintable(error));
    QCOMPARE(row(QStringLiteral("SELECT count(*) FROM t")).value(0).toInt(), 1);
}

void TestStatement::badSqlIsReported()
{
    Statement bad;
    QString error;
    QVERIFY(!bad.prepareOnce(*m_db, "INSERT INTO nowhere (a) VALUES (?)", &error));
    QVERIFY2(error.contains(QLatin1String("no such table")), qPrintable(error));
    QCOMPARE(Sql::lastFailure(), 1); // SQLITE_ERROR
    bad.bind(1);
    QVERIFY(!bad.exec(&error));
}

void TestStatement::countsTheRowsItChanged()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (id, a) VALUES (1, 'x'), (2, 'x'), (3, 'y')")));
    Statement update;
    QString error;
    QVERIFY(update.prepareOnce(*m_db, "UPDATE t SET b = 1 WHERE a = ?", &error));
    update.bindText(QStringLiteral("x"));
    QVERIFY(update.exec(&error));
    QCOMPARE(update.changes(), 2);
    QVERIFY(update.prepareOnce(*m_db, "UPDATE t SET b = 1 WHERE a = ?", &error));
    update.bindText(QStringLiteral("z"));
    QVERIFY(update.exec(&error));
    QCOMPARE(update.changes(), 0);
}

void TestStatement::storeClosedFirstFinalizesIt()
{
    // The order in which a repository and its store go is the owner's; a statement left
    // prepared would keep SQLite from closing the file (and leak the connection).
    Statement insert;
    QString error;
    QVERIFY(insert.prepareOnce(*m_db, "INSERT INTO t (a) VALUES (?)", &error));
    insert.bindText(QStringLiteral("before"));
    QVERIFY(insert.exec(&error));
    const QString path = m_db->path();
    m_db = nullptr;
    m_store->close();
    insert.bindText(QStringLiteral("after"));
    QVERIFY(!insert.exec(&error));
    // The file was closed: it opens again, with the row written before.
    auto reopened = Database::open(path);
    QVERIFY2(reopened.database, qPrintable(reopened.message));
    QSqlQuery q(reopened.database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT a FROM t")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("before"));
    QVERIFY(!q.next());
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
