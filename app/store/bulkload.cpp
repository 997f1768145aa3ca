#include "bulkload.h"

#include "agencycalendar.h"
#include "casefigures.h"
#include "database.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSqlQuery>

#include <limits>
#include <utility>

namespace lapor {

namespace {

// The rule behind candidates(): everything here keeps data derived from the rows, which
// the end of the fill builds again whole. The snapshot token's triggers on cases go aside
// too: each fired on every case the fill wrote, and a trigger makes SQLite copy every page
// the statement touches into a statement journal first (0.4 s at 100,000 cases). While
// they are aside no inbox snapshot passes for the store (InboxSnapshot::stampOf), and
// restore() gives the store a new token with them.
constexpr auto kCandidates = "SELECT name, type, sql FROM sqlite_schema WHERE sql IS NOT NULL AND ("
                             "(type = 'index' AND tbl_name = 'cases') OR "
                             "(type = 'trigger' AND tbl_name IN ('cases', 'followups') "
                             "AND (name LIKE '%search%' OR name LIKE '%figures%' "
                             "OR name LIKE 'inbox_token%')))";

// How FTS5 writes the search rows while a finish builds them (docs/store.md, "A first
// sync"). Each chunk commits, and each commit writes the chunk's terms out as a new
// segment (FTS5's default is a segment for every 1 MB of terms; 8 MB holds a chunk's).
// FTS5 merges a level's segments into one of the next level: by default in small steps
// once a level holds 4 ("automerge"), and the whole level at once, inside the write that
// made it 16 ("crisismerge"). At a million cases merging took a third of the build, with
// the sync's end waiting for it. Here the build merges nothing: its segments, about two
// hundred at a million cases, stay apart until SearchMerge merges them in short steps
// after the sync (docs/store.md, "Merging the search index").
//
// Afterwards the small writes of later syncs go back to FTS5's own step-wise merging,
// which also goes on with the build's segments a little at a time. The whole-level merge
// waits for 1,000 segments, more than a build at a million cases leaves, so that no write
// of a later sync rewrites the build's level at once; FTS5 allows at most 2,000.
constexpr auto kBuildingConfig = "INSERT INTO case_search (case_search, rank) "
                                 "VALUES ('automerge', 0), ('crisismerge', 1000), "
                                 "('hashsize', 8388608)";
constexpr auto kDefaultConfig = "INSERT INTO case_search (case_search, rank) "
                                "VALUES ('automerge', 4), ('crisismerge', 1000), "
                                "('hashsize', 1048576)";

} // namespace

BulkLoad::BulkLoad(Database &db)
    : m_db(db)
{ }

QStringList BulkLoad::candidates(Database &db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    if (q.exec(QLatin1String(kCandidates))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    names.sort();
    return names;
}

bool BulkLoad::begin(QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM cases) "
                             "OR EXISTS (SELECT 1 FROM set_aside) "
                             "OR (SELECT unbuilt FROM search_mode) = 1"));
    if (!Sql::exec(q, error) || !q.next())
        return false;
    if (q.value(0).toBool())
        return true;
    q.finish();
    return setAside(error);
}

bool BulkLoad::setAside(QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = QStringLiteral("cannot start a transaction");
        return false;
    }
    // Rows a store without cases could still hold would otherwise be built twice.
    if (!CaseFigures::forget(m_db, error)
        || !Sql::exec(m_db, QStringLiteral("DELETE FROM search_pending"), {}, error)
        || !Sql::exec(m_db,
                      QStringLiteral("INSERT INTO case_search (case_search) VALUES ('delete-all')"),
                      {}, error)
        || !Sql::exec(m_db, QStringLiteral("UPDATE search_mode SET unbuilt = 1"), {}, error)
        || !Sql::exec(m_db,
                      QStringLiteral("INSERT INTO set_aside (name, type, sql) ")
                          + QLatin1String(kCandidates),
                      {}, error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, type FROM set_aside"));
    if (!Sql::exec(q, error))
        return false;
    QStringList drops;
    while (q.next()) {
        drops.append(QStringLiteral("DROP %1 %2")
                         .arg(q.value(1).toString() == QLatin1String("index")
                                  ? QStringLiteral("INDEX")
                                  : QStringLiteral("TRIGGER"),
                              q.value(0).toString()));
    }
    q.finish();
    for (const QString &drop : std::as_const(drops)) {
        if (!Sql::exec(m_db, drop, {}, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = QStringLiteral("commit failed");
        return false;
    }
    return true;
}

bool BulkLoad::isPending() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM set_aside) "
                                 "OR (SELECT unbuilt FROM search_mode) = 1"))
        && q.next() && q.value(0).toBool();
}

