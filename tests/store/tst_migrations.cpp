#include "core/workingcalendar.h"
#include "sqlcheck.h"
#include "store/bulkload.h"
#include "store/casefigures.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lapor;
using namespace lapor::test;

namespace {

QStringList tables(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    const QString sql = QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'case_search_%' ORDER BY name");
    if (!q.exec(sql))
        failAt(q.lastError().text() + QLatin1String(" in: ") + sql, TestLocation::current());
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList namesOf(const QSqlDatabase &db, const QString &type)
{
    QStringList out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND sql IS NOT NULL "
                             "ORDER BY name"));
    q.addBindValue(type);
    if (!q.exec())
        failAt(q.lastError().text() + QLatin1String(" in: ") + q.lastQuery(),
               TestLocation::current());
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"),
                  { table, column })
               .toInt()
        == 1;
}

int rows(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text() + QLatin1String(" in: ") + sql;
            return false;
        }
    }
    return true;
}

// A store of schema `version` left in the middle of a first sync: what BulkLoad::begin()
// of that schema did on a store without cases, then 20 cases from `firstCase` on and
// `more`, in one transaction.
bool stopInTheMiddleOfAFill(const QString &path, int version, qint64 firstCase,
                            const QStringList &more, QString *error)
{
    Database::Options options;
    options.targetVersion = version;
    auto opened = Database::open(path, options);
    if (!opened.database) {
        *error = opened.message;
        return false;
    }
    const auto db = opened.database->connection();
    QStringList drops;
    {
        QSqlQuery q(db);
        if (!execAll(db,
                     { QStringLiteral("BEGIN"),
                       QStringLiteral("UPDATE search_mode SET unbuilt = 1"),
                       QStringLiteral(
                           "INSERT INTO set_aside (name, type, sql) SELECT name, type, sql "
                           "FROM sqlite_schema WHERE sql IS NOT NULL AND ((type = 'index' AND "
                           "tbl_name = 'cases') OR (type = 'trigger' AND tbl_name IN ('cases', "
                           "'followups') AND (name LIKE '%search%' OR name LIKE '%figures%')))") },
                     error)
            || !q.exec(QStringLiteral("SELECT name, type FROM set_aside"))) {
            return false;
        }
        while (q.next()) {
            drops.append(
                QStringLiteral("DROP %1 %2").arg(q.value(1).toString(), q.value(0).toString()));
        }
    }
    if (!execAll(db, drops, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO cases (tracking_id, title, content, status, "
                             "received_at) VALUES (?, 'Jalan berlubang', ?, 'disposed', 0)"));
    for (int i = 0; i < 20; ++i) {
        q.addBindValue(firstCase + i);
        q.addBindValue(QStringLiteral("Lubang ke-%1 di Jl. Juanda.").arg(i));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return execAll(db, more + QStringList { QStringLiteral("COMMIT") }, error);
}

// Rows a user of schema `version` would have: one of every kind, written with plain SQL
// as that version's code would have written them.
bool insertRepresentativeRows(const QSqlDatabase &db, int version, QString *error)
{
    QStringList sql;
    if (version >= 1) {
        sql << QStringLiteral("INSERT INTO units (id, agency_id, name, short_name) VALUES "
                              "('dinas-pupr', 'pemkot-samarinda', 'Dinas Pekerjaan Umum dan "
                              "Penataan Ruang', 'PUPR')")
            << QStringLiteral("INSERT INTO users (id, username, display_name, role, unit_id, "
                              "agency_id) VALUES ('u-siti', 'siti', 'Siti Rahmawati', 'officer', "
                              "'dinas-pupr', 'pemkot-samarinda')")
            << QStringLiteral("INSERT INTO cases (tracking_id, title, content, category, status, "
                              "unit_id, received_at, disposed_at, due_at, resolution_days, "
                              "version, unread) VALUES (8112829, 'Jalan berlubang di Jl. Ahmad "
                              "Yani', 'Jalan berlubang di Jl. Ahmad Yani km 5, sudah 3 bulan tdk "
                              "diperbaiki', 'Infrastruktur', 'in_progress', 'dinas-pupr', "
                              "1772413200, 1772499600, 1773100800, 60, 4, 0)")
            << QStringLiteral("INSERT INTO followups (id, case_id, author_id, unit_id, text, "
                              "published_at) VALUES ('f-1', 8112829, 'u-siti', 'dinas-pupr', "
                              "'Tim UPTD sudah survei lokasi, penambalan dijadwalkan', "
                              "1772586000)")
            << QStringLiteral("INSERT INTO citizen_replies (id, case_id, text, rating, "
                              "created_at) VALUES ('r-1', 8112829, 'Terima kasih pak', 4, "
                              "1772672400)")
            << QStringLiteral("INSERT INTO attachments (id, case_id, owner_kind, owner_id, "
                              "file_name, mime_type, size) VALUES ('a-1', 8112829, 'case', '', "
                              "'foto_jalan.jpg', 'image/jpeg', 204800)")
            << QStringLiteral("INSERT INTO dispositions (id, case_id, from_unit_id, to_unit_id, "
                              "at) VALUES ('d-1', 8112829, 'setda', 'dinas-pupr', 1772499600)")
            << QStringLiteral("INSERT INTO notes (id, case_id, author_id, text, created_at) "
                              "VALUES ('n-1', 8112829, 'u-siti', 'cek ke UPTD wilayah utara', "
                              "1772586000)")
            << QStringLiteral("INSERT INTO drafts (id, case_id, author_id, state, text, revision, "
                              "created_at, updated_at) VALUES ('dr-1', 8112829, 'u-siti', "
                              "'submitted', 'Penambalan selesai minggu ini', 1, 1772586000, "
                              "1772586000)")
            << QStringLiteral("INSERT INTO draft_revisions (draft_id, revision, text, author_id, "
                              "created_at) VALUES ('dr-1', 1, 'Penambalan selesai minggu ini', "
                              "'u-siti', 1772586000)")
            << QStringLiteral("INSERT INTO decisions (id, draft_id, revision, approver_id, kind, "
                              "decided_at) VALUES ('dc-1', 'dr-1', 1, 'u-kabid', 'return', "
                              "1772590000)")
            << QStringLiteral("INSERT INTO outbox (id, case_id, kind, payload, created_at, "
                              "updated_at) VALUES ('ob-1', 8112829, 'submit', '{}', 1772586000, "
                              "1772586000)")
            << QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('cursor', 'c-42')")
            << QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity, entity_id) "
                              "VALUES (1772586000, 'u-siti', 'draft.submit', 'draft', 'dr-1')")
            << QStringLiteral("INSERT INTO holidays (date, name, kind) VALUES ('2026-03-19', "
                              "'Hari Suci Nyepi', 'holiday')");
    }
    if (version >= 2) {
        sql << QStringLiteral("INSERT INTO saved_views (name, filter, created_at) VALUES "
                              "('Jatuh tempo', '{\"sla\":\"due_soon\"}', 1772586000)")
            << QStringLiteral("UPDATE cases SET local_state = 'awaiting_approval'");
    }
    return execAll(db, sql, error);
}

