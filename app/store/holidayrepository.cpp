#include "holidayrepository.h"

#include "database.h"
#include "sqlutil.h"

namespace lapor {

namespace {
// holidays.kind, as resources/sql/001_initial.sql allows it.
const QString kHoliday = QStringLiteral("holiday");
const QString kCollectiveLeave = QStringLiteral("cuti_bersama");
} // namespace

HolidayRepository::HolidayRepository(Database &db)
    : m_db(db)
    , m_put(db.connection())
{ }

bool HolidayRepository::put(const Holiday &h, QString *error)
{
    if (!Sql::prepareOnce(m_put,
                          QStringLiteral("INSERT INTO holidays (date, name, kind) VALUES (?, ?, ?) "
                                         "ON CONFLICT (date) DO UPDATE SET name = excluded.name, "
                                         "kind = excluded.kind"),
                          error))
        return false;
    m_put.addBindValue(h.date.toString(Qt::ISODate));
    m_put.addBindValue(Sql::text(h.name));
    m_put.addBindValue(h.collectiveLeave ? kCollectiveLeave : kHoliday);
    return Sql::exec(m_put, error);
}

QList<Holiday> HolidayRepository::all() const
{
    QList<Holiday> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT date, name, kind FROM holidays ORDER BY date"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({ QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                     q.value(2).toString() == kCollectiveLeave });
    return out;
}

} // namespace lapor
