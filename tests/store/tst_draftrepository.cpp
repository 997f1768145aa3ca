#include "sampledata.h"
#include "sqlcheck.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "tempstore.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace lapor;
using namespace lapor::test;
using Sample::sampleCase;
using Sample::utc;

namespace {
constexpr qint64 kCase = 8112831;
const QString kAuthor = QStringLiteral("u-siti");
} // namespace

class TestDraftRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void create();
    void createNeedsExistingCase();
    void findMissing();
    void forCaseInCreationOrder();
    void autosave();
    void revisionsAreNumberedAndFrozen();
    void addRevisionOfMissingDraft();
    void saveTextByState_data();
    void saveTextByState();
    void setStateEveryState_data();
    void setStateEveryState();
    void setStateOfMissingDraft();
    void survivesReopen();

private:
    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
    std::unique_ptr<DraftRepository> m_drafts;
};

void TestDraftRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDraftRepository::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
    CaseRepository cases(*m_db, WorkingCalendar(AgencyZone::WITA));
    QString error;
    QVERIFY2(cases.upsert(sampleCase(kCase, QStringLiteral("Guru honorer belum terima gaji"),
                                     QStringLiteral("Guru honorer di SDN 012 belum terima gaji "
                                                    "4 bulan.")),
                          &error),
             qPrintable(error));
    m_drafts = std::make_unique<DraftRepository>(*m_db);
}

void TestDraftRepository::cleanup()
{
    m_drafts.reset();
    m_db = nullptr;
    m_store.reset();
}

void TestDraftRepository::create()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QString error;
    const auto draft = m_drafts->create(kCase, kAuthor, 3, &error);
    QVERIFY2(draft, qPrintable(error));
    QVERIFY(!QUuid::fromString(draft->id).isNull());
    QCOMPARE(draft->caseId, kCase);
    QCOMPARE(draft->authorId, kAuthor);
    QCOMPARE(draft->state, DraftState::Editing);
    QCOMPARE(draft->revision, 0);
    QCOMPARE(draft->text, QString());
    QCOMPARE(draft->baseCaseVersion, 3);
    QVERIFY(draft->updatedAt >= before);
    QVERIFY(draft->updatedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY(m_drafts->revisions(draft->id).isEmpty());

    const auto second = m_drafts->create(kCase, kAuthor, 3, &error);
    QVERIFY(second);
    QVERIFY(second->id != draft->id);
}