// What each version added, checked on a database at the newest schema that was
// upgraded from `from`.
void checkAddedSince(const QSqlDatabase &db, int from)
{
    if (from < 2) {
        QVERIFY(tables(db).contains(QStringLiteral("saved_views")));
        QVERIFY(hasColumn(db, QStringLiteral("cases"), QStringLiteral("local_state")));
        if (from >= 1) {
            // The column exists with its default on rows written before it did.
            QCOMPARE(scalar(db, QStringLiteral("SELECT local_state FROM cases")).toString(),
                     QString());
            QCOMPARE(rows(db, QStringLiteral("saved_views")), 0);
        }
        // Its CHECK holds for new writes.
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO cases (tracking_id, title, content, status, "
                                       "received_at, local_state) VALUES (1, 'Sampah', '', "
                                       "'disposed', 0, 'nonsense')")));
        QVERIFY(q.lastError().text().contains(QLatin1String("CHECK"), Qt::CaseInsensitive));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO saved_views (name, filter, created_at) "
                                      "VALUES ('Belum dibaca', '{}', 1)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO saved_views (name, filter, created_at) "
                                       "VALUES ('Belum dibaca', '{}', 2)")));
    }
    if (from < 4) {
        QVERIFY(tables(db).contains(QStringLiteral("search_pending")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT deferred FROM search_mode")).toInt(), 0);
        QCOMPARE(rows(db, QStringLiteral("search_mode")), 1);
        if (from >= 1) {
            // Cases indexed before the upgrade are still found, and the new triggers
            // index a change at once outside a batch.
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT rowid FROM case_search WHERE "
                                           "case_search MATCH 'berlubang'"))
                         .toLongLong(),
                     8112829);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE cases SET title = 'Jembatan retak' WHERE tracking_id = 8112829")));
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT rowid FROM case_search WHERE "
                                           "case_search MATCH 'retak'"))
                         .toLongLong(),
                     8112829);
        }
    }
    if (from < 5) {
        QVERIFY(tables(db).contains(QStringLiteral("quarantine")));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO quarantine (kind, entity_id, reason, record, cursor, received_at) "
            "VALUES ('case', '8000001', 'r', '{}', '', 1)")));
        // One row per entity, but any number of records without a readable id.
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO quarantine (kind, entity_id, reason, record, cursor, received_at) "
            "VALUES ('case', '8000001', 'r2', '{}', '', 2)")));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO quarantine (kind, entity_id, reason, record, cursor, received_at) "
                "VALUES ('', '', 'not JSON', 'x', '', 3)")));
        }
        if (from >= 1) {
            // Cases from before keep their data and have no reason yet.
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT count(*) FROM cases WHERE "
                                           "not_authority_reason = ''"))
                         .toInt(),
                     rows(db, QStringLiteral("cases")));
        }
    }

    // The step that added the dashboard's sums, found by its file so that a step added
    // before it does not change what is checked.
    const auto files = QDir(QStringLiteral(":/sql"))
                           .entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    const int figuresStep = int(files.indexOf(QStringLiteral("007_case_figures.sql"))) + 1;
    QVERIFY(figuresStep > 0);
    // Schema 8 dropped the indexes on cases that no query read; the two that still have a
    // reader stay and are the ones their queries use.
    const int indexesStep = int(files.indexOf(QStringLiteral("008_fewer_case_indexes.sql"))) + 1;
    QVERIFY(indexesStep > 0);
    if (from < indexesStep) {
        const QStringList indexes = namesOf(db, QStringLiteral("index"));
        for (const char *gone : { "cases_by_received", "cases_by_due", "cases_by_local_state" })
            QVERIFY2(!indexes.contains(QLatin1String(gone)), gone);
        for (const char *kept :
             { "cases_by_status", "cases_by_unit", "cases_inbox", "cases_conflicted" })
            QVERIFY2(indexes.contains(QLatin1String(kept)), kept);
        const auto plan = [&](const QString &sql) {
            QSqlQuery q(db);
            QStringList lines;
            if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
                return QString();
            while (q.next())
                lines.append(q.value(3).toString());
            return lines.join(QLatin1Char('\n'));
        };
        // Retention's search for old closed cases (Retention::purgeClosedBefore).
        QVERIFY(plan(QStringLiteral("SELECT c.tracking_id FROM cases c WHERE c.status IN "
                                    "('done', 'archived') AND c.received_at < 1"))
                    .contains(QLatin1String("cases_by_status")));
        // The inbox's list of units (InboxLookup::units).
        QVERIFY(plan(QStringLiteral("SELECT min(unit_id) FROM cases WHERE unit_id > ''"))
                    .contains(QLatin1String("cases_by_unit")));
        // The due-date notifications and counts run over cases_inbox.
        QVERIFY(plan(QStringLiteral("SELECT tracking_id, due_at FROM cases WHERE in_scope = 1 "
                                    "AND due_at > 1 AND due_at <= 2 ORDER BY tracking_id"))
                    .contains(QLatin1String("cases_inbox")));
    }
    if (from < figuresStep) {
        for (const char *table : { "figure_calendar", "figure_days", "figures_by_day",
                                   "figures_by_followup_day", "figures_by_due_day" })
            QVERIFY2(tables(db).contains(QLatin1String(table)), table);
        // Not built yet: the calendar is not in the store; the first dashboard builds them.
        QCOMPARE(rows(db, QStringLiteral("figure_calendar")), 0);
        QCOMPARE(rows(db, QStringLiteral("figures_by_day")), 0);
    }
    if (from < 10) {
        // Schema 10: the traffic of sync runs, empty after an upgrade; counts never
        // negative.
        QVERIFY(tables(db).contains(QStringLiteral("sync_runs")));
        QCOMPARE(rows(db, QStringLiteral("sync_runs")), 0);
        QVERIFY(
            namesOf(db, QStringLiteral("index")).contains(QStringLiteral("sync_runs_by_start")));
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO sync_runs (started_at, finished_at, "
                                       "bytes_up, bytes_down, ok) VALUES (1, 2, -1, 0, 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_runs (started_at, finished_at, "
                                      "bytes_up, bytes_down, ok) VALUES (1, 2, 10, 20, 1)")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_runs")));
    }
    if (from < 12) {
        // Schema 12: the nota dinas and their yearly counter, empty after an upgrade; a
        // number, a decision and a year's running number each at most once.
        QCOMPARE(rows(db, QStringLiteral("nota_dinas")), 0);
        QCOMPARE(rows(db, QStringLiteral("nota_dinas_counters")), 0);
        QVERIFY(
            namesOf(db, QStringLiteral("index")).contains(QStringLiteral("nota_dinas_by_case")));
        QSqlQuery q(db);
        const QString insert = QStringLiteral(
            "INSERT INTO nota_dinas (case_id, draft_id, decision_id, kind, number, year, "
            "sequence, file, content, created_by, created_at) VALUES "
            "(1, 'd', '%1', 'approve', '%2', 2026, %3, 'f', '{}', 'u', 0)");
        QVERIFY(q.exec(insert.arg(QStringLiteral("x1"), QStringLiteral("800/1/A/2026")).arg(1)));
        QVERIFY(!q.exec(insert.arg(QStringLiteral("x2"), QStringLiteral("800/1/A/2026")).arg(2)));
        QVERIFY(!q.exec(insert.arg(QStringLiteral("x1"), QStringLiteral("800/2/A/2026")).arg(2)));
        QVERIFY(!q.exec(insert.arg(QStringLiteral("x3"), QStringLiteral("800/3/A/2026")).arg(1)));
        QVERIFY(!q.exec(insert.arg(QStringLiteral("x4"), QStringLiteral("800/4/A/2026")).arg(0)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM nota_dinas")));
    }
    // Schemas 13 and 14 each rebuilt the index at open; its statement tells which.
    const QString searchSql = from < 14
        ? scalar(db,
                 QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                "'case_search'"))
              .toString()
        : QString();
    if (from < 13) {
        // Schema 13: the index is read by the "lapor" tokenizer, with each word's forms
        // ("berlubang" is also "~lubang", checked below).
        QVERIFY(searchSql.contains(QLatin1String("'lapor remove_diacritics 2'")));
    }
    if (from < 14) {
        // Schema 14: the index keeps no copy of the text, and was rebuilt at open from the
        // cases and their follow-ups.
        QVERIFY(searchSql.contains(QLatin1String("content = ''")));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                       "'case_search_content'"))
                     .toInt(),
                 0);
        // (Built again at schema 17, checked below.)
        QCOMPARE(rows(db, QStringLiteral("search_pending")), 0);
    }
    if (from < 15) {
        // Schema 15: a case's history rows are keyed within the case.
        const QStringList indexes = namesOf(db, QStringLiteral("index"));
        for (const char *name : { "followups_key", "citizen_replies_key", "dispositions_key",
                                  "notes_key", "followups_by_case", "citizen_replies_by_case",
                                  "dispositions_by_case", "notes_by_case" }) {
            QVERIFY2(indexes.contains(QLatin1String(name)), name);
        }
        QCOMPARE(searchIndexDrift(db), QStringList());
        if (from >= 1) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO cases (tracking_id, title, content, status, received_at) "
                "VALUES (8112830, 'Lampu jalan mati', 'Lampu mati', 'disposed', 0)")));
            // The hub's id again, in another case: a row of that case.
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO notes (id, case_id, author_id, text, created_at) "
                         "VALUES ('n-1', 8112830, 'u-siti', 'cek', 1)")),
                     qPrintable(q.lastError().text()));
            // Twice in the same case: refused.
            QVERIFY(!q.exec(
                QStringLiteral("INSERT INTO notes (id, case_id, author_id, text, created_at) "
                               "VALUES ('n-1', 8112829, 'u-siti', 'lagi', 2)")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE tracking_id = 8112830")));
            QCOMPARE(rows(db, QStringLiteral("notes")), 1);
        }
    }
    if (from < 17) {
        // Schema 17: the index was built again with each form as one term that no prefix
        // index copies; none is left as it was written before, and a form is still found.
        QCOMPARE(scalar(db, QStringLiteral("SELECT unbuilt FROM search_mode")).toInt(), 0);
        QCOMPARE(rows(db, QStringLiteral("case_search")), rows(db, QStringLiteral("cases")));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.upgraded_terms "
                                      "USING fts5vocab(main, 'case_search', 'row')")));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM temp.upgraded_terms "
                                       "WHERE substr(term, 1, 1) IN ('^', '~')"))
                     .toInt(),
                 0);
        QVERIFY(q.exec(QStringLiteral("DROP TABLE temp.upgraded_terms")));
        if (from >= 1) {
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT rowid FROM case_search WHERE "
                                           "case_search MATCH '\"~lubang\"'"))
                         .toLongLong(),
                     8112829);
        }
    }
    if (from < 16) {
        // Schema 16: the same constraints, each value named, no list.
        QSqlQuery q(db);
        for (const char *table : { "cases", "attachments" }) {
            QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'")
                               .arg(QLatin1String(table))));
            QVERIFY(q.next());
            const QString definition = q.value(0).toString();
            QVERIFY2(!definition.contains(QLatin1String(" IN (")), qPrintable(definition));
            q.finish();
        }
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'cases'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(
            QLatin1String("status = 'unverified' OR status = 'disposed'")));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        // Every value allowed before is allowed, and nothing else.
        auto insert = [&](const QString &status, int days, const QString &localState) {
            QSqlQuery i(db);
            i.prepare(QStringLiteral(
                "INSERT INTO cases (tracking_id, title, content, status, received_at, "
                "resolution_days, local_state) VALUES (8112990, 't', 'c', ?, 0, ?, ?)"));
            i.addBindValue(status);
            i.addBindValue(days);
            i.addBindValue(localState.isNull() ? QStringLiteral("") : localState);
            const bool ok = i.exec();
            QSqlQuery(db).exec(QStringLiteral("DELETE FROM cases WHERE tracking_id = 8112990"));
            return ok;
        };
        for (const char *status : { "unverified", "disposed", "in_progress", "done", "postponed",
                                    "archived", "not_authority" })
            QVERIFY2(insert(QLatin1String(status), 14, QString()), status);
        for (int days : { 5, 14, 60 })
            QVERIFY(insert(QStringLiteral("done"), days, QString()));
        for (const char *state :
             { "", "draft", "awaiting_approval", "queued", "conflict", "error" })
            QVERIFY2(insert(QStringLiteral("done"), 14, QLatin1String(state)), state);
        QVERIFY(!insert(QStringLiteral("closed"), 14, QString()));
        QVERIFY(!insert(QStringLiteral("Done"), 14, QString()));
        QVERIFY(!insert(QStringLiteral("done"), 7, QString()));
        QVERIFY(!insert(QStringLiteral("done"), 14, QStringLiteral("sent")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO cases (tracking_id, title, content, status, received_at) "
                           "VALUES (8112991, 't', 'c', 'done', 0)")));
        auto attach = [&](const QString &kind) {
            QSqlQuery i(db);
            i.prepare(
                QStringLiteral("INSERT INTO attachments (id, case_id, owner_kind, "
                               "file_name, size) VALUES ('a-16', 8112991, ?, 'foto.jpg', 1)"));
            i.addBindValue(kind);
            const bool ok = i.exec();
            QSqlQuery(db).exec(QStringLiteral("DELETE FROM attachments WHERE id = 'a-16'"));
            return ok;
        };
        for (const char *kind : { "case", "followup", "reply", "draft" })
            QVERIFY2(attach(QLatin1String(kind)), kind);
        QVERIFY(!attach(QStringLiteral("note")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE tracking_id = 8112991")));
    }
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyFileIsRegistered();
    void fromEmptyFile();
    void userVersionEqualsLatest();
    void stopsAtTargetVersion_data();
    void stopsAtTargetVersion();
    void fromOlderVersion_data();
    void fromOlderVersion();
    void neverGoesBackwards();
    void reindexesWithProgress_data();
    void reindexesWithProgress();
    void upgradeDuringAFillReplacesTheSearchTriggers();
    void upgradeKeepsTheOrderOfTiedFollowups();
    void upgradeDuringAFillBringsEverySearchTriggerBack();
    void failedMigrationLeavesVersion_data();
    void failedMigrationLeavesVersion();
    void splitStatements_data();
    void splitStatements();
    void shippedFilesSplitIntoStatements();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("lapor.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

// Every NNN_*.sql in the resources is a step, numbered without gaps.
void TestMigrations::everyFileIsRegistered()
{
    const auto files = QDir(QStringLiteral(":/sql"))
                           .entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), Migrations::latestVersion());
    for (int i = 0; i < files.size(); ++i) {
        QVERIFY2(files.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 3, 10, QLatin1Char('0'))),
                 qPrintable(files.at(i)));
    }
}

