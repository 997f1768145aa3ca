#include "syncengine.h"

#include "core/preferences.h"
#include "core/profile.h"
#include "core/role.h"
#include "hubapi/hubclient.h"
#include "hubapi/hubjobs.h"
#include "store/database.h"
#include "store/retention.h"
#include "store/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lapor {

SyncEngine::SyncEngine(HubClient &client, Database &db, const WorkingCalendar &calendar,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_calendar(calendar)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::fetchPage);
}

SyncEngine::~SyncEngine()
{
    // Pages already stored stay stored, whoever ends the engine (~PageWriter commits).
    for (FeedPageJob *job : std::as_const(m_inFlight))
        job->disconnect(this);
    m_writer.reset();
}

bool SyncEngine::absorbStored()
{
    bool ok = true;
    bool stored = false;
    for (const PageWriter::Stored &outcome : m_writer->takeStored()) {
        m_report.pages -= outcome.pagesLost;
        if (outcome.dropped) {
            --m_report.requests; // as for a page dropped in flight
        } else if (!outcome.ok) {
            if (ok)
                m_storeError = outcome.error;
            ok = false;
            emit log(outcome.error);
        } else if (outcome.page) {
            ++m_report.pages;
            m_report.counts += outcome.counts;
            m_done += outcome.records;
            m_total = qMax(m_total, m_done);
            stored = true;
        }
    }
    if (stored)
        emit progress(m_done, m_total);
    return ok;
}

bool SyncEngine::settle()
{
    if (!m_writer)
        return true;
    m_writer->drain();
    return absorbStored();
}

void SyncEngine::onStored()
{
    if (!m_writer || !m_running || m_finishing)
        return;
    if (!absorbStored()) {
        dropPrefetch();
        fail(HubError::store(m_storeError));
        return;
    }
    // A receiver of progress() may have ended the run; else the pages that waited for
    // room go to the store now.
    if (m_running && m_writer)
        onPageArrived();
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_report = {};
    m_done = 0;
    m_total = 0;
    m_attempt = 0;
    m_restarted = false;
    m_estimateAsked = false;
    m_storeError.clear();
    m_backoff.reset();
    m_clock.start();
    const User &me = m_client.user();
    m_writer = std::make_unique<PageWriter>(m_db, m_calendar);
    connect(m_writer.get(), &PageWriter::storedReady, this, &SyncEngine::onStored);
    connect(m_writer.get(), &PageWriter::bulkFinished, this, &SyncEngine::onBulkFinished);
    connect(m_writer.get(), &PageWriter::log, this, &SyncEngine::log);
    QString error;
    if (!m_writer->start(me.unitId, Roles::seesWholeAgency(me.role), &error)) {
        m_report.error = HubError::store(error);
        emit log(error);
        // Reported from the event loop, as every other outcome of a run.
        QTimer::singleShot(0, this, [this] { complete(false); });
        return;
    }
    fetchPage();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_writer)
        m_writer->cancel(); // pages not yet stored are dropped
    if (m_finishing)
        return; // the bulk finish stops after its current step
    m_retryTimer.stop();
    if (m_inFlight.isEmpty()) {
        finish(false);
        return;
    }
    // The oldest page reports the cancellation; the ones behind it go now.
    FeedPageJob *oldest = m_inFlight.takeFirst();
    dropPrefetch();
    m_inFlight.append(oldest);
    oldest->cancel();
}

void SyncEngine::fetchPage()
{
    fetchPageAfter(SyncState(m_db).cursor());
}

void SyncEngine::fetchPageAfter(const QString &cursor)
{
    ++m_attempt;
    requestPage(cursor);
}

void SyncEngine::requestPage(const QString &cursor)
{
    ++m_report.requests;
    auto *job = new FeedPageJob(m_client, cursor, m_pageSize, this);
    connect(job, &FeedPageJob::finished, this, &SyncEngine::onPageArrived);
    connect(job, &FeedPageJob::nextPageKnown, this, &SyncEngine::onNextPageKnown);
    m_inFlight.append(job);
    job->start();
}

