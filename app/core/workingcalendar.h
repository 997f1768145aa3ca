#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace lapor {

// Indonesia's three time zones. None observes daylight saving time.
enum class AgencyZone { WIB, WITA, WIT };

namespace Zones {
QString key(AgencyZone zone); // "WIB", "WITA", "WIT"
std::optional<AgencyZone> fromKey(const QString &key);
// A fixed-offset zone (UTC+7/+8/+9), so deadlines never depend on the host's tzdata.
QTimeZone timeZone(AgencyZone zone);
} // namespace Zones

struct Holiday
{
    QDate date;
    QString name;
    bool collectiveLeave = false; // cuti bersama rather than a national holiday
};

// Working days of an agency: Monday to Friday, minus national holidays and cuti
// bersama, with dates taken in the agency's own time zone.
class WorkingCalendar
{
public:
    explicit WorkingCalendar(AgencyZone zone = AgencyZone::WIB,
                             const QList<Holiday> &holidays = {});

    // The calendar with the national holidays shipped in resources/data/holidays.json.
    static WorkingCalendar national(AgencyZone zone);
    // Parses {"holidays": [{"date": "YYYY-MM-DD", "name": "...", "kind":
    // "holiday"|"cuti_bersama"}]}.
    static std::optional<QList<Holiday>> parseHolidays(const QByteArray &json, QString *error);
    static QList<Holiday> shippedHolidays();

    AgencyZone zone() const { return m_zone; }
    QTimeZone timeZone() const;
    void setHolidays(const QList<Holiday> &holidays);
    void addHoliday(const Holiday &holiday);
    QList<Holiday> holidays() const;
    std::optional<Holiday> holidayOn(QDate date) const;

    bool isWorkingDay(QDate date) const;
    // The agency-local calendar date of an instant.
    QDate localDate(const QDateTime &instant) const;
    // The n-th working day after `from`; `from` itself is never counted (n >= 0).
    // Invalid when `from` is.
    QDate addWorkingDays(QDate from, int n) const;
    // Working days in (from, to]; negative, counting (to, from], when to < from.
    int workingDaysBetween(QDate from, QDate to) const;
    // The first instant after `date` ends in the agency's zone: a deadline is met
    // by anything strictly before it.
    QDateTime endOfDay(QDate date) const;

private:
    AgencyZone m_zone;
    qint64 m_offsetSecs = 0;
    QHash<QDate, Holiday> m_holidays;
};

} // namespace lapor