void TestMigrations::fromEmptyFile()
{
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    const auto db = opened.database->connection();
    QCOMPARE(opened.database->schemaVersion(), Migrations::latestVersion());

    const QStringList expected {
        QStringLiteral("attachments"),
        QStringLiteral("audit_log"),
        QStringLiteral("case_figures"),
        QStringLiteral("case_search"),
        QStringLiteral("cases"),
        QStringLiteral("citizen_replies"),
        QStringLiteral("decisions"),
        QStringLiteral("decisions_waiting"),
        QStringLiteral("dispositions"),
        QStringLiteral("draft_revisions"),
        QStringLiteral("drafts"),
        QStringLiteral("figure_calendar"),
        QStringLiteral("figure_days"),
        QStringLiteral("figures_by_day"),
        QStringLiteral("figures_by_due_day"),
        QStringLiteral("figures_by_followup_day"),
        QStringLiteral("followups"),
        QStringLiteral("holidays"),
        QStringLiteral("inbox_token"),
        QStringLiteral("nota_dinas"),
        QStringLiteral("nota_dinas_counters"),
        QStringLiteral("notes"),
        QStringLiteral("outbox"),
        QStringLiteral("quarantine"),
        QStringLiteral("saved_views"),
        QStringLiteral("search_mode"),
        QStringLiteral("search_pending"),
        QStringLiteral("search_source"),
        QStringLiteral("set_aside"),
        QStringLiteral("sync_runs"),
        QStringLiteral("sync_state"),
        QStringLiteral("units"),
        QStringLiteral("users"),
    };
    QCOMPARE(tables(db), expected);
    QCOMPARE(namesOf(db, QStringLiteral("trigger")),
             (QStringList { QStringLiteral("cases_figures_day_after"),
                            QStringLiteral("cases_figures_day_before"),
                            QStringLiteral("cases_figures_delete"),
                            QStringLiteral("cases_figures_due_after"),
                            QStringLiteral("cases_figures_due_before"),
                            QStringLiteral("cases_figures_followup_after"),
                            QStringLiteral("cases_figures_followup_before"),
                            QStringLiteral("cases_figures_insert"),
                            QStringLiteral("cases_search_delete"),
                            QStringLiteral("cases_search_insert"),
                            QStringLiteral("cases_search_note_delete"),
                            QStringLiteral("cases_search_note_insert"),
                            QStringLiteral("cases_search_note_update"),
                            QStringLiteral("cases_search_update"),
                            QStringLiteral("followups_search_delete"),
                            QStringLiteral("followups_search_insert"),
                            QStringLiteral("followups_search_note_delete"),
                            QStringLiteral("followups_search_note_insert"),
                            QStringLiteral("followups_search_note_update"),
                            QStringLiteral("followups_search_update"),
                            QStringLiteral("inbox_token_cases_delete"),
                            QStringLiteral("inbox_token_cases_insert"),
                            QStringLiteral("inbox_token_cases_update"),
                            QStringLiteral("inbox_token_drafts_delete"),
                            QStringLiteral("inbox_token_drafts_insert"),
                            QStringLiteral("inbox_token_drafts_update"),
                            QStringLiteral("search_pending_flush"),
                            QStringLiteral("search_pending_text") }));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(!scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isValid());
    checkAddedSince(db, 0);
}

