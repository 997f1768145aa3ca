#pragma once

#include "backoff.h"
#include "changeapplier.h"
#include "hubapi/huberror.h"
#include "pagewriter.h"
#include "protocol/limits.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

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
        // Of elapsedMs, the end of a fill in bulk: indexes back, search rows built.
        qint64 finishingMs = 0;
    };

    SyncEngine(HubClient &client, Database &db, const WorkingCalendar &calendar,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // The store's work runs on a thread of its own (PageWriter), where pages commit
    // together in write batches of about kBatchMs: a commit writes back every index page
    // the batch touched, and with one commit per page a first sync wrote its indexes to
    // disk hundreds of times over. A batch also commits as soon as the next page is late
    // (kBatchIdleMs), so the store is never held while the desk waits on the network.
    static constexpr int kBatchMs = PageWriter::kBatchMs;
    static constexpr int kBatchIdleMs = PageWriter::kBatchIdleMs;
    // Decoded pages handed to the store and not yet stored: while the store works on one,
    // the next is ready. A page waits (undecoded) until there is room again.
    static constexpr int kPagesQueued = 2;

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
    // A page arrived and went to the store; progress() follows once it is stored.
    void pageReceived();
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
    void requestEstimate(const QString &after, qint64 base);
    void fail(const HubError &error);
    void finish(bool ok);
    // After the last page of a sync that filled an empty store: what the fill set aside
    // comes back and the search rows are built, on the store's thread.
    void onBulkFinished(bool ok, const QString &error, qint64 indexed);
    void complete(bool ok);
    void applyRetention();
    int retentionMonths() const;
    // The store's outcomes so far into the report; false when the store failed (its
    // error in m_storeError), and then the pages after the failed one are dropped.
    bool absorbStored();
    void onStored();
    // Waits until every page handed to the store is stored and committed, then
    // absorbStored(). Pages of a batch that could not commit are gone with their cursor.
    bool settle();

    HubClient &m_client;
    Database &m_db;
    const WorkingCalendar m_calendar;
    std::unique_ptr<PageWriter> m_writer; // while running
    QString m_storeError;
    bool m_estimateAsked = false;
    bool m_finishing = false; // the bulk fill is being finished
    bool m_finishingOk = false;
    QElapsedTimer m_finishingClock;
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
    QElapsedTimer m_clock;
    int m_retentionMonths = -1;
    std::function<QDateTime()> m_now;
    Report m_report;
};

} // namespace lapor
