#pragma once

#include "backoff.h"
#include "changeapplier.h"
#include "hubapi/huberror.h"
#include "protocol/limits.h"
#include "store/bulkload.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace lapor {

class FeedPageJob;
class HubClient;

// Pulls the change feed into the store page by page. Each page and its cursor commit in
// one transaction (ChangeApplier), so the engine can be cancelled, killed or cut off at
// any moment and the next run resumes exactly where this one stopped. Transient failures
// (network, timeouts, 5xx, 429, truncated bodies) are retried with back-off, honouring
// Retry-After, up to maxAttempts per page. Every run starts by removing files of cases
// that a crash left behind, and a successful run ends with the retention step (closed
// cases past the retention period leave the desk; Retention::afterSync).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        bool ok = false;
        bool cancelled = false;
        HubError error; // the last failure when !ok
        QString message; // for the user
        ChangeApplier::Counts counts;
        int purged = 0; // cases the retention step took off the desk after the pull
        int pages = 0;
        int requests = 0;
        int pagesAhead = 0; // pages asked for from the head of the one before (Link)
        qint64 elapsedMs = 0;
    };

    SyncEngine(HubClient &client, Database &db, const WorkingCalendar &calendar,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Pages commit together in write batches of about this long (Database::beginBatch):
    // a commit writes back every index page the batch touched, and with one commit per
    // page a first sync wrote its indexes to disk hundreds of times over. A batch also
    // commits as soon as the next page is late, so the store is never held while the
    // desk waits on the network, and other programs wait at most about this long to write.
    static constexpr int kBatchMs = 2000;
    static constexpr int kBatchIdleMs = 200;

    // Records per feed page the desk asks for: the hub's largest, since a page costs a
    // round trip and a transaction whatever its size (docs/BENCHMARKS.md, bench_sync).
    static constexpr int kDefaultPageSize = protocol::Limits::kPageSizeMax;
    // Feed pages in flight at once: the one arriving and the one after it, asked for as
    // soon as the first one's head names it (docs/sync.md, "Two pages in flight").
    static constexpr int kPagesInFlight = 2;
    void setPageSize(int records) { m_pageSize = records; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    // Months a closed case stays; 0 keeps every case. Unset (-1): the `retentionMonths`
    // of the profile the store belongs to, read at the end of each run.
    void setRetentionMonths(int months) { m_retentionMonths = months; }
    // The time the retention period counts back from; tests move it.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const Report &lastReport() const { return m_report; }

signals:
    // `done` records applied in this run; `total` the estimate of this run's records.
    void progress(qint64 done, qint64 total);
    void finished(const lapor::SyncEngine::Report &report);
    void log(const QString &line);

private:
    void fetchPage();
    void fetchPageAfter(const QString &cursor);
    void requestPage(const QString &cursor);
    // Ends every page in flight; their requests no longer count.
    void dropPrefetch();
    void onNextPageKnown(FeedPageJob *job);
    // Takes the pages that are in, in the order they were asked for.
    void onPageArrived();
    void onPage(FeedPageJob *job);
    void requestEstimate();
    void fail(const HubError &error);
    void finish(bool ok);
    // After the last page of a sync that filled an empty store: what the fill set aside
    // comes back and the search rows are built, a step per turn of the event loop.
    void finishBulk();
    void complete(bool ok);
    void applyRetention();
    int retentionMonths() const;
    // Commits the open write batch; false (with the store's error in m_report) when it
    // could not, and then the batch's pages are gone with their cursor.
    bool endBatch();
    void onBatchIdle();

    HubClient &m_client;
    Database &m_db;
    ChangeApplier m_applier;
    BulkLoad m_bulk;
    bool m_finishing = false; // finishBulk() steps are running
    bool m_finishingOk = false;
    int m_pageSize = kDefaultPageSize;
    int m_maxAttempts = 8;
    int m_attempt = 0;
    Backoff m_backoff;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_restarted = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QList<FeedPageJob *> m_inFlight; // oldest first; each ends in onPage() or dropPrefetch()
    QTimer m_retryTimer;
    QTimer m_batchTimer;
    QElapsedTimer m_batchClock;
    int m_batchPages = 0; // stored in the open batch
    QElapsedTimer m_clock;
    int m_retentionMonths = -1;
    std::function<QDateTime()> m_now;
    Report m_report;
};

} // namespace lapor