void TestMigrations::userVersionEqualsLatest()
{
    {
        auto opened = Database::open(path());
        QVERIFY2(opened.database, qPrintable(opened.message));
    }
    RawConnection raw(path());
    QVERIFY(raw.isOpen());
    QCOMPARE(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(),
             Migrations::latestVersion());
    QCOMPARE(Database::latestSchemaVersion(), Migrations::latestVersion());
}

void TestMigrations::stopsAtTargetVersion_data()
{
    QTest::addColumn<int>("target");
    for (int v = 0; v <= Migrations::latestVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TestMigrations::stopsAtTargetVersion()
{
    QFETCH(int, target);
    Database::Options options;
    options.targetVersion = target;
    auto opened = Database::open(path(), options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    const auto db = opened.database->connection();
    QCOMPARE(opened.database->schemaVersion(), target);
    QCOMPARE(tables(db).contains(QStringLiteral("cases")), target >= 1);
    QCOMPARE(tables(db).contains(QStringLiteral("saved_views")), target >= 2);
    if (target >= 1)
        QCOMPARE(hasColumn(db, QStringLiteral("cases"), QStringLiteral("local_state")),
                 target >= 2);
    // Added by schema 1 and 2, dropped by schema 8.
    const QStringList indexes = namesOf(db, QStringLiteral("index"));
    QCOMPARE(indexes.contains(QStringLiteral("cases_by_due")), target >= 1 && target < 8);
    QCOMPARE(indexes.contains(QStringLiteral("cases_by_local_state")), target >= 2 && target < 8);
    QCOMPARE(indexes.contains(QStringLiteral("cases_by_status")), target >= 1);
}

void TestMigrations::fromOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < Migrations::latestVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TestMigrations::fromOlderVersion()
{
    QFETCH(int, from);
    {
        Database::Options options;
        options.targetVersion = from;
        auto opened = Database::open(path(), options);
        QVERIFY2(opened.database, qPrintable(opened.message));
        QCOMPARE(opened.database->schemaVersion(), from);
        QString error;
        QVERIFY2(insertRepresentativeRows(opened.database->connection(), from, &error),
                 qPrintable(error));
    }

    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &database = *opened.database;
    const auto db = database.connection();
    QCOMPARE(database.schemaVersion(), Migrations::latestVersion());

    // Every row survived.
    for (const char *table :
         { "units", "users", "cases", "followups", "citizen_replies", "attachments", "dispositions",
           "notes", "drafts", "draft_revisions", "decisions", "outbox", "sync_state", "audit_log",
           "holidays", "case_search" }) {
        QVERIFY2(rows(db, QLatin1String(table)) == 1, table);
    }
    CaseRepository cases(database, WorkingCalendar::national(AgencyZone::WITA));
    const auto c = cases.find(8112829);
    QVERIFY(c);
    QCOMPARE(c->title, QStringLiteral("Jalan berlubang di Jl. Ahmad Yani"));
    QCOMPARE(c->status, CaseStatus::InProgress);
    QCOMPARE(c->resolutionDays, 60);
    QCOMPARE(c->version, 4);
    QCOMPARE(c->disposedAt, QDateTime::fromSecsSinceEpoch(1772499600, Qt::UTC));
    QCOMPARE(scalar(db, QStringLiteral("SELECT unread FROM cases")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT due_at FROM cases")).toLongLong(), 1773100800);
    QCOMPARE(scalar(db, QStringLiteral("SELECT text FROM draft_revisions")).toString(),
             QStringLiteral("Penambalan selesai minggu ini"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")).toString(),
        QStringLiteral("c-42"));
    // The search index and its triggers came along: content and follow-up words are found.
    QCOMPARE(cases.search(QStringLiteral("berlubang"), 10), QList<qint64> { 8112829 });
    QCOMPARE(cases.search(QStringLiteral("survei"), 10), QList<qint64> { 8112829 });
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

    checkAddedSince(db, from);

    // The dashboard's sums, built from the cases that were there before the upgrade.
    QString error;
    QVERIFY2(CaseFigures(database, WorkingCalendar::national(AgencyZone::WITA))
                 .ensureCurrent(QDateTime::currentDateTimeUtc(), &error),
             qPrintable(error));
    const int inScope
        = scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE in_scope = 1")).toInt();
    QVERIFY(inScope > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(cases) FROM figures_by_day")).toInt(), inScope);
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(cases) FROM figures_by_due_day")).toInt(),
             scalar(db,
                    QStringLiteral("SELECT count(*) FROM cases WHERE in_scope = 1 "
                                   "AND due_at IS NOT NULL"))
                 .toInt());
}

// An existing store's index is rebuilt at the upgrades that empty it (13 and 14, and 17),
// a chunk at a time, saying how far it is; then its stems are found.
void TestMigrations::reindexesWithProgress_data()
{
    QTest::addColumn<int>("from");
    // Schemas 13 and 14 emptied the index, and so does 17 (the forms written anew).
    QTest::addRow("v12") << 12;
    QTest::addRow("v16") << 16;
}

void TestMigrations::reindexesWithProgress()
{
    QFETCH(int, from);
    constexpr int kCases = 2600;
    {
        Database::Options options;
        options.targetVersion = from;
        auto opened = Database::open(path(), options);
        QVERIFY2(opened.database, qPrintable(opened.message));
        QSqlQuery q(opened.database->connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        q.prepare(QStringLiteral("INSERT INTO cases (tracking_id, title, content, status, "
                                 "received_at) VALUES (?, ?, 'jalan sdh diperbaiki', "
                                 "'disposed', 0)"));
        for (int i = 0; i < kCases; ++i) {
            q.addBindValue(8200000 + i);
            q.addBindValue(QStringLiteral("Kerusakan jalan %1").arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
    }
    QList<std::pair<qint64, qint64>> progress;
    Database::Options options;
    options.reindexProgress = [&progress](qint64 done, qint64 total) {
        progress.append({ done, total });
    };
    auto opened = Database::open(path(), options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    QVERIFY(progress.size() >= 3); // chunks of at most 1,000 cases at first, then the end
    for (qsizetype i = 0; i < progress.size(); ++i) {
        QCOMPARE(progress.at(i).second, qint64(kCases));
        if (i > 0)
            QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
    }
    QCOMPARE(progress.constLast().first, qint64(kCases));
    const auto db = opened.database->connection();
    QCOMPARE(rows(db, QStringLiteral("case_search")), kCases);
    CaseRepository cases(*opened.database, WorkingCalendar::national(AgencyZone::WITA));
    QCOMPARE(cases.search(QStringLiteral("rusak perbaikan belum"), 5000).size(), 0);
    QCOMPARE(cases.search(QStringLiteral("rusak perbaikan sudah"), 5000).size(), kCases);
    // Opened again: nothing left to build, no progress.
    opened.database.reset();
    progress.clear();
    auto again = Database::open(path(), options);
    QVERIFY(again.database);
    QVERIFY(progress.isEmpty());
}

// A desk that stopped in the middle of a first sync keeps the search triggers of schema
// 13 aside; the upgrade to 14 replaces them with its own, which are live at once, and the
// end of the next sync brings back the rest and builds every row.
void TestMigrations::upgradeDuringAFillReplacesTheSearchTriggers()
{
    QString error;
    QVERIFY2(stopInTheMiddleOfAFill(path(), 13, 8600000, {}, &error), qPrintable(error));
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    const auto db = opened.database->connection();
    // The new triggers are in the schema, none of the old ones is aside.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM set_aside WHERE name LIKE "
                                   "'%search%'"))
                 .toInt(),
             0);
    QVERIFY(namesOf(db, QStringLiteral("trigger"))
                .contains(QStringLiteral("followups_search_note_insert")));
    QVERIFY(!namesOf(db, QStringLiteral("index")).contains(QStringLiteral("cases_inbox")));
    // A change during the rest of the fill is indexed at once.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO followups (id, case_id, text, published_at) "
                                  "VALUES ('f-1', 8600003, 'Sudah ditambal.', 1)")));
    QCOMPARE(rows(db, QStringLiteral("case_search")), 1);
    // The end of that sync.
    BulkLoad bulk(*opened.database);
    BulkLoad::Step step = BulkLoad::Step::More;
    while (step == BulkLoad::Step::More)
        step = bulk.finishStep(&error);
    QVERIFY2(step == BulkLoad::Step::Done, qPrintable(error));
    QCOMPARE(bulk.casesIndexed(), 19);
    QCOMPARE(BulkLoad::candidates(*opened.database).size(), 27);
    QVERIFY(namesOf(db, QStringLiteral("index")).contains(QStringLiteral("cases_inbox")));
    QCOMPARE(searchIndexDrift(db), QStringList());
    CaseRepository cases(*opened.database, WorkingCalendar::national(AgencyZone::WITA));
    QCOMPARE(cases.search(QStringLiteral("ditambal"), 50), QList<qint64> { 8600003 });
    QCOMPARE(cases.search(QStringLiteral("lubang"), 50).size(), 20);
}

// Follow-ups published at the same second are read into a case's search text in the
// order they were stored (rowid), not by their ids. Schema 15 copies them into a new table;
// the rows it built before must still be the ones the text gives, or replacing them later
// would leave terms behind.
void TestMigrations::upgradeKeepsTheOrderOfTiedFollowups()
{
    {
        Database::Options options;
        options.targetVersion = 14;
        auto opened = Database::open(path(), options);
        QVERIFY2(opened.database, qPrintable(opened.message));
        QSqlQuery q(opened.database->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO cases (tracking_id, title, content, status, received_at) "
            "VALUES (8700001, 'Drainase tersumbat', 'Air meluap ke jalan', 'disposed', 0)")));
        q.prepare(QStringLiteral("INSERT INTO followups (id, case_id, text, published_at) "
                                 "VALUES (?, 8700001, ?, 500)"));
        for (const auto &[id, text] : { std::pair { "f-c", "Petugas sudah meninjau saluran." },
                                        std::pair { "f-a", "Sampah diangkat dari gorong." },
                                        std::pair { "f-b", "Pompa air dipasang sementara." } }) {
            q.addBindValue(QLatin1String(id));
            q.addBindValue(QLatin1String(text));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QCOMPARE(searchIndexDrift(opened.database->connection()), QStringList());
    }
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    const auto db = opened.database->connection();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM followups "
                                   "ORDER BY rowid)"))
                 .toString(),
             QStringLiteral("f-c,f-a,f-b"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT followups FROM search_source")).toString(),
             QStringLiteral("Petugas sudah meninjau saluran.\nSampah diangkat dari gorong.\n"
                            "Pompa air dipasang sementara."));
    QCOMPARE(searchIndexDrift(db), QStringList());
    // Changed afterwards, the row built before the upgrade is replaced whole.
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO followups (id, case_id, text, published_at) "
                                   "VALUES ('f-a', 8700001, 'Gorong-gorong sudah bersih.', 500) "
                                   "ON CONFLICT (case_id, id) DO UPDATE SET text = excluded.text")),
             qPrintable(q.lastError().text()));
    QCOMPARE(rows(db, QStringLiteral("followups")), 3);
    QCOMPARE(searchIndexDrift(db), QStringList());
    CaseRepository cases(*opened.database, WorkingCalendar::national(AgencyZone::WITA));
    QCOMPARE(cases.search(QStringLiteral("bersih"), 10), QList<qint64> { 8700001 });
    QCOMPARE(cases.search(QStringLiteral("sampah"), 10), QList<qint64>());
}

