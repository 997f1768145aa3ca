// A day's work without the mouse, against a real laporhub: the officer signs in, searches,
// opens a case, writes a follow-up from a template and submits it; the head of unit signs
// in on the same desk, opens the case, approves with the changes in view, pushes and looks
// at the outbox. Every step is a key press on whatever has the focus; the test only reads.
#include "core/profile.h"
#include "core/profilehome.h"
#include "hubprocess.h"
#include "models/caselistmodel.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "ui/approvalview.h"
#include "ui/deskapp.h"
#include "ui/drafteditor.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;

namespace {

QWidget *focused()
{
    if (QWidget *widget = QApplication::focusWidget())
        return widget;
    return QApplication::activeWindow();
}

// A closed dialog hands the keyboard back to the window under it. A desktop's window
// manager does that; the offscreen platform of the tests has none, so the test does it.
void backToMainWindow(QWidget *window)
{
    if (!window->isActiveWindow())
        window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
}

template<typename T> T *shown()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *widget = qobject_cast<T *>(top); widget && widget->isVisible())
            return widget;
    }
    return nullptr;
}

} // namespace

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dayWithoutMouse();

private:
    // A key on whatever has the focus, as a person presses it.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    // Through the picker: "Orang lain…", hub, user name, password, Enter.
    void signIn(const QString &username);
    // Ctrl+F, the words, Down into the results, Down until the case, Enter.
    void findAndOpen(qint64 trackingId, const QString &words);
    // Laporan → Tinjau draf (Ctrl+R) once the sync brought the revision.
    ApprovalView *openReview(MainWindow *window);
    // Everything in this person's outbox reached the hub.
    static bool pushed(const QString &personDir);

    HubProcess m_hub;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileHome> m_home;
    std::unique_ptr<DeskApp> m_desk;
};

void TestKeyboardFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_hub.setArguments({ QStringLiteral("--generate"), QStringLiteral("120"),
                         QStringLiteral("--seed"), QStringLiteral("11"),
                         QStringLiteral("--simulate") });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
}

void TestKeyboardFlow::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestKeyboardFlow::type(const QString &text)
{
    QWidget *target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

void TestKeyboardFlow::signIn(const QString &username)
{
    QTRY_VERIFY(m_desk->picker() && m_desk->picker()->isActiveWindow());
    auto *list = m_desk->picker()->findChild<QListWidget *>(QStringLiteral("peopleList"));
    press(Qt::Key_S, Qt::AltModifier); // &Siapa yang bekerja…
    QCOMPARE(focused(), list);
    int known = -1;
    for (int i = 0; i < list->count() - 1; ++i) {
        if (list->item(i)->toolTip().startsWith(username + u'@'))
            known = i;
    }
    if (known >= 0) {
        // Someone who worked here before: their name in the list, the rest is filled in.
        press(Qt::Key_Home);
        while (list->currentRow() < known)
            press(Qt::Key_Down);
        QCOMPARE(list->currentRow(), known);
    } else {
        press(Qt::Key_End); // Orang lain…
        QCOMPARE(list->currentRow(), list->count() - 1);
        press(Qt::Key_H, Qt::AltModifier); // Alamat &hub
        press(Qt::Key_A, Qt::ControlModifier);
        type(m_hub.baseUrl().toString());
        press(Qt::Key_N, Qt::AltModifier); // &Nama pengguna
        QCOMPARE(focused()->objectName(), QStringLiteral("userEdit"));
        type(username);
    }
    press(Qt::Key_K, Qt::AltModifier); // &Kata sandi
    QCOMPARE(focused()->objectName(), QStringLiteral("passwordEdit"));
    type(QStringLiteral("latihan"));
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->window(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->window()->caseModel()->rowCount() > 0, 30000);
    QTRY_VERIFY(m_desk->window()->isActiveWindow());
}

void TestKeyboardFlow::findAndOpen(qint64 trackingId, const QString &words)
{
    MainWindow *window = m_desk->window();
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("searchEdit"));
    type(words);
    press(Qt::Key_Down); // into the results
    auto *table = window->findChild<QTableView *>(QStringLiteral("caseTable"));
    QCOMPARE(focused(), table);
    QVERIFY(window->caseModel()->rowOf(trackingId) >= 0);
    for (int i = 0; i < window->caseModel()->rowCount()
         && window->caseModel()->trackingIdAt(table->currentIndex().row()) != trackingId;
         ++i)
        press(Qt::Key_Down);
    QCOMPARE(window->caseModel()->trackingIdAt(table->currentIndex().row()), trackingId);
    press(Qt::Key_Return);
}

