#include "identity.h"

#include "profile.h"

#include <QSettings>

namespace lapor {

namespace {

// settings.ini as LAPOR Desk has always written it: existing profiles keep working.
const QString kHubUrl = QStringLiteral("hub/url");
const QString kUserId = QStringLiteral("user/id");
const QString kUsername = QStringLiteral("user/name");
const QString kDisplayName = QStringLiteral("user/displayName");
const QString kRole = QStringLiteral("user/role");
const QString kUnit = QStringLiteral("user/unit");
const QString kUnitName = QStringLiteral("user/unitName");
const QString kAgency = QStringLiteral("agency/id");
const QString kAgencyName = QStringLiteral("agency/name");
const QString kZone = QStringLiteral("agency/zone");

} // namespace

User Identity::user() const
{
    User u;
    u.id = userId;
    u.username = username;
    u.displayName = displayName;
    u.role = role;
    u.unitId = unitId;
    u.agencyId = agencyId;
    return u;
}

Identity Identity::load(const QSettings &settings)
{
    const auto text = [&settings](const QString &key) {
        return settings.value(key).toString();
    };
    Identity id;
    id.hubUrl = text(kHubUrl);
    id.userId = text(kUserId);
    id.username = text(kUsername);
    id.displayName = text(kDisplayName);
    id.role = Roles::fromKey(text(kRole)).value_or(Role::Officer);
    id.unitId = text(kUnit);
    id.unitName = text(kUnitName);
    id.agencyId = text(kAgency);
    id.agencyName = text(kAgencyName);
    id.zone = Zones::fromKey(text(kZone));
    return id;
}

void Identity::store(QSettings &settings) const
{
    putSetting(settings, kHubUrl, hubUrl);
    putSetting(settings, kUserId, userId);
    putSetting(settings, kUsername, username);
    putSetting(settings, kDisplayName, displayName);
    settings.setValue(kRole, Roles::key(role));
    putSetting(settings, kUnit, unitId);
    putSetting(settings, kUnitName, unitName);
    putSetting(settings, kAgency, agencyId);
    putSetting(settings, kAgencyName, agencyName);
    putSetting(settings, kZone, zone ? Zones::key(*zone) : QString());
}

} // namespace lapor
