#include "migrations.h"

#include "database.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <utility>

namespace lapor::Migrations {

namespace {

constexpr std::array kMigrations = {
    ":/sql/001_initial.sql",
    ":/sql/002_saved_views.sql",
    ":/sql/003_outbox_users.sql",
    ":/sql/004_deferred_search.sql",
    ":/sql/005_quarantine.sql",
    ":/sql/006_inbox_index.sql",
    ":/sql/007_case_figures.sql",
    ":/sql/008_fewer_case_indexes.sql",
    ":/sql/009_inbox_token.sql",
    ":/sql/010_sync_runs.sql",
    ":/sql/011_bulk_load.sql",
    ":/sql/012_nota_dinas.sql",
    ":/sql/013_search_forms.sql",
    ":/sql/014_search_without_copy.sql",
    ":/sql/015_history_by_case.sql",
    ":/sql/016_checks_without_lists.sql",
    ":/sql/017_forms_as_one_character.sql",
};

// Schema 16 (resources/sql/016_checks_without_lists.sql): `CHECK (x IN (a, b))` becomes
// `CHECK (x = a OR x = b)` in the definitions of these tables.
constexpr int kChecksWithoutLists = 16;
constexpr std::array kTablesWithListChecks = { "cases", "attachments" };

// The values of a list are quoted words or numbers: no commas or parentheses inside.
QString withoutListChecks(const QString &definition)
{
    static const QRegularExpression listCheck(
        QStringLiteral(R"(CHECK\s*\(\s*(\w+)\s+IN\s*\(([^()]*)\)\s*\))"));
    QString out;
    qsizetype last = 0;
    auto it = listCheck.globalMatch(definition);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString column = match.captured(1);
        QStringList terms;
        for (const QString &value : match.captured(2).split(QLatin1Char(',')))
            terms.append(column + QLatin1String(" = ") + value.simplified());
        out += definition.mid(last, match.capturedStart() - last);
        out += QLatin1String("CHECK (") + terms.join(QLatin1String(" OR ")) + QLatin1Char(')');
        last = match.capturedEnd();
    }
    return out + definition.mid(last);
}

bool rewriteListChecks(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    QList<std::pair<QString, QString>> changed;
    for (const char *table : kTablesWithListChecks) {
        q.prepare(
            QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"));
        q.addBindValue(QLatin1String(table));
        if (!q.exec() || !q.next()) {
            *error = QStringLiteral("table %1: %2").arg(QLatin1String(table), q.lastError().text());
            return false;
        }
        const QString before = q.value(0).toString();
        const QString after = withoutListChecks(before);
        if (after != before)
            changed.append({ QLatin1String(table), after });
        q.finish();
    }
    if (changed.isEmpty())
        return true;
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const qint64 schemaVersion = q.value(0).toLongLong();
    q.finish();
    bool ok = q.exec(QStringLiteral("PRAGMA writable_schema = ON"));
    for (qsizetype i = 0; ok && i < changed.size(); ++i) {
        q.prepare(
            QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"));
        q.addBindValue(changed[i].second);
        q.addBindValue(changed[i].first);
        ok = q.exec();
    }
    // The new definitions are read by every connection from the next statement on.
    ok = ok && q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    if (!ok)
        *error = q.lastError().text();
    q.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
    return ok;
}

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
        if (version == kChecksWithoutLists && !rewriteListChecks(db, error)) {
            *error = QStringLiteral("migration %1: %2").arg(version).arg(*error);
            return false;
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
