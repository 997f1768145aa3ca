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

    HubProcess m_hub;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileHome> m_home;
    std::unique_ptr<DeskApp> m_desk;
};

void TestKeyboardFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_hub.setArguments({ QStringLiteral("--generate"), QStringLiteral("40"),
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
    press(Qt::Key_End); // Orang lain…
    QCOMPARE(list->currentRow(), list->count() - 1);
    press(Qt::Key_H, Qt::AltModifier); // Alamat &hub
    press(Qt::Key_A, Qt::ControlModifier);
    type(m_hub.baseUrl().toString());
    press(Qt::Key_N, Qt::AltModifier); // &Nama pengguna
    QCOMPARE(focused()->objectName(), QStringLiteral("userEdit"));
    type(username);
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

    // A case of the unit that has no draft and a named reporter (the template greets them).
    CaseListModel *model = window->caseModel();
    qint64 target = 0;
    QString title;
    for (int row = 0; row < model->rowCount() && !target; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(CaseListModel::StatusKeyRole).toString() == QLatin1String("disposed")
            && index.data(CaseListModel::LocalStateRole).toString().isEmpty()
            && !index.data(CaseListModel::AnonymousRole).toBool()) {
            target = index.data(CaseListModel::TrackingIdRole).toLongLong();
            title = model->index(row, CaseListModel::TitleColumn).data().toString();
        }
    }
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
    // Back in the main window, where the next key goes.
    QTRY_VERIFY(window->isActiveWindow());
    const QString officerDir = m_home->current()->dir;
    {
        auto opened = Database::open(Profile(officerDir).databasePath());
        QVERIFY(opened.database);
        OutboxRepository outbox(*opened.database);
        // Submitting pushes at once: the hub has the revision before anyone else signs in.
        QTRY_VERIFY_WITH_TIMEOUT(outbox.count(OutboxState::Sent) >= 1
                                     && outbox.count(OutboxState::Waiting) == 0
                                     && outbox.count(OutboxState::Sending) == 0,
                                 20000);
    }

    // Berkas → Ganti pengguna (Ctrl+Shift+U); the head of unit signs in.
    press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_desk->window());
    signIn(QStringLiteral("kepala1"));
    window = m_desk->window();
    QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowOf(target) >= 0, 20000);
    findAndOpen(target, words.join(u' '));
    auto *review = window->findChild<QAction *>(QStringLiteral("action_review_draft"));
    QVERIFY(review);
    QTRY_VERIFY_WITH_TIMEOUT(review->isEnabled(), 20000);
    QVERIFY(review->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R));

    // Laporan → Tinjau draf (Ctrl+R): the changes are what the view shows first.
    press(Qt::Key_R, Qt::ControlModifier);
    ApprovalView *approval = nullptr;
    QTRY_VERIFY((approval = shown<ApprovalView>()) && approval->isActiveWindow());
    auto *tabs = approval->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("diffTab"));
    QVERIFY(!approval->findChild<QPlainTextEdit *>(QStringLiteral("diffView"))
                 ->toPlainText()
                 .isEmpty());
    press(Qt::Key_S, Qt::AltModifier); // &Setujui
    QTRY_VERIFY(!shown<ApprovalView>());

    // Sinkron sekarang (F5) pushes the decision; Kotak keluar (Ctrl+Shift+O) shows it sent.
    QTRY_VERIFY(window->isActiveWindow());
    press(Qt::Key_F5);
    press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("outboxDock"));
    QTRY_VERIFY(dock->isVisible());
    auto opened = Database::open(Profile(m_home->current()->dir).databasePath());
    QVERIFY(opened.database);
    OutboxRepository outbox(*opened.database);
    QTRY_VERIFY_WITH_TIMEOUT(outbox.count(OutboxState::Sent) >= 1
                                 && outbox.count(OutboxState::Waiting) == 0
                                 && outbox.count(OutboxState::Sending) == 0,
                             20000);
    // Nothing left to send, and the panel says so in words.
    auto *summary = dock->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY(summary->text().startsWith(QStringLiteral("Kotak keluar kosong")));
    m_desk.reset();
}

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
