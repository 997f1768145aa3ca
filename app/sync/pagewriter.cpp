#include "pagewriter.h"

#include "store/database.h"
#include "store/retention.h"

#include <QElapsedTimer>
#include <QThread>

#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace lapor {

PageWriter::PageWriter(Database &store, const WorkingCalendar &calendar, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_calendar(calendar)
{ }

PageWriter::~PageWriter()
{
    if (!m_thread)
        return;
    m_cancelled = true;
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void PageWriter::releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

bool PageWriter::start(const QString &unitId, bool agencyWide, QString *error)
{
    if (m_thread)
        return true;
    m_thread.reset(QThread::create([this, unitId, agencyWide, limits = m_store.limits()] {
        run(unitId, agencyWide, limits);
    }));
    m_thread->setObjectName(QStringLiteral("lapor-pagewriter"));
    m_thread->start();
    QMutexLocker lock(&m_mutex);
    while (!m_started)
        m_settled.wait(&m_mutex);
    if (m_startError.isEmpty())
        return true;
    *error = m_startError;
    return false;
}

void PageWriter::submit(QList<ChangeApplier::Incoming> records, const QString &after,
                        const QString &next)
{
    QMutexLocker lock(&m_mutex);
    ++m_pending;
    m_jobs.push_back({ Job::Kind::Page, std::move(records), after, next });
    m_wake.wakeAll();
}

int PageWriter::pending() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

void PageWriter::drain()
{
    QMutexLocker lock(&m_mutex);
    if (!m_thread || !m_startError.isEmpty())
        return;
    const int ticket = ++m_drainsAsked;
    m_jobs.push_back({ Job::Kind::Drain, {}, {}, {} });
    m_wake.wakeAll();
    while (m_drainsDone < ticket)
        m_settled.wait(&m_mutex);
}

QList<PageWriter::Stored> PageWriter::takeStored()
{
    QList<QList<ChangeApplier::Incoming>> spent; // freed last, outside the lock
    QMutexLocker lock(&m_mutex);
    QList<Stored> taken;
    taken.swap(m_stored);
    spent.swap(m_spent);
    for (const Stored &stored : std::as_const(taken)) {
        if (stored.page)
            --m_pending;
    }
    return taken;
}

bool PageWriter::bulkPending() const
{
    QMutexLocker lock(&m_mutex);
    return m_bulkPending;
}

void PageWriter::finishBulk()
{
    QMutexLocker lock(&m_mutex);
    m_jobs.push_back({ Job::Kind::Bulk, {}, {}, {} });
    m_wake.wakeAll();
}

void PageWriter::cancel()
{
    m_cancelled = true;
}

void PageWriter::report(const Stored &stored, QList<ChangeApplier::Incoming> spent)
{
    bool first = false;
    {
        QMutexLocker lock(&m_mutex);
        first = m_stored.isEmpty();
        m_stored.append(stored);
        if (!spent.isEmpty())
            m_spent.append(std::move(spent));
    }
    // Once for a run of outcomes: the sync's thread takes them all at once.
    if (first)
        emit storedReady();
}

void PageWriter::run(const QString &unitId, bool agencyWide, const QStringList &limits)
{
    auto opened = Database::openSibling(m_store.path(), limits);
    if (!opened.database) {
        QMutexLocker lock(&m_mutex);
        m_startError = opened.message;
        m_started = true;
        m_settled.wakeAll();
        return;
    }
    Database &db = *opened.database;
    ChangeApplier applier(db, m_calendar);
    applier.setScope(unitId, agencyWide);
    BulkLoad bulk(db);
    bulk.countFigures(m_calendar.zone());
    m_db = &db;
    m_applier = &applier;
    m_bulk = &bulk;
    // A store without cases is filled in bulk (docs/store.md, "A first sync"). If the
    // store refuses, the sync goes on the ordinary way.
    QString bulkError;
    if (!bulk.begin(&bulkError))
        emit log(QStringLiteral("bulk fill not started: %1").arg(bulkError));
    // Files whose rows went in a run that crashed before it could remove them.
    if (const int swept = Retention(db).sweepFiles(); swept > 0)
        emit log(QStringLiteral("removed %1 leftover attachment or draft folders").arg(swept));
    {
        QMutexLocker lock(&m_mutex);
        m_started = true;
        m_settled.wakeAll();
    }

    QElapsedTimer batchClock;
    QElapsedTimer idleClock;
    for (;;) {
        std::optional<Job> job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stop) {
                if (!db.inBatch()) {
                    m_wake.wait(&m_mutex);
                    continue;
                }
                // A user's action waiting to write commits the batch now, not after the
                // idle time: it waits for one page at most.
                const qint64 left = kBatchIdleMs - idleClock.elapsed();
                if (left <= 0 || Database::writerWaiting())
                    break;
                m_wake.wait(&m_mutex, QDeadlineTimer(qMin<qint64>(left, kWriterPollMs)));
            }
            if (!m_jobs.empty()) {
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            } else if (m_stop) {
                break;
            }
        }
        if (!job) {
            // No page for kBatchIdleMs, or a writer waits: what is stored is committed.
            commit();
            continue;
        }
        switch (job->kind) {
        case Job::Kind::Page:
            if (!db.inBatch() && !m_failed && !m_cancelled && db.beginBatch()) {
                batchClock.start();
                m_batchPages = 0;
            }
            applyPage(*job);
            idleClock.start();
            if (db.inBatch() && (batchClock.elapsed() >= kBatchMs || Database::writerWaiting()))
                commit();
            break;
        case Job::Kind::Drain: {
            commit();
            const bool pending = bulk.isPending();
            QMutexLocker lock(&m_mutex);
            m_bulkPending = pending;
            ++m_drainsDone;
            m_settled.wakeAll();
            break;
        }
        case Job::Kind::Bulk:
            commit();
            runBulk();
            break;
        }
    }
    // Pages already applied stay stored, whoever ends the sync.
    commit();
    m_db = nullptr;
    m_applier = nullptr;
    m_bulk = nullptr;
}

