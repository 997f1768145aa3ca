#include "core/identity.h"
#include "core/profile.h"
#include "hubapi/offlineverifier.h"
#include "hubapi/passwordthrottle.h"
#include "hubprocess.h"
#include "sampledata.h"
#include "store/caserepository.h"
#include "tempstore.h"
#include "ui/caseactioncontroller.h"
#include "ui/dashboardwindow.h"
#include "ui/desklock.h"
#include "ui/drafteditor.h"
#include "ui/lockscreen.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#include "ui/supervision.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextEdit>
#include <QtTest>

using namespace lapor;
using namespace lapor::test;
using namespace std::chrono_literals;

// The desk's lock: idle and manual locking, nothing of a case on screen while locked (in
// any window), the offline password check with its growing wait, the lock surviving a
// restart, the notifier naming no case, and the hub check when no verifier is kept.
class TestDeskLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void locksWhenIdle();
    void inputKeepsItOpen();
    void hidesEveryCaseWhileLocked();
    void typedPasswordUnlocks();
    void shortcutsDoNothingWhileLocked();
    void modalDialogHoldsTheLockScreen();
    void wrongPasswordsWaitLonger();
    void notifierNamesNoCaseWhileLocked();
    void withoutVerifierAndNoHub();
    void withoutVerifierChecksWithTheHub();
    void signOutHandsOver();
    void preferencesSetTheIdleTime();

private:
    void openDesk();
    void closeDesk();
    Profile &profile() const { return *m_store->profile(); }
    QSettings &settings() const { return profile().settings(); }
    LockScreen *screen() const { return m_lock->lockScreen(); }
    QString message() const { return screen()->message(); }
    QLineEdit *passwordField() const
    {
        return screen()->findChild<QLineEdit *>(QStringLiteral("lockPassword"));
    }
    void moveClock(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    // Every text a person could read now: titles, labels, buttons, fields and list cells
    // of every visible widget in every visible window.
    static QStringList textsOnScreen();
    // The texts on screen that give away one of the desk's cases.
    static QStringList caseDataOnScreen();

    static inline const QString kPassword = QStringLiteral("Petugas#2026");
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CaseActionController> m_actions;
    std::unique_ptr<Supervision> m_supervision;
    std::unique_ptr<DeskLock> m_lock;
    QDateTime m_now;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WIB);
};

void TestDeskLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeskLock::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->openProfile());
    QVERIFY(m_store->addDesk());
    Identity identity;
    // A loopback port nothing listens on: any try to reach the hub fails at once.
    identity.hubUrl = QStringLiteral("http://127.0.0.1:9");
    const User officer = Sample::officer();
    identity.userId = officer.id;
    identity.username = officer.username;
    identity.displayName = officer.displayName;
    identity.role = officer.role;
    identity.unitId = officer.unitId;
    identity.agencyId = officer.agencyId;
    identity.store(settings());
    OfflineVerifier::remember(settings(), kPassword);
    m_now = QDateTime::currentDateTimeUtc();
    openDesk();
}

void TestDeskLock::cleanup()
{
    closeDesk();
    m_store.reset();
}

void TestDeskLock::openDesk()
{
    // As runDesk builds it, without the hub connection.
    m_window = std::make_unique<MainWindow>(profile(), **m_store, m_calendar);
    m_actions = std::make_unique<CaseActionController>(*m_window, profile(), **m_store, nullptr);
    m_supervision = std::make_unique<Supervision>(*m_window, profile(), **m_store);
    m_lock = std::make_unique<DeskLock>(*m_window, profile());
    m_lock->coverNotifications(m_supervision->notifier());
    m_lock->setClock([this] { return m_now; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openCase(Sample::kCase));
}

void TestDeskLock::closeDesk()
{
    m_lock.reset();
    m_supervision.reset();
    m_actions.reset();
    m_window.reset();
}

QStringList TestDeskLock::textsOnScreen()
{
    QStringList texts;
    const auto modelTexts = [&texts](const QAbstractItemModel *model) {
        if (!model)
            return;
        for (int row = 0; row < qMin(model->rowCount(), 500); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->index(row, column).data().toString();
        }
    };
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible())
            continue;
        texts << window->windowTitle();
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        for (QWidget *widget : std::as_const(widgets)) {
            if (!widget->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget))
                texts << label->text() << label->toolTip();
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                texts << button->text();
            else if (auto *edit = qobject_cast<QLineEdit *>(widget))
                texts << edit->text();
            else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
                texts << plain->toPlainText();
            else if (auto *rich = qobject_cast<QTextEdit *>(widget))
                texts << rich->toPlainText();
            else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
                modelTexts(view->model());
            else if (auto *dock = qobject_cast<QDockWidget *>(widget))
                texts << dock->windowTitle();
        }
    }
    return texts;
}

