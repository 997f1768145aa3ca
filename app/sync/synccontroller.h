#pragma once

#include "backoff.h"
#include "connectivity.h"
#include "networkcost.h"
#include "store/quarantinerepository.h"
#include "store/syncrunlog.h"
#include "syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace lapor {

class AttachmentFetcher;
class Database;
class HubAccount;
class HubClient;
class OutboxPusher;
class Profile;
class SearchMerger;

// What the desk app shows about the hub: signed in or not, online or not, syncing, and
// what is waiting. Owns the session, the sync engine and the schedule; the UI only
// listens and asks. Nothing here ever blocks the UI on the network.
class SyncController : public QObject
{
    Q_OBJECT

public:
    // A run goes through these in this order, each only after the one before it ended:
    // the desk's text actions, then case text, then the desk's files (with the revisions
    // that need them), then attachment bytes from the hub (docs/sync.md, "Text first").
    // Idle between runs.
    enum class Phase { Idle, Pushing, Pulling, Uploading, Prefetching };
    Q_ENUM(Phase)

    struct Status
    {
        bool configured = false;
        bool signedIn = false;
        Connectivity::State connection = Connectivity::State::Unknown;
        bool syncing = false;
        qint64 done = 0;
        qint64 total = 0;
        QDateTime lastSyncAt;
        int pendingActions = 0;
        int quarantined = 0; // records from the hub that could not be read
        QString lastError;
    };

    SyncController(Profile &profile, Database &db, QObject *parent = nullptr);
    ~SyncController() override;

    HubAccount &account() { return *m_account; }
    // Reads the store (pending actions, last sync): for display, not for every signal.
    Status status() const;
    bool isSignedIn() const { return m_signedIn; }
    QStringList log() const { return m_log; }
    // Records from the hub set aside because they could not be read, newest first.
    QList<QuarantinedRecord> quarantined() const;
    // What earlier runs sent and received (SyncRunLog), newest first.
    QList<SyncRunLog::Run> recentRuns(int limit) const;
    QList<SyncRunLog::Day> dailyTraffic(const QTimeZone &zone, int days) const;

    // Asynchronous; loginFinished() tells the outcome.
    void login(const QString &hubUrl, const QString &username, const QString &password,
               bool keepSession = true);
    // Restores a kept session and starts the schedule; false when a login is needed.
    bool resume();
    // Takes over an account PersonSignIn signed in (for this controller's profile) and
    // starts the schedule with a sync.
    void adopt(std::unique_ptr<HubAccount> signedIn);
    void logout();
    void syncNow();
    void cancelSync();
    void setAutoSyncMinutes(int minutes);
    // Attachment content is prefetched with this after a successful pull, and held while
    // a run pushes and pulls. Null: no prefetch.
    void setAttachmentFetcher(AttachmentFetcher *fetcher);
    // Asked before each prefetch when the profile downloads attachments only on an
    // unmetered connection; NetworkCost::isMetered unless set.
    void setMeteredCheck(MeteredCheck metered) { m_metered = std::move(metered); }
    Phase phase() const { return m_phase; }
    // A line for the sync log panel, from here or from work around the sync (attachments).
    void addLog(const QString &line);

signals:
    void statusChanged();
    void loginFinished(bool ok, const QString &message);
    void syncFinished(bool ok);
    void logAdded(const QString &line);
    void sessionExpired();
    // The hub disabled this account: the desk removed its case data (DisabledAccount) and
    // is signed out; `message` says so and where the unsent actions are listed.
    void accountDisabled(const QString &message);
    // An outbox entry changed state (sending, sent, conflict, ...): refresh the panel.
    void outboxChanged(const QString &entryId);
    void phaseChanged(lapor::SyncController::Phase phase);
    // A run's traffic was written to the store (SyncRunLog).
    void runRecorded();

private:
    void startSession();
    // Listens to the account's client for account-disabled.
    void watchAccount();
    void onAccountDisabled();
    // An online sign-in was accepted: an account disabled before is enabled again.
    void enabledAgain();
    void scheduleNext(int delayMs);
    void onSyncFinished(const SyncEngine::Report &finished);
    void onPushFinished();
    void startPull();
    void startUploads();
    void startPrefetch();
    void setPhase(Phase phase);
    void beginRun();
    // Ends the run in progress before the session changes under it.
    void abandonRun();
    // Writes the run's bytes and the outcome of its push and pull; ends the run.
    void finishRun();
    void onConnectivity(Connectivity::State state);
    int pendingActions() const;

    // How long after the desk opens a merge left unfinished goes on: the window and its
    // first sync come first.
    static constexpr int kMergeDelayMs = 10000;

    Profile &m_profile;
    Database &m_db;
    std::unique_ptr<HubAccount> m_account;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<OutboxPusher> m_pusher;
    std::unique_ptr<Connectivity> m_connectivity;
    // Merges the search index between runs; its thread ends before the rest goes.
    std::unique_ptr<SearchMerger> m_merger;
    Backoff m_backoff;
    QTimer m_schedule;
    int m_autoSyncMs = 5 * 60 * 1000;
    bool m_signedIn = false;
    bool m_reportingOutcome = false; // inside onSyncFinished, telling Connectivity
    bool m_disabled = false; // DisabledAccount ran for this session
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_lastError;
    QStringList m_log;
    QPointer<AttachmentFetcher> m_fetcher;
    MeteredCheck m_metered = &NetworkCost::isMetered;
    Phase m_phase = Phase::Idle;
    // The run in progress, from its push to the end of its prefetch.
    bool m_runOpen = false;
    bool m_runOk = false;
    QDateTime m_runStartedAt;
    QPointer<HubClient> m_runClient;
    qint64 m_runSentAtStart = 0;
    qint64 m_runReceivedAtStart = 0;
    QMetaObject::Connection m_waitForHeld; // the pull waits for a prefetched part
};

} // namespace lapor
