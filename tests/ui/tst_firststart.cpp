// The first start on a PC, against a real laporhub: the guide (language at once, hub or
// training, sign-in) by keyboard, what it remembers, and the language bar that stands in
// for it when the command line already says where to go.
#include "core/preferences.h"
#include "core/profile.h"
#include "core/profilehome.h"
#include "hubprocess.h"
#include "models/caselistmodel.h"
#include "ui/deskapp.h"
#include "ui/firststartguide.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;

namespace {

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

} // namespace

class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void guideSignsInByKeyboard();
    void badAddressStaysOnItsPage();
    void trainingFinishesTheGuide();
    void cancelledGuideAsksAgain();
    void hubOnTheCommandLineOffersABar();

private:
    FirstStartGuide *startGuide();

    HubProcess m_hub;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileHome> m_home;
    std::unique_ptr<DeskApp> m_desk;
};

void TestFirstStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_hub.setArguments({ QStringLiteral("--generate"), QStringLiteral("20"),
                         QStringLiteral("--seed"), QStringLiteral("3") });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
}

void TestFirstStart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_home = std::make_unique<ProfileHome>(m_dir->path());
    QVERIFY(m_home->open(nullptr));
    m_home->setLanguage(QStringLiteral("id"));
    m_desk = std::make_unique<DeskApp>(*m_home);
}

void TestFirstStart::cleanup()
{
    m_desk.reset();
    m_home.reset();
    m_dir.reset();
}

FirstStartGuide *TestFirstStart::startGuide()
{
    QString error;
    if (!m_desk->start(&error))
        return nullptr;
    FirstStartGuide *guide = m_desk->guide();
    if (!guide || !QTest::qWaitForWindowActive(guide))
        return nullptr;
    return guide;
}

void TestFirstStart::guideSignsInByKeyboard()
{
    QVERIFY(!m_home->welcomed());
    FirstStartGuide *guide = startGuide();
    QVERIFY(guide);
    QVERIFY(!m_desk->picker());
    QCOMPARE(guide->currentId(), int(FirstStartGuide::LanguagePage));
    const QString indonesianTitle = guide->windowTitle();

    // English, at once: the guide itself changes language.
    press(Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(guide->language(), QStringLiteral("en"));
    QCOMPARE(m_home->language(), QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    // The window retranslates on the LanguageChange event Qt posts to it.
    QTRY_VERIFY(guide->windowTitle() != indonesianTitle);

    press(Qt::Key_Return);
    QCOMPARE(guide->currentId(), int(FirstStartGuide::ConnectionPage));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("hubEdit"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(m_hub.baseUrl().toString());
    press(Qt::Key_Return);
    QCOMPARE(guide->currentId(), int(FirstStartGuide::SignInPage));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("userEdit"));
    type(QStringLiteral("petugas1"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordEdit"));
    type(QStringLiteral("latihan"));
    press(Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(m_desk->window(), 20000);
    QTRY_VERIFY(!m_desk->guide());
    QVERIFY(m_home->welcomed());
    // The new person works in the language chosen in the guide; no bar offers it again.
    QCOMPARE(QLocale().language(), QLocale::English);
    QVERIFY(!m_desk->window()->findChild<QWidget *>(QStringLiteral("languageBar")));

    // Remembered: the next start without anyone signed in shows the picker.
    m_desk.reset();
    m_home->clearCurrent();
    DeskApp again(*m_home);
    QString error;
    QVERIFY(again.start(&error));
    QVERIFY(!again.guide());
    QVERIFY(again.picker());
    // Back to Indonesian for the other tests.
    m_home->setLanguage(QStringLiteral("id"));
}

void TestFirstStart::badAddressStaysOnItsPage()
{
    FirstStartGuide *guide = startGuide();
    QVERIFY(guide);
    press(Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(guide->findChild<QWidget *>(QStringLiteral("indonesianButton"))->hasFocus());
    QCOMPARE(guide->language(), QStringLiteral("id"));
    press(Qt::Key_Return);
    QCOMPARE(guide->currentId(), int(FirstStartGuide::ConnectionPage));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("hubEdit"));
    type(QStringLiteral("http://hub.contoh.go.id"));
    press(Qt::Key_Return);
    // Plain HTTP only to this computer: the reason is shown and the page stays.
    QCOMPARE(guide->currentId(), int(FirstStartGuide::ConnectionPage));
    auto *problem = guide->findChild<QLabel *>(QStringLiteral("connectionProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(!m_home->welcomed());
}

void TestFirstStart::trainingFinishesTheGuide()
{
    FirstStartGuide *guide = startGuide();
    QVERIFY(guide);
    QSignalSpy training(m_desk.get(), &DeskApp::trainingRequested);
    press(Qt::Key_Return);
    press(Qt::Key_M, Qt::AltModifier); // &Mode pelatihan
    QTRY_VERIFY(guide->trainingChosen());
    press(Qt::Key_Return);
    // What happens next, said before it happens; no sign-in page.
    QCOMPARE(guide->currentId(), int(FirstStartGuide::TrainingPage));
    QVERIFY(guide->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!m_home->welcomed());
    press(Qt::Key_Return);
    QCOMPARE(training.size(), 1);
    QVERIFY(m_home->welcomed());
    QTRY_VERIFY(!m_desk->guide());
}

void TestFirstStart::cancelledGuideAsksAgain()
{
    FirstStartGuide *guide = startGuide();
    QVERIFY(guide);
    QSignalSpy closed(m_desk.get(), &DeskApp::closed);
    press(Qt::Key_Escape);
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_home->welcomed());
    QTRY_VERIFY(!m_desk->guide());
    DeskApp again(*m_home);
    QString error;
    QVERIFY(again.start(&error));
    QVERIFY(again.guide());
}

void TestFirstStart::hubOnTheCommandLineOffersABar()
{
    const QString hub = m_hub.baseUrl().toString();
    m_desk->setHubFromCommandLine(hub);
    QString error;
    QVERIFY(m_desk->start(&error));
    QVERIFY(!m_desk->guide());
    LoginDialog *picker = m_desk->picker();
    QVERIFY(picker);
    QCOMPARE(picker->findChild<QLineEdit *>(QStringLiteral("hubEdit"))->text(), hub);
    picker->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("petugas1"));
    auto *password = picker->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    password->setText(QStringLiteral("latihan"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->window(), 20000);

    // Not a dialog: the window works while the bar offers the language.
    auto *bar = m_desk->window()->findChild<QWidget *>(QStringLiteral("languageBar"));
    QVERIFY(bar);
    QVERIFY(!m_home->welcomed());
    bar->findChild<QPushButton *>(QStringLiteral("languageEnglish"))->click();
    QCOMPARE(QLocale().language(), QLocale::English);
    QVERIFY(m_home->welcomed());
    QCOMPARE(m_home->language(), QStringLiteral("en"));
    QTRY_VERIFY(!m_desk->window()->findChild<QWidget *>(QStringLiteral("languageBar")));
    // Kept as the person's own choice, as Pengaturan keeps it.
    const QString dir = m_home->current()->dir;
    m_desk.reset();
    Profile profile(dir);
    QCOMPARE(Preferences::load(profile.settings()).language, QStringLiteral("en"));
    m_home->setLanguage(QStringLiteral("id"));
}

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
