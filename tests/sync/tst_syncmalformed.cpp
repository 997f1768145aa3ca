#include "scriptedhub.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/quarantinerepository.h"
#include "store/syncstate.h"
#include "sync/syncengine.h"
#include "tempstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::ScriptedHub;

// A scripted hub: the feed serves exactly the bytes a test sets, so every way a record can
// break the contract reaches the client as it would over the wire.
class TestSyncMalformed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusesBadPage_data();
    void refusesBadPage();
    void setsAsideBadRecord_data();
    void setsAsideBadRecord();
    void headNamingAnotherPageCostsNothing();

private:
    SyncEngine::Report sync() { return m_hub.sync(*m_db); }
    QStringList storeRows();

    test::ScriptedHub m_hub;
    test::TempStore m_stores; // one store per test, side by side
    std::unique_ptr<Database> m_db;
};

void TestSyncMalformed::initTestCase()
{
    QVERIFY(m_hub.start());
}

void TestSyncMalformed::init()
{
    m_db = m_stores.openOther(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(m_db);
    m_hub.clearPages();
    m_hub.setPage(
        QString(),
        ScriptedHub::page({ ScriptedHub::caseRecord(1000001), ScriptedHub::caseRecord(1000002) },
                          QStringLiteral("p1"), true));
}

void TestSyncMalformed::cleanup()
{
    m_db.reset();
}

QStringList TestSyncMalformed::storeRows()
{
    QStringList rows;
    QSqlQuery q(m_db->connection());
    if (!q.exec(
            QStringLiteral("SELECT tracking_id, version, title FROM cases ORDER BY tracking_id")))
        QTest::qFail(qPrintable(q.lastError().text()), __FILE__, __LINE__);
    while (q.next())
        rows.append(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    return rows;
}

// What breaks the page itself fails the page; a single bad record does not (below).
void TestSyncMalformed::refusesBadPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mention");

    const QByteArray good
        = ScriptedHub::page({ ScriptedHub::caseRecord(1000004), ScriptedHub::caseRecord(1000003) },
                            QStringLiteral("p2"), false);
    QTest::newRow("no cursor") << QByteArray(R"({"records":[],"more":false})")
                               << QStringLiteral("next_cursor");
    QTest::newRow("records not an array")
        << QByteArray(R"({"records":{},"next_cursor":"p2","more":false})")
        << QStringLiteral("records");
    QJsonArray many;
    // More than four times the page the desk asks for.
    for (int i = 0; i < 4 * SyncEngine::kDefaultPageSize + 1; ++i)
        many.append(ScriptedHub::caseRecord(1000010 + i));
    QTest::newRow("oversized page")
        << ScriptedHub::page(many, QStringLiteral("p2"), false) << QString();
    QByteArray invalidUtf8 = good;
    invalidUtf8.replace("Lampu jalan", "Lampu \xff\xfe jalan");
    QTest::newRow("invalid utf-8") << invalidUtf8 << QString();
    QTest::newRow("truncated") << good.left(150) << QString();
}

void TestSyncMalformed::refusesBadPage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mention);
    m_hub.setPage(QStringLiteral("p1"), body);

    const auto report = sync();
    QVERIFY(!report.ok);
    QVERIFY(report.error.kind == HubError::Kind::Invalid
            || report.error.kind == HubError::Kind::Malformed);
    QVERIFY(!report.message.isEmpty());
    if (!mention.isEmpty())
        QVERIFY2(report.error.technical.contains(mention), qPrintable(report.error.technical));
    // The good first page stays; nothing of the bad page was applied, not even its good
    // record, and the cursor still points before it.
    QCOMPARE(storeRows(),
             QStringList({ QStringLiteral("1000001/3"), QStringLiteral("1000002/3") }));
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p1"));

    // Once the hub sends a valid page, the sync resumes where it stopped.
    m_hub.setPage(
        QStringLiteral("p1"),
        ScriptedHub::page({ ScriptedHub::caseRecord(1000004) }, QStringLiteral("p2"), false));
    const auto again = sync();
    QVERIFY2(again.ok, qPrintable(again.message));
    QCOMPARE(again.requests, 1);
    QCOMPARE(storeRows().size(), 3);
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p2"));
}

void TestSyncMalformed::setsAsideBadRecord_data()
{
    QTest::addColumn<QJsonValue>("bad");
    QTest::addColumn<QString>("mention");

    auto bad = [](const char *key, const QJsonValue &value) {
        return QJsonValue(ScriptedHub::withField(ScriptedHub::caseRecord(1000003), key, value));
    };
    QTest::newRow("wrong type") << bad("tracking_id", QStringLiteral("1000003"))
                                << QStringLiteral("tracking_id");
    QTest::newRow("missing field")
        << bad("title", QJsonValue::Undefined) << QStringLiteral("title");
    QTest::newRow("huge string") << bad("content", QString(200'000, QLatin1Char('x')))
                                 << QStringLiteral("content");
    QTest::newRow("unknown status")
        << bad("status", QStringLiteral("bogus")) << QStringLiteral("status");
    QTest::newRow("not utc") << bad("received_at", QStringLiteral("2026-11-02T09:00:00+08:00"))
                             << QStringLiteral("received_at");
    QTest::newRow("rating out of range") << bad("rating", 9) << QStringLiteral("rating");
    QTest::newRow("fractional id")
        << bad("tracking_id", 1000003.5) << QStringLiteral("tracking_id");
    QTest::newRow("anonymous with name") << bad("anonymous", true) << QStringLiteral("anonymous");
    QTest::newRow("record not an object") << QJsonValue(42) << QStringLiteral("record 1");
}

void TestSyncMalformed::setsAsideBadRecord()
{
    QFETCH(QJsonValue, bad);
    QFETCH(QString, mention);
    m_hub.setPage(
        QStringLiteral("p1"),
        ScriptedHub::page({ ScriptedHub::caseRecord(1000004), bad }, QStringLiteral("p2"), false));

    // The page's good record and its cursor commit; the bad one waits in quarantine.
    const auto report = sync();
    QVERIFY2(report.ok, qPrintable(report.error.technical));
    QCOMPARE(report.counts.quarantined, 1);
    QCOMPARE(storeRows(),
             QStringList({ QStringLiteral("1000001/3"), QStringLiteral("1000002/3"),
                           QStringLiteral("1000004/3") }));
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p2"));
    const auto kept = QuarantineRepository(*m_db).all();
    QCOMPARE(kept.size(), 1);
    QVERIFY2(kept.first().reason.contains(mention), qPrintable(kept.first().reason));
}

// A head that names another page than its body: the page asked ahead is dropped, and only
// the pages the bodies chain to are stored.
void TestSyncMalformed::headNamingAnotherPageCostsNothing()
{
    m_hub.setLink(QString(), R"(</v1/changes?after=decoy&limit=1000>; rel="next")");
    m_hub.setPage(QStringLiteral("decoy"),
                  ScriptedHub::page({ ScriptedHub::caseRecord(1000009) }, QStringLiteral("d2")));
    m_hub.setPage(
        QStringLiteral("p1"),
        ScriptedHub::page({ ScriptedHub::caseRecord(1000003) }, QStringLiteral("p2"), false));

    const auto report = sync();
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.pagesAhead, 1);
    QCOMPARE(report.pages, 2);
    QCOMPARE(storeRows(),
             QStringList({ QStringLiteral("1000001/3"), QStringLiteral("1000002/3"),
                           QStringLiteral("1000003/3") }));
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p2"));
}

QTEST_GUILESS_MAIN(TestSyncMalformed)
#include "tst_syncmalformed.moc"
