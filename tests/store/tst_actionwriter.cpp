#include "core/workingcalendar.h"
#include "sampledata.h"
#include "sqlcheck.h"
#include "store/actionwriter.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/outboxrepository.h"
#include "tempstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace lapor;
using namespace lapor::test;
using Sample::sampleCase;
using Sample::utc;

namespace {
constexpr qint64 kCase = 8112829;
const QString kUnit = QStringLiteral("dinas-pupr");
} // namespace

// Every user action writes its rows and its outbox entry in one transaction, and the
// rules the hub enforces (four-eyes, roles, revisions) are refused on the client first.
class TestActionWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createAndSubmitQueueOneEntry();
    void submitIsAllOrNothing();
    void selfApprovalRefused();
    void officerCannotApprove();
    void approveNamesTheRevision();
    void editAfterSubmitGoesBackToEditing();
    void editInvalidatesQueuedApproval();
    void returnNeedsComment();
    void caseActionsCarryVersions();
    void discardKeepsRecords();

private:
    ActionWriter officer()
    {
        return ActionWriter(*m_db, QStringLiteral("u-siti"), Role::Officer, kUnit);
    }
    ActionWriter approver()
    {
        return ActionWriter(*m_db, QStringLiteral("u-kabid"), Role::Approver, kUnit);
    }
    int rows(const QString &table)
    {
        return scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }
    QString submitted(const QString &text);

    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
};

void TestActionWriter::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
    QString error;
    CaseRepository cases(*m_db, WorkingCalendar::national(AgencyZone::WITA));
    Case c = sampleCase(kCase, QStringLiteral("Jalan berlubang"), QStringLiteral("Tolong pak"));
    c.version = 3;
    QVERIFY2(cases.upsert(c, &error), qPrintable(error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO units (id, agency_id, name) VALUES "
                                  "('dinas-pupr', 'a', 'PUPR'), ('dinkes', 'a', 'Dinkes')")));
}

void TestActionWriter::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

QString TestActionWriter::submitted(const QString &text)
{
    const auto created = officer().createDraft(kCase, text);
    if (!created)
        return {};
    return officer().submitDraft(created.id) ? created.id : QString();
}

void TestActionWriter::createAndSubmitQueueOneEntry()
{
    const auto created = officer().createDraft(kCase, QStringLiteral("Sudah kami cek."));
    QVERIFY2(created, qPrintable(created.error));
    QCOMPARE(rows(QStringLiteral("outbox")), 0); // a draft being written queues nothing
    QVERIFY(officer().saveDraftText(created.id, QStringLiteral("Sudah kami cek kemarin.")));
    const auto result = officer().submitDraft(created.id);
    QVERIFY2(result, qPrintable(result.error));
    QCOMPARE(result.revision, 1);
    const auto entries = OutboxRepository(*m_db).list();
    QCOMPARE(entries.size(), 1);
    const OutboxEntry &e = entries.first();
    QCOMPARE(e.id, result.outboxId);
    QCOMPARE(e.kind, OutboxKind::DraftSubmit);
    QCOMPARE(e.userId, QStringLiteral("u-siti"));
    QCOMPARE(e.ifMatch, QStringLiteral("0"));
    QCOMPARE(e.payload.value(QLatin1String("text")).toString(),
             QStringLiteral("Sudah kami cek kemarin."));
    QCOMPARE(e.payload.value(QLatin1String("base_case_version")).toInt(), 3);
    QCOMPARE(DraftRepository(*m_db).find(created.id)->state, DraftState::Submitted);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT local_state FROM cases")).toString(),
             QStringLiteral("queued"));
}

void TestActionWriter::submitIsAllOrNothing()
{
    const auto created = officer().createDraft(kCase, QStringLiteral("Teks"));
    QVERIFY(created);
    // Make the outbox insert fail: the revision and the state change must roll back too.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON outbox "
                                  "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    const auto result = officer().submitDraft(created.id);
    QVERIFY(!result);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(rows(QStringLiteral("draft_revisions")), 0);
    QCOMPARE(rows(QStringLiteral("outbox")), 0);
    const auto draft = DraftRepository(*m_db).find(created.id);
    QCOMPARE(draft->state, DraftState::Editing);
    QCOMPARE(draft->revision, 0);
}

void TestActionWriter::selfApprovalRefused()
{
    ActionWriter head(*m_db, QStringLiteral("u-kabid"), Role::Approver, kUnit);
    const auto created = head.createDraft(kCase, QStringLiteral("Draf kepala"));
    QVERIFY(head.submitDraft(created.id));
    const auto result = head.approve(created.id, 1);
    QVERIFY(!result);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(rows(QStringLiteral("decisions")), 0);
    QCOMPARE(OutboxRepository(*m_db).count(OutboxState::Waiting), 1); // only the submission
    QVERIFY(head.awaitingApproval().isEmpty()); // never offered to its own author
}

void TestActionWriter::officerCannotApprove()
{
    const QString id = submitted(QStringLiteral("Teks"));
    ActionWriter other(*m_db, QStringLiteral("u-budi"), Role::Officer, kUnit);
    QVERIFY(!other.approve(id, 1));
    QCOMPARE(rows(QStringLiteral("decisions")), 0);
}

