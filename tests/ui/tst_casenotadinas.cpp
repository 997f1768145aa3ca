#include "core/identity.h"
#include "core/notadinassettings.h"
#include "core/profile.h"
#include "sampledata.h"
#include "store/actionwriter.h"
#include "store/notadinasrepository.h"
#include "tempstore.h"
#include "ui/approvalview.h"
#include "ui/caseactioncontroller.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"
#include "ui/timelinetext.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextDocument>
#include <QtTest>

using namespace lapor;
using namespace lapor::test;

// Approving in the desk makes the nota dinas, and the case shows it: the timeline's entry
// (which opens it) and the toolbar's menu (docs/drafting.md, "Nota dinas").
class TestCaseNotaDinas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void approvingShowsTheMemoInTheCase();

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CaseActionController> m_actions;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WIB);
};

void TestCaseNotaDinas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseNotaDinas::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->openProfile());
    QVERIFY(m_store->addDesk());
    QSettings &settings = m_store->profile()->settings();
    Identity identity;
    identity.hubUrl = QStringLiteral("http://127.0.0.1:9"); // nothing listens: no hub
    const User head = Sample::approver();
    identity.userId = head.id;
    identity.username = head.username;
    identity.displayName = head.displayName;
    identity.role = head.role;
    identity.unitId = head.unitId;
    identity.agencyId = head.agencyId;
    identity.store(settings);
    NotaDinasSettings nd;
    nd.numberPattern = QStringLiteral("800/{n}/DPUPR/{yyyy}");
    nd.signerPosition = QStringLiteral("Kepala Bidang Bina Marga");
    nd.store(settings);
    settings.sync();
    m_window = std::make_unique<MainWindow>(*m_store->profile(), **m_store, m_calendar);
    m_actions = std::make_unique<CaseActionController>(*m_window, *m_store->profile(), **m_store,
                                                       nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCaseNotaDinas::cleanup()
{
    m_actions.reset();
    m_window.reset();
    m_store.reset();
}

void TestCaseNotaDinas::approvingShowsTheMemoInTheCase()
{
    ActionWriter officer(**m_store, Sample::officer());
    const auto created = officer.createDraft(
        Sample::kCase,
        QStringLiteral("Lubang di Jl. Ahmad Yani sudah kami tambal pada hari Rabu."));
    QVERIFY2(created, qPrintable(created.error));
    QVERIFY(officer.submitDraft(created.id));
    QVERIFY(m_window->openCase(Sample::kCase));
    CaseView *view = m_window->caseView();
    QVERIFY(view->notaDinasMenu()->actions().isEmpty());

    ApprovalView *approval = m_actions->openApproval(Sample::kCase);
    QVERIFY(approval);
    auto *approve = approval->findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approve && approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);

    const int year = QDate::currentDate().year();
    const QString number = QStringLiteral("800/1/DPUPR/%1").arg(year);
    const auto memos = NotaDinasRepository(**m_store).forCase(Sample::kCase);
    QCOMPARE(memos.size(), 1);
    QCOMPARE(memos.first().number, number);
    QCOMPARE(memos.first().kind, QStringLiteral("approve"));
    QVERIFY(QFile::exists(m_store->profile()->dir() + QLatin1Char('/') + memos.first().file));
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("Nota dinas %1 dibuat.").arg(number)),
             qPrintable(status));

    // The timeline names it, and its heading leads to the file.
    auto *timeline = view->findChild<QPlainTextEdit *>(QStringLiteral("caseTimeline"));
    QVERIFY(timeline);
    const QString heading = QStringLiteral("Nota dinas %1 dibuat").arg(number);
    const QTextCursor found = timeline->document()->find(heading);
    QVERIFY2(!found.isNull(), qPrintable(timeline->toPlainText()));
    QCOMPARE(TimelineText::notaDinasFileAt(timeline->document(), found.position()),
             memos.first().file);
    // Other entries lead nowhere.
    const QTextCursor decision
        = timeline->document()->find(QStringLiteral("Draf revisi 1 disetujui"));
    QVERIFY(!decision.isNull());
    QVERIFY(TimelineText::notaDinasFileAt(timeline->document(), decision.position()).isEmpty());

    // The toolbar's menu offers it to open and to print.
    const auto entries = view->notaDinasMenu()->actions();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first()->text(), number);
    QVERIFY(entries.first()->menu());
    QCOMPARE(entries.first()->menu()->actions().size(), 2);
}

QTEST_MAIN(TestCaseNotaDinas)
#include "tst_casenotadinas.moc"
