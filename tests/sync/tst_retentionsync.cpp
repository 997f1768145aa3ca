#include "core/profile.h"
#include "hubfixture.h"
#include "sqlcheck.h"
#include "store/actionwriter.h"
#include "store/draftrepository.h"
#include "store/outboxrepository.h"
#include "store/retention.h"
#include "sync/attachmentfetcher.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::HubFixture;
using lapor::test::TempStore;

// Retention against a real laporhub (docs/privacy.md, "Retention"): a case the national
// admin moves out of the officer's unit leaves the desk with its downloaded files, also
// when the desk dies between the commit and the deletion; unsent work keeps its case until
// it is settled; closed cases leave after the retention period, counted in the sync log,
// while the hub keeps them.
class TestRetentionSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void caseLeavingScopeTakesItsFiles();
    void crashBetweenCommitAndDeletionIsSwept();
    void unsentWorkKeepsItsCaseUntilSettled();
    void closedCasesLeaveAfterTheRetentionPeriod();

private:
    SyncEngine::Report sync(const QDateTime &now = {}, QStringList *log = nullptr);
    // Downloads every attachment of the cases in the inbox into the profile.
    void downloadAll();
    // A case in the inbox with downloaded files that nothing else in this test uses yet;
    // an open one when asked, else closed ones first (the open ones are scarcer).
    qint64 caseWithFiles(bool open = false);
    QStringList foldersOf(qint64 caseId) const;
    void move(qint64 caseId);
    int count(const QString &sql, const QVariantList &binds = {}) const;

    HubFixture m_hub { 600 };
    TempStore m_desk;
    Database *m_db = nullptr;
    TokenStore m_tokens { TokenStore::Backend::Memory };
    std::unique_ptr<HubClient> m_client;
    QSet<qint64> m_used;
};

void TestRetentionSync::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
    // A profile, as the desk and lapordeskctl open it: its files are in play.
    m_db = m_desk.openProfile();
    QVERIFY(m_db);
    const auto report = sync();
    QVERIFY2(report.ok, qPrintable(report.message));
    m_client
        = std::make_unique<HubClient>(HubClient::Settings { m_hub.url(), {}, 10000 }, m_tokens);
    QVERIFY(lapor::test::logIn(*m_client, QStringLiteral("petugas1")));
    downloadAll();
    QVERIFY2(count(QStringLiteral("SELECT count(DISTINCT case_id) FROM attachments "
                                  "WHERE local_path IS NOT NULL"))
                 >= 8,
             "the generated cases bring attachments");
}

SyncEngine::Report TestRetentionSync::sync(const QDateTime &now, QStringList *log)
{
    HubFixture::SyncRun run;
    run.configure = [&now, log](SyncEngine &engine) {
        if (now.isValid())
            engine.setClock([now] { return now; });
        if (log)
            QObject::connect(&engine, &SyncEngine::log, &engine,
                             [log](const QString &line) { log->append(line); });
    };
    return m_hub.sync(*m_db, QStringLiteral("petugas1"), run);
}

void TestRetentionSync::downloadAll()
{
    AttachmentFetcher fetcher([this]() -> HubClient & { return *m_client; }, *m_db,
                              m_desk.profile()->attachmentsDir());
    QSignalSpy idle(&fetcher, &AttachmentFetcher::idle);
    QSignalSpy failed(&fetcher, &AttachmentFetcher::failed);
    if (fetcher.prefetch(qint64(1) << 30) > 0)
        QVERIFY(idle.wait(60000));
    QCOMPARE(failed.size(), 0);
}

qint64 TestRetentionSync::caseWithFiles(bool open)
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT a.case_id FROM attachments a JOIN cases c "
                       "ON c.tracking_id = a.case_id WHERE c.in_scope = 1 %1 "
                       "AND a.local_path IS NOT NULL GROUP BY a.case_id "
                       "ORDER BY c.status IN ('disposed', 'in_progress'), a.case_id")
            .arg(open ? QStringLiteral("AND c.status IN ('disposed', 'in_progress')") : QString()));
    if (!q.exec())
        return 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!m_used.contains(id)) {
            m_used.insert(id);
            return id;
        }
    }
    return 0;
}

QStringList TestRetentionSync::foldersOf(qint64 caseId) const
{
    QStringList folders;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM attachments WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            folders.append(
                QDir(m_desk.profile()->attachmentsDir()).filePath(q.value(0).toString()));
    }
    return folders;
}

