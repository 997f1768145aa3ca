#pragma once

#include "changeapplier.h"
#include "core/workingcalendar.h"
#include "store/bulkload.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <memory>

class QThread;

namespace lapor {

class Database;

// The store's side of a sync, on a thread of its own with a connection of its own
// (Database::openSibling): feed pages are applied there in the order they were handed over,
// while the sync's thread reads, inflates and decodes the next ones (docs/sync.md, "The
// store's own thread").
//
//   PageWriter writer(db, calendar);
//   writer.start(unitId, agencyWide, &error);  // waits until the connection is open
//   writer.submit(records, after, next);        // storedReady() follows
//   writer.drain();                             // waits: every page applied, batch committed
//   for (const auto &stored : writer.takeStored()) ...
//
// Pages commit together in write batches (Database::beginBatch), each page a savepoint of
// its batch with its cursor, so that a crash or a full disk takes back whole pages only. A
// batch commits after kBatchMs, as soon as no page has come for kBatchIdleMs (the store is
// never held while the desk waits on the network), and as soon as another connection of
// the desk waits to write (Database::writerWaiting), so that a user's action waits for one
// page at most. After a failure the writer drops every later page: the sync ends, and the
// next one asks for them again from the committed cursor.
class PageWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchMs = 2000;
    static constexpr int kBatchIdleMs = 200;
    // How often a batch waiting for its next page looks for a writer waiting.
    static constexpr int kWriterPollMs = 10;

    // What became of a page handed over, or of a commit.
    struct Stored
    {
        bool page = false; // a page's outcome; false: a batch's commit
        bool ok = false;
        bool dropped = false; // not applied: after a failure, or cancelled
        int records = 0;
        ChangeApplier::Counts counts;
        int pagesLost = 0; // applied pages that went back with a batch that could not commit
        QString error; // the store's, when !ok
    };

    PageWriter(Database &store, const WorkingCalendar &calendar, QObject *parent = nullptr);
    // Pages already applied are committed; those still waiting are dropped.
    ~PageWriter() override;

    // Starts the thread and opens its connection, sets a store without cases up for a bulk
    // fill (BulkLoad::begin) and removes files a crashed run left behind. Waits for all
    // three; false with the reason when the connection cannot be opened.
    bool start(const QString &unitId, bool agencyWide, QString *error);
    // Hands a page over (`after`: the cursor it was asked for with; `next`: the cursor it
    // commits). storedReady() says when its outcome is in.
    void submit(QList<ChangeApplier::Incoming> records, const QString &after, const QString &next);
    // Pages handed over whose outcome is not taken yet.
    int pending() const;
    // Waits until every page handed over is applied or dropped and the open batch is
    // committed.
    void drain();
    // The outcomes since the last call, in order.
    QList<Stored> takeStored();
    // After drain(): true when a bulk fill is still to be finished (BulkLoad::isPending).
    bool bulkPending() const;
    // Brings back what the bulk fill set aside and builds the search rows, a step and a
    // transaction at a time, on the writer's thread; bulkFinished() follows.
    void finishBulk();
    // Drops the pages not yet applied; a bulk finish stops after its current step, once
    // the definitions are back.
    void cancel();

    // Gives the memory freed on every thread's heap back to the system (glibc keeps it
    // otherwise): called before the bulk fill's end, the sync's memory peak.
    static void releaseFreedMemory();

signals:
    void storedReady();
    // `ok` false with the store's error; `indexed`: cases whose search rows were built.
    void bulkFinished(bool ok, const QString &error, qint64 indexed);
    void log(const QString &line);

private:
    struct Job
    {
        enum class Kind { Page, Drain, Bulk } kind = Kind::Page;
        QList<ChangeApplier::Incoming> records;
        QString after;
        QString next;
    };

    // The writer's thread: everything below touches its connection and runs only there.
    void run(const QString &unitId, bool agencyWide, const QStringList &limits);
    void applyPage(Job &job);
    // Commits the open batch; a failure is reported and drops every later page.
    void commit();
    void runBulk();
    void report(const Stored &stored, QList<ChangeApplier::Incoming> spent = {});

    Database &m_store;
    const WorkingCalendar m_calendar;
    std::unique_ptr<QThread> m_thread;

    mutable QMutex m_mutex;
    QWaitCondition m_wake; // for the writer: a job, or the end
    QWaitCondition m_settled; // for the sync's thread: started, drained
    std::deque<Job> m_jobs;
    QList<Stored> m_stored;
    // Applied pages, freed on the sync's thread (takeStored) where they were allocated:
    // that thread has time to spare, the store's has none, and memory freed where it was
    // taken is reused for the next pages instead of staying with another thread's heap.
    QList<QList<ChangeApplier::Incoming>> m_spent;
    int m_pending = 0;
    bool m_started = false;
    QString m_startError;
    int m_drainsAsked = 0;
    int m_drainsDone = 0;
    bool m_bulkPending = false;
    bool m_stop = false;
    std::atomic<bool> m_cancelled { false };

    // The writer's thread only.
    Database *m_db = nullptr;
    ChangeApplier *m_applier = nullptr;
    BulkLoad *m_bulk = nullptr;
    bool m_failed = false;
    int m_batchPages = 0;
};

} // namespace lapor
