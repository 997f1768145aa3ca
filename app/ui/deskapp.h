#pragma once

#include "core/profilehome.h"
#include "firststartguide.h"
#include "logindialog.h"
#include "sync/personsignin.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QAction;

namespace lapor {

class HubAccount;
class MainWindow;
class Profile;
class TrainingHub;

// The desk for everyone who uses this PC: the people picker while nobody is signed in,
// then one person's session (their store, main window and hub connection) until they
// switch or sign out. Nothing of one person is open while another works.
class DeskApp : public QObject
{
    Q_OBJECT

public:
    explicit DeskApp(ProfileHome &home, QObject *parent = nullptr);
    ~DeskApp() override;

    // Training: starts the local hub and signs in as petugas1. Otherwise reopens the
    // person who did not sign out, or shows the first start guide on a PC where nobody
    // has been welcomed yet, or the picker. False with a reason when the desk cannot
    // start at all.
    bool start(QString *error);
    // A hub given on the command line: the picker offers it, and no guide is shown.
    void setHubFromCommandLine(const QString &hubUrl);

    // The open session's window; null while nobody is signed in.
    MainWindow *window() const;
    // Berkas → Ganti pengguna of the open session; null while nobody is signed in.
    QAction *switchUserAction() const;
    // The people picker; null while someone is signed in.
    LoginDialog *picker() const { return m_picker; }
    // The first start guide while it is shown.
    FirstStartGuide *guide() const { return m_guide; }

signals:
    // A session opened (someone signed in) or closed.
    void sessionChanged();
    // The picker was dismissed with nobody signed in: the desk has nothing to show.
    void closed();
    // The guide chose training mode: the desk is to start again with --training.
    void trainingRequested();

private:
    struct Session;
    struct BrowserFlow;

    void showPicker(const QString &select = {});
    void showGuide();
    // Training or a hub from the command line: the language as a bar, not a guide.
    void offerLanguage();
    void chooseLanguage(const QString &code);
    void signIn(const QString &hubUrl, const QString &username, const QString &password);
    // The hub's login page in the system browser (BrowserSignIn); the tokens it brings go
    // to PersonSignIn like a password's would.
    void signInWithBrowser(const QString &hubUrl, const QString &usernameHint);
    void finishSignIn(PersonSignIn::Outcome outcome, const QString &message);
    // `signedIn` null: the session restores what the token store kept, or stays offline.
    bool openSession(std::unique_ptr<Profile> profile, std::unique_ptr<HubAccount> signedIn,
                     QString *error);
    void closeSession();
    void switchUser();
    void signOut();
    void showDisabled(const QString &message);

    ProfileHome &m_home;
    std::unique_ptr<TrainingHub> m_trainingHub;
    std::unique_ptr<PersonSignIn> m_signIn;
    std::unique_ptr<BrowserFlow> m_browser;
    std::unique_ptr<Session> m_session;
    QPointer<LoginDialog> m_picker;
    QPointer<FirstStartGuide> m_guide;
    QString m_commandLineHub;
};

} // namespace lapor
