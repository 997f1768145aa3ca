#include "identity.h"

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

void put(QSettings &settings, const QString &key, const QString &value)
{
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
}

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
    put(settings, kHubUrl, hubUrl);
    put(settings, kUserId, userId);
    put(settings, kUsername, username);
    put(settings, kDisplayName, displayName);
    settings.setValue(kRole, Roles::key(role));
    put(settings, kUnit, unitId);
    put(settings, kUnitName, unitName);
    put(settings, kAgency, agencyId);
    put(settings, kAgencyName, agencyName);
    put(settings, kZone, zone ? Zones::key(*zone) : QString());
}

} // namespace lapor