void TestRetentionSync::move(qint64 caseId)
{
    m_hub.request({}, "POST", QStringLiteral("/v1/sim/cases/%1/move").arg(caseId),
                  { { QStringLiteral("to_unit_id"), QStringLiteral("dinkes") } });
}

int TestRetentionSync::count(const QString &sql, const QVariantList &binds) const
{
    return lapor::test::scalar(m_db->connection(), sql, binds).toInt();
}

void TestRetentionSync::caseLeavingScopeTakesItsFiles()
{
    const qint64 moved = caseWithFiles();
    const qint64 stays = caseWithFiles();
    QVERIFY(moved > 0 && stays > 0);
    const QStringList gone = foldersOf(moved);
    const QStringList kept = foldersOf(stays);
    QVERIFY(!gone.isEmpty() && !kept.isEmpty());
    for (const QString &folder : gone)
        QVERIFY(QDir(folder).exists());

    move(moved);
    const auto report = sync();
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.counts.removed, 1);
    QCOMPARE(report.counts.keptForOutbox, 0);

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE tracking_id = ?"), { moved }),
             0);
    for (const char *table :
         { "followups", "citizen_replies", "dispositions", "notes", "attachments", "drafts" })
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE case_id = ?")
                           .arg(QLatin1String(table)),
                       { moved }),
                 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM case_search WHERE rowid = ?"), { moved }),
             0);
    for (const QString &folder : gone)
        QVERIFY2(!QDir(folder).exists(), qPrintable(folder));
    for (const QString &folder : kept)
        QVERIFY2(QDir(folder).exists(), qPrintable(folder));
}

// The page with the `remove` commits, then the desk dies before its files are deleted:
// the folders are back on disk with no row naming them. The next sync removes them first.
void TestRetentionSync::crashBetweenCommitAndDeletionIsSwept()
{
    const qint64 moved = caseWithFiles();
    QVERIFY(moved > 0);
    const QStringList folders = foldersOf(moved);
    QVERIFY(!folders.isEmpty());
    // What the desk had on disk before the sync, to put back as a crash would leave it.
    QTemporaryDir aside;
    QHash<QString, QByteArray> files;
    for (const QString &folder : folders) {
        for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files)) {
            QFile in(file.absoluteFilePath());
            QVERIFY(in.open(QIODevice::ReadOnly));
            files.insert(file.absoluteFilePath(), in.readAll());
        }
    }
    QVERIFY(!files.isEmpty());

    move(moved);
    QVERIFY(sync().ok);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments WHERE case_id = ?"), { moved }),
             0);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QVERIFY(QDir().mkpath(QFileInfo(it.key()).absolutePath()));
        QFile out(it.key());
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(it.value()) == it.value().size());
    }

    QStringList log;
    const auto report = sync({}, &log);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.counts.removed, 0); // nothing new from the hub: the sweep did it
    for (const QString &folder : folders)
        QVERIFY2(!QDir(folder).exists(), qPrintable(folder));
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("leftover")),
             qPrintable(log.join(QLatin1Char('\n'))));
}

void TestRetentionSync::unsentWorkKeepsItsCaseUntilSettled()
{
    const qint64 moved = caseWithFiles(true); // a draft is written only for an open case
    QVERIFY(moved > 0);
    const QStringList folders = foldersOf(moved);
    ActionWriter officer(*m_db, QStringLiteral("u-petugas1"), Role::Officer,
                         QStringLiteral("dpupr"));
    const QString text = QStringLiteral("Tim sudah turun ke lokasi, perbaikan minggu depan.");
    const auto draft = officer.createDraft(moved, text);
    QVERIFY2(draft, qPrintable(draft.error));
    const auto submitted = officer.submitDraft(draft.id);
    QVERIFY2(submitted, qPrintable(submitted.error));
    const auto other = officer.createDraft(moved, QStringLiteral("Draf kedua, belum diajukan."));
    QVERIFY(other);

    // The national admin moves the case before the desk pushes.
    move(moved);
    const auto report = sync();
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.counts.keptForOutbox, 1);
    QCOMPARE(count(QStringLiteral("SELECT in_scope FROM cases WHERE tracking_id = ?"), { moved }),
             0);
    DraftRepository drafts(*m_db);
    QCOMPARE(drafts.find(draft.id)->text, text);
    QCOMPARE(drafts.find(draft.id)->state, DraftState::Conflict);
    QVERIFY(!drafts.find(other.id));
    OutboxRepository outbox(*m_db);
    QCOMPARE(outbox.find(submitted.outboxId)->state, OutboxState::Waiting);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments WHERE case_id = ?"), { moved }),
             0);
    for (const QString &folder : folders)
        QVERIFY2(!QDir(folder).exists(), qPrintable(folder));
    // The user can still read what was not sent.
    QVERIFY(Retention(*m_db).unsentText().contains(text));

    // The push is refused (the case is another unit's now) and the user discards it: the
    // next sync takes the case and the draft off the desk.
    QString error;
    QVERIFY(outbox.markDone(submitted.outboxId, OutboxState::Conflict, QStringLiteral("x"), {},
                            &error));
    QVERIFY(outbox.discard(submitted.outboxId, &error));
    const auto settled = sync();
    QVERIFY2(settled.ok, qPrintable(settled.message));
    QCOMPARE(settled.purged, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE tracking_id = ?"), { moved }),
             0);
    QVERIFY(!drafts.find(draft.id));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE case_id = ?"), { moved }), 0);
}

