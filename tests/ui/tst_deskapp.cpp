// The desk on a shared PC, against a real laporhub: the people picker, one store per
// person, switching users, and a cancelled sign-in that leaves nobody's data on screen.
#include "browserstep.h"
#include "core/profile.h"
#include "core/profilehome.h"
#include "hubapi/offlineverifier.h"
#include "hubprocess.h"
#include "hubtestclient.h"
#include "hubtestutil.h"
#include "models/caselistmodel.h"
#include "store/database.h"
#include "ui/deskapp.h"
#include "ui/localpassworddialog.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace lapor;

namespace {

QSet<qint64> feedCases(const QUrl &hub, const QString &username)
{
    HubTestClient client(hub);
    client.login(username);
    QSet<qint64> ids;
    for (const QJsonObject &record : HubTestUtil::readFeed(client, {}, 500).records) {
        const QJsonObject data = record.value(QLatin1String("data")).toObject();
        if (record.value(QLatin1String("kind")).toString() == QLatin1String("case"))
            ids.insert(data.value(QLatin1String("tracking_id")).toInteger());
    }
    return ids;
}

QSet<qint64> shownCases(MainWindow *window)
{
    QSet<qint64> ids;
    const auto *model = window->caseModel();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(CaseListModel::TrackingIdRole).toLongLong());
    return ids;
}

// Everything a person could read on screen, in every visible window.
QString visibleText()
{
    QStringList texts;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        texts << top->windowTitle();
        for (auto *label : top->findChildren<QLabel *>())
            texts << label->text();
        for (auto *list : top->findChildren<QListWidget *>()) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        }
    }
    return texts.join(u'\n');
}

// The system browser as QDesktopServices opens it for the desk: a person signs in on the
// hub's page, and the browser follows the redirect to the desk's loopback port.
class FakeBrowser : public QObject
{
    Q_OBJECT

public:
    QUrl hub;
    QString username;
    HubReply landing;

public slots:
    void open(const QUrl &url)
    {
        QTimer::singleShot(0, this, [this, url] {
            HubTestClient browser(hub);
            const HubReply answer = lapor::test::signInOnPage(browser, url.toString(), username,
                                                              QStringLiteral("latihan"));
            if (answer.status == 302)
                landing = browser.get(QString::fromLatin1(answer.header("location")));
        });
    }
};

// From now on the hub drops every request before answering, as when the link is down.
int dropEveryRequest(HubTestClient &sim)
{
    return sim
        .post(QStringLiteral("/v1/sim/faults"),
              { { QStringLiteral("route"), QStringLiteral("*") },
                { QStringLiteral("action"), QStringLiteral("drop_before") } })
        .status;
}

} // namespace

class TestDeskApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartShowsThePicker();
    void twoPeopleEachSeeTheirOwn();
    void cancelledSignInShowsNobody();
    void wrongPasswordLeavesNoFolder();
    void disabledAccountClosesTheDesk();
    void sessionClosesUnderItsSignInDialog();
    void offlineSignInOpensTheKeptDesk();
    void browserSignInAsksForAnUnlockPassword();

private:
    // Picks the person (or "Orang lain…" when `hub` is set) and signs in.
    void signInThroughPicker(const QString &username, const QString &hub = {});

    HubProcess m_hub;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileHome> m_home;
    std::unique_ptr<DeskApp> m_desk;
};

void TestDeskApp::initTestCase()
{
    m_hub.setArguments({ QStringLiteral("--generate"), QStringLiteral("60"),
                         QStringLiteral("--seed"), QStringLiteral("5"),
                         QStringLiteral("--simulate") });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
}

void TestDeskApp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_home = std::make_unique<ProfileHome>(m_dir->path());
    QVERIFY(m_home->open(nullptr));
    m_home->setLanguage(QStringLiteral("id")); // the messages checked below
    // Past the first start guide (tst_firststart): these start at the picker.
    m_home->setWelcomed();
    m_desk = std::make_unique<DeskApp>(*m_home);
}