void SyncEngine::onNextPageKnown(FeedPageJob *job)
{
    // The head of the newest page named the next one: on a slow link its request and the
    // hub's work on it overlap this body's transfer instead of following it.
    if (m_cancelled || job->nextAfter().isEmpty() || m_inFlight.isEmpty()
        || m_inFlight.constLast() != job || m_inFlight.size() >= kPagesInFlight)
        return;
    ++m_report.pagesAhead;
    requestPage(job->nextAfter());
}

void SyncEngine::onPageArrived()
{
    // A page after the oldest may be in first (the oldest's body is still arriving); it
    // waits, since pages commit in their order. onPage() may end the run, or drop the
    // pages behind the one it takes.
    while (!m_inFlight.isEmpty() && m_inFlight.constFirst()->isFinished() && m_writer
           && m_writer->pending() < kPagesQueued)
        onPage(m_inFlight.takeFirst());
}

void SyncEngine::onPage(FeedPageJob *job)
{
    job->deleteLater();
    if (m_cancelled) {
        finish(false);
        return;
    }
    if (!job->error().ok()) {
        dropPrefetch();
        fail(job->error());
        return;
    }
    const protocol::FeedPage &page = job->page();
    const QList<JsonRef> &array = page.records;
    // A record that breaks the contract is set aside, not a reason to refuse the page:
    // one odd record on the hub must not stop every later change from arriving.
    const QString cursor = job->after();
    QList<ChangeApplier::Incoming> records;
    records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        ChangeApplier::Incoming entry;
        entry.raw = array.at(i);
        if (!entry.raw.isObject()) {
            entry.refusal = QStringLiteral("record %1 is not a JSON object").arg(i);
        } else {
            entry.data = Wire::decodeChange(entry.raw, &entry.refusal);
            if (entry.data)
                entry.refusal.clear();
        }
        if (!entry.data)
            emit log(QStringLiteral("record %1 of page after \"%2\" set aside: %3")
                         .arg(i)
                         .arg(cursor, entry.refusal));
        records.append(std::move(entry));
    }

    // The next page is asked for before this one is stored: the hub prepares it and the
    // transfer runs while the store writes, instead of each side waiting on the other.
    // Its cursor is the one this page will commit, so a page that fails to store takes
    // the request back with it.
    const bool more = page.more && !records.isEmpty();
    if (!more || m_inFlight.isEmpty() || m_inFlight.constFirst()->after() != page.nextCursor) {
        // Nothing asked ahead, or the head named another page than the body: only the
        // body's cursor counts.
        dropPrefetch();
        if (more)
            requestPage(page.nextCursor);
    } else {
        // The page asked ahead may have named its own next one while this one arrived.
        onNextPageKnown(m_inFlight.constLast());
    }
    const qint64 count = records.size();
    m_writer->submit(std::move(records), cursor, page.nextCursor);
    m_attempt = more ? 1 : 0; // the next page's request is its first attempt
    m_backoff.reset();
    // A long sync: ask once how much remains, so progress can show an estimate. A sync
    // with nothing new never pays for this request.
    if (more && !m_estimateAsked) {
        m_estimateAsked = true;
        requestEstimate(page.nextCursor, count);
    }
    // Last: the next page is already on its way, and a receiver that runs an event loop
    // may see it arrive before this call returns.
    emit pageReceived();
    if (!more && m_running)
        finish(true);
}

void SyncEngine::dropPrefetch()
{
    for (FeedPageJob *job : std::as_const(m_inFlight)) {
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
        --m_report.requests;
    }
    m_inFlight.clear();
}

void SyncEngine::requestEstimate(const QString &after, qint64 base)
{
    ++m_report.requests;
    auto *job = new ChangeCountJob(m_client, after, this);
    connect(job, &ChangeCountJob::finished, this, [this, base](ChangeCountJob *done) {
        done->deleteLater();
        if (!m_running || !done->error().ok() || done->count() < 0)
            return; // only an estimate: failures here change nothing
        m_total = qMax(m_done, base + done->count());
        emit progress(m_done, m_total);
    });
    job->start();
}

