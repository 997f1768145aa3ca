#include "core/workingcalendar.h"
#include "protocol/requests.h"
#include "sampledata.h"
#include "sqlcheck.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "tempstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace lapor;
using namespace lapor::test;
using Sample::sampleCase;
using Sample::utc;
namespace Corpus = lapor::test::Sample::Corpus;

// The outbox's states: ordering per case, recovery after a crash, the user's retry and
// discard choices, and If-Match rebasing after the client's own earlier writes.
class TestOutboxRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void enqueueAndList();
    void headsAreFirstPendingPerCase();
    void conflictBlocksItsCaseOnly();
    void recoverInterrupted();
    void retryUses412Version();
    void discardKeepsRecord();
    void onlyConflictOrFailedMayBeRetried();
    void rebaseIfMatch();
    void kindsAreStoredAsRouteIds();
    void waitingFilesCountsTheUsersUploads();

private:
    OutboxEntry enqueue(qint64 caseId, const QString &entity = QStringLiteral("d-1"),
                        const QString &ifMatch = QStringLiteral("1"));

    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
};

void TestOutboxRepository::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
    CaseRepository cases(*m_db, WorkingCalendar::national(AgencyZone::WITA));
    for (const Case &c : Corpus::cases())
        QVERIFY(cases.upsert(c, nullptr));
}

void TestOutboxRepository::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

OutboxEntry TestOutboxRepository::enqueue(qint64 caseId, const QString &entity,
                                          const QString &ifMatch)
{
    OutboxEntry e;
    e.caseId = caseId;
    e.userId = QStringLiteral("u-siti");
    e.kind = OutboxKind::DraftSubmit;
    e.entityId = entity;
    e.ifMatch = ifMatch;
    e.payload = protocol::Writes::payload(
        protocol::SubmitRevision { entity, caseId, 1, QStringLiteral("Teks revisi."), 1 });
    Transaction transaction(*m_db);
    QString error;
    if (!OutboxRepository(*m_db).enqueue(e, &error) || !transaction.commit())
        qWarning("%s", qPrintable(error));
    return e;
}

void TestOutboxRepository::enqueueAndList()
{
    const auto a = enqueue(Corpus::kJalan);
    const auto b = enqueue(Corpus::kKtp);
    QVERIFY(!a.id.isEmpty());
    QVERIFY(b.seq > a.seq);
    OutboxRepository outbox(*m_db);
    const auto all = outbox.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().id, b.id); // newest first
    QCOMPARE(all.last().trackingId, QString::number(Corpus::kJalan));
    QCOMPARE(all.last().payload.value(QLatin1String("revision")).toInt(), 1);
    QCOMPARE(all.last().state, OutboxState::Waiting);
    QCOMPARE(outbox.pendingCount(), 2);
    QCOMPARE(all.last().label(), QStringLiteral("Ajukan draf (revisi 1)"));
}

void TestOutboxRepository::headsAreFirstPendingPerCase()
{
    const auto a1 = enqueue(Corpus::kJalan);
    enqueue(Corpus::kJalan);
    const auto b1 = enqueue(Corpus::kKtp);
    OutboxRepository outbox(*m_db);
    auto heads = outbox.heads();
    QCOMPARE(heads.size(), 2);
    QCOMPARE(heads.at(0).id, a1.id);
    QCOMPARE(heads.at(1).id, b1.id);
    QVERIFY(
        outbox.markDone(a1.id, OutboxState::Sent, {}, { { QStringLiteral("ok"), true } }, nullptr));
    heads = outbox.heads();
    QCOMPARE(heads.size(), 2);
    QVERIFY(heads.at(0).id != a1.id);
    QCOMPARE(outbox.find(a1.id)->response.value(QLatin1String("ok")).toBool(), true);
}

void TestOutboxRepository::conflictBlocksItsCaseOnly()
{
    const auto a1 = enqueue(Corpus::kJalan);
    enqueue(Corpus::kJalan);
    OutboxRepository outbox(*m_db);
    QVERIFY(outbox.markDone(a1.id, OutboxState::Conflict, QStringLiteral("berubah"), {}, nullptr));
    QVERIFY(outbox.refreshCaseState(Corpus::kJalan, nullptr));
    const auto heads = outbox.heads();
    QCOMPARE(heads.size(), 1);
    QCOMPARE(heads.first().id, a1.id); // the later entry waits behind the conflict
    QCOMPARE(heads.first().state, OutboxState::Conflict);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT local_state FROM cases WHERE tracking_id = ?"),
                    { Corpus::kJalan })
                 .toString(),
             QStringLiteral("conflict"));
}

void TestOutboxRepository::recoverInterrupted()
{
    const auto a = enqueue(Corpus::kJalan);
    OutboxRepository outbox(*m_db);
    QVERIFY(outbox.markSending(a.id, nullptr));
    QCOMPARE(outbox.find(a.id)->state, OutboxState::Sending);
    QCOMPARE(outbox.find(a.id)->attempts, 1);
    QVERIFY(outbox.recoverInterrupted(nullptr));
    QCOMPARE(outbox.find(a.id)->state, OutboxState::Waiting);
}

