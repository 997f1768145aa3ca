#include "models/caseactions.h"

#include <QtTest>

using namespace lapor;

class TestCaseActions : public QObject
{
    Q_OBJECT

private slots:
    void visibilityFollowsRole();
    void followupNeedsOpenCase();
    void reviewNeedsSomeoneElsesDraft();
    void notAuthorityFollowsStatusMachine();
    void outOfScopeDisablesWork();
};

namespace {

CaseActions::Context context(Role role, CaseStatus status)
{
    CaseActions::Context c;
    c.role = role;
    c.userId = QStringLiteral("me");
    c.status = status;
    return c;
}

Draft draft(const QString &author, DraftState state)
{
    Draft d;
    d.id = QStringLiteral("d1");
    d.authorId = author;
    d.state = state;
    return d;
}

} // namespace

void TestCaseActions::visibilityFollowsRole()
{
    using A = CaseAction;
    struct Row
    {
        Role role;
        bool write, review, forward, notAuthority;
    };
    const QList<Row> table {
        { Role::Officer, true, false, false, false },
        { Role::Approver, true, true, false, true },
        { Role::Coordinator, false, false, true, true },
        { Role::Admin, false, false, true, true },
    };
    for (const auto &row : table) {
        const auto c = context(row.role, CaseStatus::Disposed);
        QCOMPARE(CaseActions::state(A::WriteFollowup, c).visible, row.write);
        QCOMPARE(CaseActions::state(A::ReviewDraft, c).visible, row.review);
        QCOMPARE(CaseActions::state(A::Forward, c).visible, row.forward);
        QCOMPARE(CaseActions::state(A::NotAuthority, c).visible, row.notAuthority);
        QVERIFY(CaseActions::state(A::InternalNote, c).visible);
        QVERIFY(CaseActions::state(A::MarkUnread, c).enabled);
    }
}

void TestCaseActions::followupNeedsOpenCase()
{
    for (auto status : Status::all()) {
        const bool expected = status == CaseStatus::Disposed || status == CaseStatus::InProgress;
        const auto s
            = CaseActions::state(CaseAction::WriteFollowup, context(Role::Officer, status));
        QCOMPARE(s.enabled, expected);
        QCOMPARE(s.reason.isEmpty(), expected);
    }
    auto c = context(Role::Officer, CaseStatus::InProgress);
    c.drafts = { draft(QStringLiteral("me"), DraftState::Submitted) };
    QVERIFY(!CaseActions::state(CaseAction::WriteFollowup, c).enabled);
    c.drafts = { draft(QStringLiteral("me"), DraftState::Returned) };
    QVERIFY(CaseActions::state(CaseAction::WriteFollowup, c).enabled);
}

void TestCaseActions::reviewNeedsSomeoneElsesDraft()
{
    auto c = context(Role::Approver, CaseStatus::Disposed);
    QVERIFY(!CaseActions::state(CaseAction::ReviewDraft, c).enabled);
    c.drafts = { draft(QStringLiteral("me"), DraftState::Submitted) };
    QVERIFY(!CaseActions::state(CaseAction::ReviewDraft, c).enabled); // four-eyes
    c.drafts = { draft(QStringLiteral("other"), DraftState::Submitted) };
    QVERIFY(CaseActions::state(CaseAction::ReviewDraft, c).enabled);
    c.drafts = { draft(QString(), DraftState::Submitted) };
    QVERIFY(!CaseActions::state(CaseAction::ReviewDraft, c).enabled); // unknown author
}

void TestCaseActions::notAuthorityFollowsStatusMachine()
{
    for (auto status : Status::all()) {
        const auto s
            = CaseActions::state(CaseAction::NotAuthority, context(Role::Approver, status));
        QCOMPARE(s.enabled, Status::canTransition(status, CaseStatus::NotAuthority));
    }
    // The national admin can disposition an unverified case; a coordinator cannot.
    QVERIFY(CaseActions::state(CaseAction::Forward, context(Role::Admin, CaseStatus::Unverified))
                .enabled);
    QVERIFY(
        !CaseActions::state(CaseAction::Forward, context(Role::Coordinator, CaseStatus::Unverified))
             .enabled);
    QVERIFY(!CaseActions::state(CaseAction::Forward, context(Role::Admin, CaseStatus::Archived))
                 .enabled);
}

void TestCaseActions::outOfScopeDisablesWork()
{
    auto c = context(Role::Approver, CaseStatus::InProgress);
    c.inScope = false;
    for (auto action :
         { CaseAction::WriteFollowup, CaseAction::NotAuthority, CaseAction::InternalNote })
        QVERIFY(!CaseActions::state(action, c).enabled);
}

QTEST_GUILESS_MAIN(TestCaseActions)
#include "tst_caseactions.moc"
