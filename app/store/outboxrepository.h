#pragma once

#include "protocol/routes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace lapor {

class Database;

// Where one queued user action stands on its way to the hub.
enum class OutboxState {
    Waiting, // not sent yet, or sent and not confirmed: will be (re)sent
    Sending, // a request is on its way; after a crash this means "unknown", resent
    Sent, // the hub confirmed it; the hub's answer is kept in `response`
    Conflict, // 409/412 (or the case left the unit): the user must review and choose
    Failed, // refused for another reason; the hub's message is in `lastError`
    Discarded, // the user chose to drop it; kept as a record, never sent
};

namespace OutboxStates {
QString key(OutboxState state);
std::optional<OutboxState> fromKey(const QString &key);
QString label(OutboxState state); // translated, for the outbox panel
// Waiting for the user or the hub: everything except Sent and Discarded.
bool isPending(OutboxState state);
} // namespace OutboxStates

// What an entry asks of the hub: one write route each (protocol/routes.h).
enum class OutboxKind {
    Unknown, // stored by a newer desk: never sent, shown for the user to discard
    DraftSubmit,
    DraftDecide,
    CaseForward,
    CaseNotAuthority,
    CaseNote,
    AttachmentUpload, // a file of a draft, uploaded before the revision that mentions it
};

namespace OutboxKinds {
// As stored: the route's id, e.g. "drafts.submit"; empty for Unknown.
QString key(OutboxKind kind);
OutboxKind fromKey(const QString &key);
protocol::Route route(OutboxKind kind);
OutboxKind fromRoute(protocol::Route route); // Unknown for a route nothing is queued for
// Translated one-line description, e.g. "Ajukan draf (revisi 2)".
QString label(OutboxKind kind, const QJsonObject &payload);
} // namespace OutboxKinds

struct OutboxEntry
{
    qint64 seq = 0; // the order of actions; drained in this order per case
    QString id; // UUID, sent as Idempotency-Key
    qint64 caseId = 0;
    QString trackingId; // caseId as text, for display
    QString userId; // whose action: pushed only with this user's session
    OutboxKind kind = OutboxKind::Unknown;
    QString entityId; // draft id (submit, decide) or tracking id (case actions), note id
    QJsonObject payload; // the request body
    QString ifMatch; // entity version the action was based on; "" = none sent
    OutboxState state = OutboxState::Waiting;
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid = as soon as possible
    QString lastError; // for the user, in their language
    QJsonObject response; // the hub's answer: record on success, problem document otherwise
    QDateTime createdAt;
    QDateTime updatedAt;

    QString label() const { return OutboxKinds::label(kind, payload); }
};

// The transactional outbox. Writers (ActionWriter) call enqueue() inside their own
// transaction; the pusher moves entries through their states; the outbox panel lists them
// and offers retry() and discard(). Nothing is ever deleted.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(lapor::OutboxRepository)

public:
    explicit OutboxRepository(Database &db);

    // --- for the outbox panel
    QList<OutboxEntry> list() const; // every entry, newest first
    QList<OutboxEntry> forCase(qint64 caseId) const; // oldest first
    std::optional<OutboxEntry> find(const QString &id) const;
    // Entries still needing attention: waiting, sending, conflict, failed.
    int pendingCount() const;
    int count(OutboxState state) const;
    // Entries still to send (waiting or sending), of `userId` and of everyone else.
    struct Unsent
    {
        int mine = 0;
        int others = 0;
    };
    Unsent unsent(const QString &userId) const;
    // The user's file uploads waiting to be sent (docs/sync.md, "Text first").
    int waitingFiles(const QString &userId) const;
    // A conflict or failed entry goes back to waiting. A 412 conflict is retried against
    // the version the hub reported, since the user has now seen it. Own transaction.
    bool retry(const QString &id, QString *error);
    // A conflict or failed entry is dropped by the user: state Discarded, kept as a
    // record with the reason. Own transaction.
    bool discard(const QString &id, QString *error);

    // --- for writers: inside the caller's transaction
    // Fills id (when empty), seq, state Waiting and the timestamps.
    bool enqueue(OutboxEntry &entry, QString *error);
    // Marks pending entries of a draft as Discarded (or Conflict) with a reason.
    bool closePending(const QString &entityId, OutboxKind kind, OutboxState to,
                      const QString &reason, QString *error);
    // Every entry still to send (waiting or sending) becomes Failed with `reason`: it is
    // never sent unless the user retries it (a disabled account, DisabledAccount).
    bool failUnsent(const QString &reason, QString *error);
    // Recomputes cases.local_state (draft, awaiting_approval, queued, conflict, error).
    bool refreshCaseState(qint64 caseId, QString *error);

    // --- for the pusher
    // After a crash an entry may be left Sending; its request may or may not have reached
    // the hub. It goes back to Waiting: the Idempotency-Key makes the resend harmless.
    bool recoverInterrupted(QString *error);
    // The first pending entry of every case, oldest action first. Only these may be sent;
    // a case's later entries wait behind them.
    QList<OutboxEntry> heads() const;
    bool markSending(const QString &id, QString *error);
    // Transient failure: stays Waiting, with the reason and the next attempt time.
    bool markRetry(const QString &id, const QString &reason, const QDateTime &nextAttemptAt,
                   QString *error);
    // Inside the caller's transaction (so the hub's answer is applied with it).
    bool markDone(const QString &id, OutboxState state, const QString &reason,
                  const QJsonObject &response, QString *error);
    // Tells why an entry is not sent without changing its state (e.g. another user's).
    bool setReason(const QString &id, const QString &reason, QString *error);
    // Our own earlier action moved the entity from `from` to `to`: later waiting actions
    // that were based on `from` are based on `to` now.
    bool rebaseIfMatch(const QString &entityId, const QString &from, const QString &to,
                       QString *error);

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &binds) const;
    bool finishUserChoice(const QString &id, OutboxState to, QString *error);

    Database &m_db;
    QSqlQuery m_refresh; // refreshCaseState()
};

} // namespace lapor
