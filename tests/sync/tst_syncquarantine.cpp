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

// One odd record never stops a sync: it is set aside in quarantine with its reason while
// the rest of its page and the cursor commit, and a later version of the same entity
// clears or replaces it. A scripted hub serves exactly the pages each test sets.
class TestSyncQuarantine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void duplicatesInPageApplyInOrder();
    void undecodableRecordIsQuarantined_data();
    void undecodableRecordIsQuarantined();
    void laterVersionClearsOrReplaces();
    void refusedByStoreIsQuarantined();
    void storeFailureFailsPage();
    void reporterIdentityNotKept();

private:
    static QJsonObject attachmentRecord(const QString &id, qint64 caseId, const QString &name);
    SyncEngine::Report sync(int timeoutMs = 10000) { return m_hub.sync(*m_db, timeoutMs); }
    QStringList storeRows();
    QList<QuarantinedRecord> quarantine() { return QuarantineRepository(*m_db).all(); }
    QVariant scalar(const QString &sql);

    test::ScriptedHub m_hub;
    test::TempStore m_stores; // one store per test, side by side
    std::unique_ptr<Database> m_db;
};

QJsonObject TestSyncQuarantine::attachmentRecord(const QString &id, qint64 caseId,
                                                 const QString &name)
{
    return ScriptedHub::record("attachment",
                               {
                                   { QStringLiteral("id"), id },
                                   { QStringLiteral("case_id"), double(caseId) },
                                   { QStringLiteral("owner_kind"), QStringLiteral("case") },
                                   { QStringLiteral("owner_id"), QString::number(caseId) },
                                   { QStringLiteral("file_name"), name },
                                   { QStringLiteral("mime_type"), QStringLiteral("image/jpeg") },
                                   { QStringLiteral("size"), 1024 },
                                   { QStringLiteral("sha256"), QString(64, QLatin1Char('a')) },
                               });
}

void TestSyncQuarantine::initTestCase()
{
    QVERIFY(m_hub.start());
}

void TestSyncQuarantine::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
        + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    m_db = m_stores.openOther(name);
    QVERIFY(m_db);
    m_hub.clearPages();
    m_hub.setPage(
        QString(),
        ScriptedHub::page({ ScriptedHub::caseRecord(1000001), ScriptedHub::caseRecord(1000002) },
                          QStringLiteral("p1"), true));
}

void TestSyncQuarantine::cleanup()
{
    m_db.reset();
}

QStringList TestSyncQuarantine::storeRows()
{
    QStringList rows;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT tracking_id, version FROM cases ORDER BY tracking_id")))
        QTest::qFail(qPrintable(q.lastError().text()), __FILE__, __LINE__);
    while (q.next())
        rows.append(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    return rows;
}

QVariant TestSyncQuarantine::scalar(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next()) {
        QTest::qFail(qPrintable(q.lastError().text() + QLatin1String(" in: ") + sql), __FILE__,
                     __LINE__);
        return {};
    }
    return q.value(0);
}

void TestSyncQuarantine::duplicatesInPageApplyInOrder()
{
    // Records are upserts, so a page may carry one entity several times: the last wins.
    m_hub.setPage(
        QStringLiteral("p1"),
        ScriptedHub::page(
            { ScriptedHub::caseRecord(1000001, 4, QStringLiteral("Jalan berlubang")),
              ScriptedHub::followupRecord(QStringLiteral("f1"), 1000001, QStringLiteral("Dicek")),
              ScriptedHub::caseRecord(1000001, 5, QStringLiteral("Jembatan retak")),
              ScriptedHub::followupRecord(QStringLiteral("f1"), 1000001,
                                          QStringLiteral("Sudah diperbaiki")) },
            QStringLiteral("p2")));
    const auto report = sync();
    QVERIFY2(report.ok, qPrintable(report.error.technical));
    QCOMPARE(report.counts.quarantined, 0);
    QCOMPARE(storeRows(),
             QStringList({ QStringLiteral("1000001/5"), QStringLiteral("1000002/3") }));
    QCOMPARE(scalar(QStringLiteral("SELECT text FROM followups WHERE id = 'f1'")).toString(),
             QStringLiteral("Sudah diperbaiki"));
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p2"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quarantine")).toInt(), 0);
    // The search index follows the version that won, not the first one.
    const CaseRepository cases(*m_db, WorkingCalendar::national(AgencyZone::WITA));
    QCOMPARE(cases.search(QStringLiteral("jembatan"), 10), QList<qint64>({ 1000001 }));
    QVERIFY(cases.search(QStringLiteral("berlubang"), 10).isEmpty());
    QCOMPARE(cases.search(QStringLiteral("diperbaiki"), 10), QList<qint64>({ 1000001 }));
}