void TestActionWriter::approveNamesTheRevision()
{
    const QString id = submitted(QStringLiteral("Teks"));
    QCOMPARE(approver().awaitingApproval().size(), 1);
    QVERIFY(!approver().approve(id, 2)); // not the revision awaiting approval
    const auto result = approver().approve(id, 1);
    QVERIFY2(result, qPrintable(result.error));
    QCOMPARE(rows(QStringLiteral("decisions")), 1);
    const auto entry = OutboxRepository(*m_db).find(result.outboxId);
    QCOMPARE(entry->kind, OutboxKind::DraftDecide);
    QCOMPARE(entry->payload.value(QLatin1String("revision")).toInt(), 1);
    QCOMPARE(entry->payload.value(QLatin1String("id")).toString(), result.id);
    QCOMPARE(DraftRepository(*m_db).find(id)->state, DraftState::Approved);
    QVERIFY(!approver().approve(id, 1)); // decided already
}

void TestActionWriter::editAfterSubmitGoesBackToEditing()
{
    const QString id = submitted(QStringLiteral("Teks lama"));
    // Autosave with the same text changes nothing.
    QVERIFY(officer().saveDraftText(id, QStringLiteral("Teks lama")));
    QCOMPARE(DraftRepository(*m_db).find(id)->state, DraftState::Submitted);
    QVERIFY(officer().saveDraftText(id, QStringLiteral("Teks baru")));
    QCOMPARE(DraftRepository(*m_db).find(id)->state, DraftState::Editing);
    const auto second = officer().submitDraft(id);
    QVERIFY(second);
    QCOMPARE(second.revision, 2);
    QCOMPARE(DraftRepository(*m_db).revisions(id).size(), 2);
    // Someone else may not edit the draft.
    ActionWriter other(*m_db, QStringLiteral("u-budi"), Role::Officer, kUnit);
    QVERIFY(!other.saveDraftText(id, QStringLiteral("x")));
}

void TestActionWriter::editInvalidatesQueuedApproval()
{
    const QString id = submitted(QStringLiteral("Teks lama"));
    const auto approval = approver().approve(id, 1);
    QVERIFY(approval);
    QVERIFY(officer().saveDraftText(id, QStringLiteral("Teks baru")));
    const auto entry = OutboxRepository(*m_db).find(approval.outboxId);
    QCOMPARE(entry->state, OutboxState::Conflict);
    QVERIFY(!entry->lastError.isEmpty());
    QCOMPARE(DraftRepository(*m_db).find(id)->state, DraftState::Editing);
}

void TestActionWriter::returnNeedsComment()
{
    const QString id = submitted(QStringLiteral("Teks"));
    QVERIFY(!approver().returnDraft(id, 1, QStringLiteral("  ")));
    const auto result = approver().returnDraft(id, 1, QStringLiteral("Lengkapi tanggal."));
    QVERIFY(result);
    QCOMPARE(DraftRepository(*m_db).find(id)->state, DraftState::Returned);
    QVERIFY(officer().saveDraftText(id, QStringLiteral("Teks dengan tanggal")));
    QCOMPARE(officer().submitDraft(id).revision, 2);
}

void TestActionWriter::caseActionsCarryVersions()
{
    QVERIFY(!officer().forward(kCase, kUnit, {})); // already there
    QVERIFY(!officer().forward(kCase, QStringLiteral("nowhere"), {}));
    const auto forward
        = officer().forward(kCase, QStringLiteral("dinkes"), QStringLiteral("Mohon"));
    QVERIFY2(forward, qPrintable(forward.error));
    QCOMPARE(OutboxRepository(*m_db).find(forward.outboxId)->ifMatch, QStringLiteral("3"));
    QVERIFY(!officer().returnNotAuthority(kCase, QStringLiteral("Bukan urusan dinas ini.")));
    QVERIFY(!approver().returnNotAuthority(kCase, QStringLiteral("pendek")));
    QVERIFY(approver().returnNotAuthority(kCase, QStringLiteral("Bukan urusan dinas ini.")));
    const auto note = officer().addNote(kCase, QStringLiteral("Sudah telepon pelapor."));
    QVERIFY(note);
    QCOMPARE(rows(QStringLiteral("notes")), 1);
    QCOMPARE(
        OutboxRepository(*m_db).find(note.outboxId)->payload.value(QLatin1String("id")).toString(),
        note.id);
    // Drained in the order of the actions.
    const auto forCase = OutboxRepository(*m_db).forCase(kCase);
    QCOMPARE(forCase.size(), 3);
    QCOMPARE(OutboxRepository(*m_db).heads().size(), 1);
    QCOMPARE(OutboxRepository(*m_db).heads().first().id, forward.outboxId);
}

void TestActionWriter::discardKeepsRecords()
{
    const QString id = submitted(QStringLiteral("Teks"));
    QVERIFY(!approver().discardDraft(id)); // only the author
    QVERIFY(officer().discardDraft(id));
    QCOMPARE(DraftRepository(*m_db).find(id)->state, DraftState::Discarded);
    QCOMPARE(OutboxRepository(*m_db).count(OutboxState::Discarded), 1);
    QCOMPARE(OutboxRepository(*m_db).pendingCount(), 0);
    QCOMPARE(rows(QStringLiteral("outbox")), 1); // never deleted
    QVERIFY(!officer().submitDraft(id));
}

QTEST_GUILESS_MAIN(TestActionWriter)
#include "tst_actionwriter.moc"
