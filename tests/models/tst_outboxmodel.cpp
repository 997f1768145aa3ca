#include "core/case.h"
#include "core/workingcalendar.h"
#include "models/outboxmodel.h"
#include "store/actionwriter.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "tempstore.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;

class TestOutboxModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsPendingEntriesNewestFirst();
    void followsStatesAndReasons();
    void finishedEntriesOnRequest();
    void conflictRetryAndDiscard();

private:
    void addCase(qint64 id);
    QString settle(const QString &id, OutboxState state, const QString &reason);

    std::unique_ptr<lapor::test::TempStore> m_store;
    Database *m_db = nullptr;
    std::unique_ptr<ActionWriter> m_writer;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WIB);
};

void TestOutboxModel::init()
{
    m_store = std::make_unique<lapor::test::TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO units (id, agency_id, name) VALUES "
                                  "('dpupr', 'kab', 'Dinas PUPR'), ('dinkes', 'kab', 'Dinkes')")));
    addCase(8112829);
    addCase(8112830);
    m_writer = std::make_unique<ActionWriter>(*m_db, QStringLiteral("petugas1"), Role::Officer,
                                              QStringLiteral("dpupr"));
}

void TestOutboxModel::cleanup()
{
    m_writer.reset();
    m_db = nullptr;
    m_store.reset();
}

void TestOutboxModel::addCase(qint64 id)
{
    Case c;
    c.trackingId = id;
    c.title = QStringLiteral("Jalan berlubang");
    c.content = QStringLiteral("Mohon ditambal.");
    c.status = CaseStatus::Disposed;
    c.unitId = QStringLiteral("dpupr");
    c.agencyId = QStringLiteral("kab");
    c.receivedAt = QDateTime::currentDateTimeUtc().addDays(-3);
    c.disposedAt = c.receivedAt;
    c.version = 3;
    QString error;
    QVERIFY2(CaseRepository(*m_db, m_calendar).upsert(c, &error), qPrintable(error));
}

QString TestOutboxModel::settle(const QString &id, OutboxState state, const QString &reason)
{
    OutboxRepository outbox(*m_db);
    QString error;
    Transaction tx(*m_db);
    if (!outbox.markSending(id, &error) || !outbox.markDone(id, state, reason, {}, &error)
        || !tx.commit())
        return error.isEmpty() ? QStringLiteral("failed") : error;
    return {};
}

void TestOutboxModel::listsPendingEntriesNewestFirst()
{
    OutboxModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const auto draft
        = m_writer->createDraft(8112829, QStringLiteral("Jalan akan ditambal pekan ini."));
    QVERIFY2(draft, qPrintable(draft.error));
    QVERIFY(m_writer->submitDraft(draft.id));
    QVERIFY(m_writer->addNote(8112830, QStringLiteral("Sudah ditelepon kelurahan.")));
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(OutboxModel::ColumnCount));
    QCOMPARE(model.index(0, OutboxModel::KindColumn).data().toString(),
             QStringLiteral("Catatan internal"));
    QCOMPARE(model.index(0, OutboxModel::CaseColumn).data().toString(), QStringLiteral("#8112830"));
    QCOMPARE(model.index(1, OutboxModel::KindColumn).data().toString(),
             QStringLiteral("Ajukan draf (revisi 1)"));
    QCOMPARE(model.index(1, OutboxModel::StateColumn).data().toString(),
             QStringLiteral("Menunggu"));
    QCOMPARE(model.index(1, 0).data(OutboxModel::EntityIdRole).toString(), draft.id);
    QCOMPARE(model.index(1, OutboxModel::AttemptsColumn).data().toInt(), 0);
    QVERIFY(!model.index(1, OutboxModel::ReasonColumn).data().toString().isEmpty());
    QCOMPARE(model.pendingCount(), 2);
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestOutboxModel::followsStatesAndReasons()
{
    OutboxModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto note = m_writer->addNote(8112829, QStringLiteral("Catatan pertama untuk kasus."));
    QVERIFY(note);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    OutboxRepository outbox(*m_db);
    QString error;
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(600);
    QVERIFY(outbox.markRetry(note.outboxId, QStringLiteral("Hub tidak dapat dihubungi."), later,
                             &error));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshEntry(note.outboxId);
    QCOMPARE(changed.size(), 1);
    const QString reason = model.index(0, OutboxModel::ReasonColumn).data().toString();
    QVERIFY2(reason.startsWith(QStringLiteral("Hub tidak dapat dihubungi.")), qPrintable(reason));
    QVERIFY(reason.contains(QStringLiteral("Dicoba lagi pukul")));
    QVERIFY(settle(note.outboxId, OutboxState::Failed,
                   QStringLiteral("Catatan ditolak hub: terlalu panjang."))
                .isEmpty());
    model.refreshEntry(note.outboxId);
    QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), QStringLiteral("Gagal"));
    QCOMPARE(model.index(0, OutboxModel::ReasonColumn).data().toString(),
             QStringLiteral("Catatan ditolak hub: terlalu panjang."));
    QVERIFY(model.index(0, OutboxModel::StateColumn).data(Qt::ForegroundRole).isValid());
}

void TestOutboxModel::finishedEntriesOnRequest()
{
    OutboxModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto a = m_writer->addNote(8112829, QStringLiteral("Catatan satu."));
    const auto b = m_writer->addNote(8112830, QStringLiteral("Catatan dua."));
    QVERIFY(a && b);
    QVERIFY(settle(a.outboxId, OutboxState::Sent, QString()).isEmpty());
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowForId(a.outboxId), -1);
    model.setShowFinished(true);
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowForId(a.outboxId);
    QCOMPARE(model.index(row, OutboxModel::StateColumn).data().toString(),
             QStringLiteral("Terkirim"));
    QCOMPARE(model.index(row, OutboxModel::ReasonColumn).data().toString(),
             QStringLiteral("Diterima hub."));
    // A pending entry that becomes finished leaves the list when finished ones are hidden.
    model.setShowFinished(false);
    QVERIFY(settle(b.outboxId, OutboxState::Sent, QString()).isEmpty());
    model.refreshEntry(b.outboxId);
    QCOMPARE(model.rowCount(), 0);
}

void TestOutboxModel::conflictRetryAndDiscard()
{
    OutboxModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto draft
        = m_writer->createDraft(8112829, QStringLiteral("Jalan akan ditambal pekan ini."));
    const auto submitted = m_writer->submitDraft(draft.id);
    QVERIFY(submitted);
    QVERIFY(settle(submitted.outboxId, OutboxState::Conflict,
                   QStringLiteral("Laporan sudah diubah di hub."))
                .isEmpty());
    model.reload();
    QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), QStringLiteral("Konflik"));
    QCOMPARE(model.index(0, 0).data(OutboxModel::StateRole).toInt(), int(OutboxState::Conflict));
    QString error;
    OutboxRepository outbox(*m_db);
    QVERIFY2(outbox.retry(submitted.outboxId, &error), qPrintable(error));
    model.refreshEntry(submitted.outboxId);
    QCOMPARE(model.index(0, 0).data(OutboxModel::StateRole).toInt(), int(OutboxState::Waiting));
    QVERIFY(settle(submitted.outboxId, OutboxState::Failed, QStringLiteral("x")).isEmpty());
    QVERIFY2(outbox.discard(submitted.outboxId, &error), qPrintable(error));
    model.refreshEntry(submitted.outboxId);
    QCOMPARE(model.rowCount(), 0);
    model.setShowFinished(true);
    QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), QStringLiteral("Dibuang"));
}

QTEST_GUILESS_MAIN(TestOutboxModel)
#include "tst_outboxmodel.moc"
