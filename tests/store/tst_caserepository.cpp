#include "core/deadlines.h"
#include "sampledata.h"
#include "sqlcheck.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "tempstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace lapor;
using namespace lapor::test;
using Sample::sampleCase;
using Sample::utc;
namespace Corpus = lapor::test::Sample::Corpus;

using namespace lapor::test::Sample::Corpus;

class TestCaseRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripEveryField();
    void roundTripEveryStatus_data();
    void roundTripEveryStatus();
    void anonymousCaseStoresNoName();
    void findMissing();
    void validationLeavesStoreUnchanged_data();
    void validationLeavesStoreUnchanged();
    void updateKeepsUnreadUnlessVersionChanges();
    void updateKeepsLocalColumns();
    void dueAtIsCached_data();
    void dueAtIsCached();
    void dueAtFollowsUpdates();
    void dueAtFollowsNewHolidays();
    void countByStatus();
    void summariesListCasesInScope();
    void summariesFilterByStatus();
    void summariesReportStoreFailure();
    void foreignKeyKeepsCaseWithDraft();

private:
    QVariant column(qint64 id, const QString &name) const;
    void insertCorpus();
    bool exec(const QString &sql, const QVariantList &binds = {});

    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
    std::unique_ptr<CaseRepository> m_cases;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WITA);
};

void TestCaseRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseRepository::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
    m_cases = std::make_unique<CaseRepository>(*m_db, m_calendar);
}

void TestCaseRepository::cleanup()
{
    m_cases.reset();
    m_db = nullptr;
    m_store.reset();
}

QVariant TestCaseRepository::column(qint64 id, const QString &name) const
{
    return scalar(m_db->connection(),
                  QStringLiteral("SELECT %1 FROM cases WHERE tracking_id = ?").arg(name), { id });
}

bool TestCaseRepository::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (q.exec())
        return true;
    qWarning() << q.lastError().text() << sql;
    return false;
}

void TestCaseRepository::insertCorpus()
{
    QString error;
    for (const Case &c : Corpus::cases())
        QVERIFY2(m_cases->upsert(c, &error), qPrintable(error));
}

