#pragma once

#include "core/workingcalendar.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace lapor {

class Database;

// Fills an empty store in bulk (schema 11, resources/sql/011_bulk_load.sql; docs/store.md,
// "A first sync").
//
//   BulkLoad bulk(db);
//   bulk.begin(&error);        // a store without cases: indexes and triggers go aside
//   ... a sync stores every record of its scope ...
//   while (bulk.finishStep(&error) == BulkLoad::Step::More)
//       ;                      // one step per turn of the event loop
//
// finishStep() first brings back what begin() set aside, in one transaction, with the
// dashboard's sums counted in it when countFigures() gave the agency's zone; then builds
// the search rows of the cases that have none, a chunk per step and a transaction per
// chunk, so that the window stays responsive on a store of a million cases. Each step
// commits on its own, and whatever is left after a crash is found again by the next
// finish: a store is never left with a case that no search can ever find.
class BulkLoad
{
public:
    enum class Step { More, Done, Failed };

    explicit BulkLoad(Database &db);

    // Counts the dashboard's sums (CaseFigures) with the agency calendar of `zone`, as the
    // store knows it after the fill, in the transaction that brings the triggers back: the
    // first dashboard after a first sync then finds them, instead of counting a province's
    // cases while its window waits. Without it they wait for that first dashboard.
    void countFigures(AgencyZone zone) { m_figuresZone = zone; }

    // Sets aside the indexes and triggers when the store holds no case and nothing is
    // aside yet; otherwise changes nothing. False only when the store refused.
    bool begin(QString *error);
    // Sets aside the indexes and triggers and forgets the search rows and the dashboard's
    // sums whatever the store holds, for the next finish to build them all again from the
    // stored rows (bench_finish times the end of a first sync this way).
    bool setAside(QString *error);
    // True while something is aside or some cases may lack their search rows.
    bool isPending() const;
    Step finishStep(QString *error);
    // True once finishStep() brought the definitions back and is building search rows.
    bool isBuilding() const { return m_finishing; }
    // Cases whose search rows were built by the last finish.
    qint64 casesIndexed() const { return m_indexed; }

    // What begin() sets aside on this store: the secondary indexes of `cases` and the
    // triggers on `cases` and `followups` that keep the search rows and the dashboard's
    // sums. Each keeps data that finishStep() or CaseFigures rebuild whole.
    static QStringList candidates(Database &db);

private:
    bool restore(QString *error);
    // Sets this connection's page cache to `kib` and returns its size before (invalid
    // when it could not be read, and then nothing changed); setCache() puts it back.
    QVariant shrinkCache(int kib);
    void setCache(const QVariant &size);
    Step buildChunk(QString *error);

    Database &m_db;
    std::optional<AgencyZone> m_figuresZone;
    bool m_finishing = false;
    qint64 m_after = 0; // the last tracking id this finish has looked at
    qint64 m_indexed = 0;
    int m_chunk = kFirstChunk;

    static constexpr int kFirstChunk = 1000;
    static constexpr int kMinChunk = 250;
    static constexpr int kMaxChunk = 5000;
    static constexpr int kStepMs = 200;
    static constexpr int kSortCacheKiB = 8192; // the page cache while indexes are sorted
    // The page cache while the search rows are built: the build reads the cases in order
    // and writes new segments, and holds few pages twice.
    static constexpr int kBuildCacheKiB = 16384;
    QVariant m_cacheSize; // the connection's own, back when the build ends
};

} // namespace lapor
