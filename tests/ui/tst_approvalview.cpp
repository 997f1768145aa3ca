#include "sampledata.h"
#include "store/actionwriter.h"
#include "store/draftrepository.h"
#include "store/outboxrepository.h"
#include "tempstore.h"
#include "ui/approvalview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace lapor;
namespace F = lapor::test::Sample;

namespace {

const QString kFirst
    = QStringLiteral("Yth. Bapak/Ibu, lubang di Jl. Ahmad Yani akan kami tambal pada hari Senin.");
const QString kSecond
    = QStringLiteral("Yth. Bapak/Ibu, lubang di Jl. Ahmad Yani sudah kami tambal pada hari Rabu.");

} // namespace

class TestApprovalView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void ownDraftCannotBeApproved();
    void officerCannotDecide();
    void approveNamesRevisionShown();
    void returnNeedsComment();
    void staleRevisionRefused();

private:
    QString submitted(const QString &text);
    std::unique_ptr<lapor::test::TempStore> m_desk;
};

void TestApprovalView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestApprovalView::init()
{
    m_desk = std::make_unique<lapor::test::TempStore>();
    QVERIFY(m_desk->openProfile());
    QVERIFY(m_desk->addDesk());
}

QString TestApprovalView::submitted(const QString &text)
{
    ActionWriter officer(*m_desk->db(), F::officer());
    const auto drafts = DraftRepository(*m_desk->db()).forCase(F::kCase);
    QString id = drafts.isEmpty() ? QString() : drafts.constLast().id;
    if (id.isEmpty())
        id = officer.createDraft(F::kCase, text).id;
    else if (!officer.saveDraftText(id, text))
        return {};
    return officer.submitDraft(id) ? id : QString();
}

void TestApprovalView::ownDraftCannotBeApproved()
{
    // The head of unit drafts too; their own draft needs someone else.
    ActionWriter head(*m_desk->db(), F::approver());
    const auto draft = head.createDraft(F::kCase, kFirst);
    QVERIFY(draft);
    QVERIFY(head.submitDraft(draft.id));
    ApprovalView view(*m_desk->db(), F::approver());
    QString error;
    QVERIFY2(view.openCase(F::kCase, &error), qPrintable(error));
    view.show();
    auto *approve = view.findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *giveBack = view.findChild<QPushButton *>(QStringLiteral("returnButton"));
    QVERIFY(!approve->isEnabled());
    QVERIFY(!giveBack->isEnabled());
    QVERIFY(approve->toolTip().contains(QStringLiteral("draf Anda sendiri")));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("reasonLabel"))->isVisible());
    QVERIFY(!view.canDecide());
    // Even called directly, the writer refuses.
    QVERIFY(!view.approve(&error));
    QVERIFY(error.contains(QStringLiteral("sendiri")));
    QSqlQuery q(m_desk->db()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM decisions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestApprovalView::officerCannotDecide()
{
    QVERIFY(!submitted(kFirst).isEmpty());
    User other = F::officer();
    other.id = QStringLiteral("petugas2");
    ApprovalView view(*m_desk->db(), other);
    QVERIFY(view.openCase(F::kCase, nullptr));
    QVERIFY(!view.canDecide());
    QVERIFY(view.cannotDecideReason().contains(QStringLiteral("kepala unit")));
}

void TestApprovalView::approveNamesRevisionShown()
{
    const QString id = submitted(kFirst);
    QVERIFY(!id.isEmpty());
    {
        ApprovalView view(*m_desk->db(), F::approver());
        QVERIFY(view.openCase(F::kCase, nullptr));
        QVERIFY(view.returnDraft(QStringLiteral("Sebutkan tanggal selesai."), nullptr));
    }
    QVERIFY(!submitted(kSecond).isEmpty());

    ApprovalView view(*m_desk->db(), F::approver());
    QString error;
    QVERIFY2(view.openCase(F::kCase, &error), qPrintable(error));
    view.show();
    QCOMPARE(view.revision(), 2);
    auto *approve = view.findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approve->isEnabled());
    QVERIFY(approve->text().contains(QStringLiteral("revisi 2")));
    const QString summary = view.findChild<QLabel *>(QStringLiteral("diffSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("revisi 1")), qPrintable(summary));
    const QString diff
        = view.findChild<QPlainTextEdit *>(QStringLiteral("diffView"))->toPlainText();
    QVERIFY2(diff.contains(QStringLiteral("akansudah")), qPrintable(diff));
    QCOMPARE(view.findChild<QPlainTextEdit *>(QStringLiteral("textView"))->toPlainText(), kSecond);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("draftLabel"))
                ->text()
                .contains(QStringLiteral("Rina Petugas")));

    QSignalSpy decided(&view, &ApprovalView::decided);
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(decided.size(), 1);
    QCOMPARE(decided.first().at(2).toInt(), 2);
    QCOMPARE(decided.first().at(3).toBool(), true);
    QSqlQuery q(m_desk->db()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT revision, approver_id, kind FROM decisions "
                                  "ORDER BY decided_at DESC, rowid DESC LIMIT 1"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toString(), QStringLiteral("kepala1"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("approve"));
    const auto entries = OutboxRepository(*m_desk->db()).forCase(F::kCase);
    const OutboxEntry &last = entries.constLast();
    QCOMPARE(last.kind, OutboxKind::DraftDecide);
    QCOMPARE(last.payload.value(QLatin1String("revision")).toInt(), 2);
    QCOMPARE(last.payload.value(QLatin1String("decision")).toString(), QStringLiteral("approve"));
    QCOMPARE(DraftRepository(*m_desk->db()).find(id)->state, DraftState::Approved);
}

void TestApprovalView::returnNeedsComment()
{
    QVERIFY(!submitted(kFirst).isEmpty());
    ApprovalView view(*m_desk->db(), F::approver());
    QVERIFY(view.openCase(F::kCase, nullptr));
    view.show();
    auto *giveBack = view.findChild<QPushButton *>(QStringLiteral("returnButton"));
    QVERIFY(!giveBack->isEnabled());
    QVERIFY(giveBack->toolTip().contains(QStringLiteral("komentar")));
    QTest::keyClicks(view.findChild<QPlainTextEdit *>(QStringLiteral("commentEdit")),
                     QStringLiteral("Lengkapi foto."));
    QVERIFY(giveBack->isEnabled());
    QSignalSpy decided(&view, &ApprovalView::decided);
    QTest::mouseClick(giveBack, Qt::LeftButton);
    QCOMPARE(decided.size(), 1);
    QCOMPARE(decided.first().at(3).toBool(), false);
    QSqlQuery q(m_desk->db()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT kind, comment, revision FROM decisions")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("return"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Lengkapi foto."));
    QCOMPARE(q.value(2).toInt(), 1);
}

void TestApprovalView::staleRevisionRefused()
{
    const QString id = submitted(kFirst);
    ApprovalView view(*m_desk->db(), F::approver());
    QVERIFY(view.openCase(F::kCase, nullptr));
    QCOMPARE(view.revision(), 1);
    // The author edits and resubmits while the approver still looks at revision 1.
    ActionWriter officer(*m_desk->db(), F::officer());
    QVERIFY(officer.saveDraftText(id, kSecond));
    QVERIFY(officer.submitDraft(id));
    QString error;
    QVERIFY(!view.approve(&error));
    QVERIFY2(error.contains(QStringLiteral("Revisi 1")), qPrintable(error));
}

QTEST_MAIN(TestApprovalView)
#include "tst_approvalview.moc"