bool BulkLoad::restore(QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = QStringLiteral("cannot start a transaction");
        return false;
    }
    // Indexes before triggers: a trigger's statements may need them. An index is built
    // from the finished table with one sort, instead of a write per stored case.
    // SQLite sorts in memory up to the page cache's size, beside the cache itself: at a
    // million cases the sort of an index would hold 48 MB more at the sync's peak. A
    // smaller cache for the sorts spills them to a temporary file sooner.
    const QVariant cacheSize = shrinkCache(kSortCacheKiB);
    const auto restoreCache = qScopeGuard([&] { setCache(cacheSize); });
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT sql FROM set_aside ORDER BY type = 'trigger', name"));
    if (!Sql::exec(q, error))
        return false;
    QStringList definitions;
    while (q.next())
        definitions.append(q.value(0).toString());
    q.finish();
    for (const QString &definition : std::as_const(definitions)) {
        if (!Sql::exec(m_db, definition, {}, error))
            return false;
    }
    // The fill changed cases without the token's triggers.
    if (!Sql::exec(m_db, QStringLiteral("DELETE FROM set_aside"), {}, error)
        || !Sql::exec(m_db,
                      QStringLiteral("UPDATE inbox_token SET token = randomblob(16) WHERE id = 1"),
                      {}, error)
        || !Sql::exec(m_db, QLatin1String(kBuildingConfig), {}, error))
        return false;
    // With the triggers, in the same transaction: no write can come between the count and
    // the triggers that keep it from then on.
    if (m_figuresZone
        && !CaseFigures(m_db, loadCalendar(m_db, *m_figuresZone))
                .rebuild(QDateTime::currentDateTimeUtc(), error))
        return false;
    if (!transaction.commit()) {
        *error = QStringLiteral("commit failed");
        return false;
    }
    return true;
}

BulkLoad::Step BulkLoad::buildChunk(QString *error)
{
    QElapsedTimer clock;
    clock.start();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = QStringLiteral("cannot start a transaction");
        return Step::Failed;
    }
    // In id order: FTS5 keeps ascending rows in memory until the commit. A case that has
    // a row already (built by an earlier finish, or by the triggers since they came back;
    // its column sizes are in case_search_docsize) keeps it.
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT max(tracking_id), count(*) FROM (SELECT tracking_id FROM cases "
                       "WHERE tracking_id > ? ORDER BY tracking_id LIMIT ?)"));
    q.addBindValue(m_after);
    q.addBindValue(m_chunk);
    if (!Sql::exec(q, error) || !q.next())
        return Step::Failed;
    const qint64 last = q.value(0).toLongLong();
    const bool more = q.value(1).toInt() > 0;
    q.finish();
    if (more) {
        q.prepare(QStringLiteral(
            "INSERT INTO case_search (rowid, title, content, followups) "
            "SELECT s.tracking_id, s.title, s.content, s.followups FROM search_source s "
            "WHERE s.tracking_id > ? AND s.tracking_id <= ? "
            "AND NOT EXISTS (SELECT 1 FROM case_search_docsize d WHERE d.id = s.tracking_id) "
            "ORDER BY s.tracking_id"));
        q.addBindValue(m_after);
        q.addBindValue(last);
        if (!Sql::exec(q, error))
            return Step::Failed;
        m_indexed += q.numRowsAffected();
    } else if (!Sql::exec(m_db, QStringLiteral("UPDATE search_mode SET unbuilt = 0"), {}, error)
               || !Sql::exec(m_db, QLatin1String(kDefaultConfig), {}, error)) {
        return Step::Failed;
    }
    if (!transaction.commit()) {
        *error = QStringLiteral("commit failed");
        return Step::Failed;
    }
    if (!more)
        return Step::Done;
    m_after = last;
    // About kStepMs a step, whatever the machine and the length of the complaints.
    const qint64 took = qMax<qint64>(1, clock.elapsed());
    m_chunk = int(qBound(qint64(kMinChunk), qint64(m_chunk) * kStepMs / took, qint64(kMaxChunk)));
    return Step::More;
}

QVariant BulkLoad::shrinkCache(int kib)
{
    QSqlQuery q(m_db.connection());
    const QVariant size
        = q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0) : QVariant();
    q.finish();
    if (size.isValid())
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kib));
    return size;
}

void BulkLoad::setCache(const QVariant &size)
{
    if (size.isValid())
        QSqlQuery(m_db.connection())
            .exec(QStringLiteral("PRAGMA cache_size = %1").arg(size.toLongLong()));
}

BulkLoad::Step BulkLoad::finishStep(QString *error)
{
    if (!m_finishing) {
        if (!isPending())
            return Step::Done;
        if (!restore(error))
            return Step::Failed;
        m_finishing = true;
        // The build is the memory peak of a first sync at a million cases: the full
        // cache beside FTS5's pending terms (docs/BENCHMARKS.md, "Sync").
        m_cacheSize = shrinkCache(kBuildCacheKiB);
        m_after = std::numeric_limits<qint64>::min();
        m_indexed = 0;
        m_chunk = kFirstChunk;
        return Step::More;
    }
    const Step step = buildChunk(error);
    if (step == Step::More)
        return step;
    m_finishing = false;
    setCache(std::exchange(m_cacheSize, QVariant()));
    return step;
}

} // namespace lapor