// A desk that stopped in the middle of a first sync under schema 14 holds the search
// triggers aside. Schema 15 replaces those on follow-ups, and brings those on cases back
// with them: a case whose row a follow-up builds during the rest of the fill must have
// that row replaced when its title changes, or the row keeps words the case no longer has.
void TestMigrations::upgradeDuringAFillBringsEverySearchTriggerBack()
{
    QString error;
    QVERIFY2(stopInTheMiddleOfAFill(path(), 14, 8800000,
                                    { QStringLiteral("INSERT INTO followups (id, case_id, text, "
                                                     "published_at) VALUES ('f-0', 8800001, "
                                                     "'Sudah disurvei.', 1)") },
                                    &error),
             qPrintable(error));
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    const auto db = opened.database->connection();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM set_aside WHERE name LIKE "
                                   "'%search%'"))
                 .toInt(),
             0);
    const QStringList triggers = namesOf(db, QStringLiteral("trigger"));
    for (const char *name :
         { "cases_search_note_insert", "cases_search_note_update", "cases_search_note_delete",
           "cases_search_insert", "cases_search_update", "cases_search_delete",
           "followups_search_note_insert", "followups_search_insert" }) {
        QVERIFY2(triggers.contains(QLatin1String(name)), name);
    }
    // The indexes and the dashboard's triggers stay aside until the end of the fill.
    QVERIFY(!namesOf(db, QStringLiteral("index")).contains(QStringLiteral("cases_inbox")));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM set_aside")).toInt() > 0);
    // The rest of the fill: a follow-up builds its case's row, then the case is renamed.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO followups (id, case_id, text, published_at) "
                                  "VALUES ('f-1', 8800003, 'Sudah ditambal.', 2)")));
    QCOMPARE(rows(db, QStringLiteral("case_search")), 1);
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET title = 'Trotoar retak' "
                                  "WHERE tracking_id = 8800003")));
    // The end of that sync.
    BulkLoad bulk(*opened.database);
    BulkLoad::Step step = BulkLoad::Step::More;
    while (step == BulkLoad::Step::More)
        step = bulk.finishStep(&error);
    QVERIFY2(step == BulkLoad::Step::Done, qPrintable(error));
    QCOMPARE(bulk.casesIndexed(), 19);
    QCOMPARE(BulkLoad::candidates(*opened.database).size(), 27);
    QCOMPARE(searchIndexDrift(db), QStringList());
    CaseRepository cases(*opened.database, WorkingCalendar::national(AgencyZone::WITA));
    QCOMPARE(cases.search(QStringLiteral("trotoar"), 50), QList<qint64> { 8800003 });
    QCOMPARE(cases.search(QStringLiteral("disurvei"), 50), QList<qint64> { 8800001 });
}

