#include "core/draft.h"

#include <QSet>
#include <QTest>

using namespace lapor;

class TestDraft : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void unknownKeys_data();
    void unknownKeys();
    void labelsAreDistinct();
    void newDraftIsEditable();
    void mayDecide_data();
    void mayDecide();
};

void TestDraft::keys_data()
{
    QTest::addColumn<DraftState>("state");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("editable");
    // The author may keep writing until the draft is submitted, and again once it comes back
    // (returned by the approver, or in conflict with a changed case). Submitted and approved
    // revisions are frozen so that an approval always names the exact text it saw.
    QTest::newRow("editing") << DraftState::Editing << QStringLiteral("editing") << true;
    QTest::newRow("submitted") << DraftState::Submitted << QStringLiteral("submitted") << false;
    QTest::newRow("returned") << DraftState::Returned << QStringLiteral("returned") << true;
    QTest::newRow("approved") << DraftState::Approved << QStringLiteral("approved") << false;
    QTest::newRow("published") << DraftState::Published << QStringLiteral("published") << false;
    QTest::newRow("conflict") << DraftState::Conflict << QStringLiteral("conflict") << true;
    QTest::newRow("discarded") << DraftState::Discarded << QStringLiteral("discarded") << false;
}

void TestDraft::keys()
{
    QFETCH(DraftState, state);
    QFETCH(QString, key);
    QFETCH(bool, editable);
    QCOMPARE(DraftStates::key(state), key);
    const auto back = DraftStates::fromKey(key);
    QVERIFY(back.has_value());
    QCOMPARE(*back, state);
    QCOMPARE(DraftStates::isEditable(state), editable);
    QVERIFY(!DraftStates::label(state).isEmpty());
}

void TestDraft::unknownKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("EDITING");
    QTest::newRow("label") << QStringLiteral("Draf");
    QTest::newRow("unknown") << QStringLiteral("rejected");
    QTest::newRow("trailing space") << QStringLiteral("approved ");
}

void TestDraft::unknownKeys()
{
    QFETCH(QString, key);
    QVERIFY(!DraftStates::fromKey(key).has_value());
}

void TestDraft::labelsAreDistinct()
{
    QSet<QString> labels;
    for (auto state :
         { DraftState::Editing, DraftState::Submitted, DraftState::Returned, DraftState::Approved,
           DraftState::Published, DraftState::Conflict, DraftState::Discarded })
        labels.insert(DraftStates::label(state));
    QCOMPARE(labels.size(), 7);
}

void TestDraft::newDraftIsEditable()
{
    const Draft draft;
    QCOMPARE(draft.state, DraftState::Editing);
    QCOMPARE(draft.revision, 0);
    QVERIFY(DraftStates::isEditable(draft.state));
}

void TestDraft::mayDecide_data()
{
    QTest::addColumn<QString>("authorId");
    QTest::addColumn<QString>("approverId");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("another user") << QStringLiteral("u-officer") << QStringLiteral("u-head")
                                  << true;
    QTest::newRow("own draft") << QStringLiteral("u-head") << QStringLiteral("u-head") << false;
    QTest::newRow("no approver") << QStringLiteral("u-officer") << QString() << false;
    // Without a known author four-eyes cannot be checked, so nobody may decide.
    QTest::newRow("no author") << QString() << QStringLiteral("u-head") << false;
    QTest::newRow("neither") << QString() << QString() << false;
}

void TestDraft::mayDecide()
{
    QFETCH(QString, authorId);
    QFETCH(QString, approverId);
    QFETCH(bool, allowed);
    Draft draft;
    draft.id = QStringLiteral("6f1c1c1e-7d1b-4c1a-9a53-2f4c8b0e2d11");
    draft.caseId = 8112829;
    draft.authorId = authorId;
    draft.revision = 3;
    draft.state = DraftState::Submitted;
    QCOMPARE(Decision::mayDecide(draft, approverId), allowed);
    // Four-eyes holds for returning a draft as much as for approving it: mayDecide does not
    // depend on the kind of decision, and the revision does not change who may decide.
    draft.revision = 4;
    QCOMPARE(Decision::mayDecide(draft, approverId), allowed);
}

QTEST_GUILESS_MAIN(TestDraft)
#include "tst_draft.moc"
