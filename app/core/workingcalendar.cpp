#include "workingcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lapor {

namespace Zones {

QString key(AgencyZone zone)
{
    switch (zone) {
    case AgencyZone::WIB:
        return QStringLiteral("WIB");
    case AgencyZone::WITA:
        return QStringLiteral("WITA");
    case AgencyZone::WIT:
        return QStringLiteral("WIT");
    }
    return {};
}

std::optional<AgencyZone> fromKey(const QString &key)
{
    for (auto zone : { AgencyZone::WIB, AgencyZone::WITA, AgencyZone::WIT }) {
        if (Zones::key(zone).compare(key, Qt::CaseInsensitive) == 0)
            return zone;
    }
    return std::nullopt;
}

QTimeZone timeZone(AgencyZone zone)
{
    constexpr int hour = 3600;
    switch (zone) {
    case AgencyZone::WIB:
        return QTimeZone(7 * hour);
    case AgencyZone::WITA:
        return QTimeZone(8 * hour);
    case AgencyZone::WIT:
        return QTimeZone(9 * hour);
    }
    return QTimeZone(7 * hour);
}

} // namespace Zones

WorkingCalendar::WorkingCalendar(AgencyZone zone, const QList<Holiday> &holidays)
    : m_zone(zone)
    , m_offsetSecs(Zones::timeZone(zone).offsetFromUtc(QDateTime::currentDateTimeUtc()))
{
    setHolidays(holidays);
}

WorkingCalendar WorkingCalendar::national(AgencyZone zone)
{
    return WorkingCalendar(zone, shippedHolidays());
}

QList<Holiday> WorkingCalendar::shippedHolidays()
{
    static const QList<Holiday> holidays = [] {
        QFile file(QStringLiteral(":/data/holidays.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("holidays.json is missing from the resources");
        QString error;
        auto parsed = parseHolidays(file.readAll(), &error);
        if (!parsed)
            qFatal("holidays.json is invalid: %s", qPrintable(error));
        return *parsed;
    }();
    return holidays;
}

std::optional<QList<Holiday>> WorkingCalendar::parseHolidays(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    auto fail = [error](const QString &why) -> std::optional<QList<Holiday>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    const auto list = doc.object().value(QLatin1String("holidays"));
    if (!list.isArray())
        return fail(QStringLiteral("\"holidays\" must be an array"));
    QList<Holiday> out;
    for (const auto &value : list.toArray()) {
        const auto obj = value.toObject();
        const auto date
            = QDate::fromString(obj.value(QLatin1String("date")).toString(), Qt::ISODate);
        const auto kind = obj.value(QLatin1String("kind")).toString();
        if (!date.isValid())
            return fail(
                QStringLiteral("invalid holiday date in %1")
                    .arg(QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact))));
        if (kind != QLatin1String("holiday") && kind != QLatin1String("cuti_bersama"))
            return fail(QStringLiteral("unknown holiday kind \"%1\"").arg(kind));
        out.append({ date, obj.value(QLatin1String("name")).toString(),
                     kind == QLatin1String("cuti_bersama") });
    }
    return out;
}

QTimeZone WorkingCalendar::timeZone() const
{
    return Zones::timeZone(m_zone);
}

void WorkingCalendar::setHolidays(const QList<Holiday> &holidays)
{
    m_holidays.clear();
    for (const auto &holiday : holidays)
        addHoliday(holiday);
}

void WorkingCalendar::addHoliday(const Holiday &holiday)
{
    if (holiday.date.isValid())
        m_holidays.insert(holiday.date, holiday);
}

QList<Holiday> WorkingCalendar::holidays() const
{
    auto out = m_holidays.values();
    std::sort(out.begin(), out.end(),
              [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return out;
}

std::optional<Holiday> WorkingCalendar::holidayOn(QDate date) const
{
    const auto it = m_holidays.constFind(date);
    if (it == m_holidays.constEnd())
        return std::nullopt;
    return *it;
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    const int weekday = date.dayOfWeek();
    return weekday <= 5 && !m_holidays.contains(date);
}

QDate WorkingCalendar::localDate(const QDateTime &instant) const
{
    // The zones have fixed offsets, so the date is arithmetic. A conversion through
    // QTimeZone per call was most of the cost of painting a screen of the inbox.
    if (!instant.isValid())
        return {};
    constexpr qint64 kDay = 24 * 3600;
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    const qint64 local = instant.toSecsSinceEpoch() + m_offsetSecs;
    const qint64 days = local >= 0 ? local / kDay : -((-local + kDay - 1) / kDay);
    return QDate::fromJulianDay(kUnixEpochJulianDay + days);
}

QDate WorkingCalendar::addWorkingDays(QDate from, int n) const
{
    // An invalid date never becomes a working day: without this the loop would not end.
    if (!from.isValid())
        return {};
    QDate day = from;
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

QDateTime WorkingCalendar::endOfDay(QDate date) const
{
    return QDateTime(date.addDays(1), QTime(0, 0), timeZone());
}

} // namespace lapor