void TestMigrations::neverGoesBackwards()
{
    {
        auto opened = Database::open(path());
        QVERIFY2(opened.database, qPrintable(opened.message));
    }
    Database::Options options;
    options.targetVersion = 1;
    auto opened = Database::open(path(), options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    QCOMPARE(opened.database->schemaVersion(), Migrations::latestVersion());
    QVERIFY(tables(opened.database->connection()).contains(QStringLiteral("saved_views")));
}

void TestMigrations::failedMigrationLeavesVersion_data()
{
    QTest::addColumn<QString>("conflict");
    QTest::addColumn<QString>("name");
    // Fails on the first statement of 002.
    QTest::newRow("table") << QStringLiteral("CREATE TABLE saved_views (x TEXT)")
                           << QStringLiteral("saved_views");
    // Fails on the last statement of 002, after its table and column were created: both
    // must be rolled back with it.
    QTest::newRow("index") << QStringLiteral("CREATE INDEX cases_by_local_state ON units (name)")
                           << QStringLiteral("cases_by_local_state");
}

void TestMigrations::failedMigrationLeavesVersion()
{
    QFETCH(QString, conflict);
    QFETCH(QString, name);
    {
        Database::Options options;
        options.targetVersion = 1;
        auto opened = Database::open(path(), options);
        QVERIFY2(opened.database, qPrintable(opened.message));
        QString error;
        QVERIFY2(insertRepresentativeRows(opened.database->connection(), 1, &error),
                 qPrintable(error));
        QVERIFY(execAll(opened.database->connection(), { conflict }, &error));
    }
    auto failed = Database::open(path());
    QVERIFY(!failed.database);
    QCOMPARE(failed.error, Database::Error::MigrationFailed);
    QVERIFY2(failed.message.contains(path()), qPrintable(failed.message));
    QVERIFY2(failed.message.contains(QLatin1String("migration 2")), qPrintable(failed.message));
    QVERIFY2(failed.message.contains(name), qPrintable(failed.message));
    QVERIFY2(failed.message.contains(QLatin1String("already exists")), qPrintable(failed.message));

    {
        RawConnection raw(path());
        QVERIFY(raw.isOpen());
        const auto db = raw.db();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(!hasColumn(db, QStringLiteral("cases"), QStringLiteral("local_state")));
        if (name == QLatin1String("saved_views"))
            QVERIFY(hasColumn(db, QStringLiteral("saved_views"), QStringLiteral("x")));
        else
            QVERIFY(!tables(db).contains(QStringLiteral("saved_views")));
        QCOMPARE(rows(db, QStringLiteral("cases")), 1);
        QVERIFY(raw.exec(QStringLiteral("DROP ")
                         + (name == QLatin1String("saved_views") ? QLatin1String("TABLE ")
                                                                 : QLatin1String("INDEX "))
                         + name));
    }

    // With the obstacle gone the same file upgrades, data intact.
    auto opened = Database::open(path());
    QVERIFY2(opened.database, qPrintable(opened.message));
    QCOMPARE(opened.database->schemaVersion(), Migrations::latestVersion());
    checkAddedSince(opened.database->connection(), 1);
}

void TestMigrations::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only comments")
        << QStringLiteral("-- nothing here\n  -- still nothing\n\n") << QStringList();
    QTest::newRow("two statements")
        << QStringLiteral("CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y TEXT);\n")
        << QStringList { QStringLiteral("CREATE TABLE a (x INTEGER);"),
                         QStringLiteral("CREATE TABLE b (y TEXT);") };
    QTest::newRow("multi-line with comments")
        << QStringLiteral("-- schema 9\n\nCREATE TABLE a (\n    x INTEGER, -- why x\n"
                          "    -- a whole comment line\n    y TEXT\n);\n")
        << QStringList { QStringLiteral("CREATE TABLE a (\n    x INTEGER, -- why x\n"
                                        "    y TEXT\n);") };
    QTest::newRow("trigger stays whole")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n"
                          "    INSERT INTO log VALUES (new.x);\n"
                          "    -- a comment inside\n"
                          "    UPDATE b SET y = 1;\nEND;\nCREATE INDEX i ON a (x);\n")
        << QStringList { QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n"
                                        "    INSERT INTO log VALUES (new.x);\n"
                                        "    UPDATE b SET y = 1;\nEND;"),
                         QStringLiteral("CREATE INDEX i ON a (x);") };
    QTest::newRow("lower-case trigger")
        << QStringLiteral("create trigger t after delete on a\nbegin\n  delete from b;\nend;\n")
        << QStringList { QStringLiteral(
               "create trigger t after delete on a\nbegin\n  delete from b;\nend;") };
    QTest::newRow("trigger with WHEN")
        << QStringLiteral("CREATE TRIGGER t AFTER UPDATE OF x ON a\nWHEN old.x IS NOT new.x\n"
                          "BEGIN\n  UPDATE b SET y = new.x WHERE id = new.id;\nEND;\n")
        << QStringList { QStringLiteral("CREATE TRIGGER t AFTER UPDATE OF x ON a\n"
                                        "WHEN old.x IS NOT new.x\nBEGIN\n"
                                        "  UPDATE b SET y = new.x WHERE id = new.id;\nEND;") };
    QTest::newRow("last statement without semicolon")
        << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y)")
        << QStringList { QStringLiteral("CREATE TABLE a (x);"),
                         QStringLiteral("CREATE TABLE b (y)") };
    QTest::newRow("windows line endings")
        << QStringLiteral("CREATE TABLE a (x);\r\n-- c\r\nCREATE TABLE b (y);\r\n")
        << QStringList { QStringLiteral("CREATE TABLE a (x);"),
                         QStringLiteral("CREATE TABLE b (y);") };
}

