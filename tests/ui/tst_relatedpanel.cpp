#include "core/identity.h"
#include "sampledata.h"
#include "store/caserepository.h"
#include "store/outboxrepository.h"
#include "tempstore.h"
#include "ui/caseactioncontroller.h"
#include "ui/caseview.h"
#include "ui/drafteditor.h"
#include "ui/mainwindow.h"
#include "ui/relatedcasespanel.h"

#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace lapor;
using lapor::test::TempStore;
namespace Sample = lapor::test::Sample;

namespace {

// Neighbours of the sample case "Jalan berlubang di Jl. Ahmad Yani depan SDN 3".
constexpr qint64 kAnswered = 8400001; // answered: its answer can start a draft
constexpr qint64 kDuplicate = 8400002; // the one linked as duplicate
constexpr qint64 kSecret = 8400003; // rahasia: its answer is never offered
const QString kAnswer = QStringLiteral(
    "Yth. Pelapor, lubang di Jl. Ahmad Yani depan SDN 3 sudah ditambal pada 10 Maret.");

} // namespace

// The "Laporan terkait" tab of the case view, driven as a user would: the list, a click
// on "Tautkan sebagai duplikat" that queues an internal note in the outbox (no hub: the
// desk is offline), and a new draft started from a neighbour's answer.
class TestRelatedPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheNeighboursWithReasons();
    void duplicateLinkIsANoteInTheOutbox();
    void answerStartsANewDraft();
    void confidentialAnswerIsNotOffered();
    void controlsHaveAccessibleNames();

private:
    RelatedCasesPanel *panel() const { return m_window->caseView()->relatedPanel(); }

    TempStore m_store;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WIB);
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CaseActionController> m_actions;
};

void TestRelatedPanel::initTestCase()
{
    QVERIFY(m_store.openProfile());
    QVERIFY(m_store.addDesk());
    QString error;
    CaseRepository cases(*m_store, m_calendar);
    auto road = [](qint64 id, const QString &title) {
        Case c = Sample::sampleCase(id, title,
                                    QStringLiteral("Lubang di jalan depan SDN 3 Ahmad Yani."));
        c.agencyId = QStringLiteral("kab");
        c.unitId = QStringLiteral("dpupr");
        return c;
    };
    QVERIFY2(cases.upsert(road(kAnswered, QStringLiteral("Jalan Ahmad Yani berlubang")), &error),
             qPrintable(error));
    QVERIFY2(cases.upsert(road(kDuplicate, QStringLiteral("Jalan berlubang depan SDN 3")), &error),
             qPrintable(error));
    Case secret = road(kSecret, QStringLiteral("Jalan berlubang Ahmad Yani, proyek asal jadi"));
    secret.confidential = true;
    QVERIFY2(cases.upsert(secret, &error), qPrintable(error));
    QSqlQuery q(m_store->connection());
    q.prepare(QStringLiteral("INSERT INTO followups (id, case_id, text, published_at) VALUES "
                             "('a1', ?, 'Sedang ditinjau.', 100), ('a2', ?, ?, 200), "
                             "('s1', ?, 'Sudah diperbaiki.', 300)"));
    q.addBindValue(kAnswered);
    q.addBindValue(kAnswered);
    q.addBindValue(kAnswer);
    q.addBindValue(kSecret);
    QVERIFY(q.exec());

    Identity identity;
    identity.hubUrl = QStringLiteral("http://127.0.0.1:9"); // nothing listens: offline
    const User officer = Sample::officer();
    identity.userId = officer.id;
    identity.username = officer.username;
    identity.displayName = officer.displayName;
    identity.role = officer.role;
    identity.unitId = officer.unitId;
    identity.agencyId = officer.agencyId;
    identity.store(m_store.profile()->settings());

    m_window = std::make_unique<MainWindow>(*m_store.profile(), *m_store, m_calendar);
    m_window->setUser(officer.id, officer.role);
    m_actions
        = std::make_unique<CaseActionController>(*m_window, *m_store.profile(), *m_store, nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openCase(Sample::kCase));
    auto *tabs = m_window->caseView()->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(panel());
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Laporan terkait (4)"));
}