void PageWriter::applyPage(Job &job)
{
    Stored stored;
    stored.page = true;
    stored.records = int(job.records.size());
    if (m_failed || m_cancelled) {
        stored.dropped = true;
        report(stored);
        return;
    }
    if (!m_applier->applyPage(job.records, job.after, job.next, &stored.counts, &stored.error)) {
        // The page and its cursor rolled back together; the pages before it in the batch
        // are committed by the drain that follows.
        m_failed = true;
        report(stored);
        return;
    }
    stored.ok = true;
    if (m_db->inBatch())
        ++m_batchPages;
    report(stored, std::move(job.records));
}

void PageWriter::commit()
{
    if (!m_db->inBatch())
        return;
    const int pages = m_batchPages;
    m_batchPages = 0;
    Stored stored;
    if (m_applier->commitBatch(&stored.error))
        return;
    // Those pages went back with their cursor (a full disk can undo the whole batch).
    m_failed = true;
    stored.pagesLost = pages;
    report(stored);
}

void PageWriter::runBulk()
{
    // Cancelled, it stops once the definitions are back (the first step), so that the
    // store has its indexes; the search rows still missing wait for the end of the next
    // sync, and those already built stay. The same holds when the store refuses a step.
    QString error;
    BulkLoad::Step step = BulkLoad::Step::More;
    while (step == BulkLoad::Step::More) {
        const bool building = m_bulk->isBuilding();
        step = m_cancelled && building ? BulkLoad::Step::Done : m_bulk->finishStep(&error);
        // The indexes are back and the build has taken a smaller page cache: what the
        // cache and the sorts freed goes back to the system, not only to this thread's
        // heap, before the build, the sync's memory peak.
        if (!building && m_bulk->isBuilding())
            releaseFreedMemory();
    }
    emit bulkFinished(step != BulkLoad::Step::Failed, error, m_bulk->casesIndexed());
}

} // namespace lapor