void TestMigrations::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(Migrations::splitStatements(script), statements);
}

// Each shipped statement is one complete statement: it starts with a keyword and ends at
// its semicolon (a trigger at its END;), with no second statement glued on.
void TestMigrations::shippedFilesSplitIntoStatements()
{
    const auto files = QDir(QStringLiteral(":/sql")).entryInfoList({ QStringLiteral("*.sql") });
    QVERIFY(!files.isEmpty());
    const QRegularExpression start(QStringLiteral("^(CREATE|ALTER|INSERT|UPDATE|DELETE|DROP)\\b"));
    int triggers = 0;
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto statements = Migrations::splitStatements(QString::fromUtf8(file.readAll()));
        // Schema 16 rewrites definitions in Migrations::apply(); its file only says why.
        QVERIFY2(!statements.isEmpty()
                     || info.fileName() == QLatin1String("016_checks_without_lists.sql"),
                 qPrintable(info.fileName()));
        for (const QString &statement : statements) {
            QVERIFY2(start.match(statement).hasMatch(), qPrintable(statement));
            QVERIFY2(statement.endsWith(QLatin1Char(';')), qPrintable(statement));
            if (statement.startsWith(QLatin1String("CREATE TRIGGER"))) {
                ++triggers;
                QVERIFY2(statement.endsWith(QLatin1String("END;")), qPrintable(statement));
                QCOMPARE(statement.count(QLatin1String("CREATE ")), 1);
            } else {
                QCOMPARE(statement.count(QLatin1Char(';')), 1);
            }
        }
    }
    // 6 in schema 1; schema 4 recreates 5 of them and adds 5 that note deferred cases;
    // schema 5 recreates those 5; 007 adds 8 that keep the dashboard's sums; 009 adds 6
    // that renew the inbox snapshot's token; 014 replaces the 11 of the search index with
    // 12 on cases and follow-ups and 2 on the notes; 015 recreates the 6 on follow-ups
    // and the 2 on the notes, and the 6 on cases where a fill holds them aside.
    QCOMPARE(triggers, 63);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
