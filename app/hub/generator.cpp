#include "generator.h"

#include "authservice.h"
#include "changelog.h"
#include "core/workingcalendar.h"
#include "hubstore.h"
#include "protocol/records.h"
#include "textgen.h"

#include <QJsonObject>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Account
{
    const char *username;
    const char *displayName;
    const char *role;
    int unitIndex; // into TextGen::units(); -1 = agency level
};

// Unit A is the first unit in hub-generator.json, unit B the second (see README).
constexpr Account kTrainingAccounts[] = {
    { "petugas1", "Rina Fitriani", "officer", 0 },
    { "petugas2", "Ahmad Fauzan", "officer", 0 },
    { "kepala1", "Ir. H. Rahmat Hidayat, M.T.", "approver", 0 },
    { "petugas3", "Siti Noorhayati", "officer", 1 },
    { "kepala2", "dr. Hj. Aulia Rahmawati", "approver", 1 },
    { "koordinator", "Muhammad Iqbal Maulana", "coordinator", -1 },
};

} // namespace

Generator::Generator(HubStore &store, const TextGen &text)
    : m_store(store)
    , m_text(text)
{ }

QString Generator::defaultPassword()
{
    return u"latihan"_s;
}

void Generator::writeBase(const GeneratorOptions &options)
{
    ChangeLog log(m_store);
    const QString agencyId = m_text.agencyId();
    m_store.setMeta(u"agency_id"_s, agencyId);
    m_store.setMeta(u"agency_name"_s, m_text.agencyName());
    m_store.setMeta(u"agency_zone"_s, m_text.agencyZone());
    log.publishGlobal(
        "agency", agencyId,
        Records::envelope(
            "agency", Wire::encode(Agency { agencyId, m_text.agencyName(), m_text.agencyZone() })));

    for (const UnitSpec &unit : m_text.units()) {
        m_store.db()
            .prepare("INSERT INTO units (id, agency_id, name, short_name) VALUES (?, ?, ?, ?)")
            .bind(1, unit.id)
            .bind(2, agencyId)
            .bind(3, unit.name)
            .bind(4, unit.shortName)
            .exec();
        log.publishGlobal(
            "unit", unit.id,
            Records::envelope("unit",
                              Records::unitJson({ unit.id, agencyId, unit.name, unit.shortName })));
    }

    auto addUser = [&](const UserRow &user, const QString &passwordHash) {
        m_store.db()
            .prepare("INSERT INTO users (id, username, display_name, role, unit_id, agency_id, "
                     "password_hash, default_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, user.id)
            .bind(2, user.username)
            .bind(3, user.displayName)
            .bind(4, user.role)
            .bind(5, user.unitId)
            .bind(6, user.agencyId)
            .bind(7, passwordHash)
            .bind(8, !passwordHash.isEmpty())
            .exec();
        log.publishGlobal("user", user.id, Records::envelope("user", Records::userJson(user)));
    };
    for (const Account &a : kTrainingAccounts) {
        const QString unitId = a.unitIndex >= 0 ? m_text.units()[a.unitIndex].id : QString();
        addUser({ u"u-"_s + QLatin1String(a.username), QLatin1String(a.username),
                  QString::fromUtf8(a.displayName), QLatin1String(a.role), unitId, agencyId },
                AuthService::hashPassword(defaultPassword()));
    }
    // Every other unit gets an officer and a head who author its history; they cannot log in.
    Rng rng(options.seed ^ 0x5eedULL);
    for (int i = 2; i < m_text.units().size(); ++i) {
        const UnitSpec &unit = m_text.units()[i];
        addUser({ u"u-%1-staf"_s.arg(unit.id), u"staf.%1"_s.arg(unit.id), m_text.personName(rng),
                  u"officer"_s, unit.id, agencyId },
                {});
        addUser({ u"u-%1-kepala"_s.arg(unit.id), u"kepala.%1"_s.arg(unit.id),
                  m_text.personName(rng), u"approver"_s, unit.id, agencyId },
                {});
    }

    const int year = options.today.year();
    for (const Holiday &h : WorkingCalendar::shippedHolidays()) {
        if (h.date.year() < year - 1 || h.date.year() > year + 1)
            continue;
        const QString date = h.date.toString(Qt::ISODate);
        const QString kind = h.collectiveLeave ? u"cuti_bersama"_s : u"holiday"_s;
        m_store.db()
            .prepare("INSERT INTO holidays (date, name, kind) VALUES (?, ?, ?)")
            .bind(1, date)
            .bind(2, h.name)
            .bind(3, kind)
            .exec();
        log.publishGlobal("holiday", date, Records::envelope("holiday", Records::holidayJson(h)));
    }
}

} // namespace lapor::hub
