#include "deskapp.h"

#include "caseactioncontroller.h"
#include "core/language.h"
#include "core/preferences.h"
#include "core/profile.h"
#include "desklock.h"
#include "deskshell.h"
#include "firststartguide.h"
#include "hubapi/browsersignin.h"
#include "hubapi/hubclient.h"
#include "hubapi/tokenstore.h"
#include "languagebar.h"
#include "localpassworddialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "store/agencycalendar.h"
#include "store/database.h"
#include "supervision.h"
#include "sync/hubaccount.h"
#include "sync/personsignin.h"
#include "sync/synccontroller.h"
#include "sync/traininghub.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDesktopServices>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace lapor {

// One person's desk. Members go in reverse order: the window and its controllers before
// the store they read, the store before the profile folder it lives in.
struct DeskApp::Session
{
    std::unique_ptr<Profile> profile;
    std::unique_ptr<Database> db;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<DeskShell> shell;
    std::unique_ptr<CaseActionController> actions;
    std::unique_ptr<Supervision> supervision;
    std::unique_ptr<DeskLock> lock;
};

DeskApp::DeskApp(ProfileHome &home, QObject *parent)
    : QObject(parent)
    , m_home(home)
{ }

DeskApp::~DeskApp()
{
    if (m_picker)
        delete m_picker.data();
    if (m_guide)
        delete m_guide.data();
    m_session.reset();
}

MainWindow *DeskApp::window() const
{
    return m_session ? m_session->window.get() : nullptr;
}

QAction *DeskApp::switchUserAction() const
{
    return m_session ? m_session->actions->switchUserAction() : nullptr;
}

bool DeskApp::start(QString *error)
{
    if (!m_home.isTraining()) {
        if (const auto person = m_home.current())
            return openSession(std::make_unique<Profile>(person->dir), nullptr, error);
        // Someone who has signed in here before was welcomed already (an older version).
        if (!m_home.welcomed() && m_commandLineHub.isEmpty() && m_home.people().isEmpty())
            showGuide();
        else
            showPicker();
        return true;
    }
    TrainingHub::Options options;
    options.dataDir = m_home.dir() + QLatin1String("/hub");
    m_trainingHub = std::make_unique<TrainingHub>(options);
    if (!m_trainingHub->start()) {
        *error = m_trainingHub->error();
        return false;
    }
    signIn(m_trainingHub->url().toString(), QString::fromLatin1(DeskShell::kTrainingUser),
           QString::fromLatin1(DeskShell::kTrainingPassword));
    return true;
}

void DeskApp::showPicker(const QString &select)
{
    if (m_picker) {
        m_picker->raise();
        return;
    }
    Language::install(qApp, m_home.language());
    m_picker = new LoginDialog;
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker->setObjectName(QStringLiteral("peoplePicker"));
    const QString hub = m_trainingHub ? m_trainingHub->url().toString()
        : m_commandLineHub.isEmpty()  ? m_home.lastHub()
                                      : m_commandLineHub;
    m_picker->setPeople(m_home.people(), hub, select);
    connect(m_picker, &LoginDialog::signInRequested, this, &DeskApp::signIn);
    m_picker->setBrowserSignIn(!m_trainingHub);
    connect(m_picker, &LoginDialog::browserSignInRequested, this, &DeskApp::signInWithBrowser);
    connect(m_picker, &QDialog::rejected, this, [this] {
        if (m_signIn)
            m_signIn->cancel();
        m_browser.reset();
        // Nobody signed in: no one's data is shown, and the desk closes like a login
        // screen that was dismissed.
        if (!m_session)
            emit closed();
    });
    m_picker->show();
}

void DeskApp::setHubFromCommandLine(const QString &hubUrl)
{
    m_commandLineHub = hubUrl;
}

void DeskApp::showGuide()
{
    m_guide = new FirstStartGuide(Language::install(qApp, m_home.language()), m_home.lastHub());
    m_guide->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_guide, &FirstStartGuide::languageChosen, this,
            [this](const QString &code) { m_home.setLanguage(code); });
    connect(m_guide, &FirstStartGuide::signInRequested, this, &DeskApp::signIn);
    connect(m_guide, &FirstStartGuide::trainingRequested, this, [this] {
        m_home.setWelcomed();
        emit trainingRequested();
    });
    connect(m_guide, &QDialog::rejected, this, [this] {
        if (m_signIn)
            m_signIn->cancel();
        if (!m_session)
            emit closed();
    });
    m_guide->show();
}