void TestSyncQuarantine::undecodableRecordIsQuarantined_data()
{
    QTest::addColumn<QJsonValue>("bad");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("entityId");
    QTest::addColumn<QString>("mention");

    const QString longName = QString(296, QLatin1Char('f')) + QLatin1String(".jpg");
    QTest::newRow("long file name")
        << QJsonValue(attachmentRecord(QStringLiteral("att-9"), 1000004, longName))
        << QStringLiteral("attachment") << QStringLiteral("att-9") << QStringLiteral("file_name");
    QTest::newRow("not an object")
        << QJsonValue(42) << QString() << QString() << QStringLiteral("not a JSON object");
    QTest::newRow("wrong type") << QJsonValue(ScriptedHub::withField(
        ScriptedHub::caseRecord(1000003), "tracking_id", QStringLiteral("1000003")))
                                << QStringLiteral("case") << QStringLiteral("1000003")
                                << QStringLiteral("tracking_id");
    QTest::newRow("missing field") << QJsonValue(
        ScriptedHub::withField(ScriptedHub::caseRecord(1000003), "title", QJsonValue::Undefined))
                                   << QStringLiteral("case") << QStringLiteral("1000003")
                                   << QStringLiteral("title");
    QTest::newRow("huge string") << QJsonValue(
        ScriptedHub::withField(ScriptedHub::caseRecord(1000003), "content", QString(200'000, u'x')))
                                 << QStringLiteral("case") << QStringLiteral("1000003")
                                 << QStringLiteral("content");
    QTest::newRow("unknown status") << QJsonValue(
        ScriptedHub::withField(ScriptedHub::caseRecord(1000003), "status", QStringLiteral("bogus")))
                                    << QStringLiteral("case") << QStringLiteral("1000003")
                                    << QStringLiteral("status");
    QTest::newRow("fractional id")
        << QJsonValue(
               ScriptedHub::withField(ScriptedHub::caseRecord(1000003), "tracking_id", 1000003.5))
        << QStringLiteral("case") << QStringLiteral("1000003.5") << QStringLiteral("tracking_id");
    QTest::newRow("data not an object")
        << QJsonValue(QJsonObject { { QStringLiteral("kind"), QStringLiteral("followup") },
                                    { QStringLiteral("data"), 7 } })
        << QStringLiteral("followup") << QString() << QStringLiteral("data");
}

void TestSyncQuarantine::undecodableRecordIsQuarantined()
{
    QFETCH(QJsonValue, bad);
    QFETCH(QString, kind);
    QFETCH(QString, entityId);
    QFETCH(QString, mention);
    m_hub.setPage(
        QStringLiteral("p1"),
        ScriptedHub::page({ ScriptedHub::caseRecord(1000004), bad,
                            ScriptedHub::followupRecord(QStringLiteral("f4"), 1000004,
                                                        QStringLiteral("Sudah ditinjau")) },
                          QStringLiteral("p2")));

    const auto report = sync();
    QVERIFY2(report.ok, qPrintable(report.error.technical));
    QCOMPARE(report.counts.quarantined, 1);
    // The good records and the cursor committed.
    QCOMPARE(storeRows(),
             QStringList({ QStringLiteral("1000001/3"), QStringLiteral("1000002/3"),
                           QStringLiteral("1000004/3") }));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM followups WHERE id = 'f4'")).toInt(), 1);
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p2"));

    const auto kept = quarantine();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().kind, kind);
    QCOMPARE(kept.first().entityId, entityId);
    QVERIFY2(kept.first().reason.contains(mention), qPrintable(kept.first().reason));
    QCOMPARE(kept.first().cursor, QStringLiteral("p1"));
    QVERIFY(kept.first().receivedAt.isValid());
    QVERIFY(kept.first().receivedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QVERIFY(!kept.first().record.isEmpty());
    QVERIFY(kept.first().record.toUtf8().size() <= 64 * 1024);

    // The sync goes on: the next page arrives as usual.
    m_hub.setPage(QStringLiteral("p2"),
                  ScriptedHub::page({ ScriptedHub::caseRecord(1000005) }, QStringLiteral("p3")));
    const auto next = sync();
    QVERIFY2(next.ok, qPrintable(next.error.technical));
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p3"));
    QCOMPARE(storeRows().size(), 4);
    QCOMPARE(quarantine().size(), 1);
}

void TestSyncQuarantine::laterVersionClearsOrReplaces()
{
    const QString longName = QString(300, QLatin1Char('n'));
    m_hub.setPage(
        QStringLiteral("p1"),
        ScriptedHub::page({ attachmentRecord(QStringLiteral("att-1"), 1000001, longName) },
                          QStringLiteral("p2")));
    QVERIFY(sync().ok);
    QCOMPARE(quarantine().size(), 1);
    QVERIFY(quarantine().first().reason.contains(QLatin1String("file_name")));

    // A later bad version replaces the row: one row per entity, the newest reason.
    m_hub.setPage(QStringLiteral("p2"),
                  ScriptedHub::page(
                      { ScriptedHub::withField(attachmentRecord(QStringLiteral("att-1"), 1000001,
                                                                QStringLiteral("foto.jpg")),
                                               "size", -5) },
                      QStringLiteral("p3")));
    QVERIFY(sync().ok);
    auto kept = quarantine();
    QCOMPARE(kept.size(), 1);
    QVERIFY2(kept.first().reason.contains(QLatin1String("size")), qPrintable(kept.first().reason));
    QCOMPARE(kept.first().cursor, QStringLiteral("p2"));

    // A later good version clears it, and the attachment is stored.
    m_hub.setPage(QStringLiteral("p3"),
                  ScriptedHub::page({ attachmentRecord(QStringLiteral("att-1"), 1000001,
                                                       QStringLiteral("foto.jpg")) },
                                    QStringLiteral("p4")));
    const auto report = sync();
    QVERIFY(report.ok);
    QCOMPARE(report.counts.quarantined, 0);
    QVERIFY(quarantine().isEmpty());
    QCOMPARE(
        scalar(QStringLiteral("SELECT file_name FROM attachments WHERE id = 'att-1'")).toString(),
        QStringLiteral("foto.jpg"));

    // Within one page, in order: bad then good leaves nothing, good then bad leaves the bad.
    m_hub.setPage(QStringLiteral("p4"),
                  ScriptedHub::page(
                      { attachmentRecord(QStringLiteral("att-2"), 1000001, longName),
                        attachmentRecord(QStringLiteral("att-2"), 1000001, QStringLiteral("a.jpg")),
                        attachmentRecord(QStringLiteral("att-3"), 1000001, QStringLiteral("b.jpg")),
                        attachmentRecord(QStringLiteral("att-3"), 1000001, longName) },
                      QStringLiteral("p5")));
    QVERIFY(sync().ok);
    kept = quarantine();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().entityId, QStringLiteral("att-3"));
}

void TestSyncQuarantine::refusedByStoreIsQuarantined()
{
    // A record that decodes but breaks a rule of the store. The trigger stands in for any
    // constraint the hub's data can violate; SQLite reports it as a constraint failure.
    QSqlQuery q(m_db->connection());
    QVERIFY2(
        q.exec(QStringLiteral("CREATE TRIGGER refuse_followup BEFORE INSERT ON followups "
                              "WHEN new.text LIKE '%DITOLAK%' "
                              "BEGIN SELECT RAISE(ABORT, 'follow-up refused by the store'); END")),
        qPrintable(q.lastError().text()));
    m_hub.setPage(
        QStringLiteral("p1"),
        ScriptedHub::page(
            { ScriptedHub::followupRecord(QStringLiteral("f1"), 1000001, QStringLiteral("DITOLAK")),
              ScriptedHub::caseRecord(1000003),
              ScriptedHub::followupRecord(QStringLiteral("f2"), 1000001, QStringLiteral("Baik")) },
            QStringLiteral("p2")));
    const auto report = sync();
    QVERIFY2(report.ok, qPrintable(report.error.technical));
    QCOMPARE(report.counts.quarantined, 1);
    QCOMPARE(report.counts.history, 1); // the refused one is not counted as applied
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p2"));
    QCOMPARE(storeRows().size(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(id) FROM followups")).toString(),
             QStringLiteral("f2"));
    const auto kept = quarantine();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().kind, QStringLiteral("followup"));
    QCOMPARE(kept.first().entityId, QStringLiteral("f1"));
    QVERIFY2(kept.first().reason.contains(QLatin1String("refused by the store")),
             qPrintable(kept.first().reason));
    QVERIFY(kept.first().record.contains(QLatin1String("DITOLAK")));
}

void TestSyncQuarantine::storeFailureFailsPage()
{
    QVERIFY(sync().ok); // the first page, into an unlimited store
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p1"));
    // The disk fills up (max_page_count stands in for it) in the middle of the next page:
    // the store's failure is not the records' fault, so none is quarantined and the page
    // is asked for again once there is room.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    q.finish(); // a statement left open would keep this connection on that snapshot
    QJsonArray big;
    for (int i = 0; i < 40; ++i)
        big.append(ScriptedHub::withField(ScriptedHub::caseRecord(1100000 + i), "content",
                                          QString(4000, QLatin1Char(char('a' + i % 26)))));
    m_hub.setPage(QStringLiteral("p1"), ScriptedHub::page(big, QStringLiteral("p2")));

    const auto failed = sync();
    QVERIFY(!failed.ok);
    QCOMPARE(failed.error.kind, HubError::Kind::Store);
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p1"));
    QCOMPARE(storeRows().size(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quarantine")).toInt(), 0);

    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    q.finish();
    const auto resumed = sync();
    QVERIFY2(resumed.ok, qPrintable(resumed.error.technical));
    QCOMPARE(storeRows().size(), 42);
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p2"));
    QCOMPARE(resumed.counts.quarantined, 0);
}

void TestSyncQuarantine::reporterIdentityNotKept()
{
    QJsonObject secret = ScriptedHub::caseRecord(1000007);
    secret = ScriptedHub::withField(secret, "confidential", true);
    secret = ScriptedHub::withField(secret, "reporter_name", QStringLiteral("Siti Rahmawati"));
    secret = ScriptedHub::withField(secret, "reporter_phone", QStringLiteral("081234567890"));
    secret
        = ScriptedHub::withField(secret, "content", QStringLiteral("Kepala dinas menerima suap"));
    secret = ScriptedHub::withField(secret, "status", QStringLiteral("bogus")); // why it is refused
    QJsonObject anonymous
        = ScriptedHub::withField(ScriptedHub::caseRecord(1000008), "anonymous", true);
    anonymous = ScriptedHub::withField(anonymous, "reporter_name", QStringLiteral("Budi Santoso"));
    m_hub.setPage(QStringLiteral("p1"),
                  ScriptedHub::page({ secret, anonymous }, QStringLiteral("p2")));

    QVERIFY(sync().ok);
    const auto kept = quarantine();
    QCOMPARE(kept.size(), 2);
    const QString stored
        = scalar(QStringLiteral("SELECT group_concat(record || reason, '|') FROM quarantine"))
              .toString();
    for (const char *leak : { "Siti Rahmawati", "081234567890", "suap", "Budi Santoso" })
        QVERIFY2(!stored.contains(QLatin1String(leak)), leak);
    // The rest stays, so the admin can still tell what was wrong.
    QVERIFY(stored.contains(QLatin1String("\"status\":\"bogus\"")));
    QVERIFY(stored.contains(QLatin1String("\"reporter_name\":\"\"")));
}

QTEST_GUILESS_MAIN(TestSyncQuarantine)
#include "tst_syncquarantine.moc"
