#pragma once

#include "core/identity.h"
#include "core/user.h"
#include "core/workingcalendar.h"
#include "hubapi/tokenstore.h"

#include <QString>

#include <memory>

namespace lapor {

class Database;
class HubClient;
class Profile;

// The hub a profile talks to and who is signed in, as remembered in the profile's
// settings (never the password or tokens: those live in the TokenStore).
class HubAccount
{
public:
    HubAccount(Profile &profile, TokenStore::Backend backend);
    ~HubAccount();

    bool isConfigured() const { return !hubUrl().isEmpty(); }
    Identity identity() const;
    QString hubUrl() const;
    QString username() const;
    User user() const;
    // The agency's calendar (loadCalendar): the shipped holidays plus those the hub sent.
    WorkingCalendar calendar(Database &db) const;

    void setHub(const QString &url, const QString &username);
    // After a successful login: keeps who the user is, for offline use and the UI.
    void rememberLogin();
    // Restores the session kept in the token store; false when the user must log in.
    bool restoreSession();
    // Drops the session locally (the caller revokes it on the hub when online).
    void forgetSession();

    HubClient &client();
    TokenStore &tokens() { return m_tokens; }

private:
    Profile &m_profile;
    TokenStore m_tokens;
    std::unique_ptr<HubClient> m_client;
};

} // namespace lapor