void DeskApp::offerLanguage()
{
    if (m_home.welcomed() || !m_session)
        return;
    MainWindow &window = *m_session->window;
    auto *bar = new LanguageBar(window.centralWidget());
    if (auto *layout = qobject_cast<QBoxLayout *>(window.centralWidget()->layout()))
        layout->insertWidget(0, bar);
    connect(bar, &LanguageBar::languageChosen, this, [this, bar](const QString &code) {
        chooseLanguage(code);
        m_home.setWelcomed();
        bar->deleteLater();
    });
    connect(bar, &LanguageBar::dismissed, this, [this, bar] {
        m_home.setWelcomed();
        bar->deleteLater();
    });
}

void DeskApp::chooseLanguage(const QString &code)
{
    Language::install(qApp, code);
    m_home.setLanguage(code);
    if (!m_session)
        return;
    // The person's own choice from now on, as Pengaturan would keep it.
    QSettings &settings = m_session->profile->settings();
    Preferences preferences = Preferences::load(settings);
    preferences.language = code;
    preferences.store(settings);
    settings.sync();
}

void DeskApp::signIn(const QString &hubUrl, const QString &username, const QString &password)
{
    // Every training hub is the one on this PC now, whatever port a person last used.
    const QString hub = m_trainingHub ? m_trainingHub->url().toString() : hubUrl;
    m_signIn = std::make_unique<PersonSignIn>(
        m_home, m_trainingHub ? TokenStore::Backend::Memory : TokenStore::Backend::Keychain);
    // Offices lose the internet for hours: someone who signed in here before may work.
    m_signIn->setOfflineAllowed(!m_trainingHub);
    connect(m_signIn.get(), &PersonSignIn::finished, this, &DeskApp::finishSignIn);
    m_signIn->start(hub, username, password);
}

void DeskApp::finishSignIn(PersonSignIn::Outcome outcome, const QString &message)
{
    if (outcome == PersonSignIn::Outcome::Refused) {
        if (m_guide) {
            m_guide->showResult(false, message);
        } else if (m_picker) {
            m_picker->showResult(false, message);
        } else {
            QMessageBox::warning(nullptr, tr("LAPOR Desk"), message);
            showPicker();
        }
        return;
    }
    const bool offline = outcome == PersonSignIn::Outcome::SignedInOffline;
    const bool needsLocalPassword = m_signIn->needsLocalPassword();
    auto profile = m_signIn->takeProfile();
    auto account = m_signIn->takeAccount();
    if (offline)
        account.reset(); // no hub session: the desk resumes a kept one, if any
    if (m_guide)
        m_home.setWelcomed(); // before the session, which offers the language otherwise
    QString error;
    if (!openSession(std::move(profile), std::move(account), &error)) {
        if (m_guide)
            m_guide->showResult(false, error);
        else if (m_picker)
            m_picker->showResult(false, error);
        return;
    }
    if (m_guide)
        m_guide->showResult(true, {});
    if (m_picker)
        m_picker->showResult(true, {});
    if (offline) {
        m_session->shell->controller().addLog(message);
        m_session->window->statusBar()->showMessage(message);
    }
    if (needsLocalPassword) {
        // The lock screen and an offline sign-in need a password this desk never saw.
        // Queued: the sign-in that got here is still on the stack.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_session)
                    return;
                LocalPasswordDialog dialog(m_session->profile->settings(), m_session->window.get());
                dialog.exec();
            },
            Qt::QueuedConnection);
    }
}

struct DeskApp::BrowserFlow
{
    TokenStore tokens { TokenStore::Backend::Memory };
    std::unique_ptr<HubClient> client;
    std::unique_ptr<BrowserSignIn> signIn;
};

