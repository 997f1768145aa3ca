#include "core/profile.h"
#include "inboxdata.h"
#include "models/caselistmodel.h"
#include "models/viewlistmodel.h"
#include "store/database.h"
#include "tempstore.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace lapor;

// The inbox and case workspace on a generated store: views, sorting, search, the case
// workspace, role-dependent actions, keyboard use and saved views.
class TestInboxWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sidebarCountsMatchViews();
    void pickViewSortAndOpen();
    void searchHighlightsMatches();
    void workspaceShowsTimelineAndAttachments();
    void htmlShownLiterallyEverywhere();
    void actionsFollowRoleAndState();
    void signingInAsAnotherUserUpdatesTheDesk();
    void keyboardOnly();
    void savedViewsSurviveRestart();

private:
    std::unique_ptr<MainWindow> open(const QString &userId, const QString &role);
    CaseView *caseView(MainWindow &w)
    {
        return w.findChild<CaseView *>(QStringLiteral("casePage"));
    }
    void openCase(MainWindow &w, qint64 id);

    lapor::test::TempStore m_store; // a profile holding the generated inbox
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WIB);
};

void TestInboxWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_store.openProfile());
    QString error;
    InboxData::Options options;
    options.cases = 600;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.now = now;
    QVERIFY2(InboxData::generate(*m_store, m_calendar, options, &error), qPrintable(error));
    QVERIFY2(InboxData::addShowcase(*m_store, m_calendar, m_store.profile()->attachmentsDir(), now,
                                    &error),
             qPrintable(error));
}

std::unique_ptr<MainWindow> TestInboxWindow::open(const QString &userId, const QString &role)
{
    auto &settings = m_store.profile()->settings();
    settings.setValue(QStringLiteral("user/id"), userId);
    settings.setValue(QStringLiteral("user/role"), role);
    settings.setValue(QStringLiteral("hub/url"), QStringLiteral("https://hub.example"));
    auto window = std::make_unique<MainWindow>(*m_store.profile(), *m_store, m_calendar);
    window->resize(1366, 768);
    window->show();
    return window;
}

void TestInboxWindow::openCase(MainWindow &w, qint64 id)
{
    auto *table = w.findChild<QTableView *>(QStringLiteral("caseTable"));
    const int row = w.caseModel()->rowOf(id);
    QVERIFY(row >= 0);
    table->selectRow(row);
    QCOMPARE(caseView(w)->trackingId(), id);
}

void TestInboxWindow::sidebarCountsMatchViews()
{
    auto w = open(QStringLiteral("kepala1"), QStringLiteral("approver"));
    auto *views = w->viewModel();
    QCOMPARE(views->rowForKey(QStringLiteral("view:awaiting_approval")) >= 0, true);
    auto *tree = w->findChild<QTreeView *>(QStringLiteral("viewList"));
    QVERIFY(tree && tree->isVisible());
    for (int row = 0; row < views->rowCount(); ++row) {
        const QString key = views->keyAt(row);
        QVERIFY(w->selectView(key));
        QCOMPARE(w->currentViewKey(), key);
        QCOMPARE(w->caseModel()->rowCount(), views->countAt(row));
        QCOMPARE(tree->model()->index(row, ViewListModel::CountColumn).data().toString(),
                 QLocale().toString(views->countAt(row)));
    }
    // An officer has nothing to approve, so the view is not offered.
    auto officer = open(QStringLiteral("petugas1"), QStringLiteral("officer"));
    QCOMPARE(officer->viewModel()->rowForKey(QStringLiteral("view:awaiting_approval")), -1);
}