QStringList TestDeskLock::caseDataOnScreen()
{
    const QStringList giveaways { QStringLiteral("Jalan berlubang"),
                                  QStringLiteral("Lampu jalan mati"),
                                  QString::number(Sample::kCase),
                                  QString::number(Sample::kAnonymousCase) };
    QStringList found;
    const QStringList texts = textsOnScreen();
    for (const QString &text : texts) {
        for (const QString &giveaway : giveaways) {
            if (text.contains(giveaway))
                found << text;
        }
    }
    return found;
}

void TestDeskLock::locksWhenIdle()
{
    QVERIFY(!caseDataOnScreen().isEmpty()); // the walk sees the open case
    QSignalSpy locked(m_lock.get(), &DeskLock::lockedChanged);
    m_lock->setIdleTimeout(200ms);
    QTRY_VERIFY(m_lock->isLocked());
    QCOMPARE(locked.count(), 1);
    QCOMPARE(caseDataOnScreen(), QStringList());
    QVERIFY(screen()->isVisible());
    QCOMPARE(screen()->window(), m_window.get());
    QVERIFY(textsOnScreen().contains(QStringLiteral("Rina Petugas")));
    QVERIFY2(textsOnScreen().join(QLatin1Char('\n')).contains(QLatin1String("tidak dipakai")),
             qPrintable(textsOnScreen().join(QLatin1Char('\n'))));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("LAPOR Desk — Terkunci"));

    // Unlocked offline: no hub runs and the profile's hub address answers nothing.
    QCOMPARE(m_lock->tryUnlock(kPassword), DeskLock::Outcome::Unlocked);
    QVERIFY(!m_lock->isLocked());
    QVERIFY(!screen()->isVisible());
    QVERIFY(!caseDataOnScreen().isEmpty());
    QVERIFY(m_window->windowTitle() != QStringLiteral("LAPOR Desk — Terkunci"));
    // The idle clock starts again from the unlock.
    QTRY_VERIFY(m_lock->isLocked());
}

void TestDeskLock::inputKeepsItOpen()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("caseTable"));
    QVERIFY(table);
    m_lock->setIdleTimeout(600ms);
    QElapsedTimer typing;
    typing.start();
    // Two and a half idle times of someone at work: key presses and mouse moves.
    for (int i = 0; typing.elapsed() < 1500; ++i) {
        if (i % 2)
            QTest::keyClick(table, Qt::Key_Shift);
        else
            QTest::mouseMove(table, QPoint(20 + i % 40, 20));
        QTest::qWait(40);
        QVERIFY(!m_lock->isLocked());
    }
    QTRY_VERIFY(m_lock->isLocked());
}

