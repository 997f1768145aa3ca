#include "hubaccount.h"

#include "core/preferences.h"
#include "core/profile.h"
#include "hubapi/hubclient.h"
#include "store/agencycalendar.h"

#include <QSettings>

namespace lapor {

HubAccount::HubAccount(Profile &profile, TokenStore::Backend backend)
    : m_profile(profile)
    , m_tokens(backend)
{ }

HubAccount::~HubAccount() = default;

Identity HubAccount::identity() const
{
    return Identity::load(m_profile.settings());
}

QString HubAccount::hubUrl() const
{
    return identity().hubUrl;
}

QString HubAccount::username() const
{
    return identity().username;
}

User HubAccount::user() const
{
    return identity().user();
}

WorkingCalendar HubAccount::calendar(Database &db) const
{
    return loadCalendar(db, identity().agencyZone());
}

void HubAccount::setHub(const QString &url, const QString &name)
{
    auto &s = m_profile.settings();
    Identity id = Identity::load(s);
    if (id.hubUrl != url || id.username != name)
        m_client.reset(); // a different hub or user is a different session
    id.hubUrl = url;
    id.username = name;
    id.store(s);
    s.sync();
}

void HubAccount::rememberLogin()
{
    const User &u = client().user();
    const SignedInUser &info = client().signedIn();
    auto &s = m_profile.settings();
    Identity id = Identity::load(s);
    id.userId = u.id;
    id.displayName = u.displayName;
    id.role = u.role;
    id.unitId = u.unitId;
    id.agencyId = u.agencyId;
    id.unitName = info.unitName;
    id.agencyName = info.agencyName;
    // A hub that names no zone (or one this version does not know) keeps the last one.
    if (const auto zone = Zones::fromKey(info.agencyZone))
        id.zone = zone;
    id.store(s);
    s.sync();
}

bool HubAccount::restoreSession()
{
    if (!isConfigured() || username().isEmpty())
        return false;
    if (!client().restoreSession(username()))
        return false;
    client().setUser(user());
    return true;
}

void HubAccount::forgetSession()
{
    m_tokens.remove(TokenStore::accountKey(hubUrl(), username()));
}

HubClient &HubAccount::client()
{
    if (!m_client) {
        HubClient::Settings settings;
        settings.baseUrl = QUrl(hubUrl());
        const Preferences preferences = Preferences::load(m_profile.settings());
        settings.extraCaFile = preferences.caFile;
        settings.pinSha256 = preferences.pinSha256.trimmed().toLatin1();
        settings.transferTimeoutMs = preferences.hubTimeoutSeconds * 1000;
        settings.maxResponseBytes
            = qint64(qBound(1, preferences.maxResponseMB, 1024)) * 1024 * 1024;
        m_client = std::make_unique<HubClient>(settings, m_tokens);
    }
    return *m_client;
}

} // namespace lapor
