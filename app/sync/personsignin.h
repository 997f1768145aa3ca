#pragma once

#include "hubapi/hubclient.h"
#include "hubapi/huberror.h"
#include "hubapi/tokenstore.h"

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
    enum class Outcome { SignedIn, Refused };
    Q_ENUM(Outcome)

    PersonSignIn(ProfileHome &home, TokenStore::Backend backend, QObject *parent = nullptr);
    ~PersonSignIn() override;

    // Asynchronous; finished() tells the outcome. A second start() cancels the first.
    void start(const QString &hubUrl, const QString &username, const QString &password);
    void cancel();
    bool isRunning() const { return bool(m_call); }

    // After SignedIn: the person's profile and their signed-in account (which refers to
    // the profile: keep both alive together).
    std::unique_ptr<Profile> takeProfile();
    std::unique_ptr<HubAccount> takeAccount();
    QString personKey() const { return m_key; }
    // Why the last sign-in was refused (ok when it was not, or when the address was).
    const HubError &error() const { return m_error; }

signals:
    void finished(lapor::PersonSignIn::Outcome outcome, const QString &message);

private:
    void onAnswer(HubCall *call, const QString &password);
    void dropNewFolder();
    // The hub disabled the account: DisabledAccount on the person's store; the message.
    QString withdraw();

    ProfileHome &m_home;
    TokenStore::Backend m_backend;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<HubAccount> m_account;
    QPointer<HubCall> m_call;
    QString m_key;
    HubError m_error;
    bool m_newFolder = false;
};

} // namespace lapor