void TestOutboxRepository::retryUses412Version()
{
    const auto a = enqueue(Corpus::kJalan);
    OutboxRepository outbox(*m_db);
    QVERIFY(outbox.markDone(
        a.id, OutboxState::Conflict, QStringLiteral("basi"),
        { { QStringLiteral("status"), 412 }, { QStringLiteral("current_version"), 7 } }, nullptr));
    QString error;
    QVERIFY2(outbox.retry(a.id, &error), qPrintable(error));
    const auto e = outbox.find(a.id);
    QCOMPARE(e->state, OutboxState::Waiting);
    QCOMPARE(e->ifMatch, QStringLiteral("7"));
    QCOMPARE(e->attempts, 0);
    QVERIFY(e->lastError.isEmpty());
}

void TestOutboxRepository::discardKeepsRecord()
{
    const auto a = enqueue(Corpus::kJalan);
    OutboxRepository outbox(*m_db);
    QVERIFY(outbox.markDone(a.id, OutboxState::Failed, QStringLiteral("ditolak"), {}, nullptr));
    QVERIFY(outbox.discard(a.id, nullptr));
    const auto e = outbox.find(a.id);
    QCOMPARE(e->state, OutboxState::Discarded);
    QVERIFY(e->lastError.contains(QStringLiteral("ditolak")));
    QCOMPARE(outbox.pendingCount(), 0);
    QCOMPARE(outbox.list().size(), 1);
}

void TestOutboxRepository::onlyConflictOrFailedMayBeRetried()
{
    const auto a = enqueue(Corpus::kJalan);
    OutboxRepository outbox(*m_db);
    QString error;
    QVERIFY(!outbox.retry(a.id, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!outbox.discard(a.id, &error));
    QVERIFY(!outbox.retry(QStringLiteral("no-such-id"), &error));
}

void TestOutboxRepository::rebaseIfMatch()
{
    const auto first = enqueue(Corpus::kJalan, QStringLiteral("d-1"), QStringLiteral("0"));
    const auto second = enqueue(Corpus::kJalan, QStringLiteral("d-1"), QStringLiteral("0"));
    const auto other = enqueue(Corpus::kKtp, QStringLiteral("d-2"), QStringLiteral("0"));
    OutboxRepository outbox(*m_db);
    QVERIFY(outbox.markDone(first.id, OutboxState::Sent, {}, {}, nullptr));
    QVERIFY(outbox.rebaseIfMatch(QStringLiteral("d-1"), QStringLiteral("0"), QStringLiteral("1"),
                                 nullptr));
    QCOMPARE(outbox.find(second.id)->ifMatch, QStringLiteral("1"));
    QCOMPARE(outbox.find(first.id)->ifMatch, QStringLiteral("0")); // sent: history stays
    QCOMPARE(outbox.find(other.id)->ifMatch, QStringLiteral("0"));
}

void TestOutboxRepository::kindsAreStoredAsRouteIds()
{
    for (auto kind :
         { OutboxKind::DraftSubmit, OutboxKind::DraftDecide, OutboxKind::CaseForward,
           OutboxKind::CaseNotAuthority, OutboxKind::CaseNote, OutboxKind::AttachmentUpload }) {
        const QString key = OutboxKinds::key(kind);
        QCOMPARE(protocol::Routes::fromId(key), std::optional(OutboxKinds::route(kind)));
        QCOMPARE(OutboxKinds::fromKey(key), kind);
    }
    const auto e = enqueue(Corpus::kJalan);
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("drafts.submit"));
        // An entry a newer desk queued for a route this one does not know.
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET kind = 'drafts.publish'")));
    }
    const auto read = OutboxRepository(*m_db).find(e.id);
    QVERIFY(read);
    QCOMPARE(read->kind, OutboxKind::Unknown);
    QCOMPARE(read->label(), QStringLiteral("Tindakan yang tidak dikenal versi ini"));
}

void TestOutboxRepository::waitingFilesCountsTheUsersUploads()
{
    OutboxRepository outbox(*m_db);
    enqueue(Corpus::kJalan); // a submission: text, not a file
    QCOMPARE(outbox.waitingFiles(QStringLiteral("u-siti")), 0);
    const auto mine = enqueue(Corpus::kJalan);
    const auto theirs = enqueue(Corpus::kKtp);
    const auto sent = enqueue(Corpus::kKtp);
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("UPDATE outbox SET kind = 'attachments.upload' WHERE id IN (?, ?, ?)"));
    q.addBindValue(mine.id);
    q.addBindValue(theirs.id);
    q.addBindValue(sent.id);
    QVERIFY(q.exec());
    q.prepare(QStringLiteral("UPDATE outbox SET user_id = 'u-budi' WHERE id = ?"));
    q.addBindValue(theirs.id);
    QVERIFY(q.exec());
    QVERIFY(outbox.markDone(sent.id, OutboxState::Sent, {}, {}, nullptr));
    // Waiting or on its way counts; sent ones and another user's do not.
    QCOMPARE(outbox.waitingFiles(QStringLiteral("u-siti")), 1);
    QCOMPARE(outbox.waitingFiles(QStringLiteral("u-budi")), 1);
    QVERIFY(outbox.markSending(mine.id, nullptr));
    QCOMPARE(outbox.waitingFiles(QStringLiteral("u-siti")), 1);
    QVERIFY(outbox.markDone(mine.id, OutboxState::Failed, QStringLiteral("ditolak"), {}, nullptr));
    QCOMPARE(outbox.waitingFiles(QStringLiteral("u-siti")), 0);
}

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
