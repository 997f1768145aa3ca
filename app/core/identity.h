#pragma once

#include "role.h"
#include "user.h"
#include "workingcalendar.h"

#include <QString>
#include <QTimeZone>

#include <optional>

class QSettings;

namespace lapor {

// Who is signed in, to which hub, and the agency they work for, as the profile's
// settings.ini remembers it between runs (for offline use and the UI). The keys are
// spelled here and nowhere else. Never the password or tokens: TokenStore keeps those.
struct Identity
{
    QString hubUrl;
    QString userId;
    QString username;
    QString displayName;
    Role role = Role::Officer; // a missing or unknown role reads as Officer
    QString unitId;
    QString unitName;
    QString agencyId;
    QString agencyName;
    // The agency's zone as the hub announced it; empty before a sign-in named one, and
    // when settings.ini holds a zone this version does not know.
    std::optional<AgencyZone> zone;

    // The zone deadlines are counted in: WIB when none is known (docs/domain.md,
    // "Working days").
    AgencyZone agencyZone() const { return zone.value_or(AgencyZone::WIB); }
    QTimeZone timeZone() const { return Zones::timeZone(agencyZone()); }
    User user() const;

    static Identity load(const QSettings &settings);
    // Writes every field; an empty one (or an unknown zone) removes its key, so the file
    // holds only what is known. The caller syncs.
    void store(QSettings &settings) const;

    friend bool operator==(const Identity &, const Identity &) = default;
};

} // namespace lapor