void TestDeskApp::cleanup()
{
    m_desk.reset();
    m_home.reset();
    m_dir.reset();
}

void TestDeskApp::signInThroughPicker(const QString &username, const QString &hub)
{
    LoginDialog *picker = m_desk->picker();
    QVERIFY(picker);
    auto *list = picker->findChild<QListWidget *>(QStringLiteral("peopleList"));
    QVERIFY(list && list->isVisible());
    if (!hub.isEmpty()) {
        list->setCurrentRow(list->count() - 1); // Orang lain…
        picker->findChild<QLineEdit *>(QStringLiteral("hubEdit"))->setText(hub);
        picker->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(username);
    } else {
        bool found = false;
        for (int i = 0; i < list->count() && !found; ++i) {
            if (list->item(i)->toolTip().startsWith(username + u'@')) {
                list->setCurrentRow(i);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(username));
        QVERIFY(picker->findChild<QLineEdit *>(QStringLiteral("userEdit"))->isReadOnly());
    }
    auto *password = picker->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    password->setText(QStringLiteral("latihan"));
    // Enter in the password field, as people sign in.
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->window() != nullptr, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->window()->caseModel()->rowCount() > 0, 30000);
}

void TestDeskApp::firstStartShowsThePicker()
{
    QString error;
    QVERIFY2(m_desk->start(&error), qPrintable(error));
    QVERIFY(!m_desk->window());
    QVERIFY(m_desk->picker() && m_desk->picker()->isVisible());
    // Nobody has signed in here yet: only "Orang lain…".
    QCOMPARE(m_desk->picker()->findChild<QListWidget *>(QStringLiteral("peopleList"))->count(), 1);
}

void TestDeskApp::twoPeopleEachSeeTheirOwn()
{
    QString error;
    QVERIFY2(m_desk->start(&error), qPrintable(error));
    const QString hub = m_hub.baseUrl().toString();
    signInThroughPicker(QStringLiteral("petugas1"), hub);
    QSet<qint64> rina = shownCases(m_desk->window());
    QVERIFY(rina.subtract(feedCases(m_hub.baseUrl(), QStringLiteral("petugas1"))).isEmpty());
    QCOMPARE(m_home->current()->username, QStringLiteral("petugas1"));
    const QString rinaTitle
        = m_desk->window()->caseModel()->index(0, CaseListModel::TitleColumn).data().toString();
    QVERIFY(!rinaTitle.isEmpty());

    // Berkas → Ganti pengguna: her data closes before anyone else signs in.
    QAction *switchUser = m_desk->switchUserAction();
    QVERIFY(switchUser);
    switchUser->trigger();
    QTRY_VERIFY(!m_desk->window());
    QVERIFY(!m_home->current());
    QVERIFY(m_desk->picker() && m_desk->picker()->isVisible());
    QVERIFY(!visibleText().contains(rinaTitle));
    QVERIFY(visibleText().contains(QLatin1String("Rina Fitriani")));

    signInThroughPicker(QStringLiteral("petugas3"), hub);
    const QSet<qint64> siti = shownCases(m_desk->window());
    const QSet<qint64> sitiFeed = feedCases(m_hub.baseUrl(), QStringLiteral("petugas3"));
    QVERIFY(QSet<qint64>(siti).subtract(sitiFeed).isEmpty());
    QVERIFY(!siti.intersects(feedCases(m_hub.baseUrl(), QStringLiteral("petugas1"))));
    QVERIFY(!visibleText().contains(rinaTitle));

    // Back to Rina, picked from the list: her own store, as she left it.
    m_desk->switchUserAction()->trigger();
    QTRY_VERIFY(m_desk->picker());
    signInThroughPicker(QStringLiteral("petugas1"));
    QVERIFY(QSet<qint64>(shownCases(m_desk->window()))
                .subtract(feedCases(m_hub.baseUrl(), QStringLiteral("petugas1")))
                .isEmpty());
    QCOMPARE(m_home->people().size(), 2);
}