void TestInboxWindow::pickViewSortAndOpen()
{
    auto w = open(QStringLiteral("petugas1"), QStringLiteral("officer"));
    auto *tree = w->findChild<QTreeView *>(QStringLiteral("viewList"));
    const int overdueRow = w->viewModel()->rowForKey(QStringLiteral("view:overdue"));
    const QRect rect = tree->visualRect(tree->model()->index(overdueRow, 0));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w->currentViewKey(), QStringLiteral("view:overdue"));
    auto *model = w->caseModel();
    QVERIFY(model->rowCount() > 10);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(CaseListModel::SlaRole).toInt(),
                 int(Deadlines::SlaState::Overdue));

    auto *table = w->findChild<QTableView *>(QStringLiteral("caseTable"));
    auto *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(CaseListModel::TrackingIdColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(model->sortColumn(), int(CaseListModel::TrackingIdColumn));
    const auto order = model->sortOrder();
    for (int row = 1; row < model->rowCount(); ++row) {
        const bool ascending = model->trackingIdAt(row - 1) < model->trackingIdAt(row);
        QCOMPARE(ascending, order == Qt::AscendingOrder);
    }
    // Opening a case shows it and marks it read.
    table->selectRow(3);
    const qint64 id = model->trackingIdAt(3);
    auto *caseHeader = w->findChild<QLabel *>(QStringLiteral("caseHeader"));
    QVERIFY(caseHeader->isVisible());
    QVERIFY(caseHeader->text().startsWith(QStringLiteral("#%1 · ").arg(id)));
    QVERIFY(!model->index(3, 0).data(CaseListModel::UnreadRole).toBool());
    QVERIFY(!w->findChild<QLabel *>(QStringLiteral("caseDeadline"))->text().isEmpty());
}

void TestInboxWindow::searchHighlightsMatches()
{
    auto w = open(QStringLiteral("petugas1"), QStringLiteral("officer"));
    w->selectView(QStringLiteral("view:all"));
    auto *search = w->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("berlub ahmad"));
    QTRY_COMPARE(w->caseModel()->filter().searchText, QStringLiteral("berlub ahmad"));
    QVERIFY(w->caseModel()->rowCount() >= 1);
    for (int row = 0; row < w->caseModel()->rowCount(); ++row) {
        const QString title
            = w->caseModel()->index(row, CaseListModel::TitleColumn).data().toString();
        QVERIFY2(title.contains(QStringLiteral("berlubang"), Qt::CaseInsensitive),
                 qPrintable(title));
    }
    openCase(*w, 8112829);
    QCOMPARE(caseView(*w)->highlightCount(), 2); // "berlubang" and "Ahmad" in the complaint
    auto *content = w->findChild<QPlainTextEdit *>(QStringLiteral("caseContent"));
    const auto marks = content->extraSelections();
    QVERIFY(!marks.isEmpty());
    // The whole word that matched is marked, as the index matched it (docs/inbox.md).
    for (const auto &mark : marks) {
        const QString text = mark.cursor.selectedText().toLower();
        QVERIFY2(text == QStringLiteral("berlubang") || text == QStringLiteral("ahmad"),
                 qPrintable(text));
    }
    // Clearing the search removes the marks.
    search->clear();
    QTRY_VERIFY(content->extraSelections().isEmpty());
}

void TestInboxWindow::workspaceShowsTimelineAndAttachments()
{
    auto w = open(QStringLiteral("petugas1"), QStringLiteral("officer"));
    openCase(*w, 8112829);
    const QString timeline
        = w->findChild<QPlainTextEdit *>(QStringLiteral("caseTimeline"))->toPlainText();
    // Everything that happened, in time order.
    const QStringList order { QStringLiteral("Laporan diterima"),
                              QStringLiteral("Disposisi"),
                              QStringLiteral("Catatan internal"),
                              QStringLiteral("Draf revisi 1 dikembalikan"),
                              QStringLiteral("Draf revisi 2 disetujui"),
                              QStringLiteral("Tindak lanjut · Dinas PUPR"),
                              QStringLiteral("Balasan pelapor · penilaian"),
                              QStringLiteral("Draf revisi 1 diajukan") };
    qsizetype at = -1;
    for (const auto &entry : order) {
        const qsizetype next = timeline.indexOf(entry, at + 1);
        QVERIFY2(next > at, qPrintable(entry));
        at = next;
    }
    QVERIFY(timeline.contains(QStringLiteral("Ir. Hendra Gunawan")));
    QVERIFY(timeline.contains(QStringLiteral("(2/5)")));
    const QString meta = w->findChild<QLabel *>(QStringLiteral("caseMeta"))->text();
    QVERIFY(meta.contains(QStringLiteral("Pelapor: Budi Santoso")));
    QVERIFY(meta.contains(QStringLiteral("Rina Wulandari")));

    auto *files = w->findChild<QListWidget *>(QStringLiteral("attachmentList"));
    QCOMPARE(files->count(), 2);
    QVERIFY(files->item(0)->text().contains(QStringLiteral("foto-lubang.png")));
    QVERIFY(!files->item(0)->text().contains(QStringLiteral("belum diunduh")));
    QVERIFY(files->item(1)->text().contains(QStringLiteral("belum diunduh")));
    QVERIFY(!files->item(0)->icon().isNull());
    auto *openButton = w->findChild<QPushButton *>(QStringLiteral("openAttachmentButton"));
    auto *saveButton = w->findChild<QPushButton *>(QStringLiteral("saveAttachmentButton"));
    files->setCurrentRow(0);
    QVERIFY(openButton->isEnabled() && saveButton->isEnabled());
    files->setCurrentRow(1);
    QVERIFY(!openButton->isEnabled() && !saveButton->isEnabled());
}

