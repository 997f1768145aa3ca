// Reference data (units, users, the agency, holidays) and removals: each kind's decoder
// (the desk) next to its encoder (laporhub).
#include "recordfields.h"
#include "records.h"

namespace lapor::Wire {

using namespace Fields;

std::optional<Unit> decodeUnit(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("unit"));
    Unit u;
    u.id = json.string("id", kIdLength, false);
    u.agencyId = json.string("agency_id", kIdLength);
    u.name = json.string("name", kNameLength, false);
    u.shortName = json.string("short_name", kNameLength);
    return finish(json, std::move(u), error);
}

QJsonObject encode(const Unit &u)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), u.id);
    o.insert(QLatin1String("agency_id"), u.agencyId);
    o.insert(QLatin1String("name"), u.name);
    o.insert(QLatin1String("short_name"), u.shortName);
    return o;
}

std::optional<User> decodeUser(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("user"));
    User u;
    u.id = json.string("id", kIdLength, false);
    u.username = json.string("username", kNameLength, false);
    u.displayName = json.string("display_name", kNameLength);
    const QString role = json.keyword("role", Roles::keys());
    u.role = Roles::fromKey(role).value_or(Role::Officer);
    u.unitId = json.string("unit_id", kIdLength);
    u.agencyId = json.string("agency_id", kIdLength);
    return finish(json, std::move(u), error);
}

QJsonObject encode(const User &u)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), u.id);
    o.insert(QLatin1String("username"), u.username);
    o.insert(QLatin1String("display_name"), u.displayName);
    o.insert(QLatin1String("role"), Roles::key(u.role));
    o.insert(QLatin1String("unit_id"), u.unitId);
    o.insert(QLatin1String("agency_id"), u.agencyId);
    return o;
}

std::optional<Agency> decodeAgency(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("agency"));
    Agency a;
    a.id = json.string("id", kIdLength, false);
    a.name = json.string("name", kNameLength, false);
    a.zone = json.string("zone", kNameLength);
    return finish(json, std::move(a), error);
}

QJsonObject encode(const Agency &a)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), a.id);
    o.insert(QLatin1String("name"), a.name);
    o.insert(QLatin1String("zone"), a.zone);
    return o;
}

std::optional<Holiday> decodeHoliday(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("holiday"));
    Holiday h;
    h.date = QDate::fromString(json.string("date", 10), Qt::ISODate);
    h.name = json.string("name", kNameLength);
    h.collectiveLeave
        = json.keyword("kind", { QStringLiteral("holiday"), QStringLiteral("cuti_bersama") })
        == QLatin1String("cuti_bersama");
    if (json.ok() && !h.date.isValid())
        json.fail("date", QStringLiteral("must be a date like 2026-03-20"));
    return finish(json, std::move(h), error);
}

QJsonObject encode(const Holiday &h)
{
    QJsonObject o;
    o.insert(QLatin1String("date"), h.date.toString(Qt::ISODate));
    o.insert(QLatin1String("name"), h.name);
    o.insert(QLatin1String("kind"),
             h.collectiveLeave ? QStringLiteral("cuti_bersama") : QStringLiteral("holiday"));
    return o;
}

std::optional<CaseRemoval> decodeRemoval(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("remove"));
    CaseRemoval r;
    r.trackingId = trackingId(json, "case_id");
    r.reason = json.string("reason", 64);
    return finish(json, std::move(r), error);
}

QJsonObject encode(const CaseRemoval &r)
{
    QJsonObject o;
    o.insert(QLatin1String("case_id"), double(r.trackingId));
    o.insert(QLatin1String("reason"), r.reason);
    return o;
}

std::optional<SignedInUser> decodeSignedInUser(const JsonRef &o, QString *error)
{
    const auto user = decodeUser(o, error);
    if (!user)
        return std::nullopt;
    StrictJson json(o, QStringLiteral("user"));
    SignedInUser signedIn;
    signedIn.user = *user;
    auto optional = [&](const char *key) {
        return json.has(key) ? json.string(key, kNameLength) : QString();
    };
    signedIn.unitName = optional("unit_name");
    signedIn.agencyName = optional("agency_name");
    signedIn.agencyZone = optional("agency_zone");
    return finish(json, std::move(signedIn), error);
}

QJsonObject encode(const SignedInUser &u)
{
    QJsonObject o = encode(u.user);
    o.insert(QLatin1String("unit_name"), u.unitName);
    o.insert(QLatin1String("agency_name"), u.agencyName);
    o.insert(QLatin1String("agency_zone"), u.agencyZone);
    return o;
}

} // namespace lapor::Wire