void TestDeskApp::cancelledSignInShowsNobody()
{
    QString error;
    QVERIFY2(m_desk->start(&error), qPrintable(error));
    signInThroughPicker(QStringLiteral("petugas1"), m_hub.baseUrl().toString());
    m_desk->switchUserAction()->trigger();
    QTRY_VERIFY(m_desk->picker());
    QSignalSpy closed(m_desk.get(), &DeskApp::closed);
    QTest::mouseClick(m_desk->picker()
                          ->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_desk->window());
    QVERIFY(!m_home->current());
    QTRY_VERIFY(!m_desk->picker());
    // The next start asks again.
    DeskApp again(*m_home);
    QVERIFY(again.start(&error));
    QVERIFY(!again.window());
    QVERIFY(again.picker());
}

void TestDeskApp::wrongPasswordLeavesNoFolder()
{
    QString error;
    QVERIFY2(m_desk->start(&error), qPrintable(error));
    LoginDialog *picker = m_desk->picker();
    auto *list = picker->findChild<QListWidget *>(QStringLiteral("peopleList"));
    list->setCurrentRow(list->count() - 1);
    picker->findChild<QLineEdit *>(QStringLiteral("hubEdit"))->setText(m_hub.baseUrl().toString());
    picker->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("petugas1"));
    picker->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
        ->setText(QStringLiteral("salah"));
    QTest::mouseClick(picker->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    auto *errorLabel = picker->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 20000);
    QVERIFY(errorLabel->text().contains(QLatin1String("salah")));
    QVERIFY(!m_desk->window());
    QVERIFY(m_home->people().isEmpty());
    QVERIFY(QDir(m_dir->path() + QStringLiteral("/people"))
                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                .isEmpty());
}

// The agency disables the signed-in officer: at the next sync the desk closes their
// window, removes their cases and tells them why on the sign-in screen.
void TestDeskApp::disabledAccountClosesTheDesk()
{
    QString error;
    QVERIFY2(m_desk->start(&error), qPrintable(error));
    signInThroughPicker(QStringLiteral("petugas2"), m_hub.baseUrl().toString());
    const QString title
        = m_desk->window()->caseModel()->index(0, CaseListModel::TitleColumn).data().toString();
    QVERIFY(!title.isEmpty());
    const QString dir = m_home->current()->dir;

    HubTestClient sim(m_hub.baseUrl());
    QCOMPARE(sim.post(QStringLiteral("/v1/sim/users/petugas2/disable"), {}).status, 200);
    m_desk->window()->syncAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->window(), 20000);
    QVERIFY(m_desk->picker() && m_desk->picker()->isVisible());
    auto *problem = m_desk->picker()->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(problem && problem->isVisible());
    // In the person's language, whichever the desk runs in.
    const QString why = QCoreApplication::translate(
        "lapor::DisabledAccount", "Hub menyatakan akun Anda dinonaktifkan oleh admin instansi.");
    QVERIFY2(problem->text().contains(why), qPrintable(problem->text()));
    QVERIFY(!visibleText().contains(title));
    QVERIFY(!m_home->current());
    {
        auto opened = Database::open(Profile(dir).databasePath());
        QVERIFY(opened.database);
        QSqlQuery left(opened.database->connection());
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM cases")));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }
    QCOMPARE(sim.post(QStringLiteral("/v1/sim/users/petugas2/enable"), {}).status, 200);
}