void TestInboxWindow::htmlShownLiterallyEverywhere()
{
    auto w = open(QStringLiteral("petugas1"), QStringLiteral("officer"));
    openCase(*w, 8112830);
    auto *content = w->findChild<QPlainTextEdit *>(QStringLiteral("caseContent"));
    QVERIFY(content->toPlainText().startsWith(QStringLiteral("<b>Tolong</b> <img src=x>")));
    auto *header = w->findChild<QLabel *>(QStringLiteral("caseHeader"));
    QCOMPARE(header->textFormat(), Qt::PlainText);
    QVERIFY(header->text().contains(QStringLiteral("<b>Pungli</b> di loket <i>KTP</i>")));
    auto *meta = w->findChild<QLabel *>(QStringLiteral("caseMeta"));
    QCOMPARE(meta->textFormat(), Qt::PlainText);
    // Anonymous: no reporter at all; confidential is flagged.
    QVERIFY(meta->text().contains(QStringLiteral("Pelapor anonim")));
    QVERIFY(!meta->text().contains(QStringLiteral("Pelapor:")));
    QVERIFY(meta->text().contains(QStringLiteral("Rahasia")));
    // The window title never carries case text.
    QVERIFY(!w->windowTitle().contains(QStringLiteral("Pungli")));
}

void TestInboxWindow::actionsFollowRoleAndState()
{
    struct Expect
    {
        QString user, role;
        bool writeVisible, writeEnabled, reviewVisible, reviewEnabled, forwardVisible;
    };
    // Case 8112829 is in progress with a draft by petugas1 waiting for approval.
    const QList<Expect> table {
        { QStringLiteral("petugas1"), QStringLiteral("officer"), true, false, false, false, false },
        { QStringLiteral("kepala1"), QStringLiteral("approver"), true, false, true, true, false },
        { QStringLiteral("petugas1"), QStringLiteral("approver"), true, false, true, false, false },
        { QStringLiteral("koord"), QStringLiteral("coordinator"), false, false, false, false,
          true },
    };
    for (const auto &e : table) {
        auto w = open(e.user, e.role);
        openCase(*w, 8112829);
        auto *view = caseView(*w);
        const auto *write = view->action(CaseAction::WriteFollowup);
        const auto *review = view->action(CaseAction::ReviewDraft);
        QCOMPARE(write->isVisible(), e.writeVisible);
        if (e.writeVisible)
            QCOMPARE(write->isEnabled(), e.writeEnabled);
        QCOMPARE(review->isVisible(), e.reviewVisible);
        if (e.reviewVisible)
            QCOMPARE(review->isEnabled(), e.reviewEnabled);
        QCOMPARE(view->action(CaseAction::Forward)->isVisible(), e.forwardVisible);
        QCOMPARE(view->action(CaseAction::NotAuthority)->isVisible(),
                 e.role != QLatin1String("officer"));
    }
    // A case without a pending draft can be answered; the request goes to whoever drafts.
    auto w = open(QStringLiteral("petugas1"), QStringLiteral("officer"));
    openCase(*w, 8112830);
    auto *write = caseView(*w)->action(CaseAction::WriteFollowup);
    QVERIFY(write->isVisible() && write->isEnabled());
    write->trigger();
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("Tulis tindak lanjut")));
    QSignalSpy requested(w.get(), &MainWindow::caseActionRequested);
    write->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(1).toLongLong(), 8112830);
    // Mark unread is done here.
    caseView(*w)->action(CaseAction::MarkUnread)->trigger();
    const int row = w->caseModel()->rowOf(8112830);
    QVERIFY(w->caseModel()->index(row, 0).data(CaseListModel::UnreadRole).toBool());
}