void TestCaseRepository::roundTripEveryField()
{
    Case c;
    c.trackingId = 8112829;
    c.title = QStringLiteral("Jalan berlubang di Jl. Ahmad Yani km 5");
    c.content = QStringLiteral("Jalan berlubang di Jl. Ahmad Yani km 5, sudah 3 bulan tdk "
                               "diperbaiki.\nSdh lapor RT.\tKontak: 0812-3456-7890 \U0001F64F");
    c.category = QStringLiteral("Infrastruktur");
    c.subcategory = QStringLiteral("Jalan Rusak");
    c.channel = QStringLiteral("whatsapp");
    c.status = CaseStatus::InProgress;
    c.agencyId = QStringLiteral("pemkot-samarinda");
    c.unitId = QStringLiteral("dinas-pupr");
    c.assigneeId = QStringLiteral("u-siti");
    c.anonymous = false;
    c.confidential = true;
    c.reporterName = QStringLiteral("Budi Santoso");
    c.receivedAt = utc("2026-03-02T01:15:07");
    // Any offset in, the same instant out.
    c.disposedAt = QDateTime(QDate(2026, 3, 3), QTime(10, 0, 0), Qt::OffsetFromUTC, 8 * 3600);
    c.firstFollowupAt = utc("2026-03-05T03:30:00");
    c.lastFollowupAt = utc("2026-03-09T04:45:00");
    c.lastReplyAt = utc("2026-03-10T12:00:59");
    c.resolutionDays = 60;
    c.rating = 4;
    c.version = 17;

    QString error;
    QVERIFY2(m_cases->upsert(c, &error), qPrintable(error));
    const auto found = m_cases->find(c.trackingId);
    QVERIFY(found);
    QCOMPARE(found->trackingId, c.trackingId);
    QCOMPARE(found->title, c.title);
    QCOMPARE(found->content, c.content);
    QCOMPARE(found->category, c.category);
    QCOMPARE(found->subcategory, c.subcategory);
    QCOMPARE(found->channel, c.channel);
    QCOMPARE(found->status, c.status);
    QCOMPARE(found->agencyId, c.agencyId);
    QCOMPARE(found->unitId, c.unitId);
    QCOMPARE(found->assigneeId, c.assigneeId);
    QCOMPARE(found->anonymous, c.anonymous);
    QCOMPARE(found->confidential, c.confidential);
    QCOMPARE(found->reporterName, c.reporterName);
    QCOMPARE(found->receivedAt, c.receivedAt);
    QCOMPARE(found->disposedAt, c.disposedAt);
    QCOMPARE(found->disposedAt, utc("2026-03-03T02:00:00"));
    QCOMPARE(found->firstFollowupAt, c.firstFollowupAt);
    QCOMPARE(found->lastFollowupAt, c.lastFollowupAt);
    QCOMPARE(found->lastReplyAt, c.lastReplyAt);
    QCOMPARE(found->resolutionDays, c.resolutionDays);
    QCOMPARE(found->rating, c.rating);
    QCOMPARE(found->version, c.version);
    QVERIFY(m_cases->exists(c.trackingId));
    QCOMPARE(column(c.trackingId, QStringLiteral("in_scope")).toInt(), 1);
    QCOMPARE(column(c.trackingId, QStringLiteral("unread")).toInt(), 1);

    // Optional times stay absent, optional texts stay empty.
    Case sparse = sampleCase(8112900, QStringLiteral("Pungli di kelurahan"), QString());
    sparse.disposedAt = {};
    sparse.category.clear();
    QVERIFY2(m_cases->upsert(sparse, &error), qPrintable(error));
    const auto back = m_cases->find(sparse.trackingId);
    QVERIFY(back);
    QVERIFY(!back->disposedAt.isValid());
    QVERIFY(!back->firstFollowupAt.isValid());
    QVERIFY(!back->lastReplyAt.isValid());
    QCOMPARE(back->content, QString());
    QCOMPARE(back->category, QString());
    QCOMPARE(back->rating, 0);
    QVERIFY(column(sparse.trackingId, QStringLiteral("disposed_at")).isNull());
}

void TestCaseRepository::roundTripEveryStatus_data()
{
    QTest::addColumn<CaseStatus>("status");
    for (CaseStatus status : Status::all())
        QTest::newRow(qPrintable(Status::key(status))) << status;
}

void TestCaseRepository::roundTripEveryStatus()
{
    QFETCH(CaseStatus, status);
    Case c = sampleCase(8112829, QStringLiteral("Guru honorer belum terima gaji"),
                        QStringLiteral("Sudah 4 bulan."));
    c.status = status;
    QString error;
    QVERIFY2(m_cases->upsert(c, &error), qPrintable(error));
    QCOMPARE(m_cases->find(c.trackingId)->status, status);
    QCOMPARE(column(c.trackingId, QStringLiteral("status")).toString(), Status::key(status));
}

void TestCaseRepository::anonymousCaseStoresNoName()
{
    Case c = sampleCase(8112829, QStringLiteral("Pungli di kantor kelurahan"),
                        QStringLiteral("Dimintai uang 50rb utk surat pengantar."));
    c.anonymous = true;
    QString error;
    QVERIFY2(m_cases->upsert(c, &error), qPrintable(error));
    QCOMPARE(m_cases->find(c.trackingId)->anonymous, true);
    QCOMPARE(column(c.trackingId, QStringLiteral("reporter_name")).toString(), QString());
}

void TestCaseRepository::findMissing()
{
    QVERIFY(!m_cases->find(1234567));
    QVERIFY(!m_cases->exists(1234567));
    QCOMPARE(m_cases->count(), 0);
}

