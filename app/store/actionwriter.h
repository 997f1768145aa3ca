#pragma once

#include "core/draft.h"
#include "core/role.h"
#include "core/user.h"
#include "outboxrepository.h"
#include "protocol/limits.h"
#include "protocol/requests.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lapor {

class Database;

// The outcome of one user action. On refusal `error` says why, in the user's language.
struct ActionResult
{
    bool ok = false;
    QString error;
    QString id; // the draft, decision, disposition or note the action is about
    QString outboxId; // the queued entry, empty for actions that queue nothing
    int revision = 0; // submitDraft: the frozen revision

    explicit operator bool() const { return ok; }
};

// Every user action on cases and drafts. Each writes its own rows and its outbox entry in
// ONE transaction (transactional outbox), so an action is either fully queued or not at
// all; the pusher sends it later. Rules that the hub also enforces (four-eyes, roles,
// revisions) are checked here first, so the user learns at once, even offline.
class ActionWriter
{
    Q_DECLARE_TR_FUNCTIONS(lapor::ActionWriter)

public:
    ActionWriter(Database &db, const QString &userId, Role role, const QString &unitId);
    ActionWriter(Database &db, const User &user);

    // A new local draft for a case (state editing); nothing is queued.
    ActionResult createDraft(qint64 caseId, const QString &text);
    // Autosave of the working copy; no outbox entry. Editing a submitted or approved
    // draft moves it back to editing: a new revision must be submitted, and approvals of
    // the old one still queued on this PC become conflicts.
    ActionResult saveDraftText(const QString &draftId, const QString &text);
    // Freezes the working copy as the next revision and queues drafts.submit.
    ActionResult submitDraft(const QString &draftId);
    // Approve or return the revision the approver saw (queues drafts.decide).
    ActionResult approve(const QString &draftId, int revision);
    ActionResult returnDraft(const QString &draftId, int revision, const QString &comment);
    // Disposisi to another unit of the agency (queues cases.forward).
    ActionResult forward(qint64 caseId, const QString &unitCode, const QString &note);
    // Bukan wewenang, with a reason of at least 10 characters (queues cases.not_authority).
    ActionResult returnNotAuthority(qint64 caseId, const QString &reason);
    // Internal note (queues cases.notes; the local row shares the id with the hub's).
    ActionResult addNote(qint64 caseId, const QString &text);
    // The user reviewed a conflict: the refused entries are closed and the current text
    // is submitted again as a new revision against the hub's current version.
    ActionResult resolveConflictResubmit(const QString &draftId);
    // Drops the draft; its unsent entries are closed as discarded (kept as records).
    ActionResult discardDraft(const QString &draftId);

    // Drafts of the user's unit waiting for a decision that this user may take
    // (not their own), oldest first.
    QList<Draft> awaitingApproval() const;

    // The hub's own limits, checked here so that a refusal never waits for the push.
    static constexpr int kMaxDraftText = protocol::Limits::kDraftText;
    static constexpr int kMaxComment = protocol::Limits::kComment;
    static constexpr int kMinReason = protocol::Limits::kNotAuthorityReasonMin;
    static constexpr int kMaxNote = protocol::Limits::kNote;

private:
    ActionResult refuse(const QString &why) const;
    // The outbox entry of this user for a write, based on `ifMatch` (empty: none sent);
    // the caller enqueues it inside its own transaction.
    OutboxEntry entryFor(const protocol::WriteRequest &write, qint64 caseId,
                         const QString &ifMatch = {}) const;
    static ActionResult queued(const QString &id, const OutboxEntry &entry, int revision = 0);
    ActionResult decide(const QString &draftId, int revision, bool approve, const QString &comment);
    // Queues an upload of each file attached to the draft that was not queued before.
    bool queueDraftFiles(qint64 caseId, const QString &draftId, QString *error);

    Database &m_db;
    QString m_userId;
    Role m_role;
    QString m_unitId;
};

} // namespace lapor