ApprovalView *TestKeyboardFlow::openReview(MainWindow *window)
{
    auto *review = window->findChild<QAction *>(QStringLiteral("action_review_draft"));
    if (!review || review->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_R))
        return nullptr;
    if (!QTest::qWaitFor([review] { return review->isEnabled(); }, 20000))
        return nullptr;
    QTest::keyClick(focused(), Qt::Key_R, Qt::ControlModifier);
    ApprovalView *approval = nullptr;
    const bool open = QTest::qWaitFor([&approval] {
        approval = shown<ApprovalView>();
        return approval && approval->isActiveWindow();
    });
    return open ? approval : nullptr;
}

bool TestKeyboardFlow::pushed(const QString &personDir)
{
    auto opened = Database::open(Profile(personDir).databasePath());
    if (!opened.database)
        return false;
    OutboxRepository outbox(*opened.database);
    return outbox.count(OutboxState::Sent) >= 1 && outbox.count(OutboxState::Waiting) == 0
        && outbox.count(OutboxState::Sending) == 0;
}

void TestKeyboardFlow::dayWithoutMouse()
{
    m_home = std::make_unique<ProfileHome>(m_dir.path());
    QVERIFY(m_home->open(nullptr));
    m_home->setLanguage(QStringLiteral("id"));
    m_home->setWelcomed(); // the guide has its own test (tst_firststart)
    m_desk = std::make_unique<DeskApp>(*m_home);
    QString error;
    QVERIFY2(m_desk->start(&error), qPrintable(error));
    signIn(QStringLiteral("petugas1"));
    MainWindow *window = m_desk->window();

    // Every action in the menus has its keys beside it.
    QStringList withoutKeys;
    for (QAction *menuAction : window->menuBar()->actions()) {
        if (!menuAction->menu() || !menuAction->isVisible())
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (!action->isSeparator() && !action->menu() && action->isVisible()
                && action->shortcut().isEmpty())
                withoutKeys << menuAction->text() + u" → " + action->text();
        }
    }
    QVERIFY2(withoutKeys.isEmpty(), qPrintable(withoutKeys.join(QStringLiteral("; "))));

    // Reading order: the views, the search box, then the list, then the case.
    press(Qt::Key_F, Qt::ControlModifier);
    auto *table = window->findChild<QTableView *>(QStringLiteral("caseTable"));
    QWidget *casePage = window->findChild<QWidget *>(QStringLiteral("casePage"));
    QWidget *workspace = window->findChild<QWidget *>(QStringLiteral("workspace"));
    for (int i = 0; i < 6 && focused() != table; ++i) {
        press(Qt::Key_Tab);
        QVERIFY2(!workspace->isAncestorOf(focused()),
                 qPrintable(focused()->objectName() + QStringLiteral(" before the list")));
    }
    QCOMPARE(focused(), table);
    Q_UNUSED(casePage);

    // A case of the unit waiting for its answer, with no draft yet and a named reporter (the
    // template greets them).
    CaseListModel *model = window->caseModel();
    qint64 target = 0;
    QString title;
    QStringList seen;
    for (int row = 0; row < model->rowCount() && !target; ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString status = index.data(CaseListModel::StatusKeyRole).toString();
        const QString local = index.data(CaseListModel::LocalStateRole).toString();
        const bool anonymous = index.data(CaseListModel::AnonymousRole).toBool();
        seen << status + u'/' + local + (anonymous ? QStringLiteral("/anonim") : QString());
        if ((status == QLatin1String("disposed") || status == QLatin1String("in_progress"))
            && (local.isEmpty() || local == QLatin1String("none")) && !anonymous) {
            target = index.data(CaseListModel::TrackingIdRole).toLongLong();
            title = model->index(row, CaseListModel::TitleColumn).data().toString();
        }
    }
    if (!target)
        qWarning() << seen;
    QVERIFY2(target, "no case to answer in the generated data");
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts).mid(0, 3);
    findAndOpen(target, words.join(u' '));

    // Laporan → Tulis tindak lanjut (Ctrl+T), templat (Alt+M), Gunakan templat (Alt+G).
    press(Qt::Key_T, Qt::ControlModifier);
    DraftEditor *editor = nullptr;
    QTRY_VERIFY((editor = shown<DraftEditor>()) && editor->isActiveWindow());
    press(Qt::Key_M, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("templateCombo"));
    press(Qt::Key_G, Qt::AltModifier); // a button's letter clicks it after a short flash
    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    QTRY_VERIFY(text->toPlainText().contains(QString::number(target)));
    QCOMPARE(focused(), text);
    // Ajukan untuk persetujuan (Alt+A).
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(!shown<DraftEditor>());
    backToMainWindow(window);
    // Submitting pushes at once: the hub has the revision before anyone else signs in.
    QTRY_VERIFY_WITH_TIMEOUT(pushed(m_home->current()->dir), 20000);

    // Berkas → Ganti pengguna (Ctrl+Shift+U); the head of unit signs in.
    press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_desk->window());
    signIn(QStringLiteral("kepala1"));
    window = m_desk->window();
    QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowOf(target) >= 0, 20000);
    findAndOpen(target, words.join(u' '));

    // Laporan → Tinjau draf (Ctrl+R). Revision 1 has nothing before it: the full text.
    ApprovalView *approval = openReview(window);
    QVERIFY(approval);
    auto *tabs = approval->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("textTab"));
    // Kembalikan (Alt+M) needs a comment (Alt+K).
    press(Qt::Key_K, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("commentEdit"));
    type(QStringLiteral("Sebutkan jadwal perbaikannya."));
    press(Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(!shown<ApprovalView>());
    backToMainWindow(window);
    QTRY_VERIFY_WITH_TIMEOUT(pushed(m_home->current()->dir), 20000);

    // The officer again, picked from the people who work here; the returned draft reopens.
    press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_desk->window());
    signIn(QStringLiteral("petugas1"));
    window = m_desk->window();
    findAndOpen(target, words.join(u' '));
    auto *write = window->findChild<QAction *>(QStringLiteral("action_write_followup"));
    QTRY_VERIFY_WITH_TIMEOUT(write->isEnabled(), 20000);
    press(Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY((editor = shown<DraftEditor>()) && editor->isActiveWindow());
    text = editor->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    QTRY_VERIFY(text->toPlainText().contains(QString::number(target)));
    // Te&mplat, then Tab past "Gunakan templat" into the text, reading order.
    press(Qt::Key_M, Qt::AltModifier);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(focused(), text);
    press(Qt::Key_End, Qt::ControlModifier);
    press(Qt::Key_Return);
    type(QStringLiteral("Perbaikan dijadwalkan Senin depan."));
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(!shown<DraftEditor>());
    backToMainWindow(window);
    QTRY_VERIFY_WITH_TIMEOUT(pushed(m_home->current()->dir), 20000);

    // The head of unit once more: revision 2 opens on its changes.
    press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_desk->window());
    signIn(QStringLiteral("kepala1"));
    window = m_desk->window();
    findAndOpen(target, words.join(u' '));
    approval = openReview(window);
    QVERIFY(approval);
    tabs = approval->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("diffTab"));
    QVERIFY(approval->findChild<QPlainTextEdit *>(QStringLiteral("diffView"))
                ->toPlainText()
                .contains(QStringLiteral("Senin depan")));
    press(Qt::Key_S, Qt::AltModifier); // &Setujui
    QTRY_VERIFY(!shown<ApprovalView>());
    backToMainWindow(window);

    // Sinkron sekarang (F5) pushes the decision; Kotak keluar (Ctrl+Shift+O) shows it sent.
    press(Qt::Key_F5);
    press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("outboxDock"));
    QTRY_VERIFY(dock->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(pushed(m_home->current()->dir), 20000);
    // Nothing left to send, and the panel says so in words.
    auto *summary = dock->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY(summary->text().startsWith(QStringLiteral("Kotak keluar kosong")));
    m_desk.reset();
}

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