void TestCaseRepository::validationLeavesStoreUnchanged_data()
{
    QTest::addColumn<Case>("bad");
    QTest::addColumn<QString>("reason");

    const Case good = sampleCase(kJalan, QStringLiteral("Jalan berlubang"),
                                 QStringLiteral("Sudah 3 bulan tdk diperbaiki"));
    Case c = good;
    c.title.clear();
    QTest::newRow("empty title") << c << QStringLiteral("no title");
    c = good;
    c.title = QStringLiteral("   \n\t");
    QTest::newRow("blank title") << c << QStringLiteral("no title");
    c = good;
    c.anonymous = true;
    c.reporterName = QStringLiteral("Budi Santoso");
    QTest::newRow("anonymous with name") << c << QStringLiteral("anonymous");
    c = good;
    c.content = QStringLiteral("jalan rusak ").repeated(10'000);
    QTest::newRow("huge content") << c << QStringLiteral("content longer");
    c = good;
    c.title = QStringLiteral("a").repeated(kMaxTitleLength + 1);
    QTest::newRow("huge title") << c << QStringLiteral("title longer");
    c = good;
    c.resolutionDays = 7;
    QTest::newRow("unknown tier") << c << QStringLiteral("tier");
    c = good;
    c.rating = 6;
    QTest::newRow("rating 6") << c << QStringLiteral("rating");
    c = good;
    c.receivedAt = {};
    QTest::newRow("no received time") << c << QStringLiteral("received");
    c = good;
    c.trackingId = 0;
    QTest::newRow("tracking id 0") << c << QStringLiteral("tracking id");
    c = good;
    c.trackingId = -8112829;
    QTest::newRow("negative tracking id") << c << QStringLiteral("tracking id");
}

void TestCaseRepository::validationLeavesStoreUnchanged()
{
    QFETCH(Case, bad);
    QFETCH(QString, reason);
    insertCorpus();
    const auto before = m_cases->find(kJalan);
    QVERIFY(before);
    const auto counts = m_cases->countByStatus();
    const int ftsRows
        = scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM case_search")).toInt();

    QString error;
    QVERIFY(!m_cases->upsert(bad, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));

    const auto after = m_cases->find(kJalan);
    QVERIFY(after);
    QCOMPARE(after->title, before->title);
    QCOMPARE(after->content, before->content);
    QCOMPARE(after->anonymous, before->anonymous);
    QCOMPARE(after->resolutionDays, before->resolutionDays);
    QCOMPARE(after->receivedAt, before->receivedAt);
    QCOMPARE(m_cases->count(), 5);
    QCOMPARE(m_cases->countByStatus(), counts);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM case_search")).toInt(),
             ftsRows);
    QCOMPARE(m_cases->search(QStringLiteral("berlubang"), 10), QList<qint64> { kJalan });
}

void TestCaseRepository::updateKeepsUnreadUnlessVersionChanges()
{
    Case c = sampleCase(kGuru, QStringLiteral("Guru honorer belum terima gaji"),
                        QStringLiteral("Sudah 4 bulan."));
    QString error;
    QVERIFY(m_cases->upsert(c, &error));
    QCOMPARE(column(kGuru, QStringLiteral("unread")).toInt(), 1);
    QVERIFY(m_cases->setUnread(kGuru, false));
    QCOMPARE(column(kGuru, QStringLiteral("unread")).toInt(), 0);

    // The same version again (a replayed page): still read.
    c.content = QStringLiteral("Sudah 4 bulan, mohon dibantu.");
    QVERIFY(m_cases->upsert(c, &error));
    QCOMPARE(column(kGuru, QStringLiteral("unread")).toInt(), 0);
    QCOMPARE(m_cases->find(kGuru)->content, c.content);

    // A new version from the hub: unread again.
    c.version = 2;
    c.status = CaseStatus::InProgress;
    QVERIFY(m_cases->upsert(c, &error));
    QCOMPARE(column(kGuru, QStringLiteral("unread")).toInt(), 1);

    QVERIFY(m_cases->setUnread(kGuru, false));
    QVERIFY(m_cases->setUnread(kGuru, true));
    QCOMPARE(column(kGuru, QStringLiteral("unread")).toInt(), 1);
}