void DeskApp::signInWithBrowser(const QString &hubUrl, const QString &usernameHint)
{
    m_browser = std::make_unique<BrowserFlow>();
    HubClient::Settings settings;
    settings.baseUrl = QUrl(hubUrl);
    m_browser->client = std::make_unique<HubClient>(settings, m_browser->tokens);
    m_browser->signIn = std::make_unique<BrowserSignIn>(
        *m_browser->client, [](const QUrl &url) { return QDesktopServices::openUrl(url); });
    m_browser->signIn->setLanguage(m_home.language());
    m_browser->signIn->setLoginHint(usernameHint);
    connect(m_browser->signIn.get(), &BrowserSignIn::finished, this, [this, hubUrl](bool ok) {
        const QJsonObject tokens = m_browser->signIn->tokens();
        const QString message = m_browser->signIn->message();
        // Not from inside its own signal.
        QMetaObject::invokeMethod(
            this, [this] { m_browser.reset(); }, Qt::QueuedConnection);
        if (!ok) {
            if (m_picker)
                m_picker->showResult(false, message);
            return;
        }
        m_signIn = std::make_unique<PersonSignIn>(m_home, TokenStore::Backend::Keychain);
        connect(m_signIn.get(), &PersonSignIn::finished, this, &DeskApp::finishSignIn);
        m_signIn->startWithTokens(hubUrl, tokens);
    });
    m_browser->signIn->start();
}

bool DeskApp::openSession(std::unique_ptr<Profile> profile, std::unique_ptr<HubAccount> signedIn,
                          QString *error)
{
    closeSession();
    if (!profile->ensureExists(error))
        return false;
    // A person who never chose keeps the language the desk speaks now (the guide's, or
    // the one the last person chose), not the system's.
    QString language = Preferences::load(profile->settings()).language;
    if (language.isEmpty())
        language = m_home.language();
    m_home.setLanguage(Language::install(qApp, language));
    auto opened = Database::open(profile->databasePath());
    if (!opened.database) {
        *error = opened.message;
        return false;
    }
    auto session = std::make_unique<Session>();
    session->profile = std::move(profile);
    session->db = std::move(opened.database);
    Profile &p = *session->profile;
    Database &db = *session->db;
    // The holidays the hub sent last time count from the start, even offline.
    session->window = std::make_unique<MainWindow>(p, db, loadCalendar(db, p.settings()));
    MainWindow &window = *session->window;
    session->shell = std::make_unique<DeskShell>(window, p, db);
    // Drafting, approval, case actions, the outbox panel and switching users.
    session->actions
        = std::make_unique<CaseActionController>(window, p, db, &session->shell->controller());
    // Dasbor (Ctrl+D), reports and notifications.
    session->supervision = std::make_unique<Supervision>(window, p, db);
    // Locks when idle or on Ctrl+Shift+L; "Masuk sebagai pengguna lain" on the lock
    // screen closes this person's desk for the picker, as Ganti pengguna does.
    session->lock = std::make_unique<DeskLock>(window, p);
    session->lock->coverNotifications(session->supervision->notifier());
    connect(session->lock.get(), &DeskLock::signOutRequested, this, &DeskApp::switchUser,
            Qt::QueuedConnection);
    if (m_trainingHub)
        session->shell->showTraining(m_home.dir());
    // Queued: the session that asks is torn down, so not from inside its own signal.
    connect(session->actions.get(), &CaseActionController::switchUserRequested, this,
            &DeskApp::switchUser, Qt::QueuedConnection);
    connect(session->shell.get(), &DeskShell::signedOut, this, &DeskApp::signOut,
            Qt::QueuedConnection);
    // The hub disabled this person: their case data is gone already; the picker says why
    // and where their unsent actions are listed.
    connect(&session->shell->controller(), &SyncController::accountDisabled, this,
            &DeskApp::showDisabled, Qt::QueuedConnection);
    m_session = std::move(session);
    window.showForPerson();
    if (signedIn)
        m_session->shell->adopt(std::move(signedIn));
    else
        m_session->shell->resume();
    emit sessionChanged();
    offerLanguage();
    return true;
}

void DeskApp::closeSession()
{
    if (!m_session)
        return;
    m_session->window->close(); // keeps the window's layout in the person's settings
    m_session.reset();
    emit sessionChanged();
}

void DeskApp::switchUser()
{
    m_home.clearCurrent();
    // The picker first: closing the last window would end the application.
    showPicker();
    closeSession();
}

void DeskApp::showDisabled(const QString &message)
{
    m_home.clearCurrent();
    showPicker();
    if (m_picker)
        m_picker->showResult(false, message);
    closeSession();
}

void DeskApp::signOut()
{
    m_home.clearCurrent();
    showPicker();
    closeSession();
}

} // namespace lapor
