#pragma once

#include "hubapi/hubclient.h"
#include "hubapi/huberror.h"
#include "hubapi/tokenstore.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace lapor {

class HubAccount;
class Profile;
class ProfileHome;

// Signs a person in before anything of theirs opens: the hub answers for who they are,
// then their own Profile (store, settings, attachments) is handed over, with the
// signed-in HubAccount. A failed first sign-in leaves no folder behind. When the hub
// answers that the account is disabled, the person's store loses its case data first
// (DisabledAccount), and the refusal says so.
class PersonSignIn : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        SignedIn, // the hub accepted the password
        // The hub could not be reached, and the password matched the one this PC kept from
        // the person's last online sign-in (OfflineVerifier): their folder opens without a
        // hub session; the desk syncs once the hub answers. Only with setOfflineAllowed.
        SignedInOffline,
        Refused,
    };
    Q_ENUM(Outcome)

    PersonSignIn(ProfileHome &home, TokenStore::Backend backend, QObject *parent = nullptr);
    ~PersonSignIn() override;

    // Asynchronous; finished() tells the outcome. A second start() cancels the first.
    void start(const QString &hubUrl, const QString &username, const QString &password);
    // The hub signed the person in elsewhere (BrowserSignIn, DeviceSignIn): `tokens` is its
    // token answer, which names the user and so the folder. The same folder rules as
    // start(); no offline password is kept, since this desk never saw one (see
    // needsLocalPassword). Emits finished() before it returns.
    void startWithTokens(const QString &hubUrl, const QJsonObject &tokens);
    // After SignedIn: the lock screen and an offline sign-in have no password to check
    // this person against yet (their sign-ins went through the browser).
    bool needsLocalPassword() const { return m_needsLocalPassword; }
    void cancel();
    // The desk lets a person who signed in here before work while the hub is out of reach;
    // lapordeskctl login, whose whole point is a hub session, does not.
    void setOfflineAllowed(bool allowed) { m_offlineAllowed = allowed; }
    bool isRunning() const { return bool(m_call); }
    // The agency's CA file (PEM) for this person's hub, kept in their settings (hub/caFile)
    // before the sign-in goes out, as Pengaturan keeps it. Empty leaves the setting alone.
    void setCaFile(const QString &path) { m_caFile = path; }

    // After SignedIn (or SignedInOffline, whose account has no session): the person's profile and
    // their signed-in account (which refers to the profile: keep both alive together).
    std::unique_ptr<Profile> takeProfile();
    std::unique_ptr<HubAccount> takeAccount();
    // Why the last sign-in was refused (ok when it was not, or when the address was).
    const HubError &error() const { return m_error; }

signals:
    void finished(lapor::PersonSignIn::Outcome outcome, const QString &message);

private:
    void onAnswer(HubCall *call, const QString &password);
    bool openFolder(const QString &hub, const QString &username);
    // The hub accepted the person: their folder becomes the current one.
    void accept();
    void dropNewFolder();
    // The hub disabled the account: DisabledAccount on the person's store; the message.
    QString withdraw();
    void enabledAgain();
    // The password against the kept verifier, with the shared PasswordThrottle. False with
    // the reason in `message` (left alone when there is no verifier to check against).
    bool checkOffline(const QString &password, QString *message);

    ProfileHome &m_home;
    TokenStore::Backend m_backend;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<HubAccount> m_account;
    QPointer<HubCall> m_call;
    QString m_key;
    QString m_caFile;
    HubError m_error;
    bool m_newFolder = false;
    bool m_offlineAllowed = false;
    bool m_needsLocalPassword = false;
};

} // namespace lapor
