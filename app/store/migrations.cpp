#include "migrations.h"

#include "database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace lapor::Migrations {

namespace {

constexpr std::array kMigrations = {
    ":/sql/001_initial.sql",         ":/sql/002_saved_views.sql",
    ":/sql/003_outbox_users.sql",    ":/sql/004_deferred_search.sql",
    ":/sql/005_quarantine.sql",      ":/sql/006_inbox_index.sql",
    ":/sql/007_case_figures.sql",    ":/sql/008_fewer_case_indexes.sql",
    ":/sql/009_inbox_token.sql",     ":/sql/010_sync_runs.sql",
    ":/sql/011_bulk_load.sql",       ":/sql/012_nota_dinas.sql",
    ":/sql/013_search_forms.sql",    ":/sql/014_search_without_copy.sql",
    ":/sql/015_history_by_case.sql",
};

} // namespace

int latestVersion()
{
    return int(kMigrations.size());
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty()
            && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

bool apply(Database &db, int target, QString *error)
{
    const int latest = latestVersion();
    if (target < 0 || target > latest)
        target = latest;
    for (int version = db.schemaVersion() + 1; version <= target; ++version) {
        QFile file(QString::fromLatin1(kMigrations[size_t(version - 1)]));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("migration %1 missing from resources").arg(version);
            return false;
        }
        const auto statements = splitStatements(QString::fromUtf8(file.readAll()));

        Transaction transaction(db);
        if (!transaction.isActive()) {
            *error = db.connection().lastError().text();
            return false;
        }
        QSqlQuery query(db.connection());
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                *error = QStringLiteral("migration %1: %2\n%3")
                             .arg(version)
                             .arg(query.lastError().text(), statement.left(200));
                return false;
            }
        }
        // PRAGMA takes no bound parameters; the value is our own integer.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
            || !transaction.commit()) {
            *error = QStringLiteral("migration %1: %2").arg(version).arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace lapor::Migrations