void TestCaseRepository::updateKeepsLocalColumns()
{
    Case c = sampleCase(kKtp, QStringLiteral("Pelayanan KTP-el di Disdukcapil lambat"),
                        QStringLiteral("Blangko habis."));
    QString error;
    QVERIFY(m_cases->upsert(c, &error));
    QVERIFY(exec(QStringLiteral("UPDATE cases SET local_state = 'awaiting_approval', "
                                "hub_changed = 1 WHERE tracking_id = ?"),
                 { kKtp }));
    c.version = 5;
    QVERIFY(m_cases->upsert(c, &error));
    QCOMPARE(column(kKtp, QStringLiteral("local_state")).toString(),
             QStringLiteral("awaiting_approval"));
    QCOMPARE(column(kKtp, QStringLiteral("hub_changed")).toInt(), 1);
    QCOMPARE(m_cases->count(), 1);
}

void TestCaseRepository::dueAtIsCached_data()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<QDateTime>("expected"); // independent of Deadlines, from the calendar

    Case base = sampleCase(kJalan, QStringLiteral("Jalan berlubang"), QStringLiteral("km 5"));
    // Disposed Fri 13 Mar 2026 23:30 WITA, the Friday before the Nyepi/Lebaran week: first
    // follow-up due at the end of Fri 27 Mar WITA (see tst_deadlines).
    base.receivedAt = utc("2026-03-12T01:00:00");
    base.disposedAt = utc("2026-03-13T15:30:00");

    Case c = base;
    c.status = CaseStatus::Disposed;
    QTest::newRow("disposed, no follow-up") << c << utc("2026-03-27T16:00:00");
    c = base;
    c.status = CaseStatus::Unverified;
    c.disposedAt = {};
    QTest::newRow("unverified") << c << QDateTime();
    c = base;
    c.status = CaseStatus::InProgress;
    c.firstFollowupAt = utc("2026-03-16T02:00:00");
    c.lastFollowupAt = c.firstFollowupAt;
    c.resolutionDays = 5;
    QTest::newRow("in progress, tier 5") << c << QDateTime();
    c.resolutionDays = 60;
    QTest::newRow("in progress, tier 60") << c << QDateTime();
    c = base;
    c.status = CaseStatus::Done;
    QTest::newRow("done") << c << QDateTime();
    c.status = CaseStatus::Postponed;
    QTest::newRow("postponed") << c << QDateTime();
    c.status = CaseStatus::NotAuthority;
    QTest::newRow("not authority") << c << QDateTime();
}

void TestCaseRepository::dueAtIsCached()
{
    QFETCH(Case, c);
    QFETCH(QDateTime, expected);
    QString error;
    QVERIFY2(m_cases->upsert(c, &error), qPrintable(error));
    const QDateTime due = Deadlines::caseDeadline(m_calendar, c);
    const QVariant stored = column(c.trackingId, QStringLiteral("due_at"));
    if (!due.isValid()) {
        QVERIFY(stored.isNull());
        return;
    }
    QVERIFY(!stored.isNull());
    QCOMPARE(stored.toLongLong(), due.toSecsSinceEpoch());
    if (expected.isValid())
        QCOMPARE(stored.toLongLong(), expected.toSecsSinceEpoch());
    // The calendar's zone matters: the same case for a WIB agency ends an hour later.
    if (c.status == CaseStatus::Disposed) {
        const auto wib = WorkingCalendar::national(AgencyZone::WIB);
        QCOMPARE(Deadlines::caseDeadline(wib, c), utc("2026-03-27T17:00:00"));
    }
}

void TestCaseRepository::dueAtFollowsUpdates()
{
    Case c = sampleCase(kJalan, QStringLiteral("Jalan berlubang"), QStringLiteral("km 5"));
    c.disposedAt = utc("2026-03-13T15:30:00");
    QString error;
    QVERIFY(m_cases->upsert(c, &error));
    const qint64 firstDue = column(kJalan, QStringLiteral("due_at")).toLongLong();
    QCOMPARE(firstDue, utc("2026-03-27T16:00:00").toSecsSinceEpoch());

    c.status = CaseStatus::InProgress;
    c.firstFollowupAt = utc("2026-03-16T02:00:00");
    c.lastFollowupAt = c.firstFollowupAt;
    c.version = 2;
    QVERIFY(m_cases->upsert(c, &error));
    const QDateTime due = Deadlines::caseDeadline(m_calendar, c);
    if (due.isValid())
        QCOMPARE(column(kJalan, QStringLiteral("due_at")).toLongLong(), due.toSecsSinceEpoch());
    else
        QVERIFY(column(kJalan, QStringLiteral("due_at")).isNull());

    c.status = CaseStatus::Done;
    c.version = 3;
    QVERIFY(m_cases->upsert(c, &error));
    QVERIFY(column(kJalan, QStringLiteral("due_at")).isNull());
}

