#include "hubaccount.h"

#include "core/profile.h"
#include "hubapi/hubclient.h"
#include "store/agencycalendar.h"

#include <QSettings>

namespace lapor {

namespace {
const QString kHubUrl = QStringLiteral("hub/url");
const QString kCaFile = QStringLiteral("hub/caFile");
const QString kTimeout = QStringLiteral("hub/timeoutSeconds");
const QString kUsername = QStringLiteral("user/name");
const QString kUserId = QStringLiteral("user/id");
const QString kDisplayName = QStringLiteral("user/displayName");
const QString kRole = QStringLiteral("user/role");
const QString kUnit = QStringLiteral("user/unit");
const QString kUnitName = QStringLiteral("user/unitName");
const QString kAgency = QStringLiteral("agency/id");
const QString kAgencyName = QStringLiteral("agency/name");
} // namespace

HubAccount::HubAccount(Profile &profile, TokenStore::Backend backend)
    : m_profile(profile)
    , m_tokens(backend)
{ }

HubAccount::~HubAccount() = default;

QString HubAccount::hubUrl() const
{
    return m_profile.settings().value(kHubUrl).toString();
}

QString HubAccount::username() const
{
    return m_profile.settings().value(kUsername).toString();
}

User HubAccount::user() const
{
    const auto &s = m_profile.settings();
    User u;
    u.id = s.value(kUserId).toString();
    u.username = username();
    u.displayName = s.value(kDisplayName).toString();
    u.role = Roles::fromKey(s.value(kRole).toString()).value_or(Role::Officer);
    u.unitId = s.value(kUnit).toString();
    u.agencyId = s.value(kAgency).toString();
    return u;
}

QString HubAccount::unitName() const
{
    return m_profile.settings().value(kUnitName).toString();
}

QString HubAccount::agencyName() const
{
    return m_profile.settings().value(kAgencyName).toString();
}

AgencyZone HubAccount::zone() const
{
    return Zones::fromSettings(m_profile.settings());
}

WorkingCalendar HubAccount::calendar(Database &db) const
{
    return loadCalendar(db, m_profile.settings());
}

void HubAccount::setHub(const QString &url, const QString &name)
{
    auto &s = m_profile.settings();
    if (s.value(kHubUrl).toString() != url || s.value(kUsername).toString() != name)
        m_client.reset(); // a different hub or user is a different session
    s.setValue(kHubUrl, url);
    s.setValue(kUsername, name);
    s.sync();
}

void HubAccount::rememberLogin()
{
    const User &u = client().user();
    const QJsonObject info = client().userInfo();
    auto &s = m_profile.settings();
    s.setValue(kUserId, u.id);
    s.setValue(kDisplayName, u.displayName);
    s.setValue(kRole, Roles::key(u.role));
    s.setValue(kUnit, u.unitId);
    s.setValue(kAgency, u.agencyId);
    s.setValue(kUnitName, info.value(QLatin1String("unit_name")).toString());
    s.setValue(kAgencyName, info.value(QLatin1String("agency_name")).toString());
    if (const auto zone = Zones::fromKey(info.value(QLatin1String("agency_zone")).toString()))
        Zones::toSettings(s, *zone);
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
        settings.extraCaFile = m_profile.settings().value(kCaFile).toString();
        settings.transferTimeoutMs = m_profile.settings().value(kTimeout, 30).toInt() * 1000;
        m_client = std::make_unique<HubClient>(settings, m_tokens);
    }
    return *m_client;
}

} // namespace lapor