void TestInboxWindow::signingInAsAnotherUserUpdatesTheDesk()
{
    auto w = open(QStringLiteral("petugas1"), QStringLiteral("officer"));
    const QString approvals = ViewListModel::builtinKey(InboxView::AwaitingApproval);
    auto approvalAction = [&] {
        for (auto *action : w->findChildren<QAction *>()) {
            if (action->data().toString() == approvals)
                return action;
        }
        return static_cast<QAction *>(nullptr);
    };
    QVERIFY(approvalAction());
    QVERIFY(!approvalAction()->isVisible());
    QCOMPARE(w->viewModel()->rowForKey(approvals), -1);
    openCase(*w, 8112829);
    QVERIFY(!caseView(*w)->action(CaseAction::ReviewDraft)->isVisible());

    // kepala1 signs in at the same desk: the approver's view and actions appear at once.
    w->setUser(QStringLiteral("kepala1"), Role::Approver);
    QCOMPARE(w->userId(), QStringLiteral("kepala1"));
    QVERIFY(approvalAction()->isVisible());
    QVERIFY(w->viewModel()->rowForKey(approvals) >= 0);
    QVERIFY(w->selectView(approvals));
    QVERIFY(w->caseModel()->rowCount() > 0);
    auto *review = caseView(*w)->action(CaseAction::ReviewDraft);
    openCase(*w, 8112829);
    QVERIFY(review->isVisible() && review->isEnabled());

    // Back to an officer: the approvals view is gone and the list falls back to all cases.
    w->setUser(QStringLiteral("petugas1"), Role::Officer);
    QVERIFY(!approvalAction()->isVisible());
    QCOMPARE(w->currentViewKey(), ViewListModel::builtinKey(InboxView::All));
}

void TestInboxWindow::keyboardOnly()
{
    auto w = open(QStringLiteral("petugas1"), QStringLiteral("officer"));
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    auto *search = w->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = w->findChild<QTableView *>(QStringLiteral("caseTable"));
    w->findChild<QTreeView *>(QStringLiteral("viewList"))->setFocus();
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("sampah"));
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    const qint64 first = caseView(*w)->trackingId();
    QCOMPARE(first, w->caseModel()->trackingIdAt(0));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(caseView(*w)->trackingId(), w->caseModel()->trackingIdAt(1));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(w->findChild<QPlainTextEdit *>(QStringLiteral("caseContent"))->hasFocus());
    // Views by number; the shortcuts are in the menu.
    QTest::keyClick(w.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(w->currentViewKey(), QStringLiteral("view:overdue"));
    QCOMPARE(w->findChild<QAction *>(QStringLiteral("actionSyncNow"))->shortcut(),
             QKeySequence(Qt::Key_F5));
    QVERIFY(w->syncAction() == w->findChild<QAction *>(QStringLiteral("actionSyncNow")));
}

void TestInboxWindow::savedViewsSurviveRestart()
{
    qint64 savedRow = -1;
    QString key;
    {
        auto w = open(QStringLiteral("petugas1"), QStringLiteral("officer"));
        w->selectView(QStringLiteral("view:not_followed_up"));
        w->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("jalan"));
        w->applySearchNow();
        const int expected = w->caseModel()->rowCount();
        QVERIFY(expected > 0);
        QVERIFY(w->saveCurrentView(QStringLiteral("Jalan belum dijawab")));
        QVERIFY(!w->saveCurrentView(QStringLiteral("Jalan belum dijawab"))); // unique names
        key = w->currentViewKey();
        QVERIFY(key.startsWith(QStringLiteral("saved:")));
        savedRow = w->viewModel()->rowForKey(key);
        QCOMPARE(w->viewModel()->countAt(int(savedRow)), expected);
        w->close();
    }
    auto w = open(QStringLiteral("petugas1"), QStringLiteral("officer"));
    QCOMPARE(w->currentViewKey(), key);
    QCOMPARE(w->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text(),
             QStringLiteral("jalan"));
    QCOMPARE(w->caseModel()->filter().view, InboxView::NotFollowedUp);
    QVERIFY(w->renameCurrentView(QStringLiteral("Jalan: belum")));
    QCOMPARE(w->currentViewKey(), key);
    QCOMPARE(w->viewModel()->index(w->viewModel()->rowForKey(key), 0).data().toString(),
             QStringLiteral("Jalan: belum"));
    QVERIFY(w->deleteCurrentView(false));
    QCOMPARE(w->viewModel()->rowForKey(key), -1);
    QCOMPARE(w->currentViewKey(), QStringLiteral("view:all"));
}

QTEST_MAIN(TestInboxWindow)
#include "tst_inboxwindow.moc"