void TestDraftRepository::createNeedsExistingCase()
{
    QString error;
    QVERIFY(!m_drafts->create(9999999, kAuthor, 1, &error));
    QVERIFY2(error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM drafts")).toInt(), 0);
}

void TestDraftRepository::findMissing()
{
    QVERIFY(!m_drafts->find(QStringLiteral("tidak-ada")));
    QVERIFY(m_drafts->forCase(kCase).isEmpty());
    QVERIFY(m_drafts->revisions(QStringLiteral("tidak-ada")).isEmpty());
}

void TestDraftRepository::forCaseInCreationOrder()
{
    QString error;
    const auto a = m_drafts->create(kCase, kAuthor, 1, &error);
    const auto b = m_drafts->create(kCase, QStringLiteral("u-andi"), 1, &error);
    QVERIFY(a && b);
    const auto list = m_drafts->forCase(kCase);
    QCOMPARE(list.size(), 2);
    QStringList ids { list.at(0).id, list.at(1).id };
    QStringList expected { a->id, b->id };
    // Same second: ordered by id then, stable either way.
    std::sort(ids.begin(), ids.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
    QVERIFY(m_drafts->forCase(kCase + 1).isEmpty());
}

void TestDraftRepository::autosave()
{
    QString error;
    const auto draft = m_drafts->create(kCase, kAuthor, 1, &error);
    QVERIFY(draft);
    const QStringList keystrokes {
        QStringLiteral("Yth. Bapak/Ibu,"),
        QStringLiteral("Yth. Bapak/Ibu,\nPembayaran insentif guru honorer"),
        QStringLiteral("Yth. Bapak/Ibu,\nPembayaran insentif guru honorer SDN 012 dijadwalkan "
                       "minggu depan.\n\nTerima kasih \U0001F64F"),
    };
    for (const QString &text : keystrokes) {
        QVERIFY2(m_drafts->saveText(draft->id, text, &error), qPrintable(error));
        QCOMPARE(m_drafts->find(draft->id)->text, text);
    }
    // Saving does not make a revision.
    QCOMPARE(m_drafts->find(draft->id)->revision, 0);
    QVERIFY(m_drafts->revisions(draft->id).isEmpty());
    // Clearing the text is a save too.
    QVERIFY(m_drafts->saveText(draft->id, QString(), &error));
    QCOMPARE(m_drafts->find(draft->id)->text, QString());
}

void TestDraftRepository::revisionsAreNumberedAndFrozen()
{
    QString error;
    const auto draft = m_drafts->create(kCase, kAuthor, 1, &error);
    QVERIFY(draft);
    QStringList texts;
    for (int i = 1; i <= 4; ++i) {
        const QString text = QStringLiteral("Tindak lanjut versi %1: insentif dibayar "
                                            "tanggal %2.")
                                 .arg(i)
                                 .arg(10 + i);
        texts.append(text);
        QVERIFY(m_drafts->saveText(draft->id, text, &error));
        const auto number = m_drafts->addRevision(draft->id, &error);
        QVERIFY2(number, qPrintable(error));
        QCOMPARE(*number, i);
        QCOMPARE(m_drafts->find(draft->id)->revision, i);
    }
    // Editing the working copy afterwards leaves every revision as it was.
    QVERIFY(m_drafts->saveText(draft->id, QStringLiteral("coretan baru"), &error));
    const auto revisions = m_drafts->revisions(draft->id);
    QCOMPARE(revisions.size(), 4);
    for (int i = 0; i < revisions.size(); ++i) {
        QCOMPARE(revisions.at(i).number, i + 1);
        QCOMPARE(revisions.at(i).text, texts.at(i));
        QCOMPARE(revisions.at(i).authorId, kAuthor);
        QVERIFY(revisions.at(i).createdAt.isValid());
    }
    QCOMPARE(m_drafts->find(draft->id)->text, QStringLiteral("coretan baru"));
    QCOMPARE(m_drafts->find(draft->id)->revision, 4);
}

void TestDraftRepository::addRevisionOfMissingDraft()
{
    QString error;
    QVERIFY(!m_drafts->addRevision(QStringLiteral("tidak-ada"), &error));
    QVERIFY(!error.isEmpty());
}

void TestDraftRepository::saveTextByState_data()
{
    QTest::addColumn<DraftState>("state");
    QTest::addColumn<bool>("editable");
    QTest::newRow("editing") << DraftState::Editing << true;
    QTest::newRow("returned") << DraftState::Returned << true;
    QTest::newRow("conflict") << DraftState::Conflict << true;
    QTest::newRow("submitted") << DraftState::Submitted << false;
    QTest::newRow("approved") << DraftState::Approved << false;
    QTest::newRow("published") << DraftState::Published << false;
    QTest::newRow("discarded") << DraftState::Discarded << false;
}

void TestDraftRepository::saveTextByState()
{
    QFETCH(DraftState, state);
    QFETCH(bool, editable);
    QString error;
    const auto draft = m_drafts->create(kCase, kAuthor, 1, &error);
    QVERIFY(draft);
    const QString original = QStringLiteral("Insentif dibayar minggu depan.");
    QVERIFY(m_drafts->saveText(draft->id, original, &error));
    QVERIFY(m_drafts->addRevision(draft->id, &error));
    QVERIFY(m_drafts->setState(draft->id, state, &error));

    error.clear();
    const QString edited = QStringLiteral("Insentif dibayar besok.");
    QCOMPARE(m_drafts->saveText(draft->id, edited, &error), editable);
    QCOMPARE(error.isEmpty(), editable);
    const auto now = m_drafts->find(draft->id);
    QCOMPARE(now->text, editable ? edited : original);
    QCOMPARE(now->state, state);
    QCOMPARE(m_drafts->revisions(draft->id).constFirst().text, original);
}

void TestDraftRepository::setStateEveryState_data()
{
    QTest::addColumn<DraftState>("state");
    for (DraftState s :
         { DraftState::Editing, DraftState::Submitted, DraftState::Returned, DraftState::Approved,
           DraftState::Published, DraftState::Conflict, DraftState::Discarded })
        QTest::newRow(qPrintable(DraftStates::key(s))) << s;
}

void TestDraftRepository::setStateEveryState()
{
    QFETCH(DraftState, state);
    QString error;
    const auto draft = m_drafts->create(kCase, kAuthor, 1, &error);
    QVERIFY(draft);
    QVERIFY2(m_drafts->setState(draft->id, state, &error), qPrintable(error));
    QCOMPARE(m_drafts->find(draft->id)->state, state);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT state FROM drafts WHERE id = ?"),
                    { draft->id })
                 .toString(),
             DraftStates::key(state));
}

void TestDraftRepository::setStateOfMissingDraft()
{
    QString error;
    QVERIFY(!m_drafts->setState(QStringLiteral("tidak-ada"), DraftState::Submitted, &error));
    QVERIFY(!error.isEmpty());
}

void TestDraftRepository::survivesReopen()
{
    QString error;
    QString id;
    {
        const auto draft = m_drafts->create(kCase, kAuthor, 2, &error);
        QVERIFY(draft);
        id = draft->id;
        QVERIFY(
            m_drafts->saveText(id, QStringLiteral("Sudah dikoordinasikan dgn BKPSDM."), &error));
        QVERIFY(m_drafts->addRevision(id, &error));
        QVERIFY(m_drafts->setState(id, DraftState::Submitted, &error));
    }
    const QString path = m_db->path();
    m_drafts.reset();
    m_store->close(); // reopened below from the file alone
    m_db = nullptr;
    auto opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.message));
    DraftRepository drafts(*opened.database);
    const auto draft = drafts.find(id);
    QVERIFY(draft);
    QCOMPARE(draft->state, DraftState::Submitted);
    QCOMPARE(draft->revision, 1);
    QCOMPARE(draft->baseCaseVersion, 2);
    QCOMPARE(drafts.revisions(id).constFirst().text,
             QStringLiteral("Sudah dikoordinasikan dgn BKPSDM."));
}

QTEST_GUILESS_MAIN(TestDraftRepository)
#include "tst_draftrepository.moc"