void TestDeskLock::hidesEveryCaseWhileLocked()
{
    DraftEditor *editor = m_actions->openEditor(Sample::kCase);
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QWidget *dashboard = m_supervision->showDashboard();
    QVERIFY(dashboard && dashboard->isVisible());
    m_actions->outboxAction()->trigger();
    QVERIFY(m_actions->outboxDock()->isVisible());
    // Any other window of the desk that shows a case.
    QWidget other(m_window.get(), Qt::Window);
    other.setWindowTitle(QStringLiteral("Laporan #%1").arg(Sample::kAnonymousCase));
    auto *label = new QLabel(QStringLiteral("Lampu jalan mati di Gang Melati"), &other);
    other.show();
    QVERIFY(!caseDataOnScreen().isEmpty());

    m_lock->lockAction()->trigger();
    QVERIFY(m_lock->isLocked());
    QCOMPARE(caseDataOnScreen(), QStringList());
    QVERIFY(!editor->isVisible());
    QVERIFY(!dashboard->isVisible());
    QVERIFY(!other.isVisible());
    QVERIFY(!m_actions->outboxDock()->isVisible());
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(screen()->isVisible());
    // Set while locked (a window's own update): kept for later, not shown now.
    m_window->setWindowTitle(QStringLiteral("LAPOR Desk — Pelatihan"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("LAPOR Desk — Terkunci"));

    QCOMPARE(m_lock->tryUnlock(kPassword), DeskLock::Outcome::Unlocked);
    QVERIFY(editor->isVisible());
    QVERIFY(dashboard->isVisible());
    QVERIFY(other.isVisible() && label->isVisible());
    QVERIFY(m_actions->outboxDock()->isVisible());
    QVERIFY(m_window->menuBar()->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("LAPOR Desk — Pelatihan"));
    QCOMPARE(editor->windowTitle(), QStringLiteral("Tindak lanjut #%1").arg(Sample::kCase));
    const QStringList shown = caseDataOnScreen();
    QVERIFY(shown.contains(QStringLiteral("Lampu jalan mati di Gang Melati")));
    QVERIFY(!settings().contains(QStringLiteral("desk/locked")));
}

void TestDeskLock::typedPasswordUnlocks()
{
    auto *fileMenu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu && fileMenu->actions().contains(m_lock->lockAction()));
    QCOMPARE(m_lock->lockAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    m_lock->lockAction()->trigger();
    QLineEdit *field = passwordField();
    QVERIFY(field && field->isVisible());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QCOMPARE(QApplication::focusWidget(), field);

    QTest::keyClicks(field, QStringLiteral("salah"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(m_lock->isLocked());
    QVERIFY(field->text().isEmpty()); // never kept after a try
    QVERIFY2(message().contains(QLatin1String("salah")), qPrintable(message()));

    QTest::keyClicks(field, kPassword);
    QTest::mouseClick(screen()->findChild<QPushButton *>(QStringLiteral("unlockButton")),
                      Qt::LeftButton);
    QVERIFY(!m_lock->isLocked());
    // The right password starts the count of wrong ones again.
    QCOMPARE(PasswordThrottle(settings()).failures(), 0);
}

void TestDeskLock::shortcutsDoNothingWhileLocked()
{
    auto *dashboardAction = m_supervision->dashboardAction();
    QSignalSpy opened(dashboardAction, &QAction::triggered);
    m_lock->lockAction()->trigger();
    QWidget *focus = QApplication::focusWidget();
    QCOMPARE(focus, passwordField());
    QTest::keyClick(focus, Qt::Key_D, Qt::ControlModifier); // Dasbor
    QTest::keyClick(focus, Qt::Key_F, Qt::ControlModifier); // Cari laporan
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier); // Tulis tindak lanjut
    QCOMPARE(opened.count(), 0);
    QCOMPARE(caseDataOnScreen(), QStringList());
    QVERIFY(passwordField()->text().isEmpty());

    QCOMPARE(m_lock->tryUnlock(kPassword), DeskLock::Outcome::Unlocked);
    // The same key does open the dashboard once the desk is open.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("caseTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(opened.count(), 1);
}

void TestDeskLock::modalDialogHoldsTheLockScreen()
{
    // A question left open when the desk locks (as CaseActionController asks "Kirim ulang").
    QMessageBox box(QMessageBox::Question, QStringLiteral("Kirim ulang"),
                    QStringLiteral("Laporan #%1 Jalan berlubang: kirim ulang?").arg(Sample::kCase),
                    QMessageBox::Yes | QMessageBox::No, m_window.get());
    box.setWindowModality(Qt::ApplicationModal);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QTRY_COMPARE(QApplication::activeModalWidget(), &box);
    const QSize boxSize = box.size();

    m_lock->lock();
    QVERIFY(box.isVisible()); // the question keeps its answer open
    QCOMPARE(screen()->parentWidget(), &box);
    QVERIFY(screen()->isVisible());
    QVERIFY(box.width() >= screen()->minimumSizeHint().width());
    QCOMPARE(caseDataOnScreen(), QStringList());
    auto *cover = m_window->findChild<QLabel *>(QStringLiteral("lockCover"));
    QVERIFY(cover && cover->isVisible());

    QTest::keyClicks(passwordField(), kPassword);
    QTest::keyClick(passwordField(), Qt::Key_Return);
    QVERIFY(!m_lock->isLocked());
    QVERIFY(box.isVisible());
    QCOMPARE(box.size(), boxSize);
    QVERIFY(caseDataOnScreen().join(QLatin1Char('\n')).contains(QLatin1String("kirim ulang?")));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("lockCover")));
    box.done(QMessageBox::No);
}

