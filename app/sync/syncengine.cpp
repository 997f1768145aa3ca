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
    , m_applier(db, calendar)
    , m_bulk(db)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::fetchPage);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &SyncEngine::onBatchIdle);
}

SyncEngine::~SyncEngine()
{
    // Pages already stored stay stored, whoever ends the engine.
    endBatch();
}

bool SyncEngine::endBatch()
{
    m_batchTimer.stop();
    if (!m_db.inBatch())
        return true;
    QString error;
    const int pages = m_batchPages;
    m_batchPages = 0;
    if (m_applier.commitBatch(&error))
        return true;
    // Those pages went back with their cursor (a full disk can undo the whole batch).
    m_report.pages -= pages;
    m_report.error = HubError::store(error);
    emit log(error);
    return false;
}

void SyncEngine::onBatchIdle()
{
    // The next page is late: what is stored is committed instead of waiting with it.
    if (endBatch())
        return;
    dropPrefetch();
    finish(false);
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
    m_backoff.reset();
    m_clock.start();
    const User &me = m_client.user();
    m_applier.setScope(me.unitId, Roles::seesWholeAgency(me.role));
    // A store without cases is filled in bulk (docs/store.md, "A first sync"). If the
    // store refuses, the sync goes on the ordinary way.
    QString bulkError;
    if (!m_bulk.begin(&bulkError))
        emit log(QStringLiteral("bulk fill not started: %1").arg(bulkError));
    // Files whose rows went in a run that crashed before it could remove them.
    if (const int swept = Retention(m_db).sweepFiles(); swept > 0)
        emit log(QStringLiteral("removed %1 leftover attachment or draft folders").arg(swept));
    fetchPage();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_finishing)
        return; // finishBulk() stops after its next step
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
    while (!m_inFlight.isEmpty() && m_inFlight.constFirst()->isFinished())
        onPage(m_inFlight.takeFirst());
}

void SyncEngine::onPage(FeedPageJob *job)
{
    job->deleteLater();
    m_batchTimer.stop();
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
    const QJsonArray &array = page.records;
    // A record that breaks the contract is set aside, not a reason to refuse the page:
    // one odd record on the hub must not stop every later change from arriving.
    const QString cursor = SyncState(m_db).cursor();
    QList<ChangeApplier::Incoming> records;
    records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        ChangeApplier::Incoming entry;
        entry.raw = array.at(i);
        if (!entry.raw.isObject()) {
            entry.refusal = QStringLiteral("record %1 is not a JSON object").arg(i);
        } else {
            entry.data = Wire::decodeChange(entry.raw.toObject(), &entry.refusal);
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
    QString error;
    if (!m_db.inBatch() && m_db.beginBatch()) {
        m_batchClock.start();
        m_batchPages = 0;
    }
    if (!m_applier.applyPage(records, cursor, page.nextCursor, &m_report.counts, &error)) {
        // The page and its cursor rolled back together: the next sync asks for it again.
        // The pages before it in the batch stay (fail() commits them).
        dropPrefetch();
        fail(HubError::store(error));
        return;
    }
    ++m_report.pages;
    if (m_db.inBatch())
        ++m_batchPages;
    m_attempt = more ? 1 : 0; // the next page's request is its first attempt
    m_backoff.reset();
    m_done += records.size();
    m_total = qMax(m_total, m_done);
    // A long sync: ask once how much remains, so progress can show an estimate. A sync
    // with nothing new never pays for this request.
    if (more && m_report.pages == 1)
        requestEstimate();
    // Last: the next page is already on its way, and a receiver that runs an event loop
    // may see it arrive before this call returns.
    emit progress(m_done, m_total);
    if (!m_running)
        return;
    if (!more) {
        finish(true);
    } else if (m_batchClock.elapsed() >= kBatchMs) {
        if (!endBatch()) {
            dropPrefetch();
            finish(false);
        }
    } else if (m_db.inBatch()) {
        m_batchTimer.start(kBatchIdleMs);
    }
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

void SyncEngine::requestEstimate()
{
    ++m_report.requests;
    const qint64 base = m_done;
    auto *job = new ChangeCountJob(m_client, SyncState(m_db).cursor(), this);
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
    // Whatever comes next (a retry after a pause, a restart, the end), the pages stored
    // so far are committed first.
    if (!endBatch()) {
        // A page the store refused says why better than the commit that followed it.
        if (error.kind == HubError::Kind::Store)
            m_report.error = error;
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
    if (!endBatch())
        ok = false;
    if (m_bulk.isPending()) {
        m_finishing = true;
        m_finishingOk = ok;
        QTimer::singleShot(0, this, &SyncEngine::finishBulk);
        return;
    }
    complete(ok);
}

void SyncEngine::finishBulk()
{
    // Cancelled, it stops once the definitions are back (the first step), so that the
    // store has its indexes; the search rows still missing wait for the end of the next
    // sync, and those already built stay. The same holds when the store refuses a step.
    QString error;
    const BulkLoad::Step step
        = m_cancelled && m_bulk.isBuilding() ? BulkLoad::Step::Done : m_bulk.finishStep(&error);
    if (step == BulkLoad::Step::More) {
        QTimer::singleShot(0, this, &SyncEngine::finishBulk);
        return;
    }
    m_finishing = false;
    if (step == BulkLoad::Step::Failed) {
        m_report.error = HubError::store(error);
        emit log(error);
        m_finishingOk = false;
    } else if (!m_cancelled) {
        emit log(QStringLiteral("search rows built for %1 cases").arg(m_bulk.casesIndexed()));
    }
    complete(m_finishingOk);
}

void SyncEngine::complete(bool ok)
{
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
