#pragma once

#include "core/workingcalendar.h"

#include <QList>
#include <QSqlQuery>

namespace lapor {

class Database;

// The holidays and cuti bersama the hub announced, on top of the national ones shipped
// with the program. The sync writes them inside the caller's transaction (through
// ChangeWriter); the desk reads them into the agency's WorkingCalendar.
class HolidayRepository
{
public:
    explicit HolidayRepository(Database &db);

    // Inserts or replaces the holiday on its date.
    bool put(const Holiday &holiday, QString *error);
    // By date; empty when the store cannot be read, so the national calendar stands.
    QList<Holiday> all() const;

private:
    Database &m_db;
    QSqlQuery m_put;
};

} // namespace lapor