void TestDeskLock::wrongPasswordsWaitLonger()
{
    m_lock->lock();
    QCOMPARE(m_lock->tryUnlock(QStringLiteral("salah1")), DeskLock::Outcome::Wrong);
    QVERIFY2(message().contains(QLatin1String("Masih 2 kali")), qPrintable(message()));
    QCOMPARE(m_lock->tryUnlock(QStringLiteral("salah2")), DeskLock::Outcome::Wrong);
    QCOMPARE(m_lock->secondsToWait(), qint64(0));
    QCOMPARE(m_lock->tryUnlock(QStringLiteral("salah3")), DeskLock::Outcome::Wrong);
    QCOMPARE(m_lock->secondsToWait(), qint64(30));
    QVERIFY2(message().contains(QLatin1String("Coba lagi dalam 30 detik")), qPrintable(message()));
    QVERIFY(!passwordField()->isEnabled());

    // While waiting, not even the right password is tried.
    moveClock(10);
    QCOMPARE(m_lock->tryUnlock(kPassword), DeskLock::Outcome::Waiting);
    QVERIFY(m_lock->isLocked());
    QVERIFY2(message().contains(QLatin1String("20 detik")), qPrintable(message()));

    // Each further wrong try doubles the wait, up to 15 minutes.
    const QList<qint64> waits { 60, 120, 240, 480, 900, 900 };
    qint64 wait = 20;
    for (const qint64 next : waits) {
        moveClock(wait);
        QCOMPARE(m_lock->secondsToWait(), qint64(0));
        QCOMPARE(m_lock->tryUnlock(QStringLiteral("salah")), DeskLock::Outcome::Wrong);
        QCOMPARE(m_lock->secondsToWait(), next);
        wait = next;
    }
    QVERIFY2(message().contains(QLatin1String("15 menit")), qPrintable(message()));
    moveClock(65);
    QCOMPARE(m_lock->tryUnlock(kPassword), DeskLock::Outcome::Waiting);
    QVERIFY2(message().contains(QLatin1String("13 menit 55 detik")), qPrintable(message()));

    // Closing the desk changes nothing: it starts locked, with the same wait.
    closeDesk();
    openDesk();
    QVERIFY(m_lock->isLocked());
    QCOMPARE(caseDataOnScreen(), QStringList());
    QCOMPARE(m_lock->secondsToWait(), qint64(835));
    QVERIFY2(textsOnScreen().join(QLatin1Char('\n')).contains(QLatin1String("tetap terkunci")),
             qPrintable(textsOnScreen().join(QLatin1Char('\n'))));
    moveClock(835);
    QCOMPARE(m_lock->tryUnlock(kPassword), DeskLock::Outcome::Unlocked);
    QCOMPARE(PasswordThrottle(settings()).failures(), 0);

    closeDesk();
    openDesk();
    QVERIFY(!m_lock->isLocked());
}

void TestDeskLock::notifierNamesNoCaseWhileLocked()
{
    Notifier *notifier = m_supervision->notifier();
    QVERIFY(notifier->recent().isEmpty()); // the first check took stock
    Case assigned = Sample::sampleCase(8112899, QStringLiteral("Sampah menumpuk di Pasar Segiri"),
                                       QStringLiteral("Sudah seminggu tdk diangkut."));
    assigned.assigneeId = Sample::officer().id;
    QString error;
    QVERIFY2(CaseRepository(**m_store, m_calendar).upsert(assigned, &error), qPrintable(error));

    m_lock->lock();
    QVERIFY(notifier->isLocked());
    QVERIFY(!notifier->checkNow().isEmpty());
    QVERIFY2(notifier->lastMessage().contains(QLatin1String("pemberitahuan baru")),
             qPrintable(notifier->lastMessage()));
    QVERIFY(!notifier->lastMessage().contains(QLatin1String("8112899")));
    QVERIFY(!notifier->lastMessage().contains(QLatin1String("Sampah")));
    QStringList menuTexts;
    for (QAction *action : notifier->menu()->actions())
        menuTexts << action->text();
    QVERIFY(!menuTexts.join(QLatin1Char('\n')).contains(QLatin1String("8112899")));
    QVERIFY(!menuTexts.join(QLatin1Char('\n')).contains(QLatin1Char('#')));
    QCOMPARE(caseDataOnScreen(), QStringList());

    QCOMPARE(m_lock->tryUnlock(kPassword), DeskLock::Outcome::Unlocked);
    QVERIFY(!notifier->isLocked());
    menuTexts.clear();
    for (QAction *action : notifier->menu()->actions())
        menuTexts << action->text();
    QVERIFY(menuTexts.join(QLatin1Char('\n')).contains(QLatin1String("#8112899")));
}

void TestDeskLock::withoutVerifierAndNoHub()
{
    // Signed in before this version: a kept session, no verifier. The hub is not reachable.
    OfflineVerifier::forget(settings());
    m_lock->lock();
    QVERIFY2(message().contains(QLatin1String("diperiksa ke hub")), qPrintable(message()));
    QCOMPARE(m_lock->tryUnlock(kPassword), DeskLock::Outcome::Checking);
    QTRY_VERIFY(message().contains(QLatin1String("tidak dapat diperiksa")));
    QVERIFY(m_lock->isLocked());
    QCOMPARE(caseDataOnScreen(), QStringList());
    // Not the user's mistake: no wait.
    QCOMPARE(PasswordThrottle(settings()).failures(), 0);
    QVERIFY(passwordField()->isEnabled());

    // No account at all: nothing to check against.
    Identity none;
    none.store(settings());
    QCOMPARE(m_lock->tryUnlock(kPassword), DeskLock::Outcome::Refused);
    QVERIFY2(message().contains(QLatin1String("Belum ada akun")), qPrintable(message()));
    QVERIFY(m_lock->isLocked());
}

