#include "synccontroller.h"

#include "attachmentfetcher.h"
#include "core/preferences.h"
#include "core/profile.h"
#include "disabledaccount.h"
#include "hubaccount.h"
#include "hubapi/hubclient.h"
#include "hubapi/offlineverifier.h"
#include "outboxpusher.h"
#include "searchmerger.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/quarantinerepository.h"
#include "store/syncrunlog.h"
#include "store/syncstate.h"

#include <QCoreApplication>
#include <QLocale>

namespace lapor {

namespace {
constexpr int kMaxLogLines = 500;
} // namespace

SyncController::SyncController(Profile &profile, Database &db, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_db(db)
    , m_account(std::make_unique<HubAccount>(profile, TokenStore::Backend::Keychain))
    , m_merger(std::make_unique<SearchMerger>(db))
{
    m_schedule.setSingleShot(true);
    connect(&m_schedule, &QTimer::timeout, this, &SyncController::syncNow);
    setAutoSyncMinutes(Preferences::load(profile.settings()).syncIntervalMinutes);
    watchAccount();
    connect(m_merger.get(), &SearchMerger::log, this, &SyncController::addLog);
    // A merge the last session left unfinished goes on, unless a sync comes first
    // (beginRun pauses it).
    QTimer::singleShot(kMergeDelayMs, this, [this] {
        if (!m_runOpen && !m_disabled)
            m_merger->start();
    });
}

void SyncController::watchAccount()
{
    // Queued: the answer arrives inside a request's chain; the store is wiped outside it.
    connect(&m_account->client(), &HubClient::accountDisabled, this,
            &SyncController::onAccountDisabled, Qt::QueuedConnection);
}

void SyncController::onAccountDisabled()
{
    if (m_disabled)
        return;
    m_disabled = true;
    m_signedIn = false;
    m_schedule.stop();
    m_merger->pause();
    cancelSync();
    m_account->forgetSession();
    QString error;
    const auto outcome
        = DisabledAccount::apply(m_profile, m_db, QDateTime::currentDateTimeUtc(), &error);
    const QString message = outcome ? DisabledAccount::message(*outcome)
                                    : HubError::accountDisabled().userMessage()
            + QLatin1String(" (") + error + QLatin1Char(')');
    m_lastError = message;
    addLog(message);
    emit accountDisabled(message);
    emit statusChanged();
}

SyncController::~SyncController() = default;

SyncController::Status SyncController::status() const
{
    Status s;
    s.configured = m_account->isConfigured();
    s.signedIn = m_signedIn;
    s.connection = m_connectivity ? m_connectivity->state() : Connectivity::State::Unknown;
    s.syncing = m_phase == Phase::Pushing || m_phase == Phase::Pulling
        || m_phase == Phase::Uploading || (m_engine && m_engine->isRunning())
        || (m_pusher && m_pusher->isRunning());
    s.done = m_done;
    s.total = m_total;
    s.lastSyncAt = SyncState(m_db).lastSyncAt();
    s.pendingActions = pendingActions();
    s.quarantined = QuarantineRepository(m_db).count();
    s.lastError = m_lastError;
    return s;
}

QList<QuarantinedRecord> SyncController::quarantined() const
{
    return QuarantineRepository(m_db).all();
}

QList<SyncRunLog::Run> SyncController::recentRuns(int limit) const
{
    return SyncRunLog(m_db).latest(limit);
}

QList<SyncRunLog::Day> SyncController::dailyTraffic(const QTimeZone &zone, int days) const
{
    return SyncRunLog(m_db).dailyTotals(zone, days);
}

int SyncController::pendingActions() const
{
    return OutboxRepository(m_db).pendingCount();
}

void SyncController::setAutoSyncMinutes(int minutes)
{
    m_autoSyncMs = qMax(1, minutes) * 60 * 1000;
}

void SyncController::setAttachmentFetcher(AttachmentFetcher *fetcher)
{
    if (m_fetcher)
        m_fetcher->disconnect(this);
    m_fetcher = fetcher;
    if (!m_fetcher) {
        if (m_phase == Phase::Prefetching)
            finishRun(); // its prefetch went with it
        return;
    }
    connect(m_fetcher, &AttachmentFetcher::idle, this, [this] {
        if (m_phase == Phase::Prefetching)
            finishRun();
    });
    // A fetcher set while a run pushes or pulls waits for the next prefetch.
    if (m_phase == Phase::Pushing || m_phase == Phase::Pulling)
        m_fetcher->holdPrefetch();
}

void SyncController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void SyncController::addLog(const QString &line)
{
    const QString stamped
        = QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)
        + QLatin1String("  ") + line;
    m_log.append(stamped);
    if (m_log.size() > kMaxLogLines)
        m_log.removeFirst();
    emit logAdded(stamped);
}

void SyncController::login(const QString &hubUrl, const QString &username, const QString &password,
                           bool keepSession)
{
    abandonRun();
    if (!keepSession) {
        m_account = std::make_unique<HubAccount>(m_profile, TokenStore::Backend::Memory);
        watchAccount();
    }
    m_pusher.reset();
    m_engine.reset();
    m_connectivity.reset();
    m_account->setHub(hubUrl, username);
    auto *call = m_account->client().login(username, password);
    connect(call, &HubCall::finished, this, [this, username, password](HubCall *done) {
        done->deleteLater();
        if (!done->error().ok()) {
            const QString message = done->status() == 401
                ? tr("Nama pengguna atau kata sandi salah.")
                : done->error().userMessage();
            addLog(tr("Gagal masuk: %1").arg(message));
            emit loginFinished(false, message);
            return;
        }
        m_account->rememberLogin();
        OfflineVerifier::remember(m_profile.settings(), password);
        enabledAgain();
        addLog(tr("Masuk sebagai %1.").arg(username));
        startSession();
        emit loginFinished(true, {});
        syncNow();
    });
}

bool SyncController::resume()
{
    // A disabled account has no session to resume: its tokens went with its data.
    if (DisabledAccount::isDisabled(m_db) || !m_account->restoreSession())
        return false;
    startSession();
    m_connectivity->probe();
    syncNow();
    return true;
}

void SyncController::adopt(std::unique_ptr<HubAccount> signedIn)
{
    abandonRun();
    m_pusher.reset();
    m_engine.reset();
    m_connectivity.reset();
    m_account = std::move(signedIn);
    watchAccount();
    enabledAgain();
    addLog(tr("Masuk sebagai %1.").arg(m_account->username()));
    startSession();
    syncNow();
}

void SyncController::enabledAgain()
{
    m_disabled = false;
    QString error;
    if (!DisabledAccount::clear(m_db, &error))
        addLog(error);
}

void SyncController::startSession()
{
    m_signedIn = true;
    m_connectivity = std::make_unique<Connectivity>(m_account->client());
    connect(m_connectivity.get(), &Connectivity::stateChanged, this,
            &SyncController::onConnectivity);
    connect(&m_account->client(), &HubClient::sessionExpired, this, [this] {
        m_signedIn = false;
        addLog(tr("Sesi berakhir; silakan masuk lagi."));
        emit sessionExpired();
        emit statusChanged();
    });
    emit statusChanged();
}

void SyncController::logout()
{
    cancelSync();
    m_schedule.stop();
    if (m_signedIn && m_connectivity && m_connectivity->isOnline()) {
        auto *call = m_account->client().logout();
        connect(call, &HubCall::finished, call, &QObject::deleteLater);
    }
    m_account->forgetSession();
    m_signedIn = false;
    addLog(tr("Keluar dari hub."));
    emit statusChanged();
}

void SyncController::syncNow()
{
    if (!m_signedIn || m_phase == Phase::Pushing || m_phase == Phase::Pulling
        || m_phase == Phase::Uploading || (m_engine && m_engine->isRunning())
        || (m_pusher && m_pusher->isRunning()))
        return;
    m_schedule.stop();
    if (!m_engine) {
        m_engine
            = std::make_unique<SyncEngine>(m_account->client(), m_db, m_account->calendar(m_db));
        // The schedule retries with back-off between runs; within a run, retry briefly.
        m_engine->setMaxAttempts(3);
        connect(m_engine.get(), &SyncEngine::progress, this, [this](qint64 done, qint64 total) {
            m_done = done;
            m_total = total;
            emit statusChanged();
        });
        connect(m_engine.get(), &SyncEngine::log, this, &SyncController::addLog);
        connect(m_engine.get(), &SyncEngine::finished, this, &SyncController::onSyncFinished);
    }
    if (!m_pusher) {
        m_pusher
            = std::make_unique<OutboxPusher>(m_account->client(), m_db, m_account->calendar(m_db));
        m_pusher->setMaxAttempts(3);
        connect(m_pusher.get(), &OutboxPusher::log, this, &SyncController::addLog);
        connect(m_pusher.get(), &OutboxPusher::entryChanged, this, [this](const QString &id) {
            emit outboxChanged(id);
            emit statusChanged();
        });
        connect(m_pusher.get(), &OutboxPusher::finished, this, &SyncController::onPushFinished);
    }
    // The last run's prefetch, if still going, ends here: its bytes are that run's, and
    // no attachment part starts while this run pushes and pulls.
    if (m_runOpen)
        finishRun();
    if (m_fetcher)
        m_fetcher->holdPrefetch();
    beginRun();
    m_done = 0;
    m_total = 0;
    addLog(tr("Sinkronisasi dimulai."));
    // The user's own actions go first, so the pull that follows shows their outcome; their
    // files wait until the case text is in (startUploads).
    setPhase(Phase::Pushing);
    m_pusher->setFilesDeferred(true);
    m_pusher->push();
    emit statusChanged();
}

void SyncController::onPushFinished()
{
    const auto &summary = m_pusher->lastSummary();
    if (summary.sent + summary.conflicts + summary.failed > 0 || !summary.error.ok())
        addLog(tr("Kirim: %1").arg(summary.message));
    const auto kind = summary.error.kind;
    const bool cutOff = summary.cancelled || kind == HubError::Kind::Network
        || kind == HubError::Kind::Timeout || kind == HubError::Kind::Tls
        || kind == HubError::Kind::Refused || summary.error.isAuth()
        || summary.error.isAccountDisabled();
    if (m_phase == Phase::Uploading) {
        // The run's outcome was the pull's; what the files left waiting goes next run.
        if (cutOff)
            finishRun();
        else
            startPrefetch();
        emit statusChanged();
        return;
    }
    if (cutOff) {
        // The pull would fail the same way; report the push's failure instead.
        SyncEngine::Report report;
        report.cancelled = summary.cancelled;
        report.error = summary.error;
        report.message = summary.error.userMessage();
        onSyncFinished(report);
        return;
    }
    startPull();
}

void SyncController::startPull()
{
    // A prefetched file stops between two parts (AttachmentFetcher::holdPrefetch): the
    // pull waits for the part on the way rather than throwing its bytes away.
    if (m_fetcher && m_fetcher->isPrefetching()) {
        m_waitForHeld = connect(m_fetcher, &AttachmentFetcher::prefetchHeld, this,
                                &SyncController::startPull, Qt::SingleShotConnection);
        return;
    }
    m_waitForHeld = {};
    setPhase(Phase::Pulling);
    m_engine->start();
    emit statusChanged();
}

void SyncController::cancelSync()
{
    if (m_pusher)
        m_pusher->cancel();
    if (m_engine)
        m_engine->cancel();
    if (m_waitForHeld) {
        // Pushed, and waiting for a prefetched part before the pull: the pull never starts.
        disconnect(m_waitForHeld);
        m_waitForHeld = {};
        SyncEngine::Report report;
        report.cancelled = true;
        onSyncFinished(report);
    } else if (m_phase == Phase::Prefetching) {
        if (m_fetcher)
            m_fetcher->holdPrefetch();
        finishRun();
    }
}

void SyncController::abandonRun()
{
    // The engine and pusher of this session go away with it, in whatever phase they are.
    if (m_waitForHeld)
        disconnect(m_waitForHeld);
    m_waitForHeld = {};
    finishRun();
}

void SyncController::beginRun()
{
    // The run's writes have the store to themselves; merging goes on after it.
    m_merger->pause();
    m_runOpen = true;
    m_runOk = false;
    m_runStartedAt = QDateTime::currentDateTimeUtc();
    m_runClient = &m_account->client();
    m_runSentAtStart = m_runClient->bytesSent();
    m_runReceivedAtStart = m_runClient->bytesReceived();
}

void SyncController::startUploads()
{
    // Deferred by the push before the pull: the files, and the revisions that need them.
    if (!m_pusher || OutboxRepository(m_db).waitingFiles(m_account->client().user().id) == 0) {
        startPrefetch();
        return;
    }
    setPhase(Phase::Uploading);
    m_pusher->setFilesDeferred(false);
    m_pusher->push();
}

void SyncController::startPrefetch()
{
    if (!m_fetcher) {
        finishRun();
        return;
    }
    const Preferences preferences = Preferences::load(m_profile.settings());
    if (preferences.prefetchUnmeteredOnly && m_metered && m_metered()) {
        addLog(tr("Lampiran tidak diunduh di muka: koneksi ini berkuota (lihat Pengaturan)."));
        finishRun();
        return;
    }
    setPhase(Phase::Prefetching);
    const int queued = m_fetcher->prefetch(qint64(qMax(0, preferences.prefetchMB)) * 1024 * 1024);
    // Nothing to fetch, or all of it already kept: the fetcher may have said idle already.
    if (queued == 0 && !m_fetcher->isPrefetching())
        finishRun();
}

void SyncController::finishRun()
{
    if (!m_runOpen) {
        setPhase(Phase::Idle);
        return;
    }
    m_runOpen = false;
    // Counted by the client the run started with; a new sign-in since starts from zero.
    HubClient *client = &m_account->client();
    const bool same = m_runClient == client;
    SyncRunLog::Run run;
    run.startedAt = m_runStartedAt;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.bytesUp = qMax<qint64>(0, client->bytesSent() - (same ? m_runSentAtStart : 0));
    run.bytesDown = qMax<qint64>(0, client->bytesReceived() - (same ? m_runReceivedAtStart : 0));
    run.ok = m_runOk;
    QString error;
    if (!SyncRunLog(m_db).record(run, &error))
        addLog(tr("Jumlah data sinkronisasi tidak dapat dicatat: %1").arg(error));
    // In the units the attachment list uses (MB, kB), as the sync log dialog shows them.
    const auto size = [](qint64 bytes) {
        return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    addLog(tr("Data: %1 dikirim, %2 diterima.").arg(size(run.bytesUp), size(run.bytesDown)));
    setPhase(Phase::Idle);
    emit runRecorded();
    // Segments a first sync's search rows were written in, or a run's writes: merged
    // now, between runs (docs/store.md, "Merging the search index").
    if (!m_disabled)
        m_merger->start();
}

void SyncController::onSyncFinished(const SyncEngine::Report &finished)
{
    // A copy: what follows may start the next run, which resets the engine's report.
    const SyncEngine::Report report = finished;
    m_runOk = report.ok;
    if (m_connectivity) {
        const auto kind = report.error.kind;
        // The sync itself showed the hub reachable (or not): no extra "back online" sync.
        m_reportingOutcome = true;
        m_connectivity->report(report.ok || kind == HubError::Kind::Http
                               || kind == HubError::Kind::Invalid || kind == HubError::Kind::Store);
        m_reportingOutcome = false;
    }
    if (report.ok) {
        m_lastError.clear();
        m_backoff.reset();
        addLog(tr("Sinkronisasi selesai: %n catatan.", nullptr, report.counts.total()));
    }
    if (report.counts.quarantined > 0) {
        // Also after a failed run: the pages before the failure kept theirs.
        addLog(tr("%n catatan dari hub tidak dapat dibaca dan disisihkan; lihat Rincian.", nullptr,
                  report.counts.quarantined));
    }
    if (report.error.isAccountDisabled()) {
        // No retry: the account is gone (onAccountDisabled). Queued, so that the store is
        // wiped outside the run that just ended.
        QMetaObject::invokeMethod(this, &SyncController::onAccountDisabled, Qt::QueuedConnection);
    } else if (report.ok) {
        scheduleNext(m_autoSyncMs);
    } else if (!report.cancelled) {
        m_lastError = report.message;
        addLog(tr("Sinkronisasi gagal: %1").arg(report.message));
        scheduleNext(m_backoff.nextDelayMs(report.error.retryAfterSeconds));
    }
    // File bytes only after the case text: the pull has ended.
    if (report.ok && !report.error.isAccountDisabled())
        startUploads();
    else
        finishRun();
    emit syncFinished(report.ok);
    emit statusChanged();
}

void SyncController::onConnectivity(Connectivity::State state)
{
    addLog(state == Connectivity::State::Online ? tr("Hub dapat dihubungi.")
                                                : tr("Hub tidak dapat dihubungi."));
    // Back online: sync at once rather than waiting for the schedule, unless a sync that
    // just ended is what showed it. Queued, so a sync never starts inside another's end.
    // Nor while a run pushes or pulls: that run is the sync, and a queued call would start
    // another one as soon as it ended.
    const bool running
        = m_phase == Phase::Pushing || m_phase == Phase::Pulling || m_phase == Phase::Uploading;
    if (state == Connectivity::State::Online && !m_reportingOutcome && !running)
        QMetaObject::invokeMethod(this, &SyncController::syncNow, Qt::QueuedConnection);
    emit statusChanged();
}

void SyncController::scheduleNext(int delayMs)
{
    m_schedule.start(delayMs);
}

} // namespace lapor
