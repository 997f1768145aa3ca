#pragma once

#include "backoff.h"
#include "changeapplier.h"
#include "core/workingcalendar.h"
#include "hubapi/huberror.h"
#include "store/outboxrepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace lapor {

class Database;
class HubClient;
class WriteJob;

// Drains the outbox to the hub with the signed-in user's session. Entries go in seq
// order per case: a case's later entries wait while an earlier one waits, is in conflict
// or failed; different cases go in parallel (a few requests at a time). Across cases
// text goes first: no file upload starts while a text action is on its way or ready. Every request
// carries Idempotency-Key (the entry id) and If-Match, so a resend after a lost answer or
// a crash changes nothing on the hub. Network errors, timeouts, 5xx and 429 retry with
// back-off and jitter, honouring Retry-After; 409/412 (and a case that left the unit)
// become Conflict; other refusals become Failed with the hub's message. Nothing is
// dropped: every entry ends Sent, Conflict, Failed, or stays Waiting with a reason.
class OutboxPusher : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        bool ok = false; // nothing refused, nothing left waiting because of an error
        bool cancelled = false;
        int sent = 0;
        int conflicts = 0;
        int failed = 0;
        int waiting = 0; // this user's entries still waiting after the run
        int otherUsers = 0; // entries waiting for another user's session
        int requests = 0;
        qint64 elapsedMs = 0;
        HubError error; // what stopped the run (network, auth), if anything
        QString message; // one line for the user
    };

    OutboxPusher(HubClient &client, Database &db, const WorkingCalendar &calendar,
                 QObject *parent = nullptr);
    ~OutboxPusher() override;

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    // Attempts per entry within one run before it is left waiting for the next run.
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setConcurrency(int requests) { m_concurrency = qMax(1, requests); }
    // Leaves file uploads (and the revisions behind them) waiting for a later push, so
    // that a sync pulls the case text before it sends file bytes.
    void setFilesDeferred(bool deferred) { m_filesDeferred = deferred; }

    void push();
    void cancel();
    bool isRunning() const { return m_running; }
    const Summary &lastSummary() const { return m_summary; }

signals:
    void progress(int done, int total);
    void entryChanged(const QString &id);
    void finished(bool ok, const QString &summary);
    void log(const QString &line);

private:
    // How one entry ended: sent with the hub's records, or refused (conflict or failed)
    // with the reason and, on a conflict, the entity as the hub holds it now.
    struct Outcome
    {
        OutboxState state = OutboxState::Sent;
        QString reason;
        QJsonObject response; // kept with the entry: the answer or the problem document
        QList<ChangeData> records; // applied like feed records
        qint64 version = 0; // what the write made of its entity's version
    };

    void schedule();
    // Sends what may go now, text before files; true when an upload was held back.
    bool startWaiting();
    void send(const OutboxEntry &entry);
    void onAnswer(const OutboxEntry &entry, WriteJob *job);
    // The one place an entry leaves the queue: its state, the hub's records and the case's
    // local state commit together.
    void settle(const OutboxEntry &entry, const Outcome &outcome);
    bool rebase(const OutboxEntry &entry, const Outcome &outcome, QString *error);
    void stopWith(const HubError &error);
    void finish();
    QString plainRefusal(const HubError &error) const;

    HubClient &m_client;
    Database &m_db;
    WorkingCalendar m_calendar;
    OutboxRepository m_outbox;
    ChangeApplier m_applier;
    Backoff m_backoff;
    int m_maxAttempts = 5;
    int m_concurrency = 4;
    bool m_filesDeferred = false;
    bool m_running = false;
    bool m_stopping = false;
    int m_total = 0;
    int m_done = 0;
    QSet<qint64> m_busyCases; // a request or a retry timer is pending for these
    QHash<qint64, QDateTime> m_retryAt; // case -> when its entry may be sent again
    QHash<QString, int> m_attemptsThisRun;
    QList<QPointer<WriteJob>> m_calls;
    QTimer m_wakeUp;
    QElapsedTimer m_clock;
    Summary m_summary;
};

} // namespace lapor