// A holiday announced by the hub after cases were stored (a new cuti bersama) moves their
// deadlines; a closed case has none to move.
void TestCaseRepository::dueAtFollowsNewHolidays()
{
    Case open = sampleCase(kJalan, QStringLiteral("Jalan berlubang"), QStringLiteral("km 5"));
    open.disposedAt = utc("2026-03-03T02:00:00"); // Tuesday 10.00 WITA
    Case closed = sampleCase(kKtp, QStringLiteral("KTP-el"), QStringLiteral("blm jadi"));
    closed.status = CaseStatus::Done;
    QString error;
    QVERIFY(m_cases->upsert(open, &error));
    QVERIFY(m_cases->upsert(closed, &error));
    const qint64 before = column(kJalan, QStringLiteral("due_at")).toLongLong();
    QCOMPARE(before, Deadlines::caseDeadline(m_calendar, open).toSecsSinceEpoch());

    const Holiday leave { QDate(2026, 3, 9), QStringLiteral("Cuti bersama contoh"), true };
    QVERIFY(m_cases->addHoliday(leave));
    QVERIFY(!m_cases->addHoliday(leave)); // known now: nothing to redo
    QVERIFY2(m_cases->recomputeDeadlines(&error), qPrintable(error));
    WorkingCalendar withLeave = m_calendar;
    withLeave.addHoliday(leave);
    const qint64 after = column(kJalan, QStringLiteral("due_at")).toLongLong();
    QCOMPARE(after, Deadlines::caseDeadline(withLeave, open).toSecsSinceEpoch());
    QVERIFY(after > before);
    QVERIFY(column(kKtp, QStringLiteral("due_at")).isNull());
}

