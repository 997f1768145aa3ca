#include "sampledata.h"
#include "sqlcheck.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "tempstore.h"

#include <QStandardPaths>
#include <QTest>

using namespace lapor;
using namespace lapor::test;
using Sample::sampleCase;
using Sample::utc;

class TestSyncState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStore();
    void cursorRoundTrip_data();
    void cursorRoundTrip();
    void cursorOverwrites();
    void lastSyncRoundTrip_data();
    void lastSyncRoundTrip();
    void keysAreIndependent();
    void cursorCommitsWithItsTransaction();
    void survivesReopen();

private:
    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
};

void TestSyncState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncState::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
}

void TestSyncState::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

void TestSyncState::emptyStore()
{
    SyncState state(*m_db);
    QCOMPARE(state.cursor(), QString());
    QVERIFY(!state.lastSyncAt().isValid());
    QCOMPARE(state.value(QStringLiteral("hub_url")), QString());
}

void TestSyncState::cursorRoundTrip_data()
{
    QTest::addColumn<QString>("cursor");
    QTest::newRow("number") << QStringLiteral("1048576");
    QTest::newRow("opaque base64") << QStringLiteral("eyJzZXEiOjQyfQ==");
    QTest::newRow("with quotes and spaces") << QStringLiteral("a 'b' \"c\"; DROP TABLE x");
    QTest::newRow("unicode") << QStringLiteral("kursor-\u00e9-\U0001F4CC");
    QTest::newRow("long") << QStringLiteral("c").repeated(4096);
    QTest::newRow("empty") << QString();
}

void TestSyncState::cursorRoundTrip()
{
    QFETCH(QString, cursor);
    SyncState state(*m_db);
    QString error;
    QVERIFY2(state.setCursor(cursor, &error), qPrintable(error));
    QCOMPARE(state.cursor(), cursor);
}

void TestSyncState::cursorOverwrites()
{
    SyncState state(*m_db);
    QVERIFY(state.setCursor(QStringLiteral("c-1")));
    QVERIFY(state.setCursor(QStringLiteral("c-2")));
    QCOMPARE(state.cursor(), QStringLiteral("c-2"));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM sync_state")).toInt(),
             1);
}

void TestSyncState::lastSyncRoundTrip_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("utc") << utc("2026-03-13T15:30:00") << utc("2026-03-13T15:30:00");
    QTest::newRow("WITA offset") << QDateTime(QDate(2026, 3, 13), QTime(23, 30), Qt::OffsetFromUTC,
                                              8 * 3600)
                                 << utc("2026-03-13T15:30:00");
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2026, 1, 1), QTime(0, 0, 1, 999), Qt::UTC) << utc("2026-01-01T00:00:01");
}

void TestSyncState::lastSyncRoundTrip()
{
    QFETCH(QDateTime, at);
    QFETCH(QDateTime, expected);
    SyncState state(*m_db);
    QString error;
    QVERIFY2(state.setLastSyncAt(at, &error), qPrintable(error));
    const QDateTime back = state.lastSyncAt();
    QVERIFY(back.isValid());
    QCOMPARE(back, expected);
    QCOMPARE(back.offsetFromUtc(), 0);
}

void TestSyncState::keysAreIndependent()
{
    SyncState state(*m_db);
    QVERIFY(state.setCursor(QStringLiteral("c-9")));
    QVERIFY(state.setLastSyncAt(utc("2026-03-02T01:00:00")));
    QVERIFY(state.setValue(QStringLiteral("hub_url"), QStringLiteral("https://hub.example")));
    QCOMPARE(state.cursor(), QStringLiteral("c-9"));
    QCOMPARE(state.lastSyncAt(), utc("2026-03-02T01:00:00"));
    QCOMPARE(state.value(QStringLiteral("hub_url")), QStringLiteral("https://hub.example"));
    QCOMPARE(state.value(QStringLiteral("cursor")), QStringLiteral("c-9"));
}

// A page and its cursor commit together: a rolled-back page leaves the old cursor.
void TestSyncState::cursorCommitsWithItsTransaction()
{
    SyncState state(*m_db);
    QVERIFY(state.setCursor(QStringLiteral("c-1")));
    {
        Transaction page(*m_db);
        QVERIFY(page.isActive());
        QVERIFY(state.setCursor(QStringLiteral("c-2")));
        QCOMPARE(state.cursor(), QStringLiteral("c-2"));
    }
    QCOMPARE(state.cursor(), QStringLiteral("c-1"));
    {
        Transaction page(*m_db);
        QVERIFY(state.setCursor(QStringLiteral("c-2")));
        QVERIFY(page.commit());
    }
    QCOMPARE(state.cursor(), QStringLiteral("c-2"));
}

void TestSyncState::survivesReopen()
{
    {
        SyncState state(*m_db);
        QVERIFY(state.setCursor(QStringLiteral("c-77")));
        QVERIFY(state.setLastSyncAt(utc("2026-03-02T01:00:00")));
    }
    const QString path = m_db->path();
    m_store->close(); // reopened below from the file alone
    m_db = nullptr;
    auto opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.message));
    SyncState state(*opened.database);
    QCOMPARE(state.cursor(), QStringLiteral("c-77"));
    QCOMPARE(state.lastSyncAt(), utc("2026-03-02T01:00:00"));
}

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_syncstate.moc"