void TestRetentionSync::closedCasesLeaveAfterTheRetentionPeriod()
{
    // One case closed by the national side now, one with an open draft closed too, and the
    // downloaded files of a closed case.
    const qint64 closed = caseWithFiles(true);
    const qint64 drafted = caseWithFiles(true);
    QVERIFY(closed > 0 && drafted > 0);
    const QStringList folders = foldersOf(closed);
    ActionWriter officer(*m_db, QStringLiteral("u-petugas1"), Role::Officer,
                         QStringLiteral("dpupr"));
    QVERIFY(officer.createDraft(drafted, QStringLiteral("Masih ditulis.")));
    for (qint64 id : { closed, drafted })
        m_hub.request({}, "POST", QStringLiteral("/v1/sim/cases/%1/close").arg(id), {});
    QVERIFY(sync().ok);
    const QString closedStatuses = QStringLiteral("('done', 'archived', 'not_authority')");
    const int closedOnDesk = count(
        QStringLiteral("SELECT count(*) FROM cases WHERE status IN %1").arg(closedStatuses));
    // Those without an open draft (the generated hub drafts included) may go.
    const int expired = count(QStringLiteral("SELECT count(*) FROM cases c WHERE status IN %1 "
                                             "AND NOT EXISTS (SELECT 1 FROM drafts d WHERE "
                                             "d.case_id = c.tracking_id AND d.state NOT IN "
                                             "('published', 'discarded'))")
                                  .arg(closedStatuses));
    QVERIFY2(expired >= 2 && expired < closedOnDesk,
             qPrintable(QStringLiteral("%1 of %2").arg(expired).arg(closedOnDesk)));
    // Two years and a month from now every closed case of the dataset is old enough.
    const QDateTime later = QDateTime::currentDateTimeUtc().addMonths(25);

    // Kept forever: nothing leaves.
    QSettings &settings = m_desk.profile()->settings();
    settings.setValue(QStringLiteral("privacy/retentionMonths"), 0);
    settings.sync();
    auto report = sync(later);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.purged, 0);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM cases WHERE status IN %1").arg(closedStatuses)),
        closedOnDesk);

    // The default, 24 months.
    settings.remove(QStringLiteral("privacy/retentionMonths"));
    settings.sync();
    QStringList log;
    report = sync(later, &log);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.purged, expired);
    QVERIFY2(log.contains(QStringLiteral("Retensi: %1 laporan dihapus dari komputer ini (tetap "
                                         "tersimpan di hub).")
                              .arg(expired)),
             qPrintable(log.join(QLatin1Char('\n'))));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM cases WHERE status IN %1").arg(closedStatuses)),
        closedOnDesk - expired);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE tracking_id = ?"), { drafted }),
             1);
    for (const QString &folder : folders)
        QVERIFY2(!QDir(folder).exists(), qPrintable(folder));
    // Open cases stay, and the hub keeps what the desk let go.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM cases WHERE in_scope = 1")) > 0);
    const auto hub = m_hub.hubView(QStringLiteral("petugas1"));
    QVERIFY(hub.cases.contains(closed));
}

QTEST_GUILESS_MAIN(TestRetentionSync)
#include "tst_retentionsync.moc"
