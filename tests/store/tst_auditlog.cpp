#include "sampledata.h"
#include "sqlcheck.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "tempstore.h"

#include <QStandardPaths>
#include <QTest>

using namespace lapor;
using namespace lapor::test;
using Sample::sampleCase;
using Sample::utc;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyLog();
    void recordAndRead();
    void latestIsNewestFirstAndLimited();
    void optionalFieldsAreEmpty();
    void rolledBackWithItsTransaction();

private:
    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
};

void TestAuditLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditLog::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
}

void TestAuditLog::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

void TestAuditLog::emptyLog()
{
    AuditLog log(*m_db);
    QVERIFY(log.latest(10).isEmpty());
}

void TestAuditLog::recordAndRead()
{
    AuditLog log(*m_db);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(log.record(QStringLiteral("u-siti"), QStringLiteral("draft.submit"),
                       QStringLiteral("draft"), QStringLiteral("dr-1"), QStringLiteral("rev=2")));
    const auto entries = log.latest(10);
    QCOMPARE(entries.size(), 1);
    const auto &e = entries.first();
    QCOMPARE(e.userId, QStringLiteral("u-siti"));
    QCOMPARE(e.action, QStringLiteral("draft.submit"));
    QCOMPARE(e.entity, QStringLiteral("draft"));
    QCOMPARE(e.entityId, QStringLiteral("dr-1"));
    QCOMPARE(e.detail, QStringLiteral("rev=2"));
    QVERIFY(e.at >= before);
    QVERIFY(e.at <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(e.at.offsetFromUtc(), 0);
}

void TestAuditLog::latestIsNewestFirstAndLimited()
{
    AuditLog log(*m_db);
    for (int i = 1; i <= 25; ++i)
        QVERIFY(log.record(QStringLiteral("u-andi"), QStringLiteral("case.read"),
                           QStringLiteral("case"), QString::number(8112800 + i)));
    const auto five = log.latest(5);
    QCOMPARE(five.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(five.at(i).entityId, QString::number(8112825 - i));
    QCOMPARE(log.latest(100).size(), 25);
    QCOMPARE(log.latest(100).constLast().entityId, QStringLiteral("8112801"));
    QVERIFY(log.latest(0).isEmpty());
}

void TestAuditLog::optionalFieldsAreEmpty()
{
    AuditLog log(*m_db);
    QVERIFY(log.record(QString(), QStringLiteral("store.open"), QString(), QString()));
    const auto e = log.latest(1).constFirst();
    QCOMPARE(e.action, QStringLiteral("store.open"));
    QCOMPARE(e.userId, QString());
    QCOMPARE(e.entity, QString());
    QCOMPARE(e.entityId, QString());
    QCOMPARE(e.detail, QString());
    // Stored as '' rather than NULL, so SQL filters on them behave.
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = '' AND "
                                   "entity = '' AND detail = ''"))
                 .toInt(),
             1);
}

void TestAuditLog::rolledBackWithItsTransaction()
{
    AuditLog log(*m_db);
    {
        Transaction transaction(*m_db);
        QVERIFY(log.record(QStringLiteral("u-siti"), QStringLiteral("draft.save"),
                           QStringLiteral("draft"), QStringLiteral("dr-1")));
    }
    QVERIFY(log.latest(10).isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