void TestDeskLock::withoutVerifierChecksWithTheHub()
{
    HubProcess hub;
    hub.setArguments({ QStringLiteral("--generate"), QStringLiteral("5"), QStringLiteral("--seed"),
                       QStringLiteral("7"), QStringLiteral("--simulate") });
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    Identity identity = Identity::load(settings());
    identity.hubUrl = hub.baseUrl().toString();
    identity.store(settings());
    OfflineVerifier::forget(settings());

    m_lock->lock();
    QCOMPARE(m_lock->tryUnlock(QStringLiteral("salah")), DeskLock::Outcome::Checking);
    QTRY_VERIFY(passwordField()->isEnabled());
    QVERIFY2(message().contains(QLatin1String("salah")), qPrintable(message()));
    QCOMPARE(PasswordThrottle(settings()).failures(), 1);
    QVERIFY(!OfflineVerifier::isKnown(settings()));

    QSignalSpy changed(m_lock.get(), &DeskLock::lockedChanged);
    QCOMPARE(m_lock->tryUnlock(QStringLiteral("latihan")), DeskLock::Outcome::Checking);
    QVERIFY(changed.wait(30000));
    QVERIFY(!m_lock->isLocked());
    QVERIFY(OfflineVerifier::check(settings(), QStringLiteral("latihan")));
    QCOMPARE(PasswordThrottle(settings()).failures(), 0);

    // From now on the hub is not needed.
    QVERIFY(hub.terminate());
    m_lock->lock();
    QCOMPARE(m_lock->tryUnlock(QStringLiteral("latihan")), DeskLock::Outcome::Unlocked);
}

void TestDeskLock::signOutHandsOver()
{
    auto *switchButton = screen()->findChild<QPushButton *>(QStringLiteral("switchUserButton"));
    QVERIFY(switchButton);
    bool signInSucceeds = false;
    bool dialogUsable = false;
    connect(m_lock.get(), &DeskLock::signOutRequested, this, [&] {
        // Stands in for the sign-in dialog the desk shows.
        QDialog signIn(m_window.get());
        auto *user = new QLineEdit(&signIn);
        QTimer::singleShot(0, &signIn, [&] {
            dialogUsable = m_lock->isLocked() && user->isVisible() && caseDataOnScreen().isEmpty();
            QTest::keyClicks(user, QStringLiteral("kepala1"));
            dialogUsable = dialogUsable && user->text() == QStringLiteral("kepala1");
            signIn.done(signInSucceeds ? QDialog::Accepted : QDialog::Rejected);
        });
        if (signIn.exec() == QDialog::Accepted)
            m_lock->release();
    });

    m_lock->lock();
    QTest::mouseClick(switchButton, Qt::LeftButton);
    QVERIFY(dialogUsable);
    // Given up: still locked, and the lock screen is back in front.
    QVERIFY(m_lock->isLocked());
    QCOMPARE(screen()->window(), m_window.get());
    QCOMPARE(caseDataOnScreen(), QStringList());

    signInSucceeds = true;
    dialogUsable = false;
    QTest::mouseClick(switchButton, Qt::LeftButton);
    QVERIFY(dialogUsable);
    QVERIFY(!m_lock->isLocked());
}

void TestDeskLock::preferencesSetTheIdleTime()
{
    const auto idleMs = [this] {
        return qint64(m_lock->idleTimeout().count());
    };
    QCOMPARE(idleMs(), qint64(15 * 60 * 1000));
    settings().setValue(QStringLiteral("desk/lockMinutes"), 3);
    emit m_window->preferencesChanged();
    QCOMPARE(idleMs(), qint64(3 * 60 * 1000));
    settings().setValue(QStringLiteral("desk/lockMinutes"), 0);
    emit m_window->preferencesChanged();
    QCOMPARE(idleMs(), qint64(0));
    // Never by itself; at once on request.
    QVERIFY(!m_lock->isLocked());
    m_lock->lockAction()->trigger();
    QVERIFY(m_lock->isLocked());
}

QTEST_MAIN(TestDeskLock)
#include "tst_desklock.moc"
