#include "hubfixture.h"
#include "sqlcheck.h"
#include "store/agencycalendar.h"
#include "store/casefigures.h"
#include "store/syncstate.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::HubFixture;

// The client's sync against a real laporhub on loopback.
class TestSyncIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullSyncEqualsHubView();
    void secondUnitNeverArrives();
    void incrementalWithoutChangesIsOneRequest();
    void simulatedChangesArrive();

private:
    static QString unitOf(HubFixture &hub, const QString &user);

    HubFixture m_hub { 400 };
    std::unique_ptr<Database> m_officer;
};

void TestSyncIntegration::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
    m_officer = m_hub.openStore(QStringLiteral("petugas1"));
    QVERIFY(m_officer);
}

QString TestSyncIntegration::unitOf(HubFixture &hub, const QString &user)
{
    return hub.request(user, "GET", QStringLiteral("/v1/me"))
        .value(QLatin1String("unit_id"))
        .toString();
}

void TestSyncIntegration::fullSyncEqualsHubView()
{
    const auto report = m_hub.sync(*m_officer, QStringLiteral("petugas1"), 75);
    QVERIFY2(report.ok, qPrintable(report.message + QLatin1Char(' ') + report.error.technical));
    QVERIFY(report.pages > 1);
    // The pages after the first were asked for from the head of the one before, and no
    // page was asked for twice: one request per page, plus the count for the estimate.
    QVERIFY(report.pagesAhead > 0);
    QCOMPARE(report.requests, report.pages + 1);
    const auto hub = m_hub.hubView(QStringLiteral("petugas1"));
    const auto store = HubFixture::storeView(*m_officer);
    QVERIFY(hub.cases.size() > 20);
    QCOMPARE(store.cases, hub.cases);
    QCOMPARE(store.followups, hub.followups);
    QCOMPARE(store.replies, hub.replies);

    // The first sync filled the empty store in bulk (docs/store.md, "A first sync"): when
    // it reports, everything set aside is back and every case has its search row.
    QString left;
    QVERIFY2(HubFixture::fillFinished(*m_officer, &left), qPrintable(left));
    QSqlQuery q(m_officer->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                  "('cases_inbox', 'cases_figures_insert', "
                                  "'followups_search_note_insert')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH "
                                  "'\"' || (SELECT substr(title, 1, instr(title || ' ', ' ') - 1) "
                                  "FROM cases ORDER BY tracking_id LIMIT 1) || '\"'")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 0);
    q.finish();
    QCOMPARE(lapor::test::searchIndexDrift(m_officer->connection()), QStringList());
    // The dashboard's sums were counted with the calendar the store knows (the hub's
    // holidays included), so the first dashboard does not count them while it opens.
    QString error;
    CaseFigures figures(*m_officer, loadCalendar(*m_officer, AgencyZone::WITA));
    QCOMPARE(figures.isCurrent(QDateTime::currentDateTimeUtc(), &error), std::optional<bool>(true));
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT sum(cases) FROM figures_by_day), "
                                  "(SELECT count(*) FROM cases WHERE in_scope = 1)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
}

void TestSyncIntegration::secondUnitNeverArrives()
{
    const QString unitA = unitOf(m_hub, QStringLiteral("petugas1"));
    const QString unitB = unitOf(m_hub, QStringLiteral("petugas3"));
    QVERIFY(!unitA.isEmpty() && unitA != unitB);
    QSqlQuery q(m_officer->connection());
    QVERIFY2(q.exec(QStringLiteral("SELECT DISTINCT unit_id FROM cases WHERE in_scope = 1")),
             qPrintable(q.lastError().text()));
    QStringList units;
    while (q.next())
        units.append(q.value(0).toString());
    QCOMPARE(units, QStringList { unitA });

    auto other = m_hub.openStore(QStringLiteral("petugas3"));
    QVERIFY(m_hub.sync(*other, QStringLiteral("petugas3")).ok);
    const auto a = HubFixture::storeView(*m_officer).cases;
    const auto b = HubFixture::storeView(*other).cases;
    QVERIFY(!b.isEmpty());
    for (auto it = b.begin(); it != b.end(); ++it)
        QVERIFY2(!a.contains(it.key()), qPrintable(QString::number(it.key())));
}

void TestSyncIntegration::incrementalWithoutChangesIsOneRequest()
{
    const QString before = HubFixture::digest(*m_officer);
    const auto report = m_hub.sync(*m_officer, QStringLiteral("petugas1"));
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.requests, 1);
    QCOMPARE(report.counts.total(), 0);
    QCOMPARE(HubFixture::digest(*m_officer), before);
}

void TestSyncIntegration::simulatedChangesArrive()
{
    const QString unitA = unitOf(m_hub, QStringLiteral("petugas1"));
    const QString unitB = unitOf(m_hub, QStringLiteral("petugas3"));
    int status = 0;
    const auto created = m_hub.request(
        {}, "POST", QStringLiteral("/v1/sim/complaints"),
        { { QStringLiteral("unit_id"), unitA },
          { QStringLiteral("title"), QStringLiteral("Air PDAM keruh sejak Senin") } },
        &status);
    QVERIFY2(status == 201 || status == 200, qPrintable(QString::number(status)));
    const qint64 newCase = qint64(created.value(QLatin1String("tracking_id")).toDouble());
    QVERIFY(newCase > 0);

    // A case already in the store gets a citizen reply; another moves to unit B.
    QSqlQuery q(m_officer->connection());
    QVERIFY2(q.exec(QStringLiteral("SELECT tracking_id FROM cases WHERE in_scope = 1 AND status IN "
                                   "('disposed', 'in_progress') ORDER BY tracking_id LIMIT 2")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    const qint64 replied = q.value(0).toLongLong();
    QVERIFY(q.next());
    const qint64 moved = q.value(0).toLongLong();
    q.finish();
    m_hub.request({}, "POST", QStringLiteral("/v1/sim/cases/%1/replies").arg(replied),
                  { { QStringLiteral("text"), QStringLiteral("Belum ada perbaikan pak") },
                    { QStringLiteral("rating"), 2 } },
                  &status);
    QVERIFY2(status < 300, qPrintable(QString::number(status)));
    m_hub.request({}, "POST", QStringLiteral("/v1/sim/cases/%1/move").arg(moved),
                  { { QStringLiteral("to_unit_id"), unitB } }, &status);
    QVERIFY2(status < 300, qPrintable(QString::number(status)));

    const auto report = m_hub.sync(*m_officer, QStringLiteral("petugas1"));
    QVERIFY2(report.ok, qPrintable(report.message));
    const auto store = HubFixture::storeView(*m_officer);
    QVERIFY(store.cases.contains(newCase));
    QVERIFY(!store.cases.contains(moved));
    q.prepare(
        QStringLiteral("SELECT count(*) FROM citizen_replies WHERE case_id = ? AND rating = 2"));
    q.addBindValue(replied);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(store.cases, m_hub.hubView(QStringLiteral("petugas1")).cases);
}

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "tst_syncintegration.moc"