void TestCaseRepository::countByStatus()
{
    const auto empty = m_cases->countByStatus();
    QCOMPARE(empty.size(), Status::all().size());
    for (int n : empty)
        QCOMPARE(n, 0);

    const QList<CaseStatus> statuses { CaseStatus::Disposed,   CaseStatus::Disposed,
                                       CaseStatus::InProgress, CaseStatus::Done,
                                       CaseStatus::Done,       CaseStatus::Done,
                                       CaseStatus::Postponed };
    QString error;
    qint64 id = 8200000;
    for (CaseStatus status : statuses) {
        Case c = sampleCase(++id, QStringLiteral("Sampah menumpuk di pasar"),
                            QStringLiteral("Sudah seminggu tdk diangkut."));
        c.status = status;
        QVERIFY2(m_cases->upsert(c, &error), qPrintable(error));
    }
    auto counts = m_cases->countByStatus();
    QCOMPARE(counts.value(CaseStatus::Unverified), 0);
    QCOMPARE(counts.value(CaseStatus::Disposed), 2);
    QCOMPARE(counts.value(CaseStatus::InProgress), 1);
    QCOMPARE(counts.value(CaseStatus::Done), 3);
    QCOMPARE(counts.value(CaseStatus::Postponed), 1);
    QCOMPARE(counts.value(CaseStatus::Archived), 0);
    QCOMPARE(counts.value(CaseStatus::NotAuthority), 0);
    QCOMPARE(m_cases->count(), 7);

    // A status change moves the case between buckets.
    Case moved = *m_cases->find(8200001);
    moved.status = CaseStatus::Archived;
    QVERIFY(m_cases->upsert(moved, &error));
    counts = m_cases->countByStatus();
    QCOMPARE(counts.value(CaseStatus::Disposed), 1);
    QCOMPARE(counts.value(CaseStatus::Archived), 1);

    // Cases kept out of scope for unsent work (Retention) are not counted.
    QVERIFY(exec(QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id = 8200004")));
    QCOMPARE(m_cases->countByStatus().value(CaseStatus::Done), 2);
    QCOMPARE(m_cases->count(), 6);
}

void TestCaseRepository::summariesListCasesInScope()
{
    QString error;
    const auto empty = m_cases->summaries(std::nullopt, &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(empty->isEmpty());

    insertCorpus();
    Case secret = *m_cases->find(kKtp);
    secret.anonymous = true;
    secret.confidential = true;
    secret.version = 4;
    QVERIFY2(m_cases->upsert(secret, &error), qPrintable(error));
    // A case kept out of scope for unsent work (Retention) is not listed.
    QVERIFY(
        exec(QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id = ?"), { kLampu }));

    const auto listed = m_cases->summaries(std::nullopt, &error);
    QVERIFY2(listed, qPrintable(error));
    QList<qint64> ids;
    for (const CaseSummary &c : *listed)
        ids.append(c.trackingId);
    QCOMPARE(ids, (QList<qint64> { kJalan, kKtp, kGuru, kCafe }));

    const CaseSummary &ktp = listed->at(1);
    QCOMPARE(ktp.status, CaseStatus::Disposed);
    QCOMPARE(ktp.unitId, QStringLiteral("dinas-pupr"));
    QCOMPARE(ktp.receivedAt, utc("2026-03-02T01:15:00"));
    QCOMPARE(ktp.dueAt, Deadlines::caseDeadline(m_calendar, secret));
    QVERIFY(ktp.dueAt.isValid());
    QCOMPARE(ktp.version, 4);
    QVERIFY(ktp.anonymous);
    QVERIFY(ktp.confidential);
    QCOMPARE(ktp.title, QStringLiteral("Pelayanan KTP-el di Disdukcapil lambat"));
    QVERIFY(!listed->at(0).anonymous);
}

void TestCaseRepository::summariesFilterByStatus()
{
    insertCorpus();
    QString error;
    Case done = *m_cases->find(kGuru);
    done.status = CaseStatus::Done;
    QVERIFY2(m_cases->upsert(done, &error), qPrintable(error));

    const auto finished = m_cases->summaries(CaseStatus::Done, &error);
    QVERIFY2(finished, qPrintable(error));
    QCOMPARE(finished->size(), 1);
    QCOMPARE(finished->first().trackingId, kGuru);
    QCOMPARE(finished->first().status, CaseStatus::Done);
    QVERIFY(!finished->first().dueAt.isValid()); // a closed case has no deadline

    const auto disposed = m_cases->summaries(CaseStatus::Disposed, &error);
    QVERIFY2(disposed, qPrintable(error));
    QCOMPARE(disposed->size(), 4);
    const auto archived = m_cases->summaries(CaseStatus::Archived, &error);
    QVERIFY2(archived, qPrintable(error));
    QVERIFY(archived->isEmpty());
}

void TestCaseRepository::summariesReportStoreFailure()
{
    insertCorpus();
    // A store whose cases table lacks a column the list needs: the caller hears why.
    QVERIFY(exec(QStringLiteral("ALTER TABLE cases RENAME COLUMN in_scope TO kept")));
    QString error;
    QVERIFY(!m_cases->summaries(std::nullopt, &error));
    QVERIFY2(error.contains(QLatin1String("in_scope")), qPrintable(error));
}

void TestCaseRepository::foreignKeyKeepsCaseWithDraft()
{
    insertCorpus();
    DraftRepository drafts(*m_db);
    QString error;
    QVERIFY(drafts.create(kKtp, QStringLiteral("u-siti"), 1, &error));
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM cases WHERE tracking_id = %1").arg(kKtp)));
    QVERIFY(q.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive));
    QVERIFY(m_cases->exists(kKtp));
    QCOMPARE(drafts.forCase(kKtp).size(), 1);
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