void SyncEngine::fail(const HubError &error)
{
    // Whatever comes next (a retry after a pause, a restart, the end), the pages handed
    // to the store so far are stored and committed first.
    if (!settle()) {
        // A page the store refused says why better than the commit that followed it.
        m_report.error
            = error.kind == HubError::Kind::Store ? error : HubError::store(m_storeError);
        finish(false);
        return;
    }
    // The hub's dataset was replaced: start over from the beginning, once. Upserts make
    // a second pass over known records harmless.
    if (error.status == 410 && error.problem == protocol::ProblemType::CursorExpired
        && !m_restarted) {
        m_restarted = true;
        emit log(QStringLiteral("cursor expired on the hub; syncing from the beginning"));
        SyncState(m_db).setCursor(QString());
        fetchPage();
        return;
    }
    m_report.error = error;
    emit log(error.technical.isEmpty() ? error.userMessage() : error.technical);
    if (error.isTransient() && m_attempt < m_maxAttempts && !m_cancelled) {
        const int delay = m_backoff.nextDelayMs(error.retryAfterSeconds);
        emit log(QStringLiteral("retrying in %1 ms (attempt %2 of %3)")
                     .arg(delay)
                     .arg(m_attempt + 1)
                     .arg(m_maxAttempts));
        m_retryTimer.start(delay);
        return;
    }
    finish(false);
}

void SyncEngine::finish(bool ok)
{
    dropPrefetch();
    if (!settle()) {
        ok = false;
        if (m_report.error.kind != HubError::Kind::Store)
            m_report.error = HubError::store(m_storeError);
    }
    if (m_writer && m_writer->bulkPending()) {
        // The pages' memory goes back to the system before the store's thread builds the
        // indexes and the search rows, the sync's peak: freed, it would otherwise stay
        // with this thread's heap, where the other thread cannot use it.
        PageWriter::releaseFreedMemory();
        m_finishing = true;
        m_finishingOk = ok;
        m_finishingClock.start();
        m_writer->finishBulk();
        return;
    }
    complete(ok);
}

void SyncEngine::onBulkFinished(bool ok, const QString &error, qint64 indexed)
{
    if (!m_finishing)
        return;
    m_finishing = false;
    m_report.finishingMs = m_finishingClock.elapsed();
    if (!ok) {
        m_report.error = HubError::store(error);
        emit log(error);
        m_finishingOk = false;
    } else if (!m_cancelled) {
        emit log(QStringLiteral("search rows built for %1 cases").arg(indexed));
    }
    complete(m_finishingOk);
}

void SyncEngine::complete(bool ok)
{
    // The store's thread ends with its connection; everything it stored is committed.
    m_writer.reset();
    m_running = false;
    m_report.ok = ok && !m_cancelled;
    m_report.cancelled = m_cancelled;
    m_report.elapsedMs = m_clock.elapsed();
    if (m_report.ok) {
        m_report.error = {};
        SyncState(m_db).setLastSyncAt(QDateTime::currentDateTimeUtc());
        applyRetention();
    } else if (m_cancelled) {
        m_report.message
            = QCoreApplication::translate("lapor::SyncEngine", "Sinkronisasi dibatalkan.");
    } else {
        m_report.message = m_report.error.userMessage();
    }
    emit finished(m_report);
}

int SyncEngine::retentionMonths() const
{
    if (m_retentionMonths >= 0)
        return m_retentionMonths;
    const QString profileDir = Retention(m_db).profileDir();
    // Read at every run, so that a change in Pengaturan counts from the next sync.
    const Preferences preferences
        = profileDir.isEmpty() ? Preferences() : Preferences::load(Profile(profileDir).settings());
    return qMax(0, preferences.retentionMonths);
}

void SyncEngine::applyRetention()
{
    // The pull itself succeeded and stays so: a failure here is logged and retried by the
    // next run, which finds the same cases.
    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    QString error;
    const auto purged = Retention(m_db).afterSync(now, retentionMonths(), &error);
    if (!purged) {
        emit log(QStringLiteral("retention step failed: %1").arg(error));
        return;
    }
    m_report.purged = purged->closed + purged->settled;
    if (m_report.purged > 0)
        emit log(tr("Retensi: %n laporan dihapus dari komputer ini (tetap tersimpan di hub).",
                    nullptr, m_report.purged));
}

} // namespace lapor