// The session ends while its own sign-in dialog is open: a disabled account found by the
// same sync that asked to sign in again, or a switch of user. The dialog goes with the
// window, and nothing of the closed session is left to run.
void TestDeskApp::sessionClosesUnderItsSignInDialog()
{
    QString error;
    QVERIFY2(m_desk->start(&error), qPrintable(error));
    signInThroughPicker(QStringLiteral("petugas1"), m_hub.baseUrl().toString());
    m_desk->switchUserAction()->trigger();
    QTRY_VERIFY(m_desk->picker());
    // Back without the hub: the desk opens, not signed in to the hub, and offers to.
    HubTestClient sim(m_hub.baseUrl());
    QCOMPARE(dropEveryRequest(sim), 201);
    const auto faults
        = qScopeGuard([&sim] { sim.request("DELETE", QStringLiteral("/v1/sim/faults")); });
    signInThroughPicker(QStringLiteral("petugas1"));
    QVERIFY(m_desk->window());
    QAction *signIn = nullptr;
    for (QAction *action : m_desk->window()->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M))
            signIn = action;
    }
    QVERIFY(signIn && signIn->isEnabled());
    // The session closes while the dialog is up, queued as the desk closes sessions.
    QTimer::singleShot(0, m_desk->switchUserAction(), &QAction::trigger);
    signIn->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->window(), 10000);
    QTRY_VERIFY(m_desk->picker() && m_desk->picker()->isVisible());
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<LoginDialog *>(top))
            QVERIFY(dialog == m_desk->picker() || !dialog->isVisible());
    }
}

// The link is down: someone who signed in here before picks themselves and works from
// their store; the status bar says the desk works without the hub.
void TestDeskApp::offlineSignInOpensTheKeptDesk()
{
    QString error;
    QVERIFY2(m_desk->start(&error), qPrintable(error));
    signInThroughPicker(QStringLiteral("petugas1"), m_hub.baseUrl().toString());
    const QSet<qint64> online = shownCases(m_desk->window());
    m_desk->switchUserAction()->trigger();
    QTRY_VERIFY(m_desk->picker());

    HubTestClient sim(m_hub.baseUrl());
    QCOMPARE(dropEveryRequest(sim), 201);
    signInThroughPicker(QStringLiteral("petugas1"));
    QCOMPARE(shownCases(m_desk->window()), online);
    const QString offline = QCoreApplication::translate(
        "lapor::PersonSignIn",
        "Hub tidak dapat dihubungi; Anda bekerja tanpa hub. Sinkronisasi berjalan begitu hub dapat "
        "dihubungi.");
    QCOMPARE(m_desk->window()->statusBar()->currentMessage(), offline);
    QCOMPARE(sim.request("DELETE", QStringLiteral("/v1/sim/faults")).status, 204);
}

void TestDeskApp::browserSignInAsksForAnUnlockPassword()
{
    FakeBrowser browser;
    browser.hub = m_hub.baseUrl();
    browser.username = QStringLiteral("kepala2");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    const auto unset
        = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
    // The dialog runs its own event loop: it is answered from a timer, as a person would.
    bool answered = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<LocalPasswordDialog *>(top);
            if (!dialog || !dialog->isVisible())
                continue;
            poll.stop();
            // Too short first: refused, the dialog stays.
            dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                ->setText(QStringLiteral("pendek"));
            dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))
                ->setText(QStringLiteral("pendek"));
            dialog->accept();
            if (!dialog->isVisible())
                return;
            dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                ->setText(QStringLiteral("kunci-meja-7"));
            dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))
                ->setText(QStringLiteral("kunci-meja-7"));
            dialog->accept();
            answered = !dialog->isVisible();
        }
    });
    poll.start();

    QString error;
    QVERIFY2(m_desk->start(&error), qPrintable(error));
    LoginDialog *picker = m_desk->picker();
    auto *list = picker->findChild<QListWidget *>(QStringLiteral("peopleList"));
    list->setCurrentRow(list->count() - 1);
    picker->findChild<QLineEdit *>(QStringLiteral("hubEdit"))->setText(m_hub.baseUrl().toString());
    auto *button = picker->findChild<QPushButton *>(QStringLiteral("browserSignIn"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->window(), 20000);
    QVERIFY(browser.landing.body.contains("Anda boleh menutup tab ini"));
    // The hub named the person: their own folder.
    const auto person = m_home->current();
    QVERIFY(person);
    QCOMPARE(person->username, QStringLiteral("kepala2"));
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    const QSettings settings(person->dir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    QVERIFY(OfflineVerifier::check(settings, QStringLiteral("kunci-meja-7")));
    QVERIFY(!OfflineVerifier::check(settings, QStringLiteral("latihan")));
}

QTEST_MAIN(TestDeskApp)
#include "tst_deskapp.moc"
