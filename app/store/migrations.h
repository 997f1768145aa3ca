#pragma once

#include <QString>
#include <QStringList>

namespace lapor {

class Database;

// Numbered schema files in resources/sql, applied in order, each in its own
// transaction together with PRAGMA user_version.
namespace Migrations {
int latestVersion();
// Brings the database to `target` (-1 = latest). Never goes backwards.
bool apply(Database &db, int target, QString *error);
// Splits a schema file into statements; a CREATE TRIGGER ... END; block stays whole.
QStringList splitStatements(const QString &script);
} // namespace Migrations

} // namespace lapor
