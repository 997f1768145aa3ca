#pragma once

#include "core/draft.h"
#include "core/followup.h"
#include "core/unit.h"
#include "core/user.h"
#include "core/workingcalendar.h"
#include "holidayrepository.h"
#include "statement.h"

#include <QSqlQuery>

namespace lapor {

class Database;

// Writes what the hub's change feed carries besides cases: history, reference data and
// drafts awaiting approval. Each call is one prepared statement (Statement: a sync runs
// them for every record); the caller owns the
// transaction so that a page and its cursor commit together. Every write is an upsert,
// so replaying a page changes nothing.
class ChangeWriter
{
public:
    explicit ChangeWriter(Database &db);

    bool upsertFollowup(const Followup &followup, QString *error);
    bool upsertReply(const CitizenReply &reply, QString *error);
    bool upsertDisposition(const Disposition &disposition, QString *error);
    bool upsertNote(const InternalNote &note, QString *error);
    bool upsertAttachment(const AttachmentInfo &attachment, QString *error);
    bool upsertUnit(const Unit &unit, QString *error);
    bool upsertUser(const User &user, QString *error);
    bool upsertHoliday(const Holiday &holiday, QString *error);
    // A draft revision someone submitted for approval, as the hub shows it, with the
    // earlier revisions the hub still has (kept when not here yet).
    bool upsertHubDraft(const Draft &draft, qint64 hubVersion,
                        const QList<DraftRevision> &revisions, QString *error);
    bool upsertDecision(const Decision &decision, QString *error);
    // Marks cases with an open local draft whose hub version moved on.
    bool flagChangedUnderDraft(qint64 caseId, qint64 newVersion, QString *error);

private:
    Database &m_db;
    Statement m_followup;
    Statement m_reply;
    Statement m_disposition;
    Statement m_note;
    Statement m_attachment;
    Statement m_unit;
    Statement m_user;
    HolidayRepository m_holidays;
    Statement m_flagChanged;
    Statement m_hubDraft;
    Statement m_waitingDecisions; // decisions that came before their draft, moved over
    Statement m_dropWaiting;
    Statement m_revision;
    QSqlQuery m_draftKnown;
    Statement m_decision;
    Statement m_waitingDecision;
};

} // namespace lapor