void TestRelatedPanel::listsTheNeighboursWithReasons()
{
    QCOMPARE(panel()->trackingId(), Sample::kCase);
    QTreeWidget *list = panel()->list();
    // The three roads, and the sample's anonymous case ("jalan", "diperbaiki").
    QCOMPARE(list->topLevelItemCount(), 4);
    QSet<qint64> listed;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        listed.insert(item->text(0).mid(1).toLongLong());
        QVERIFY2(item->text(2).contains(QStringLiteral("kata: jalan")), qPrintable(item->text(2)));
        // The sample case's reporter is named; no neighbour shows or matches by a name.
        QVERIFY(!item->text(2).contains(QStringLiteral("pelapor")));
        QCOMPARE(item->text(3), Status::label(CaseStatus::Disposed));
    }
    QCOMPARE(listed, (QSet<qint64> { kAnswered, kDuplicate, kSecret, Sample::kAnonymousCase }));
    // Nothing selected: nothing to do yet.
    QVERIFY(!panel()->duplicateButton()->isEnabled());
    QVERIFY(!panel()->answerButton()->isEnabled());
}

void TestRelatedPanel::duplicateLinkIsANoteInTheOutbox()
{
    QVERIFY(panel()->select(kDuplicate));
    QVERIFY(panel()->duplicateButton()->isEnabled());
    QTest::mouseClick(panel()->duplicateButton(), Qt::LeftButton);

    const auto entries = OutboxRepository(*m_store).forCase(Sample::kCase);
    QCOMPARE(entries.size(), 1);
    const OutboxEntry &entry = entries.first();
    QCOMPARE(entry.kind, OutboxKind::CaseNote);
    QCOMPARE(entry.state, OutboxState::Waiting);
    QCOMPARE(entry.userId, Sample::officer().id);
    const QString note = QStringLiteral("Duplikat dari laporan #%1.").arg(kDuplicate);
    QVERIFY2(QJsonDocument(entry.payload).toJson().contains(note.toUtf8()),
             QJsonDocument(entry.payload).toJson().constData());
    QSqlQuery q(m_store->connection());
    q.prepare(QStringLiteral("SELECT text FROM notes WHERE case_id = ?"));
    q.addBindValue(Sample::kCase);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), note);
    // The case view was read again and still lists the neighbours, the same one selected.
    QCOMPARE(panel()->count(), 4);
    QCOMPARE(panel()->selectedId(), kDuplicate);
}

void TestRelatedPanel::answerStartsANewDraft()
{
    QVERIFY(panel()->select(kAnswered));
    QVERIFY(panel()->answerButton()->isEnabled());
    QTest::mouseClick(panel()->answerButton(), Qt::LeftButton);
    DraftEditor *editor = m_actions->editorFor(Sample::kCase);
    QVERIFY(editor);
    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    QVERIFY(text);
    // The latest answer, not the earlier "Sedang ditinjau."
    QCOMPARE(text->toPlainText(), kAnswer);
    QVERIFY(editor->saveNow());
    QVERIFY(!editor->draftId().isEmpty());
    editor->close();
}

void TestRelatedPanel::confidentialAnswerIsNotOffered()
{
    QVERIFY(panel()->select(kSecret));
    QVERIFY(panel()->duplicateButton()->isEnabled());
    QVERIFY(!panel()->answerButton()->isEnabled());
    QVERIFY(panel()->answerButton()->toolTip().contains(QStringLiteral("rahasia")));
}

void TestRelatedPanel::controlsHaveAccessibleNames()
{
    QVERIFY(!panel()->list()->accessibleName().isEmpty());
    for (QPushButton *button : { panel()->relatedButton(), panel()->duplicateButton(),
                                 panel()->answerButton(), panel()->openButton() }) {
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        QVERIFY2(button->text().contains(u'&'), qPrintable(button->objectName()));
    }
}

QTEST_MAIN(TestRelatedPanel)
#include "tst_relatedpanel.moc"
